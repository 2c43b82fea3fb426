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
        public var times: [String: Date]
        public var lowerBound: Set<String>

        public init(times: [String: Date], lowerBound: Set<String>) {
            self.times = times
            self.lowerBound = lowerBound
        }

        public init(records: [String: Record]) {
            times = records.mapValues(\.at)
            lowerBound = Set(records.filter(\.value.lowerBound).keys)
        }

        /// Each time as a record (what loading hands back).
        public var records: [String: Record] {
            Dictionary(uniqueKeysWithValues: times.map { ($0.key, Record(at: $0.value, lowerBound: lowerBound.contains($0.key))) })
        }
    }

    /// Seconds between two saves while sessions keep appearing.
    static let saveEvery: Double = 30

    /// What to persist now.
    static func snapshot(_ state: AppState) -> Snapshot {
        Snapshot(times: state.sessions.firstSeen, lowerBound: state.sessions.ageIsLowerBound)
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
        guard !state.sessions.firstSeen.isEmpty else { return [] }
        state.book.firstSeenSavedAt = state.now
        return [.saveFirstSeen(profile: state.config.environment, snapshot(state))]
    }

    /// Records from an earlier run: the earlier time wins (a session seen yesterday is at least a day old), and an
    /// age that was a lower bound stays one.
    static func loaded(_ records: [String: Record], _ state: inout AppState) {
        for (id, r) in records {
            if let now = state.sessions.firstSeen[id], now <= r.at { continue }
            state.sessions.firstSeen[id] = r.at
            if r.lowerBound { state.sessions.ageIsLowerBound.insert(id) } else { state.sessions.ageIsLowerBound.remove(id) }
        }
    }
}
