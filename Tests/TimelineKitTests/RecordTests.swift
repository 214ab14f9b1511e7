import Foundation
import Testing
@testable import TimelineKit

/// Document records: stable bytes, a fold that does not care how it is grouped, the content hash.
@Suite struct RecordTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Samples").standardized.path

    static let records: [DocumentRecord] = {
        let loader = DocumentLoader()
        var mapper = RecordMapper(pipeline: Pipeline(), batchSize: 2)
        var records = [DocumentRecord]()
        for file in loader.inputs(for: [samples]).files {
            for d in (try? loader.load(contentsOf: file).documents) ?? [] { mapper.add(d) { records += $0 } }
        }
        mapper.flush { records += $0 }
        return records
    }()

    @Test func sha256OfKnownInputs() {
        var empty = SHA256()
        #expect(empty.hexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var abc = SHA256()
        abc.update(Array("abc".utf8))
        #expect(abc.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var long = SHA256()
        long.update(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        #expect(long.hexDigest() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func aRecordDecodesAndEncodesToTheSameBytes() throws {
        #expect(Self.records.count == 5)
        for r in Self.records {
            let line = RecordCoding.encode(r)
            let back = try RecordCoding.decode(line, path: "r")
            #expect(back == [r])
            #expect(RecordCoding.encode(back[0]) == line)
            #expect(line.last == 0x0A && !line.dropLast().contains(0x0A))
        }
    }

    @Test func theFoldIgnoresGroupingOrderAndRepeats() {
        let r = Self.records
        let whole = RecordCoding.union([r])
        #expect(RecordCoding.union([[r[4], r[1]], [r[0]], [r[3], r[2], r[1]]]) == whole)
        #expect(RecordCoding.union([RecordCoding.union([[r[2], r[0]]]), RecordCoding.union([[r[4]], [r[3], r[1]]])]) == whole)
        #expect(RecordCoding.union([r.reversed(), r]) == whole)
        #expect(Set(whole.map(\.hash)).count == 5)
    }

    @Test func recordsOrderAsTheFolderWalkDoes() {
        func record(_ path: String, _ part: Int = 0) -> DocumentRecord {
            var r = Self.records[0]
            r.path = path
            r.part = part
            return r
        }
        // Character by character "x/a b.txt" < "x/a.txt" < "x/a/c.txt"; the walk lists folder "a" first ("a" < "a b.txt" < "a.txt").
        let sorted = [record("x/a b.txt"), record("x/a/c.txt"), record("x/a.txt", 1), record("x/a.txt")]
            .sorted(by: DocumentRecord.precedes).map { "\($0.path)#\($0.part)" }
        #expect(sorted == ["x/a/c.txt#0", "x/a b.txt#0", "x/a.txt#0", "x/a.txt#1"])
    }

    @Test func aRecordOfAnotherVersionIsRefusedByLine() {
        var r = Self.records[0]
        r.version = 99
        let data = RecordCoding.encode(Self.records[1]) + RecordCoding.encode(r)
        #expect(throws: TimelineError.malformed(path: "x.records:2",
                                                reason: "a record of version 99; this timeline reads version 1: extract the articles again")) {
            try RecordCoding.decode(data, path: "x.records")
        }
        #expect(throws: TimelineError.self) { try RecordCoding.decode(Data("{}\n".utf8), path: "y") }
    }
}
