extension Sequence {
    /// The `m` smallest elements in `areInIncreasingOrder`, sorted: what `sorted(by:).prefix(m)` gives (equal elements
    /// in any order), in O(n log m) with a bounded max-heap instead of sorting all n (100,000 problem rows for 1,000).
    func smallest(_ m: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        guard m > 0 else { return [] }
        // A max-heap of the m smallest so far: its root is the largest of them, the one a smaller element replaces.
        var heap: [Element] = []
        heap.reserveCapacity(m)
        for e in self {
            if heap.count < m {
                heap.append(e)
                var i = heap.count - 1
                while i > 0 {
                    let parent = (i - 1) / 2
                    guard areInIncreasingOrder(heap[parent], heap[i]) else { break }
                    heap.swapAt(parent, i)
                    i = parent
                }
            } else if areInIncreasingOrder(e, heap[0]) {
                heap[0] = e
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var largest = i
                    if l < m && areInIncreasingOrder(heap[largest], heap[l]) { largest = l }
                    if r < m && areInIncreasingOrder(heap[largest], heap[r]) { largest = r }
                    if largest == i { break }
                    heap.swapAt(i, largest)
                    i = largest
                }
            }
        }
        return heap.sorted(by: areInIncreasingOrder)
    }
}
