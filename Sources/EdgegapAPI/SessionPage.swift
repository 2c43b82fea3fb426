/// One page of `GET /v1/relays/sessions`.
public struct SessionPage: Codable, Sendable, Equatable {
    public var sessions: [RelaySession]
    /// Sessions on all pages.
    public var totalCount: Int
    public var pagination: Pagination

    public init(sessions: [RelaySession], totalCount: Int, pagination: Pagination) {
        self.sessions = sessions
        self.totalCount = totalCount
        self.pagination = pagination
    }

    enum CodingKeys: String, CodingKey {
        case sessions
        case totalCount = "total_count"
        case pagination
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sessions = try c.decodeIfPresent([RelaySession].self, forKey: .sessions) ?? []
        pagination = try c.decode(Pagination.self, forKey: .pagination)
        totalCount = try c.decodeIfPresent(Int.self, forKey: .totalCount) ?? sessions.count
    }
}

/// The pagination object of the relay list (spec: next/previous are required but nullable).
public struct Pagination: Codable, Sendable, Equatable {
    /// The current page, from 1.
    public var number: Int
    public var nextPageNumber: Int?
    public var previousPageNumber: Int?
    public var paginator: Paginator
    public var hasNext: Bool
    public var hasPrevious: Bool

    public init(number: Int, nextPageNumber: Int?, previousPageNumber: Int?, numPages: Int, hasNext: Bool, hasPrevious: Bool) {
        self.number = number
        self.nextPageNumber = nextPageNumber
        self.previousPageNumber = previousPageNumber
        self.paginator = Paginator(numPages: numPages)
        self.hasNext = hasNext
        self.hasPrevious = hasPrevious
    }

    enum CodingKeys: String, CodingKey {
        case number
        case nextPageNumber = "next_page_number"
        case previousPageNumber = "previous_page_number"
        case paginator
        case hasNext = "has_next"
        case hasPrevious = "has_previous"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decodeIfPresent(Int.self, forKey: .number) ?? 1
        nextPageNumber = try c.decodeIfPresent(Int.self, forKey: .nextPageNumber)
        previousPageNumber = try c.decodeIfPresent(Int.self, forKey: .previousPageNumber)
        paginator = try c.decodeIfPresent(Paginator.self, forKey: .paginator) ?? Paginator(numPages: 1)
        hasNext = try c.decodeIfPresent(Bool.self, forKey: .hasNext) ?? false
        hasPrevious = try c.decodeIfPresent(Bool.self, forKey: .hasPrevious) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        // Required-but-nullable in the spec: write an explicit null rather than omitting the key.
        try c.encode(nextPageNumber, forKey: .nextPageNumber)
        try c.encode(previousPageNumber, forKey: .previousPageNumber)
        try c.encode(paginator, forKey: .paginator)
        try c.encode(hasNext, forKey: .hasNext)
        try c.encode(hasPrevious, forKey: .hasPrevious)
    }
}

/// `paginator{num_pages}`.
public struct Paginator: Codable, Sendable, Equatable {
    public var numPages: Int

    public init(numPages: Int) { self.numPages = numPages }

    enum CodingKeys: String, CodingKey { case numPages = "num_pages" }
}
