/// A sortable column of the session list.
public enum SessionSortKey: String, Sendable, Equatable, CaseIterable {
    case apiOrder = "api", id, status, users, host, age

    /// The next key in the `s` cycle.
    public var next: SessionSortKey {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// The sort of the loaded page: a column and a direction.
public struct SessionSort: Sendable, Equatable {
    public var key: SessionSortKey = .apiOrder
    public var descending = false
    public init(key: SessionSortKey = .apiOrder, descending: Bool = false) {
        self.key = key
        self.descending = descending
    }
}
