/// A page of `GET /v1/relays/sessions` as bytes per session: each session's JSON object, its fingerprint and its id,
/// decoded only when asked. The crawl keeps each session's fingerprint in its record: a session re-read unchanged is
/// recognised without decoding it (most of a census on a steady fleet).
public struct ScannedSessionPage: Sendable, Equatable {
    public var sessions: [ScannedSession]
    public var totalCount: Int
    public var pagination: Pagination

    public init(sessions: [ScannedSession], totalCount: Int, pagination: Pagination) {
        self.sessions = sessions
        self.totalCount = totalCount
        self.pagination = pagination
    }

    /// The page with every session decoded.
    public func decoded() throws(JSONScanError) -> SessionPage {
        var out: [RelaySession] = []
        out.reserveCapacity(sessions.count)
        for s in sessions { out.append(try s.decoded()) }
        return SessionPage(sessions: out, totalCount: totalCount, pagination: pagination)
    }
}

/// One session of a scanned page: its id, the fingerprint of its JSON object, and the object's bytes.
public struct ScannedSession: Sendable, Equatable {
    public var id: String
    public var fingerprint: UInt64
    public var json: [UInt8]

    /// The session the bytes say (field for field what the `Decodable` path gives).
    public func decoded() throws(JSONScanError) -> RelaySession {
        try json.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(JSONScanError) -> RelaySession in
            var c = JSONCursor(b)
            return try RelaySession(scanning: &c)
        }
    }
}

extension ScannedSessionPage {
    /// Scans a page's bytes: the page's fields decoded, each session's object found whole (and checked to be well
    /// formed JSON), fingerprinted and its `session_id` read, nothing else of it decoded.
    public init(scanning bytes: UnsafeBufferPointer<UInt8>) throws(JSONScanError) {
        var c = JSONCursor(bytes)
        var sessions: [ScannedSession] = []
        var total: Int?
        var pagination: Pagination?
        try c.object { (c: inout JSONCursor, key: String) throws(JSONScanError) in
            switch key {
            case "sessions":
                guard try !c.null() else { return }
                guard try c.peek() == UInt8(ascii: "[") else { throw JSONScanError.type(key) }
                try c.array { (c: inout JSONCursor) throws(JSONScanError) in
                    guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type("sessions") }
                    let start = c.at
                    var id: String?
                    try c.object { (c: inout JSONCursor, key: String) throws(JSONScanError) in
                        if key == "session_id", try c.peek() == UInt8(ascii: "\"") { id = try c.string() } else { try c.skip() }
                    }
                    let object = UnsafeBufferPointer(rebasing: c.bytes[start..<c.at])
                    guard let id else { throw JSONScanError.missing("session_id") }
                    sessions.append(ScannedSession(id: id, fingerprint: FNV1a.hash(object), json: Array(object)))
                }
            case "total_count": total = try c.null() ? nil : Int(try c.integer(key, in: Int64(Int.min)...Int64(Int.max)))
            case "pagination": pagination = try Pagination(scanning: &c)
            default: try c.skip()
            }
        }
        guard c.atEnd else { throw JSONScanError.unexpected(c.at) }
        guard let pagination else { throw JSONScanError.missing("pagination") }
        self.init(sessions: sessions, totalCount: total ?? sessions.count, pagination: pagination)
    }
}

extension Pagination {
    init(scanning c: inout JSONCursor) throws(JSONScanError) {
        guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type("pagination") }
        var number: Int?, next: Int?, previous: Int?, pages: Int?, hasNext: Bool?, hasPrevious: Bool?
        let whole = Int64(Int.min)...Int64(Int.max)
        try c.object { (c: inout JSONCursor, key: String) throws(JSONScanError) in
            switch key {
            case "number": number = try c.null() ? nil : Int(try c.integer(key, in: whole))
            case "next_page_number": next = try c.null() ? nil : Int(try c.integer(key, in: whole))
            case "previous_page_number": previous = try c.null() ? nil : Int(try c.integer(key, in: whole))
            case "paginator":
                guard try !c.null() else { return }
                guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type(key) }
                var n: Int?
                try c.object { (c: inout JSONCursor, key: String) throws(JSONScanError) in
                    if key == "num_pages" { n = Int(try c.integer(key, in: whole)) } else { try c.skip() }
                }
                guard let n else { throw JSONScanError.missing("num_pages") }
                pages = n
            case "has_next": hasNext = try c.null() ? nil : try c.bool(key)
            case "has_previous": hasPrevious = try c.null() ? nil : try c.bool(key)
            default: try c.skip()
            }
        }
        self.init(number: number ?? 1, nextPageNumber: next, previousPageNumber: previous, numPages: pages ?? 1,
                  hasNext: hasNext ?? false, hasPrevious: hasPrevious ?? false)
    }
}
