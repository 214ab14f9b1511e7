/// The Universal Dependencies relations the parser labels arcs with
/// (English, with the subtypes of UD English EWT), in the order the label
/// model numbers them.
public enum DependencyRelation: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case root = 0, punct, nsubj, nsubjPass, nsubjOuter, obj, iobj, csubj, csubjPass, ccomp, xcomp,
         obl, oblAgent, oblUnmarked, nmod, nmodPoss, nmodUnmarked, nmodDesc, appos, nummod,
         acl, aclRelcl, advcl, advclRelcl, advmod, amod, det, detPredet, `case`, mark, aux, auxPass, cop,
         cc, ccPreconj, conj, compound, compoundPrt, flat, fixed, expl, parataxis, list, discourse,
         vocative, dislocated, goeswith, reparandum, orphan, dep

    /// Labels in the label model.
    public static let count = 50

    static let names = ["root", "punct", "nsubj", "nsubj:pass", "nsubj:outer", "obj", "iobj", "csubj", "csubj:pass",
                        "ccomp", "xcomp", "obl", "obl:agent", "obl:unmarked", "nmod", "nmod:poss", "nmod:unmarked",
                        "nmod:desc", "appos", "nummod", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod",
                        "det", "det:predet", "case", "mark", "aux", "aux:pass", "cop", "cc", "cc:preconj", "conj",
                        "compound", "compound:prt", "flat", "fixed", "expl", "parataxis", "list", "discourse",
                        "vocative", "dislocated", "goeswith", "reparandum", "orphan", "dep"]

    /// The UD name ("nsubj:pass", "obl:agent", ...).
    public var description: String { Self.names[Int(rawValue)] }

    /// From a UD name; a subtype this list lacks is read as its main type
    /// ("obl:tmod" -> obl), an unknown type as `dep`.
    public init(ud name: some StringProtocol) {
        if let k = Self.names.firstIndex(where: { $0 == name }) {
            self.init(rawValue: UInt8(k))!
        } else if let colon = name.firstIndex(of: ":"), let k = Self.names.firstIndex(where: { $0 == name[..<colon] }) {
            self.init(rawValue: UInt8(k))!
        } else {
            self = .dep
        }
    }

    /// The main type without its subtype (`nsubj:pass` -> nsubj).
    public var universal: DependencyRelation {
        switch self {
        case .nsubjPass, .nsubjOuter: .nsubj
        case .csubjPass: .csubj
        case .oblAgent, .oblUnmarked: .obl
        case .nmodPoss, .nmodUnmarked, .nmodDesc: .nmod
        case .aclRelcl: .acl
        case .advclRelcl: .advcl
        case .detPredet: .det
        case .auxPass: .aux
        case .ccPreconj: .cc
        case .compoundPrt: .compound
        default: self
        }
    }

    /// A subject of any kind (nominal or clausal, active or passive).
    public var isSubject: Bool { universal == .nsubj || universal == .csubj }
}
