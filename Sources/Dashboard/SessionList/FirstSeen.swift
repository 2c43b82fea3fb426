import FoundationEssentials

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

    /// What a save writes: the first-seen times and which of them are lower bounds — those of the index's sessions read
    /// out of their records into a plain array (nothing hashed on the loop), and the table, sharing the state's storage.
    public struct Snapshot: Sendable, Equatable {
        /// One session's time as the index holds it.
        public struct Entry: Sendable, Equatable {
            public var id: String
            public var at: Date
            public var lowerBound: Bool
        }

        public var indexed: [Entry]
        public var table: FirstSeenTimes
        /// Of the table, at most this many are written (the file holds at most `Reducer.firstSeenLimit`, the index's first).
        var tableLimit: Int

        init(indexed: [Entry], table: FirstSeenTimes, tableLimit: Int) {
            (self.indexed, self.table, self.tableLimit) = (indexed, table, tableLimit)
        }

        public init(records: [String: Record]) { self.init(indexed: [], table: FirstSeenTimes(records), tableLimit: .max) }

        /// How many a save writes.
        public var count: Int { indexed.count + min(table.count, tableLimit) }

        /// Calls `body` with each id, time and lower-bound flag a save writes, until it returns false.
        public func scan(_ body: (String, Date, Bool) -> Bool) {
            for e in indexed where !body(e.id, e.at, e.lowerBound) { return }
            var left = tableLimit
            table.scan { id, at, lowerBound in
                guard left > 0 else { return false }
                left -= 1
                return body(id, at, lowerBound)
            }
        }

        /// Each time as a record (what loading hands back).
        public var records: [String: Record] {
            var out: [String: Record] = [:]
            scan { id, at, lowerBound in
                out[id] = Record(at: at, lowerBound: lowerBound)
                return true
            }
            return out
        }
    }

    /// Seconds between two saves while sessions keep appearing.
    static let saveEvery: Double = 30

    /// What to persist now: the index's times and the table's, at most `Reducer.firstSeenLimit` (the index's first).
    static func snapshot(_ state: AppState) -> Snapshot {
        let records = state.fleet.index.records, limit = Reducer.firstSeenLimit
        var indexed: [Snapshot.Entry] = []
        indexed.reserveCapacity(min(limit, records.count))
        records.scan { i, r in
            indexed.append(Snapshot.Entry(id: records.id(at: i), at: r.pointee.firstSeen, lowerBound: r.pointee.ageIsLowerBound))
            return indexed.count < limit
        }
        return Snapshot(indexed: indexed, table: state.sessions.firstSeen, tableLimit: limit - indexed.count)
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
        model.fleet.index.records[id]?.firstSeenRecord ?? screen.sessions.firstSeen.record(id)
    }
}
