import Foundation
import Testing
@testable import TimelineKit

/// A printed timeline must stay legible: scaled to the width of an A4 page
/// (210 mm = 595.3 pt), no text of the SVG may come out under 7 pt.
@Suite struct RenderPrintTests {
    /// Smallest font size, in points, of any text when `svg` is scaled to A4 width.
    static func smallestPrintedSize(_ svg: String, width: Double) -> Double {
        var sizes = [Double]()
        var rest = svg[...]
        while let r = rest.range(of: "font-size=\"") {
            let value = rest[r.upperBound...].prefix { $0 != "\"" }
            if let size = Double(value) { sizes.append(size) }
            rest = rest[r.upperBound...]
        }
        return (sizes.min() ?? 0) * 595.3 / width
    }

    @Test func printWidthKeepsEveryTextAtSevenPoints() throws {
        let timeline = RenderLabelBoxTests.timeline(RenderLabelBoxTests.cases[0])
        let svg = try SVGRenderer.render(timeline, options: SVGOptions(width: SVGOptions.printWidth))
        let smallest = Self.smallestPrintedSize(svg, width: SVGOptions.printWidth)
        #expect(smallest >= 7, "smallest text prints at \(smallest) pt")
        // The default screen width does not: that is what --print is for.
        let wide = try SVGRenderer.render(timeline)
        #expect(Self.smallestPrintedSize(wide, width: SVGStyle.width) < 7)
    }
}
