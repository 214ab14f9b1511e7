import Foundation
import GRDB

/// An archive of document records in one SQLite file (`timeline add`): each
/// document's record under its content hash, so adding an article again
/// changes nothing and adding new articles maps only those; `timeline build
/// --store` folds the stored records as `timeline merge` folds record files.
///
/// Records are written in transactions (a batch at a time): a run that is
/// killed leaves the store with the batches it committed, and nothing of
/// the one it was writing. The schema has a version (`PRAGMA user_version`,
/// and GRDB's migration table) and migrations to reach the current one.
public final class RecordStore: Sendable {
    /// The schema this timeline writes and reads.
    public static let schemaVersion = 1

    let queue: DatabaseQueue
    public let path: String

    /// Opens the store at `path`, creating it when `create` and it does not
    /// exist, and migrates it to ``schemaVersion``.
    public init(path: String, create: Bool) throws(TimelineError) {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw .unreadable(path: path, reason: "no such store (`timeline add ARTICLES --store \(path)` makes one)")
        }
        do {
            var config = Configuration()
            config.busyMode = .timeout(30)
            queue = try DatabaseQueue(path: path, configuration: config)
            let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            if version > Self.schemaVersion {
                throw TimelineError.unsupported(path: path, reason: "a store of schema \(version); this timeline knows schema \(Self.schemaVersion) at most")
            }
            try Self.migrator.migrate(queue)
        } catch let error as TimelineError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: "not a timeline store (\(Self.reason(error)))")
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: documents") { db in
            try db.create(table: "document") { t in
                t.primaryKey("hash", .text)
                t.column("path", .text).notNull()
                t.column("part", .integer).notNull()
                t.column("earliest", .text)
                t.column("latest", .text)
                t.column("record", .blob).notNull()
                t.uniqueKey(["path", "part"], onConflict: .replace)
            }
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        return m
    }

    static func reason(_ error: any Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }

    /// The content hashes of the stored documents.
    public func hashes() throws(TimelineError) -> Set<String> {
        do {
            return Set(try queue.read { db in try String.fetchAll(db, sql: "SELECT hash FROM document") })
        } catch {
            throw .unreadable(path: path, reason: Self.reason(error))
        }
    }

    /// Stores records in one transaction; a record for a path and part
    /// already stored with other content replaces it.
    public func add(_ records: [DocumentRecord]) throws(TimelineError) {
        do {
            try queue.write { db in
                for r in records {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO document (hash, path, part, earliest, latest, record) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [r.hash, r.path, r.part, r.published?.value.earliest?.description,
                                    r.published?.value.latest?.description, RecordCoding.encode(r)])
                }
            }
        } catch {
            throw .writeFailed(path: path, reason: Self.reason(error))
        }
    }

    /// Every stored record, in ``DocumentRecord/precedes(_:_:)`` order.
    public func records() throws(TimelineError) -> [DocumentRecord] {
        let blobs: [Data]
        do {
            blobs = try queue.read { db in try Data.fetchAll(db, sql: "SELECT record FROM document") }
        } catch {
            throw .unreadable(path: path, reason: Self.reason(error))
        }
        var records = [DocumentRecord]()
        for (i, blob) in blobs.enumerated() {
            records += try RecordCoding.decode(blob, path: "\(path) record \(i + 1)")
        }
        return RecordCoding.union([records])
    }

    /// What `timeline store info` tells.
    public struct Info: Sendable, Hashable {
        public var documents: Int
        public var undated: Int
        public var files: Int
        public var schemaVersion: Int
        public var migrations: [String]
        public var earliest: String?
        public var latest: String?
        public var textBytes: Int
    }

    public func info() throws(TimelineError) -> Info {
        do {
            return try queue.read { db in
                let row = try Row.fetchOne(db, sql: """
                    SELECT COUNT(*) AS n, SUM(earliest IS NULL) AS undated, COUNT(DISTINCT path) AS files,
                           MIN(earliest) AS lo, MAX(latest) AS hi, SUM(LENGTH(record)) AS bytes FROM document
                    """)!
                return Info(documents: row["n"], undated: row["undated"] ?? 0, files: row["files"],
                            schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                            migrations: try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                            earliest: row["lo"], latest: row["hi"], textBytes: row["bytes"] ?? 0)
            }
        } catch {
            throw .unreadable(path: path, reason: Self.reason(error))
        }
    }
}
