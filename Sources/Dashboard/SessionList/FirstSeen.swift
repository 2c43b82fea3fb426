import Foundation

/// First-seen times survive a restart: loaded at start (per profile, from the state dir, by the runner) and saved
/// when new sessions appear, at most every `saveEvery` seconds, and on quit.
public enum FirstSeen {
    /// What is persisted for one session: when it was first seen, and whether that is only a lower bound of its age.
    public enum Record: Sendable, Equatable, Codable {
        /// Appeared while its page was watched: its age is good to a poll.
        case seen(Date)
        /// Already there when its page was first looked at: at least this old.
        case atLeast(Date)

        public init(at: Date, lowerBound: Bool) { self = lowerBound ? .atLeast(at) : .seen(at) }

        public var at: Date {
            switch self {
            case .seen(let d), .atLeast(let d): d
            }
        }

        public var lowerBound: Bool { if case .atLeast = self { true } else { false } }
    }

    /// What a save writes: the first-seen times and which of them are lower bounds. It shares the state's storage,
    /// so handing 100,000 of them to the runner copies nothing.
    public struct Snapshot: Sendable, Equatable {
        public var times: FirstSeenTimes

        public init(times: FirstSeenTimes) { self.times = times }

        public init(records: [String: Record]) { times = FirstSeenTimes(records) }

        /// Each time as a record (what loading hands back).
        public var records: [String: Record] { Dictionary(uniqueKeysWithValues: times.map { ($0.key, $0.value) }) }
    }

    /// Seconds between two saves while sessions keep appearing.
    static let saveEvery: Double = 30

    /// What to persist now: the index's times and the table's, at most `Reducer.firstSeenLimit` (the index's first).
    static func snapshot(_ state: AppState) -> Snapshot {
        let records = state.fleet.index.records
        guard !records.isEmpty else { return Snapshot(times: state.sessions.firstSeen) }
        var times = FirstSeenTimes()
        let limit = Reducer.firstSeenLimit
        times.reserve(min(limit, records.count + state.sessions.firstSeen.count))
        records.scan { i, r in
            times.note(records.id(at: i), at: r.pointee.firstSeen, lowerBound: r.pointee.ageIsLowerBound)
            return times.count < limit
        }
        state.sessions.firstSeen.scan { id, at, lowerBound in
            if times.count >= limit { return false }
            times.note(id, at: at, lowerBound: lowerBound)
            return true
        }
        return Snapshot(times: times)
    }

    /// The records to persist now, one a session.
    static func records(_ state: AppState) -> [String: Record] { snapshot(state).records }

    /// Asks for a save unless one went out less than `saveEvery` ago (the next new session after that saves).
    static func saveSoon(_ state: inout AppState) -> [Effect] {
        if let last = state.book.firstSeenSavedAt, state.now.timeIntervalSince(last) < saveEvery { return [] }
        return save(&state)
    }

    /// Asks for a save now (quit, profile switch), when there is anything to save.
    static func save(_ state: inout AppState) -> [Effect] {
        guard !state.sessions.firstSeen.isEmpty || !state.fleet.index.records.isEmpty else { return [] }
        state.book.firstSeenSavedAt = state.now
        return [.saveFirstSeen(profile: state.config.environment, snapshot(state))]
    }

    /// Records from an earlier run: the earlier time wins (a session seen yesterday is at least a day old), and an
    /// age that was a lower bound stays one.
    static func loaded(_ records: [String: Record], _ state: inout AppState) {
        state.sessions.firstSeen.reserve(state.sessions.firstSeen.count + records.count)
        for (id, r) in records {
            if let known = state.firstSeen(id), known.at <= r.at { continue }
            if !state.fleet.index.setFirstSeen(id, r) { state.sessions.firstSeen.note(id, at: r.at, lowerBound: r.lowerBound) }
        }
    }
}

extension AppState {
    /// When session `id` was first seen: its index record's time, else the table's (see `FirstSeenTimes`).
    public func firstSeen(_ id: String) -> FirstSeen.Record? {
        screen.fleet.index.records[id]?.firstSeenRecord ?? screen.sessions.firstSeen.record(id)
    }
}
