/// The map of a stream of documents: documents are taken as they are
/// loaded, mapped a batch at a time on both cores, and handed on as records
/// in input order, so a large input streams through in bounded memory.
public struct RecordMapper {
    let pipeline: Pipeline
    let batchSize: Int
    /// Skips a document whose hash is already mapped (the store's check); nil maps every document.
    let skip: ((String) -> Bool)?
    private var pending = [(Document, Int, String)]()
    private var parts = [String: Int]()
    /// Documents skipped as already mapped.
    public private(set) var skipped = 0

    public init(pipeline: Pipeline, batchSize: Int = 64, skip: ((String) -> Bool)? = nil) {
        self.pipeline = pipeline
        self.batchSize = batchSize
        self.skip = skip
    }

    /// Takes the next loaded document (documents of one file in file order);
    /// maps and hands on a batch when one is full.
    public mutating func add<E: Error>(_ document: Document, _ emit: ([DocumentRecord]) throws(E) -> Void) throws(E) {
        let part = parts[document.path, default: 0]
        parts[document.path] = part + 1
        let hash = DocumentRecord.hash(of: document, part: part)
        if let skip, skip(hash) {
            skipped += 1
            return
        }
        pending.append((document, part, hash))
        if pending.count >= batchSize { try flush(emit) }
    }

    /// Maps and hands on what is pending.
    public mutating func flush<E: Error>(_ emit: ([DocumentRecord]) throws(E) -> Void) throws(E) {
        guard !pending.isEmpty else { return }
        let pipeline = self.pipeline
        let records = pending.parallelMap { d, part, hash in
            DocumentRecord(pipeline.analyze(d), hash: hash, part: part)
        }
        pending.removeAll(keepingCapacity: true)
        try emit(records)
    }
}
