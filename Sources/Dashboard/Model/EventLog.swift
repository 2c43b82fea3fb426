import FoundationEssentials

/// The events kept in memory: a ring of the newest `capacity`, oldest first, and how many problems the user has not
/// seen yet (the header's `3 new`, cleared when the timeline opens). The events file keeps them all.
public struct EventLog: Sendable, Equatable {
    public private(set) var events: [Event] = []
    /// Problem events since the timeline was last opened.
    public private(set) var unseen = 0
    /// Appended since the model started (what `watch` and the exporter count; the ring forgets, this does not).
    public private(set) var appended = 0
    public let capacity: Int

    public init(capacity: Int = 2_000) { self.capacity = capacity }

    /// Most events of one kind a derivation step says one by one; more are one event: `38 sessions gone`.
    public static let burst = 3

    /// Appends what one step found, bursts coalesced (see `coalesced`; events of `whole` targets never are: a pinned
    /// target's change is said alone); returns what was appended.
    @discardableResult
    public mutating func append(_ found: [Event], whole: [Event.Target] = []) -> [Event] {
        var added = Self.coalesced(found, whole: whole)
        guard !added.isEmpty else { return [] }
        for i in added.indices { added[i].number = appended + i + 1 }
        events += added
        if events.count > capacity { events.removeFirst(events.count - capacity) }
        appended += added.count
        unseen += added.filter { $0.kind.severity == .problem }.count
        return added
    }

    /// The rule: events of one step (one crawl page, one lobby answer, one recount) of the same kind are said one by
    /// one up to `burst`; past it they are one event naming how many and the first few targets.
    public static func coalesced(_ found: [Event], whole: [Event.Target] = []) -> [Event] {
        func alone(_ e: Event) -> Bool { e.target.map { whole.contains($0) } ?? false }
        var byKind: [Event.Kind: [Event]] = [:]
        for e in found where !alone(e) { byKind[e.kind, default: []].append(e) }
        var out: [Event] = []
        for e in found {
            if alone(e) {
                out.append(e)
                continue
            }
            guard let group = byKind[e.kind] else { continue }
            if group.count <= burst {
                out.append(e)
            } else {
                byKind[e.kind] = nil
                // Named once each (users join one session several at a time): `7 users on 2 sessions: a-S, b-S`.
                var targets: [String] = []
                for t in group.compactMap({ $0.target?.name }) where !targets.contains(t) { targets.append(t) }
                let names = targets.prefix(3).map { UntrustedText.clean($0, limit: 16) }
                let noun = group.first?.target.map { if case .lobby = $0 { "lobbies" } else { "sessions" } } ?? "events"
                let more = targets.count > 3 ? ", \u{2026}" : ""
                let head = e.kind == .userJoined || e.kind == .userLeft
                    ? "\(group.count) users on \(targets.count) session\(targets.count == 1 ? "" : "s")" : "\(group.count) \(noun)"
                var merged = Event(at: e.at, kind: e.kind, detail: "\(head): \(names.joined(separator: ", "))\(more)",
                                   count: group.count)
                merged.members = group.compactMap { m in m.target.map { Event.Member(target: $0, detail: m.detail) } }
                out.append(merged)
            }
        }
        return out
    }

    /// Events an earlier run wrote (the file's newest), before what this run finds; they count as seen.
    public mutating func restore(_ earlier: [Event]) {
        // Numbered below this run's (which start at 1), so selections stay unique.
        let numbered = earlier.enumerated().map { i, e in var e = e; e.number = i - earlier.count; return e }
        events = Array((numbered + events).suffix(capacity))
    }

    /// The timeline was opened: nothing is new any more.
    public mutating func markSeen() { unseen = 0 }
}
