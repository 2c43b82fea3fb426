extension RelaySession {
    /// Reads a session from the cursor, field for field as its `Decodable` init does: required fields must be there
    /// with their types, optional ones may be absent or null, unknown ones are skipped.
    init(scanning c: inout JSONCursor) throws(JSONScanError) {
        var id: String?, token: UInt32?, status: String?, ready: Bool?, linked: Bool?, error: String?
        var users: [SessionUser] = [], relay: Relay?, webhook: String?
        try c.object { (c: inout JSONCursor, key: String) throws(JSONScanError) in
            switch key {
            case "session_id": id = try c.text(key)
            case "authorization_token": token = try c.null() ? nil : UInt32(try c.integer(key, in: 0...Int64(UInt32.max)))
            case "status": status = try c.text(key)
            case "ready": ready = try c.bool(key)
            case "linked": linked = try c.bool(key)
            case "error": error = try c.null() ? nil : try c.text(key)
            case "session_users":
                guard try !c.null() else { users = []; return }
                guard try c.peek() == UInt8(ascii: "[") else { throw JSONScanError.type(key) }
                var list: [SessionUser] = []
                try c.array { (c: inout JSONCursor) throws(JSONScanError) in list.append(try SessionUser(scanning: &c)) }
                users = list
            case "relay": relay = try c.null() ? nil : try Relay(scanning: &c)
            case "webhook_url": webhook = try c.null() ? nil : try c.text(key)
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
        try c.object { (c: inout JSONCursor, key: String) throws(JSONScanError) in
            switch key {
            case "ip_address": ip = try c.text(key)
            case "latitude": lat = try c.null() ? nil : try c.double(key)
            case "longitude": lon = try c.null() ? nil : try c.double(key)
            case "authorization_token": token = try c.null() ? nil : UInt32(try c.integer(key, in: 0...Int64(UInt32.max)))
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
        try c.object { (c: inout JSONCursor, key: String) throws(JSONScanError) in
            switch key {
            case "ip": ip = try c.null() ? nil : try c.text(key)
            case "host": host = try c.null() ? nil : try c.text(key)
            case "ports":
                guard try !c.null() else { return }
                guard try c.peek() == UInt8(ascii: "{") else { throw JSONScanError.type(key) }
                var server: RelayPort?, client: RelayPort?
                try c.object { (c: inout JSONCursor, key: String) throws(JSONScanError) in
                    switch key {
                    case "server": server = try c.null() ? nil : try RelayPort(scanning: &c)
                    case "client": client = try c.null() ? nil : try RelayPort(scanning: &c)
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
        try c.object { (c: inout JSONCursor, key: String) throws(JSONScanError) in
            switch key {
            case "port": port = try c.null() ? nil : Int(try c.integer(key, in: Int64(Int.min)...Int64(Int.max)))
            case "protocol": proto = try c.null() ? nil : try c.text(key)
            case "link": link = try c.null() ? nil : try c.text(key)
            default: try c.skip()
            }
        }
        self.init(port: port, protocol: proto, link: link)
    }
}
