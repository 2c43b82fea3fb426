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

    /// Seconds between two saves while sessions keep appearing.
    static let saveEvery: Double = 30

    /// The records to persist now.
    static func records(_ state: AppState) -> [String: Record] {
        state.sessions.firstSeen.mapValues { Record(at: $0, lowerBound: false) }.merging(
            state.sessions.ageIsLowerBound.compactMap { id in state.sessions.firstSeen[id].map { (id, Record(at: $0, lowerBound: true)) } },
            uniquingKeysWith: { $1 })
    }

    /// Asks for a save unless one went out less than `saveEvery` ago (the next new session after that saves).
    static func saveSoon(_ state: inout AppState) -> [Effect] {
        if let last = state.book.firstSeenSavedAt, state.now.timeIntervalSince(last) < saveEvery { return [] }
        return save(&state)
    }

    /// Asks for a save now (quit, profile switch), when there is anything to save.
    static func save(_ state: inout AppState) -> [Effect] {
        guard !state.sessions.firstSeen.isEmpty else { return [] }
        state.book.firstSeenSavedAt = state.now
        return [.saveFirstSeen(profile: state.config.environment, records(state))]
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
