import Foundation

/// Reads the Documents stage's fixtures (`Fixtures/documents/`).
enum DocumentsFixtures {
    static func url(_ name: String) -> URL {
        let resource = "Fixtures/documents/" + name
        return Bundle.module.url(forResource: resource, withExtension: nil)
            ?? Bundle.module.resourceURL!.appendingPathComponent(resource)
    }

    static func bytes(_ name: String) -> [UInt8] {
        [UInt8](try! Data(contentsOf: url(name)))
    }
}
