/// The renderers' data tables (`Resources/render/`): event colours, actor
/// shapes, month labels. Read once.
enum RenderTables {
    /// Event type -> fill colour.
    static let eventColors: [String: String] = {
        var colors = [String: String]()
        for row in ResourceTable.rows("render/event-colors.tsv") where row.count >= 2 && row[0] != "*" {
            colors[row[0].lowercased()] = row[1]
        }
        return colors
    }()

    /// Colours for types the table does not list.
    static let fallbackColors: [String] = {
        let colors = ResourceTable.rows("render/event-colors.tsv").filter { $0.count >= 2 && $0[0] == "*" }.map { $0[1] }
        return colors.isEmpty ? ["#555555"] : colors
    }()

    /// Light-theme colour -> the colour that replaces it on a dark
    /// background (the table's third column), where it would be too dark to see.
    static let darkColors: [String: String] = {
        var colors = [String: String]()
        for row in ResourceTable.rows("render/event-colors.tsv") where row.count >= 3 && !row[2].isEmpty {
            colors[row[1].uppercased()] = row[2]
        }
        return colors
    }()

    /// Colours of the most involved actors in the SVG, in rank order
    /// (`actor-colors.tsv`); their number is the number of actors keyed.
    static let actorColors: [String] = {
        ResourceTable.rows("render/actor-colors.tsv").filter { $0.count >= 2 }
            .sorted { (Int($0[0]) ?? 0) < (Int($1[0]) ?? 0) }.map { $0[1] }
    }()

    /// Actor kind -> (GraphViz shape, fill colour).
    static let actorStyles: [ActorKind: (shape: String, color: String)] = {
        var styles = [ActorKind: (shape: String, color: String)]()
        for row in ResourceTable.rows("render/actor-shapes.tsv") where row.count >= 3 {
            if let kind = ActorKind(rawValue: row[0]) { styles[kind] = (row[1], row[2]) }
        }
        return styles
    }()

    /// Month number (1...12) -> (short, long) label; index 0 unused.
    static let months: [(short: String, long: String)] = {
        var months = Array(repeating: (short: "", long: ""), count: 13)
        for row in ResourceTable.rows("render/calendar-labels.tsv") where row.count >= 3 {
            if let m = Int(row[0]), (1...12).contains(m) { months[m] = (row[1], row[2]) }
        }
        for m in 1...12 where months[m].short.isEmpty { months[m] = (Day.pad(m, 2), Day.pad(m, 2)) }
        return months
    }()

    /// The colour of an event type: from the table, or a fallback colour
    /// chosen by a stable (FNV-1a) hash of the type, never Swift's seeded `hashValue`.
    static func color(forType type: String, theme: SVGTheme) -> String {
        let color = color(forType: type)
        return theme == .dark ? darkColors[color.uppercased()] ?? color : color
    }

    static func color(forType type: String) -> String {
        if let color = eventColors[type.lowercased()] { return color }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in type.lowercased().utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return fallbackColors[Int(hash % UInt64(fallbackColors.count))]
    }

    static func actorStyle(_ kind: ActorKind) -> (shape: String, color: String) {
        actorStyles[kind] ?? ("oval", "#eeeeee")
    }
}

extension RenderTables {
    /// `color` (`#rrggbb`) mixed with white: `amount` 1 keeps the colour, 0 gives white.
    /// Used for fills that dark text must stay readable on.
    static func tint(_ color: String, _ amount: Double) -> String {
        let hex = Array(color.utf8.dropFirst())
        guard color.hasPrefix("#"), hex.count == 6 else { return color }
        func channel(_ i: Int) -> Int {
            Int(String(decoding: hex[i..<(i + 2)], as: UTF8.self), radix: 16) ?? 0
        }
        let digits = Array("0123456789abcdef".utf8)
        var out = "#"
        for i in stride(from: 0, to: 6, by: 2) {
            let mixed = Int((Double(channel(i)) * amount + 255 * (1 - amount)).rounded())
            out += String(decoding: [digits[mixed / 16], digits[mixed % 16]], as: UTF8.self)
        }
        return out
    }
}
