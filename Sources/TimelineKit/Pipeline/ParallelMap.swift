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
