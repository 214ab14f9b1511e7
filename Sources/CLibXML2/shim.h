#ifndef TIMELINE_CLIBXML2_SHIM_H
#define TIMELINE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* encoding.h includes the system ICU headers when LIBXML_ICU_ENABLED is set.
 * Foundation brings its own ICU module (_FoundationICU) whose C enums differ,
 * so a Swift module importing both Foundation and CLibXML2 fails to compile
 * ("'UErrorCode' has different definitions in different modules"), in
 * release builds (whole-module) even when no single file imports both.
 * ICU only adds fields to xmlCharEncodingHandler, which Swift never touches
 * (it is only handled by pointer), so hiding it is safe. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>

/// Swift 6 rejects the global function pointer `xmlFree` as not
/// concurrency-safe; this wrapper is the one place that calls it.
static inline void timeline_xmlFree(void *pointer) { xmlFree(pointer); }

static void timeline_ignoreGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Silences libxml2's default error printing to stderr ("encoding error :
/// input conversion failed", "I/O error : encoder error" on a page whose
/// bytes do not fit its declared charset); errors are read back with
/// xmlGetLastError / xmlCtxtGetLastError and reported by the caller. A NULL
/// handler would restore the printing one. The handler is per thread: call
/// this on the thread that parses.
static inline void timeline_silenceGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, timeline_ignoreGenericError);
}
#endif
