import Foundation

/// Where records are read from: files, folders of files, standard input.
public enum RecordFiles {
    /// The files to read: each path, and the regular files of each folder
    /// (not hidden, recursively, sorted); `-` as it is.
    public static func paths(_ paths: [String]) -> [String] {
        var result = [String]()
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let names = ((try? fm.subpathsOfDirectory(atPath: path)) ?? []).sorted()
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let child = path.hasSuffix("/") ? path + name : path + "/" + name
                var dir: ObjCBool = false
                if fm.fileExists(atPath: child, isDirectory: &dir), !dir.boolValue { result.append(child) }
            }
        }
        return result
    }

    /// The records of one file (`-`: standard input).
    public static func read(_ path: String) throws(TimelineError) -> [DocumentRecord] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? OutputFile.reason(error) : "no such file or directory")
            }
        }
        return try RecordCoding.decode(data, path: path == "-" ? "<stdin>" : path)
    }
}
