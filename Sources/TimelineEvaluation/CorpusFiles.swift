import TimelineKit
import Foundation

/// The files of a corpus folder.
public enum CorpusFiles {
    /// The files under `directory` (read recursively) whose name ends in
    /// `suffix`, hidden ones left out, sorted for a stable order.
    public static func list(under directory: String, suffix: String) throws(TimelineError) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw .unreadable(path: directory, reason: "no such folder")
        }
        guard let e = FileManager.default.enumerator(atPath: directory) else {
            throw .unreadable(path: directory, reason: "cannot list folder")
        }
        var out = [String]()
        while let rel = e.nextObject() as? String {
            if rel.hasSuffix(suffix) && !rel.hasPrefix(".") && !rel.contains("/.") {
                out.append((directory as NSString).appendingPathComponent(rel))
            }
        }
        return out.sorted()
    }
}
