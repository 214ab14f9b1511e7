/// Approximate widths of text in a proportional sans-serif font, enough to
/// lay labels out in lanes without measuring glyphs (no font is loaded).
///
/// Widths are in ems per scalar, from typical Helvetica/DejaVu Sans advance
/// widths, rounded up slightly so that estimates err on the wide side: a lane
/// with some slack looks fine, overlapping labels do not.
enum TextMetrics {
    /// Width in pixels of `text` at `fontSize`; bold text is about 8% wider.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += em(scalar) }
        return ems * fontSize * (bold ? 1.08 : 1.0)
    }

    private static func em(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        switch v {
        case 0x20: return 0.32
        case 0x69, 0x6A, 0x6C, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x21, 0x7C, 0x49: return 0.30  // i j l . , : ; ' ! | I
        case 0x66, 0x74, 0x72, 0x28, 0x29, 0x5B, 0x5D, 0x2D, 0x2F: return 0.40  // f t r ( ) [ ] - /
        case 0x6D, 0x77: return 0.90  // m w
        case 0x4D, 0x57: return 1.00  // M W
        case 0x41...0x5A: return 0.72  // other capitals
        case 0x30...0x39: return 0.62  // digits
        case 0x61...0x7A: return 0.61  // other lower case
        case 0x2014, 0x2026: return 1.00  // em dash, ellipsis
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 1.05  // wide (CJK, Hangul, full-width forms)
        case 0x0300...0x036F, 0x200B...0x200F: return 0  // combining marks, zero-width
        default: return 0.65
        }
    }
}
