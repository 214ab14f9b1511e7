import Foundation

/// JSON-LD (`<script type="application/ld+json">`): the structured data many
/// news pages carry, read for `datePublished` and the publisher's name.
extension HTMLReader {
    /// The decoded JSON of a script's text, or nil when it is not JSON.
    static func decodeJSON(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The first string (or number) under `key` in a JSON-LD value, depth first.
    static func jsonValue(_ key: String, in json: Any) -> String? {
        if let object = json as? [String: Any] {
            if let s = object[key] as? String { return s }
            for k in object.keys.sorted() {
                if let found = jsonValue(key, in: object[k]!) { return found }
            }
        } else if let array = json as? [Any] {
            for item in array {
                if let found = jsonValue(key, in: item) { return found }
            }
        }
        return nil
    }

    /// The name of the first JSON-LD `publisher`.
    static func publisherName(_ json: Any) -> String? {
        if let object = json as? [String: Any] {
            if let publisher = object["publisher"] {
                if let p = publisher as? [String: Any], let name = p["name"] as? String { return clean(name) }
                if let list = publisher as? [Any], let p = list.first as? [String: Any],
                    let name = p["name"] as? String { return clean(name) }
            }
            for k in object.keys.sorted() {
                if let found = publisherName(object[k]!) { return found }
            }
        } else if let array = json as? [Any] {
            for item in array {
                if let found = publisherName(item) { return found }
            }
        }
        return nil
    }
}

extension HTMLReader {
    /// The names under the first JSON-LD `author` (a name, an object with a
    /// name, or a list of either).
    static func authorNames(_ json: Any) -> [String] {
        func names(_ value: Any) -> [String] {
            if let s = value as? String { return [s] }
            if let o = value as? [String: Any], let n = o["name"] as? String { return [n] }
            if let list = value as? [Any] { return list.flatMap(names) }
            return []
        }
        if let object = json as? [String: Any] {
            if let author = object["author"] { return names(author) }
            for k in object.keys.sorted() {
                let found = authorNames(object[k]!)
                if !found.isEmpty { return found }
            }
        } else if let array = json as? [Any] {
            for item in array {
                let found = authorNames(item)
                if !found.isEmpty { return found }
            }
        }
        return []
    }
}
