extension RelaySession {
    /// Reads a session from the cursor, field for field as its `Decodable` init does: required fields must be there
    /// with their types, optional ones may be absent or null, unknown ones are skipped.
    init(scanning c: inout JSONCursor) throws(JSONScanError) {
        var id: String?, token: UInt32?, status: String?, ready: Bool?, linked: Bool?, error: String?
        var users: [SessionUser] = [], relay: Relay?, webhook: String?
        var seen = KeysSeen()
        try c.object { (c: inout JSONCursor, key: JSONKey) throws(JSONScanError) in
            switch key {
            case "session_id" where seen.first(0): id = try c.text(key.text)
            case "authorization_token" where seen.first(1): token = try c.null() ? nil : UInt32(try c.integer(key.text, in: 0...Int64(UInt32.max)))
            case "status" where seen.first(2): status = try c.text(key.text)
            case "ready" where seen.first(3): ready = try c.bool(key.text)
            case "linked" where seen.first(4): linked = try c.bool(key.text)
            case "error" where seen.first(5): error = try c.null() ? nil : try c.text(key.text)
            case "session_users" where seen.first(6):
                guard try !c.null() else { users = []; return }
                guard try c.peek() == UInt8(ascii: "[") else { throw JSONScanError.type(key.text) }
                var list: [SessionUser] = []
                try c.array { (c: inout JSONCursor) throws(JSONScanError) in list.append(try SessionUser(scanning: &c)) }
                users = list
            case "relay" where seen.first(7): relay = try c.null() ? nil : try Relay(scanning: &c)
            case "webhook_url" where seen.first(8): webhook = try c.null() ? nil : try c.text(key.text)
            default: try c.skip()
            }
        }
        guard let id else { throw JSONScanError.missing("session_id") }
        guard let status else { throw JSONScanError.missing("status") }
        guard let ready else { throw JSONScanError.missing("ready") }
        guard let linked else { throw JSONScanError.missing("linked") }
        self.init(sessionID: id, authorizationToken: token, status: status, ready: ready, linked: linked, error: error,
                  sessionUsers: users, relay: relay, webhookURL: webhook)
    }
}

extension SessionUser {
    init(scanning c: inout JSONCursor) throws(JSONScanError) {
        guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type("session_users") }
        var ip: String?, lat: Double?, lon: Double?, token: UInt32?
        var seen = KeysSeen()
        try c.object { (c: inout JSONCursor, key: JSONKey) throws(JSONScanError) in
            switch key {
            case "ip_address" where seen.first(9): ip = try c.text(key.text)
            case "latitude" where seen.first(10): lat = try c.null() ? nil : try c.double(key.text)
            case "longitude" where seen.first(11): lon = try c.null() ? nil : try c.double(key.text)
            case "authorization_token" where seen.first(12): token = try c.null() ? nil : UInt32(try c.integer(key.text, in: 0...Int64(UInt32.max)))
            default: try c.skip()
            }
        }
        guard let ip else { throw JSONScanError.missing("ip_address") }
        self.init(ipAddress: ip, latitude: lat, longitude: lon, authorizationToken: token)
    }
}

extension Relay {
    init(scanning c: inout JSONCursor) throws(JSONScanError) {
        guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type("relay") }
        var ip: String?, host: String?, ports: RelayPorts?
        var seen = KeysSeen()
        try c.object { (c: inout JSONCursor, key: JSONKey) throws(JSONScanError) in
            switch key {
            case "ip" where seen.first(13): ip = try c.null() ? nil : try c.text(key.text)
            case "host" where seen.first(14): host = try c.null() ? nil : try c.text(key.text)
            case "ports" where seen.first(15):
                guard try !c.null() else { return }
                guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type(key.text) }
                var server: RelayPort?, client: RelayPort?
                var seen = KeysSeen()
                try c.object { (c: inout JSONCursor, key: JSONKey) throws(JSONScanError) in
                    switch key {
                    case "server" where seen.first(16): server = try c.null() ? nil : try RelayPort(scanning: &c)
                    case "client" where seen.first(17): client = try c.null() ? nil : try RelayPort(scanning: &c)
                    default: try c.skip()
                    }
                }
                ports = RelayPorts(server: server, client: client)
            default: try c.skip()
            }
        }
        self.init(ip: ip, host: host, ports: ports)
    }
}

extension RelayPort {
    init(scanning c: inout JSONCursor) throws(JSONScanError) {
        guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type("port") }
        var port: Int?, proto: String?, link: String?
        var seen = KeysSeen()
        try c.object { (c: inout JSONCursor, key: JSONKey) throws(JSONScanError) in
            switch key {
            case "port" where seen.first(18): port = try c.null() ? nil : Int(try c.integer(key.text, in: Int64(Int.min)...Int64(Int.max)))
            case "protocol" where seen.first(19): proto = try c.null() ? nil : try c.text(key.text)
            case "link" where seen.first(20): link = try c.null() ? nil : try c.text(key.text)
            default: try c.skip()
            }
        }
        self.init(port: port, protocol: proto, link: link)
    }
}
