import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` over both cores: documents are independent until actors are
    /// resolved across them. Results keep the input order.
    func parallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        guard count > 1 else { return map(transform) }
        let results = Mutex<[R?]>(Array<R?>(repeating: nil, count: count))
        self.withUnsafeBufferPointer { items in
            // The buffer is only read, and outlives concurrentPerform, which returns after every iteration.
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                let r = transform(items[i])
                results.withLock { $0[i] = r }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}

extension Array where Element: Sendable {
    /// ``parallelMap(_:)`` that takes the array over and lets each element go
    /// as soon as it is transformed: the documents' texts are freed one by one
    /// as the map reads them, not all at its end.
    consuming func consumingParallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        guard count > 1 else { return map(transform) }
        let n = count
        let items = Mutex<[Element?]>(map { $0 })
        self = []
        let results = Mutex<[R?]>(Array<R?>(repeating: nil, count: n))
        DispatchQueue.concurrentPerform(iterations: n) { i in
            let item = items.withLock { items in
                defer { items[i] = nil }
                return items[i]!
            }
            let r = transform(item)
            results.withLock { $0[i] = r }
        }
        return results.withLock { $0.map { $0! } }
    }
}
