#ifndef TIMELINE_CZLIB_SHIM_H
#define TIMELINE_CZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro (it passes the library version and the stream's
/// size), so Swift cannot call it: this is the one place that does.
/// window_bits: 15 + 32 reads a gzip or zlib header, -15 raw deflate.
static inline int timeline_inflateInit2(z_streamp stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}
#endif
