#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// C functions of the system's libraries that Swift's Glibc module does not
/// declare (`renameat2`, `malloc_trim`), looked up at run time: nil where the
/// system has none (not Linux, or an older C library).
enum SystemFunction {
    static func named<F>(_ name: String, as type: F.Type) -> F? {
        #if os(Linux)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
            return unsafeBitCast(symbol, to: type)
        #else
            return nil
        #endif
    }
}
