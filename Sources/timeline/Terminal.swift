import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the CLI needs to know about the terminal it prints to.
enum Terminal {
    /// Width of standard output in columns when it is a terminal: `COLUMNS`
    /// if set, otherwise the window size from `ioctl(TIOCGWINSZ)`, otherwise
    /// 80. Nil when standard output is a file or a pipe, which get lines whole.
    static func columns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 { return value }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
