import EdgegapAPI
import FoundationEssentials

/// Every session of the fleet as the background crawl last saw it: records by id, the sweep in progress and the
/// last completed one. Pure: the crawl's feed (`Fleet`) and `relaydeck sessions find` both drive it, page by page.
///
/// Pages shift while they are walked (a deletion on page 2 moves a session from page 3 onto page 2 after page 2
/// was read, so this sweep never sees it; a creation can show one twice). So: a session unseen in two sweeps in a
/// row is gone (one shift cannot hide it twice running); a sweep that saw a duplicate, a changed total or fewer
/// sessions than the total is not a census (its counts are shown as approximate). Sessions this dashboard deleted,
/// or whose detail answered 404, leave at once.
public struct FleetIndex: Sendable {
    public private(set) var records = FleetRecords()
    /// Bumped on every change: states compare by it (a frame check must not walk 100,000 records).
    public private(set) var revision = 0
    /// The sweep in progress, from 1.
    public private(set) var sweep = 1
    /// The page the sweep asks for next.
    public private(set) var nextPage = 1
    /// The page size asked for: the largest the API accepts (smaller after a refusal).
    public private(set) var limit: Int
    public private(set) var completed: CompletedSweep?
    /// When each page was last answered (index 0 is page 1): the index is as old as its oldest page.
    private var pageTimes: [Date?] = []
    /// Distinct sessions the sweep under way has seen (a record stamped with this sweep's number was seen in it).
    private var seenThisSweep = 0
    private var totalAtStart: Int?
    private var shifted = false
    private var sweepStartedAt: Date?
    /// Sessions the API serves a page, once a full page showed it.
    private var served: Int?
    /// What the last `take` saw change in sessions the index already held (only once a sweep has completed: the
    /// first sweep is said in one summary), and the sessions the sweep it finished let go.
    public private(set) var changes: [SessionChange] = []
    public private(set) var letGo: [String] = []

    /// Page sizes tried, largest first, when the API refuses one.
    public static let limits = [100, 50, 10]

    public init(limit: Int = FleetIndex.limits[0]) { self.limit = limit }

    /// Takes the answer to page `page` of the sweep in progress; returns the ids it had never seen. A new session's
    /// first-seen time is what `known` has for it, else now — a lower bound during the first sweep (those sessions
    /// were there before the index looked).
    public mutating func take(_ answer: SessionPage, page: Int, now: Date,
                              known: (String) -> FirstSeen.Record? = { _ in nil }) -> [String] {
        take(answer.sessions.map { .decoded($0, fingerprint: 0) }, total: answer.totalCount, pagination: answer.pagination,
             page: page, now: now, known: known)
    }

    /// A scanned page made ready to take: a session whose bytes have the fingerprint its record keeps is the same
    /// session and is not decoded; the others are (any that does not read fails the page, as a whole page's decoding
    /// did).
    public func prepare(_ answer: ScannedSessionPage) throws(JSONScanError) -> PreparedPage {
        var items: [PageItem] = []
        items.reserveCapacity(answer.sessions.count)
        for s in answer.sessions {
            if s.fingerprint != 0, records.fingerprint(of: s.id) == s.fingerprint {
                items.append(.unchanged(s.id))
            } else {
                items.append(.decoded(try s.decoded(), fingerprint: s.fingerprint))
            }
        }
        return PreparedPage(items: items, total: answer.totalCount, pagination: answer.pagination)
    }

    /// Takes a prepared page (see `take(_:page:now:known:)` for a decoded one).
    public mutating func take(_ prepared: PreparedPage, page: Int, now: Date,
                              known: (String) -> FirstSeen.Record? = { _ in nil }) -> [String] {
        take(prepared.items, total: prepared.total, pagination: prepared.pagination, page: page, now: now, known: known)
    }

    /// A page the index can take: each session read, or known unchanged.
    public struct PreparedPage: Sendable, Equatable {
        public var items: [PageItem]
        public var total: Int
        public var pagination: Pagination
    }

    /// A session of a page: read (decoded), or recognised unchanged by its fingerprint.
    public enum PageItem: Sendable, Equatable {
        case decoded(RelaySession, fingerprint: UInt64)
        case unchanged(String)

        public var id: String {
            switch self {
            case .decoded(let s, _): s.sessionID
            case .unchanged(let id): id
            }
        }
    }

    private mutating func take(_ items: [PageItem], total answerTotal: Int, pagination: Pagination, page: Int, now: Date,
                               known: (String) -> FirstSeen.Record?) -> [String] {
        let firstSweep = completed == nil
        // The revision moves only when what a view shows may have: a session new, changed, moved or gone, the
        // totals, the first sweep's coverage, an age on screen. Most pages of a steady fleet change none of it, and
        // an unchanged revision draws no frame.
        var visible = firstSweep || answerTotal != total
        let oldestBefore = oldestPage, censusBefore = completed?.census, countBefore = records.count
        defer {
            if oldestPage != oldestBefore, [oldestBefore, oldestPage].contains(where: { $0.map { now.timeIntervalSince($0) >= 60 } ?? true }) {
                visible = true
            }
            if visible || completed?.census != censusBefore || records.count != countBefore || !letGo.isEmpty { revision &+= 1 }
        }
        if page == 1 || totalAtStart == nil {
            totalAtStart = answerTotal
            sweepStartedAt = now
        } else if answerTotal != totalAtStart {
            shifted = true
        }
        var fresh: [String] = []
        changes = []
        letGo = []
        // A full page says how many the API serves a page (it may cap `limit` without a word).
        if pagination.hasNext && !items.isEmpty { served = items.count }
        let first = (page - 1) * (served ?? limit)
        if page == 1 && !items.isEmpty {
            // Room for the whole fleet, its users estimated from this page's (a fifth more: pages differ); a total
            // past a million is not believed (the API's word, and a hostile one must not reserve gigabytes).
            let fleet = min(max(answerTotal, 0), 1_000_000)
            let users = items.reduce(0) { n, item in
                switch item {
                case .decoded(let s, _): n + min(s.sessionUsers.count, 1_000)
                case .unchanged(let id): n + records.userCount(of: id)
                }
            }
            records.reserve(fleet, users: users * fleet / items.count * 6 / 5 + 64)
        }
        for (i, item) in items.enumerated() {
            let lastSweep: Int32?
            switch item {
            case .unchanged(let id):
                // The same bytes: the same session, only seen again (on another page, when others came or went).
                let seen = records.seenAgain(id, ordinal: first + i, lastSeen: now, sweep: sweep)
                if seen?.moved ?? true { visible = true }
                lastSweep = seen?.sweep
            case .decoded(let s, let fingerprint):
                // Users before the record is replaced (it reuses their room when the count is the same).
                let oldUsers = firstSweep ? nil : records.userIPs(s.sessionID)
                let seen = records.put(s, ordinal: first + i, lastSeen: now, sweep: sweep, fingerprint: fingerprint,
                                       firstSeen: known(s.sessionID) ?? FirstSeen.Record(at: now, lowerBound: firstSweep))
                if let old = seen, !firstSweep, let change = SessionChange(id: s.sessionID, old: old, oldUsers: oldUsers ?? [], new: s) {
                    changes.append(change)
                }
                lastSweep = seen?.sweep
                visible = true
            }
            switch lastSweep {
            case nil: fresh.append(item.id); seenThisSweep += 1
            case Int32(clamping: sweep)?:
                shifted = true   // seen twice in one sweep: the pages moved under it
                visible = true
            default: seenThisSweep += 1
            }
        }
        total = answerTotal
        let pages = max(1, pagination.paginator.numPages)
        if pageTimes.count < page { pageTimes += Array(repeating: nil, count: page - pageTimes.count) }
        pageTimes[page - 1] = now
        if pageTimes.count > pages { pageTimes.removeLast(pageTimes.count - pages) }
        if items.isEmpty || page >= pages || !pagination.hasNext {
            finishSweep(now)
        } else {
            nextPage = page + 1
        }
        return fresh
    }

    private mutating func finishSweep(_ now: Date) {
        let census = !shifted && seenThisSweep == totalAtStart
        // Gone: seen in neither this sweep nor the one before.
        let oldest = Int32(clamping: sweep - 1)
        if completed != nil {
            var gone: [Int] = []
            records.scan { i, r in
                if r.pointee.sweep < oldest { gone.append(i) }
                return true
            }
            letGo = gone.map { records.id(at: $0) }
        }
        records.removeAll { $0.sweep < oldest }
        completed = CompletedSweep(number: sweep, census: census, startedAt: sweepStartedAt ?? now, finishedAt: now,
                                   seen: seenThisSweep)
        sweep += 1
        nextPage = 1
        seenThisSweep = 0
        shifted = false
        totalAtStart = nil
        sweepStartedAt = nil
    }

    /// Sessions live in the index that have turned stuck or long-lived since that was last said of them, each marked
    /// said now (once a session). With `quietly`, marked without being returned: what the first sweep's summary says.
    /// Judged as of when each was last seen, not now: after an outage the index's records are old, and a session that
    /// was initializing then is not stuck for that.
    mutating func newlyTimed(now: Date, config: DashboardConfig, quietly: Bool = false) -> [(id: String, kind: Event.Kind)] {
        var found: [(Int, FleetRecord.Said)] = []
        scanLive { i, r in
            let h = SessionHealth.of(r, now: min(now, r.pointee.lastSeen), config: config)
            if h.state == .stuck && !r.pointee.said.contains(.stuck) { found.append((i, .stuck)) }
            if h.longLived && !r.pointee.said.contains(.longLived) { found.append((i, .longLived)) }
            return true
        }
        guard !found.isEmpty else { return [] }
        revision &+= 1
        var out: [(id: String, kind: Event.Kind)] = []
        for (i, what) in found {
            records.markSaid(at: i, what)
            if !quietly { out.append((records.id(at: i), what == .stuck ? .sessionStuck : .sessionLongLived)) }
        }
        return out
    }

    /// The API refused the page size: the next smaller one, the sweep started again (nil when none is left).
    public mutating func refusedLimit() -> Int? {
        guard let i = Self.limits.firstIndex(of: limit), i + 1 < Self.limits.count else { return nil }
        revision &+= 1
        limit = Self.limits[i + 1]
        served = nil
        nextPage = 1
        // A new sweep number: the pages read at the old size count as seen in no sweep of this one.
        sweep += 1
        seenThisSweep = 0
        shifted = false
        totalAtStart = nil
        pageTimes = []
        return limit
    }

    /// Sets the first-seen time of `id` (an earlier run's, when older); false when the index does not hold it.
    public mutating func setFirstSeen(_ id: String, _ seen: FirstSeen.Record) -> Bool {
        guard records.update(id, { $0.firstSeen = seen.at; $0.ageIsLowerBound = seen.lowerBound }) else { return false }
        revision &+= 1
        return true
    }

    /// A session known to be gone (deleted here, or its detail answered 404).
    public mutating func forget(_ id: String) {
        guard records.remove(id) else { return }
        revision &+= 1
    }

    /// Calls `body` with the storage position (`records.id(at:)` gives the id) and a pointer to each live record — seen
    /// in the last completed sweep or the one under way — until it returns false. A session the last sweep missed is
    /// kept for one more (a shift may have hidden it) but counts nowhere: not in the fleet's counts, the problems or a
    /// search.
    func scanLive(_ body: (Int, UnsafePointer<FleetRecord>) -> Bool) {
        let floor = Int32(clamping: completed?.number ?? 0)
        records.scan { i, r in r.pointee.sweep < floor || body(i, r) }
    }

    /// Sessions the sweep under way has covered so far (pages read times the page size served).
    public var sessionsCovered: Int { pagesRead * (served ?? limit) }

    /// The fleet's total as the newest answer gave it.
    public private(set) var total: Int?

    /// True while a sweep is under way and none has completed: the index covers only some pages.
    public var isPartial: Bool { completed == nil }

    /// Pages the sweep in progress has read.
    public var pagesRead: Int { nextPage - 1 }

    /// When the oldest page the index holds was read (nil before any answer).
    public var oldestPage: Date? { pageTimes.compactMap { $0 }.min() }
}

extension FleetIndex {
    /// An empty index that compares equal to this one (the same revision): what a state kept for comparison holds.
    public func stub() -> FleetIndex {
        var s = FleetIndex(limit: limit)
        s.revision = revision
        return s
    }
}

extension FleetIndex: Equatable {
    public static func == (a: FleetIndex, b: FleetIndex) -> Bool { a.revision == b.revision && a.limit == b.limit }
}
