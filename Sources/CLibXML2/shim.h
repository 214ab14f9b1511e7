#ifndef TIMELINE_CLIBXML2_SHIM_H
#define TIMELINE_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU: encoding.h then includes the system
   <unicode/*.h>, whose UErrorCode clashes with Foundation's _FoundationICU
   copy as soon as one module sees both (release builds, whole-module).
   Nothing here uses libxml2's ICU converter fields, so hide them. */
#include <libxml/xmlversion.h>
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

/// Silences libxml2's default error printing to stderr; errors are read
/// back with xmlGetLastError / xmlCtxtGetLastError and reported by the caller.
static inline void timeline_silenceGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
}
#endif
