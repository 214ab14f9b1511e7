import TimelineKit
import Foundation

/// Factuality against MEANTIME's event attributes, on event mentions matched
/// to gold events by overlapping tokens.
///
/// Per attribute, accuracy where the gold value is one we can give
/// (polarity POS/NEG, certainty CERTAIN/PROBABLE/POSSIBLE, time
/// NON_FUTURE/FUTURE, special_cases NONE/COND_*/GEN; UNDERSPECIFIED and
/// missing values are left out). Finding the non-factual events is scored
/// as P/R/F1 over the matched events that carry attributes, where a gold
/// event is **non-factual** when its polarity is NEG, or its certainty is
/// not CERTAIN (PROBABLE, POSSIBLE, UNDERSPECIFIED), or its time is FUTURE,
/// or its special case is a condition (COND_IF_CLAUSE, COND_MAIN_CLAUSE):
/// the same definition as ``Factuality/isFactual``, which counts a generic
/// statement (GEN) as factual. A second score also counts GEN as non-factual.
/// "Before" is the pipeline as it was, every event factual.
public struct FactualityScore: Sendable, CustomStringConvertible {
    public struct Accuracy: Sendable {
        public var right = 0
        public var total = 0
        /// Right when every event is called factual.
        public var baseline = 0
        var value: Double { total == 0 ? 0 : Double(right) / Double(total) }
        var baselineValue: Double { total == 0 ? 0 : Double(baseline) / Double(total) }
    }

    /// Matched gold events that carry factuality attributes.
    public var events = 0
    public var polarity = Accuracy(), certainty = Accuracy(), time = Accuracy(), special = Accuracy()
    public var nonFactual = EntityScore()
    /// Generic events (special_cases GEN) counted as non-factual too.
    public var nonFactualOrGeneric = EntityScore()
    /// Non-factual events in the gold (for the "before" line: recall 0).
    public var goldNonFactual = 0
    /// Errors of the non-factual decision, one line each.
    public var errors = [String]()
    /// Certainty and special-case errors of events whose factual-or-not decision is right, one line each.
    public var attributeErrors = [String]()

    public var description: String {
        func acc(_ a: Accuracy) -> String { String(format: "%.3f (all factual %.3f, n %d)", a.value, a.baselineValue, a.total) }
        return """
              events with attributes  \(events)
              polarity accuracy       \(acc(polarity))
              certainty accuracy      \(acc(certainty))
              time accuracy           \(acc(time))
              special accuracy        \(acc(special))
              non-factual             \(nonFactual)  (before, all factual: F1 0.000, fn \(goldNonFactual))
              non-factual or generic  \(nonFactualOrGeneric)
            """
    }

    /// Adds one matched pair: the gold mention's attributes and our factuality; `context` describes it for errors.
    mutating func add(gold: [String: String], ours: Factuality, context: @autoclosure () -> String) {
        guard !gold.isEmpty else { return }
        events += 1
        func score(_ a: inout Accuracy, _ gold: String?, _ map: [String: String], _ ours: String, factual: String) {
            guard let g = gold, let want = map[g] else { return }
            a.total += 1
            if want == ours { a.right += 1 }
            if want == factual { a.baseline += 1 }
        }
        score(&polarity, gold["polarity"], ["POS": "positive", "NEG": "negative"], ours.polarity.rawValue, factual: "positive")
        score(&certainty, gold["certainty"], ["CERTAIN": "certain", "PROBABLE": "probable", "POSSIBLE": "possible"],
              ours.certainty.rawValue, factual: "certain")
        score(&time, gold["time"], ["NON_FUTURE": "past-or-present", "FUTURE": "future"], ours.time.rawValue, factual: "past-or-present")
        score(&special, gold["special_cases"], ["NONE": "none", "COND_IF_CLAUSE": "conditional", "COND_MAIN_CLAUSE": "conditional",
                                                "GEN": "generic"], ours.special.rawValue, factual: "none")
        let goldNon = Self.isNonFactual(gold)
        let goldNonOrGeneric = goldNon || gold["special_cases"] == "GEN"
        let oursNon = !ours.isFactual
        let oursNonOrGeneric = oursNon || ours.special == .generic
        Self.count(&nonFactual, gold: goldNon, ours: oursNon)
        Self.count(&nonFactualOrGeneric, gold: goldNonOrGeneric, ours: oursNonOrGeneric)
        if goldNon { goldNonFactual += 1 }
        let attributes = [("certainty", gold["certainty"], ["CERTAIN": "certain", "PROBABLE": "probable", "POSSIBLE": "possible"][gold["certainty"] ?? ""], ours.certainty.rawValue),
                          ("special", gold["special_cases"], ["NONE": "none", "COND_IF_CLAUSE": "conditional", "COND_MAIN_CLAUSE": "conditional",
                                                              "GEN": "generic"][gold["special_cases"] ?? ""], ours.special.rawValue)]
        for (name, g, want, got) in attributes where want != nil && want != got && goldNon == oursNon {
            attributeErrors.append("\(name) gold \(g ?? "-") ours \(got)\(ours.cue.map { " (\($0))" } ?? "") | \(context())")
        }
        if goldNon != oursNon {
            let g = ["polarity", "certainty", "time", "special_cases"].map { gold[$0] ?? "-" }.joined(separator: "/")
            let o = [ours.polarity.rawValue, ours.certainty.rawValue, ours.time.rawValue, ours.special.rawValue].joined(separator: "/")
            errors.append((oursNon ? "spurious " : "missed   ") + "gold \(g) ours \(o)\(ours.cue.map { " (\($0))" } ?? "") | \(context())")
        }
    }

    /// MEANTIME's attributes describe an event not told as having happened.
    static func isNonFactual(_ a: [String: String]) -> Bool {
        a["polarity"] == "NEG" || ["PROBABLE", "POSSIBLE", "UNDERSPECIFIED"].contains(a["certainty"] ?? "")
            || a["time"] == "FUTURE" || (a["special_cases"] ?? "").hasPrefix("COND")
    }

    private static func count(_ s: inout EntityScore, gold: Bool, ours: Bool) {
        if gold && ours { s.truePositives += 1 } else if ours { s.falsePositives += 1 } else if gold { s.falseNegatives += 1 }
    }
}
