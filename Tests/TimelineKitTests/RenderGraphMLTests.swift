import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TimelineKit

/// A timeline whose GraphML is checked against the schema's rules.
struct GraphMLCase: Sendable, CustomStringConvertible {
    var name: String
    var timeline: Timeline
    var description: String { name }
}

/// GraphML checked against what its schema (graphml.xsd 1.0,
/// graphml-structure.xsd) requires. No copy of the schema is on this machine
/// and the tests use no network, so the rules are checked one by one:
/// `<key>`s before the `<graph>`, key ids unique, `for` and `attr.type` from
/// the schema's enumerations, `edgedefault` set, node and edge ids unique
/// name tokens (`xs:NMTOKEN`), every edge's ends existing nodes of the graph
/// (the schema's keyref), every `<data key>` a declared key (keyref) for its
/// element's domain, values that parse as their declared type, `directed`
/// a boolean. Where Python's networkx is installed, it must read the file too.
@Suite struct RenderGraphMLTests {
    static let hostile: Timeline = {
        var t = RenderFixture.timeline
        t.actors[0].id = "o'brien & co"
        t.events[0].id = "e 1"
        t.events[0].actors = ["o'brien & co"]
        t.events[5].actors += ["o'brien & co"]
        t.relations.append(EventRelation(from: "e 1", to: "e2", type: "before"))
        return t
    }()

    static let cases: [GraphMLCase] = [
        GraphMLCase(name: "fixture", timeline: RenderFixture.timeline),
        GraphMLCase(name: "ids with spaces, quotes and ampersands", timeline: hostile),
        GraphMLCase(name: "empty", timeline: Timeline(documents: [], actors: [], events: [], relations: [])),
    ]

    static let keyDomains: Set<String> = ["all", "graphml", "graph", "node", "edge", "hyperedge", "port", "endpoint"]
    static let keyTypes: Set<String> = ["boolean", "int", "long", "float", "double", "string"]

    /// `xs:NMTOKEN`: one or more XML name characters.
    static func isNameToken(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { c in
            c.properties.isAlphabetic || c.properties.numericType == .decimal || "-_.:".unicodeScalars.contains(c)
                || c == "\u{B7}" || (0x300...0x36F).contains(c.value) || (0x203F...0x2040).contains(c.value)
        }
    }

    @Test(arguments: cases)
    func followsTheSchema(_ c: GraphMLCase) throws {
        let text = try GraphMLRenderer.render(c.timeline)
        #expect(XMLWellFormedness.problem(in: text) == nil)
        #if canImport(FoundationXML)
        let root = try #require(try XMLDocument(xmlString: text).rootElement())
        #expect(root.name == "graphml" && root.uri == GraphMLRenderer.namespace)
        // graphml: desc?, key*, (graph | data)*: every key before the first graph.
        let children = (root.children ?? []).compactMap { $0 as? XMLElement }.map { $0.name ?? "" }
        let firstGraph = children.firstIndex(of: "graph") ?? children.count
        #expect(!children[firstGraph...].contains("key"), "a key after the graph: \(children)")
        #expect(children.filter { $0 == "graph" }.count == 1)

        var domains = [String: String](), types = [String: String]()
        for key in root.elements(forName: "key") {
            let id = try #require(key.value(of: "id"))
            #expect(domains[id] == nil, "key id \(id) declared twice")
            let domain = key.value(of: "for") ?? "all", type = key.value(of: "attr.type") ?? "string"
            #expect(Self.keyDomains.contains(domain), "key \(id): for=\(domain)")
            #expect(Self.keyTypes.contains(type), "key \(id): attr.type=\(type)")
            domains[id] = domain
            types[id] = type
        }

        let graph = try #require(root.elements(forName: "graph").first)
        #expect(["directed", "undirected"].contains(graph.value(of: "edgedefault") ?? ""))
        let nodes = graph.elements(forName: "node").map { $0.value(of: "id") ?? "" }
        #expect(Set(nodes).count == nodes.count, "node ids are unique")
        let badNodes = nodes.filter { !Self.isNameToken($0) }
        #expect(badNodes.isEmpty, "node ids that are no NMTOKEN: \(badNodes)")
        #expect(nodes.count >= c.timeline.actors.count + c.timeline.events.count)
        let known = Set(nodes)
        let edges = graph.elements(forName: "edge")
        let edgeIDs = edges.compactMap { $0.value(of: "id") }
        #expect(Set(edgeIDs).count == edgeIDs.count, "edge ids are unique")
        #expect(edgeIDs.allSatisfy(Self.isNameToken))
        for edge in edges {
            #expect(known.contains(edge.value(of: "source") ?? ""), "edge \(edge.value(of: "id") ?? "?") starts nowhere")
            #expect(known.contains(edge.value(of: "target") ?? ""), "edge \(edge.value(of: "id") ?? "?") ends nowhere")
            if let directed = edge.value(of: "directed") { #expect(["true", "false"].contains(directed)) }
        }
        for element in graph.elements(forName: "node") + edges {
            let domain = element.name ?? ""
            for data in element.elements(forName: "data") {
                let key = data.value(of: "key") ?? ""
                #expect(domains[key] == domain || domains[key] == "all", "\(domain) uses key '\(key)' declared for \(domains[key] ?? "nothing")")
                let value = data.stringValue ?? ""
                switch types[key] {
                case "int", "long": #expect(Int(value) != nil, "\(key)=\(value) is no \(types[key]!)")
                case "float", "double": #expect(Double(value) != nil, "\(key)=\(value) is no number")
                case "boolean": #expect(["true", "false"].contains(value))
                default: break
                }
            }
        }
        #endif
    }

    /// Actors and events keep distinct ids after their characters are replaced.
    @Test func hostileIDsStayDistinctAndLinked() throws {
        let text = try GraphMLRenderer.render(Self.hostile)
        #expect(text.contains("id=\"actor:o_brien___co\""))
        #expect(text.contains("id=\"event:e_1\""))
        #expect(text.contains("source=\"actor:o_brien___co\" target=\"event:e_1\""))
        #expect(text.contains("source=\"event:e_1\" target=\"event:e2\""))
    }

    /// A python3 that can import networkx, looked up once.
    static let networkxPython: String? = {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        guard let python = path.map({ String($0) + "/python3" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import networkx"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? python : nil
    }()

    /// networkx reads the file as a directed graph with every node and edge
    /// (reported as skipped where Python or networkx is missing).
    @Test(.enabled(if: networkxPython != nil, "python3 with networkx is not installed (apt-get install python3-networkx)"))
    func networkxReadsIt() throws {
        let python = try #require(Self.networkxPython)
        let t = RenderFixture.timeline
        let text = try GraphMLRenderer.render(t)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-\(UUID().uuidString).graphml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", """
            import sys
            import networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(g.is_directed(), g.number_of_nodes(), g.number_of_edges())
            """, file.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let edges = text.components(separatedBy: "<edge ").count - 1
        let nodes = text.components(separatedBy: "<node ").count - 1
        #expect(result == "True \(nodes) \(edges)", "networkx: \(result)")
    }
}
