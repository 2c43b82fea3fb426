import FoundationEssentials

/// An event as one JSON line — the events file, `relaydeck watch --jsonl` — and back:
/// `{"time":"2026-12-05T05:13:08.120Z","kind":"session-failed","target":"8c054445fda4-S","target_type":"session",
/// "detail":"No relay available","count":1,"profile":"prodeu"}`. Every string is escaped; the detail was cleaned.
extension Event {
    public func jsonLine(profile: String) -> String {
        var fields: [(String, String)] = [("time", JSONText.string(TimeStamp.iso8601(at))), ("kind", JSONText.string(kind.rawValue))]
        switch target {
        case .session(let id)?: fields += [("target", JSONText.string(id)), ("target_type", JSONText.string("session"))]
        case .lobby(let name)?: fields += [("target", JSONText.string(name)), ("target_type", JSONText.string("lobby"))]
        case nil: break
        }
        fields += [("detail", JSONText.string(detail)), ("count", String(count)), ("profile", JSONText.string(profile))]
        if !members.isEmpty {
            // Every target a coalesced event stands for, with its own detail: greppable, nothing lost.
            let list = members.map { m in
                let type = if case .lobby = m.target { "lobby" } else { "session" }
                return "{\"target\":\(JSONText.string(m.target.name)),\"target_type\":\"\(type)\",\"detail\":\(JSONText.string(m.detail))}"
            }
            fields.append(("members", "[" + list.joined(separator: ",") + "]"))
        }
        return "{" + fields.map { "\(JSONText.string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    /// The event of a line `jsonLine` wrote (nil for anything else: a torn line, another version's kind).
    public init?(jsonLine line: String) {
        guard let object = JSONText.flatObject(line), let time = object["time"].flatMap(TimeStamp.parse),
              let kind = object["kind"].flatMap(Kind.init(rawValue:)) else { return nil }
        let target: Target? = switch (object["target_type"], object["target"]) {
        case ("session"?, let id?): .session(id)
        case ("lobby"?, let name?): .lobby(name)
        default: nil
        }
        self.init(at: time, kind: kind, target: target, detail: object["detail"] ?? "", count: object["count"].flatMap { Int($0) } ?? 1)
    }
}
