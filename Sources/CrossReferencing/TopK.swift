/// Keeps the best `cap` elements seen in a min-heap whose root is the worst kept one, so picking the best
/// k of n costs n log k and no sort of everything seen. Used for the term index's champion lists and
/// for a query's best hits.
enum TopK {
    /// Offers `e` to `heap` (at most `cap` elements): kept when the heap has room or `e` is better than
    /// its root, which it then replaces. `better` must be a strict order (ties broken, e.g. by unit).
    static func offer<T>(_ e: T, to heap: inout [T], cap: Int, better: (T, T) -> Bool) {
        guard cap > 0 else { return }
        if heap.count < cap {
            heap.append(e)
            var c = heap.count - 1
            while c > 0 {
                let p = (c - 1) / 2
                guard better(heap[p], heap[c]) else { break }
                heap.swapAt(p, c)
                c = p
            }
            return
        }
        guard better(e, heap[0]) else { return }
        heap[0] = e
        var p = 0
        while true {
            let l = 2 * p + 1
            let r = l + 1
            var worst = p
            if l < heap.count, better(heap[worst], heap[l]) { worst = l }
            if r < heap.count, better(heap[worst], heap[r]) { worst = r }
            if worst == p { break }
            heap.swapAt(p, worst)
            p = worst
        }
    }
}
