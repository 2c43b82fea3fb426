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

/// One session of a scanned page: its id, the fingerprint of its JSON object, and the object's bytes (a slice of the
/// page's one copy: no copy a session).
public struct ScannedSession: Sendable, Equatable {
    public var id: String
    public var fingerprint: UInt64
    public var json: ArraySlice<UInt8>

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
    public init(scanning body: UnsafeBufferPointer<UInt8>) throws(JSONScanError) {
        // One copy of the page, which each session's bytes are a slice of.
        let page = Array(body)
        self = try page.withUnsafeBufferPointer { (bytes: UnsafeBufferPointer<UInt8>) throws(JSONScanError) in try Self(scanning: bytes, page) }
    }

    private init(scanning bytes: UnsafeBufferPointer<UInt8>, _ page: [UInt8]) throws(JSONScanError) {
        var c = JSONCursor(bytes)
        var sessions: [ScannedSession] = []
        var total: Int?
        var pagination: Pagination?
        var seen = KeysSeen()
        try c.object { (c: inout JSONCursor, key: JSONKey) throws(JSONScanError) in
            switch key {
            case "sessions" where seen.first(0):
                guard try !c.null() else { return }
                guard try c.peek() == UInt8(ascii: "[") else { throw JSONScanError.type(key.text) }
                try c.array { (c: inout JSONCursor) throws(JSONScanError) in
                    guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type("sessions") }
                    let start = c.at
                    var id: String?
                    var sawID = false
                    try c.object { (c: inout JSONCursor, key: JSONKey) throws(JSONScanError) in
                        if key == "session_id" && !sawID {
                            sawID = true
                            id = try c.text("session_id")
                        } else {
                            try c.skip()
                        }
                    }
                    let object = UnsafeBufferPointer(rebasing: c.bytes[start..<c.at])
                    guard let id else { throw JSONScanError.missing("session_id") }
                    sessions.append(ScannedSession(id: id, fingerprint: ByteFingerprint.hash(object), json: page[start..<c.at]))
                }
            case "total_count" where seen.first(1): total = try c.null() ? nil : Int(try c.integer(key.text, in: Int64(Int.min)...Int64(Int.max)))
            case "pagination" where seen.first(2): pagination = try Pagination(scanning: &c)
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
        var seen = KeysSeen()
        try c.object { (c: inout JSONCursor, key: JSONKey) throws(JSONScanError) in
            switch key {
            case "number" where seen.first(3): number = try c.null() ? nil : Int(try c.integer(key.text, in: whole))
            case "next_page_number" where seen.first(4): next = try c.null() ? nil : Int(try c.integer(key.text, in: whole))
            case "previous_page_number" where seen.first(5): previous = try c.null() ? nil : Int(try c.integer(key.text, in: whole))
            case "paginator" where seen.first(6):
                guard try !c.null() else { return }
                guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type(key.text) }
                var n: Int?
                var sawPages = false
                try c.object { (c: inout JSONCursor, key: JSONKey) throws(JSONScanError) in
                    if key == "num_pages" && !sawPages {
                        sawPages = true
                        n = Int(try c.integer(key.text, in: whole))
                    } else {
                        try c.skip()
                    }
                }
                guard let n else { throw JSONScanError.missing("num_pages") }
                pages = n
            case "has_next" where seen.first(7): hasNext = try c.null() ? nil : try c.bool(key.text)
            case "has_previous" where seen.first(8): hasPrevious = try c.null() ? nil : try c.bool(key.text)
            default: try c.skip()
            }
        }
        self.init(number: number ?? 1, nextPageNumber: next, previousPageNumber: previous, numPages: pages ?? 1,
                  hasNext: hasNext ?? false, hasPrevious: hasPrevious ?? false)
    }
}
