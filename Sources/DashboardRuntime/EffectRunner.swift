import Dashboard
import EdgegapAPI
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import Logging
import Synchronization
import TerminalUI

/// The one interpreter of effects: API calls, timers, the audit log, exports, the clipboard and profile switches
/// run here, off the terminal thread, and every outcome comes back as an action through the mailbox. Holds no
/// dashboard state; at most one request a feed (a newer one cancels the older).
public final class EffectRunner: Sendable {
    enum Slot: Hashable { case timer(TimerID), feed(FeedID), probe }

    /// The API and audit log of the profile in use (a profile switch replaces both).
    private let connection: Mutex<(api: any P2PAPI, audit: (any AuditRecording)?)>
    private let services: RuntimeServices
    private let mailbox: Mailbox
    private let clock: @Sendable () -> Date
    private let jitter: Double
    /// The panes' polls' interval factor for this run, within ±`jitter`.
    private let pollFactor: Double
    private let timers: any TimerScheduling
    /// Where backoff, recovery and mutation outcomes are written (the log file in the executable).
    private let logger: Logger
    /// Profiles opened by `.openProfile`, waiting for `.useProfile`.
    private let opened = Mutex<[String: ProfileConnection]>([:])
    /// What cancels the work in each slot (a request's task, a timer).
    private let slots = Mutex<[Slot: TimerHandle]>([:])
    /// Effects under way (timers excluded): what "idle" means for tests and benchmarks.
    private let working = Mutex(0)
    /// Background commands running, by number.
    private let running = Mutex(RunningCommands())
    /// Preferences waiting to be written, by profile (the newest only).
    private let newestPreferences = Mutex<[String: Preferences]>([:])
    /// Mutations sent and not yet audited, by a number of their own. Whoever takes one out audits it: its answer, or
    /// the quit that could not wait for it (`writeOff`) — never both.
    private let unanswered = Mutex<(next: Int, sent: [Int: SentMutation])>((0, [:]))
    private let wroteOff = Mutex<[String]>([])
    /// The quit's wait for what is in flight, and its write-off.
    private let settlement = QuitSettlement()

    public init(api: any P2PAPI, mailbox: Mailbox, services: RuntimeServices = RuntimeServices(), jitter: Double = 0.1,
                timers: any TimerScheduling = TaskTimers(), logger: Logger = Logger(label: "relaydeck.dashboard"),
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.logger = logger
        connection = Mutex((api, services.audit))
        self.services = services
        self.timers = timers
        self.mailbox = mailbox
        self.jitter = jitter
        pollFactor = jitter > 0 ? Double.random(in: (1 - jitter)...(1 + jitter)) : 1
        self.clock = clock
    }

    /// Number of effects under way.
    public var activeWork: Int { working.withLock { $0 } }

    /// Starts every effect, in order.
    public func perform(_ effects: [Effect]) {
        for e in effects { perform(e) }
    }

    /// Starts one effect.
    public func perform(_ effect: Effect) {
        switch effect {
        case .fetch(let query, let gen):
            request(.feed(query.feed)) { api, now in
                let started = ContinuousClock.now
                let r = await Self.result { try await Self.fetch(query, on: api) }
                self.observe(query.endpoint, r, since: started)
                return .loaded(query, generation: gen, r, at: now())
            }
        case .probe(let gen):
            request(.probe) { api, now in
                let started = ContinuousClock.now
                let r = await Self.result { try await api.listSessions(page: 1, limit: 1) }
                self.observe("sessions", r, since: started)
                if case .failure(let e) = r { return .probed(generation: gen, e, at: now()) }
                return .probed(generation: gen, nil, at: now())
            }
        case .mutate(let m):
            mutate(m)
        case .schedule(let id, let seconds):
            schedule(id, seconds: seconds)
        case .cancelTimer(let id):
            slots.withLock { $0.removeValue(forKey: .timer(id))?.cancel() }
        case .copy(let text):
            work {
                guard let clipboard = self.services.clipboard else {
                    return .copied(.failure(EffectFailure("clipboard is off (--clipboard off)")))
                }
                return .copied(Self.attempt { try clipboard.copy(text) })
            }
        case .export(let request):
            work {
                guard let exports = self.services.exports else {
                    return .exported(.failure(EffectFailure("export unavailable")), rows: request.count)
                }
                // Said with the home folder as `~` (the reducer reads no environment).
                let home = ProcessInfo.processInfo.environment["HOME"]
                return .exported(Self.attempt { ShortPath.of(try exports.write(request), home: home) }, rows: request.count)
            }
        case .loadAudit:
            work {
                guard let audit = self.connection.withLock({ $0.audit }) else {
                    return .auditLoaded(.failure(EffectFailure("not available")))
                }
                return .auditLoaded(Self.attempt { try audit.newest(limit: 500) })
            }
        case .openProfile(let name):
            work { self.openProfile(name) }
        case .useProfile(let name):
            useProfile(name)
        case .loadFirstSeen(let profile):
            guard let store = services.firstSeen else { return }
            work {
                do { return .firstSeenLoaded(profile: profile, try store.load(profile: profile)) } catch {
                    self.logger.warning("first-seen times for \(profile) unreadable: \(error)")
                    return .firstSeenLoaded(profile: profile, [:])
                }
            }
        case .runCommand(let run):
            // Background here; a foreground run reaches the terminal loop instead (`DashboardProgram`).
            let audit = connection.withLock { $0.audit }
            let started = clock()
            let number = running.withLock { r in
                r.next += 1
                r.runs[r.next] = RunningCommand(run: run, started: started, audit: audit)
                return r.next
            }
            // Not counted as work the quit waits for: a command may run for minutes; one still running then is
            // audited as such (`writeOff`) and goes on.
            DetachedThread.start {
                let (status, output) = ProgramLauncher.background(run, keep: CustomCommands.outputKept)
                let ended = self.clock()
                // Audited here unless the quit did it already.
                if self.running.withLock({ $0.runs.removeValue(forKey: number) }) != nil {
                    audit?.recordCommand(run, status: status, why: nil, started: started, ended: ended)
                }
                self.mailbox.post(.commandFinished(run, status: status, output: output, at: ended))
            }
        case .savePreferences(let preferences, let profile):
            guard let store = services.preferences else { return }
            // Off the terminal thread, the newest always written last: each save writes whatever is newest by then,
            // under one lock, so two quick changes cannot land in the wrong order.
            newestPreferences.withLock { $0[profile] = preferences }
            work {
                self.newestPreferences.withLock { newest in
                    guard let p = newest.removeValue(forKey: profile) else { return }
                    do { try store.save(profile: profile, p) } catch { self.logger.warning("preferences for \(profile) not saved: \(error)") }
                }
                return nil
            }
        case .saveFirstSeen(let profile, let snapshot):
            guard let store = services.firstSeen else { return }
            // A failed save is said (in the history) and logged; the next save tries again.
            work {
                do {
                    try store.save(profile: profile, snapshot)
                    return .firstSeenSaved(nil)
                } catch {
                    self.logger.warning("first-seen times for \(profile) not saved: \(error)")
                    return .firstSeenSaved(EffectFailure(String(describing: error)))
                }
            }
        case .recordEvents(let events, let profile):
            services.observer?.recorded(events)
            guard let store = services.events else { return }
            work {
                do { try store.append(events, profile: profile) } catch {
                    self.logger.warning("events for \(profile) not written: \(error)")
                }
                return nil
            }
        case .loadEvents(let profile):
            guard let store = services.events else { return }
            work {
                do { return .eventsLoaded(profile: profile, try store.newest(profile: profile, limit: 500)) } catch {
                    self.logger.warning("events of \(profile) unreadable: \(error)")
                    return nil
                }
            }
        case .notify(let notice):
            services.notifier?.notify(notice)
            logger.notice("alert: \(notice.body)")
        case .title(let text):
            services.notifier?.title(text)
        case .log(let level, let text):
            logger.log(level: Self.logLevel(level), "\(text)")
        case .quit(let reason):
            cancelAll()
            // What is still being written (the first-seen save just asked for) and mutations still waiting for their
            // answer get up to a second; the mutations that did not answer are then audited as unknown. Not on this
            // thread: it may be the one their answers arrive on.
            settlement.begin { [self] in
                let deadline = ContinuousClock.now + .seconds(1)
                while activeWork > 0 && ContinuousClock.now < deadline { usleep(10_000) }
                writeOff(because: reason)
            }
        }
    }

    /// Calls `done` once a quit's wait and write-off are over (at once when no quit was asked), on any thread.
    public func whenSettled(_ done: @escaping @Sendable () -> Void) { settlement.whenDone(done) }

    /// Blocks until a quit's wait and write-off are over (at once when no quit was asked). Not on the event loop.
    public func waitUntilSettled() { settlement.wait() }

    /// Mutations sent and not answered yet.
    public var mutationsInFlight: Int { unanswered.withLock { $0.sent.count } }

    /// What `writeOff` audited as unknown, in words (`create lobby raid-3`), for a last line after the terminal is back.
    public var writtenOff: [String] { wroteOff.withLock { $0 } }

    /// Audits and logs every mutation still waiting for its answer as unknown, for `reason`, and flushes the audit
    /// files to disk: the process is about to go. An answer arriving after this is not audited again.
    public func writeOff(because reason: ExitReason) {
        let left = unanswered.withLock { u in
            let all = u.sent.values.sorted { $0.number < $1.number }
            u.sent.removeAll()
            return all
        }
        let now = clock()
        wroteOff.withLock { $0 += left.map { "\($0.mutation.verb) \($0.mutation.target)" } }
        for m in left {
            m.audit?.recordUnanswered(m.mutation, why: reason.why, started: m.started, ended: now)
            logger.mutationUnanswered(m.mutation, why: reason.why)
        }
        // Background commands still running go on without us: audited as such, and said after the terminal is back.
        let commands = running.withLock { r in
            let all = r.runs.values.sorted { $0.started < $1.started }
            r.runs.removeAll()
            return all
        }
        wroteOff.withLock { $0 += commands.map { "command \($0.run.name) on \($0.run.target) (still running)" } }
        for c in commands {
            c.audit?.recordCommand(c.run, status: nil, why: reason.why, started: c.started, ended: now)
            logger.warning("command \(c.run.name) on \(c.run.target): still running at \(reason.why)")
        }
        var flushed: [ObjectIdentifier] = []
        for audit in left.compactMap(\.audit) + commands.compactMap(\.audit) where !flushed.contains(ObjectIdentifier(audit)) {
            flushed.append(ObjectIdentifier(audit))
            audit.flush()
        }
    }

    /// Cancels every request and timer (on quit). Mutations are never cancelled.
    public func cancelAll() {
        let tasks = slots.withLock { s in
            let all = Array(s.values)
            s.removeAll()
            return all
        }
        for t in tasks { t.cancel() }
    }

    /// Opens profile `name` (its settings and key files) and keeps it for `.useProfile`; the API in use is untouched.
    private func openProfile(_ name: String) -> Action {
        guard let profiles = services.profiles else {
            return .profileOpened(name: name, .failure(EffectFailure("profiles cannot be switched here")), at: clock())
        }
        do {
            let opened = try profiles.open(name)
            self.opened.withLock { $0[name] = opened }
            return .profileOpened(name: name, .success(opened.config), at: clock())
        } catch {
            return .profileOpened(name: name, .failure(EffectFailure(String(describing: error))), at: clock())
        }
    }

    /// Talks to profile `name` from now on. Requests and timers of the old one are cancelled (their answers carry
    /// generations the reducer has dropped); mutations on their way finish and are audited where they started.
    private func useProfile(_ name: String) {
        guard let next = opened.withLock({ $0.removeValue(forKey: name) }) else { return }
        cancelAll()
        connection.withLock { $0 = (next.api, next.audit) }
    }

    private static func fetch(_ query: FeedQuery, on api: any P2PAPI) async throws -> FeedValue {
        switch query {
        case .sessionPage(let page, let limit): .sessionPage(try await api.listSessions(page: page, limit: limit))
        case .session(let id): .session(try await api.session(id: id))
        case .lobbies: .lobbies(try await api.listLobbies())
        case .fleetPage(let page, let limit): .fleetPage(try await api.scanSessions(page: page, limit: limit), page: page)
        }
    }

    private func request(_ slot: Slot, _ body: @escaping @Sendable (any P2PAPI, @Sendable () -> Date) async -> Action) {
        working.withLock { $0 += 1 }
        let api = connection.withLock { $0.api }
        let task = Task {
            let action = await body(api, self.clock)
            // A cancelled fetch was replaced by a newer one (or its profile left): its answer is dropped by generation.
            self.mailbox.post(action)
            self.working.withLock { $0 -= 1 }
        }
        slots.withLock { $0.updateValue(TimerHandle { task.cancel() }, forKey: slot)?.cancel() }
    }

    /// Runs file, clipboard or configuration work on a thread of its own (off the terminal thread, and off the event
    /// loops that carry the HTTP client and the timers: these calls block) and posts its answer.
    /// A custom command on the terminal (the loop has put the screen away): run, audited, its status returned.
    public func runForeground(_ run: CommandRun) -> Int32 {
        let started = clock()
        let status = ProgramLauncher.foreground(run)
        connection.withLock { $0.audit }?.recordCommand(run, status: status, why: nil, started: started, ended: clock())
        return status
    }

    private func work(_ body: @escaping @Sendable () -> Action?) {
        working.withLock { $0 += 1 }
        DetachedThread.start {
            if let action = body() { self.mailbox.post(action) }
            self.working.withLock { $0 -= 1 }
        }
    }

    private func mutate(_ m: Mutation) {
        working.withLock { $0 += 1 }
        let (api, audit) = connection.withLock { ($0.api, $0.audit) }
        let started = clock()
        let number = unanswered.withLock { u in
            u.next += 1
            u.sent[u.next] = SentMutation(number: u.next, mutation: m, audit: audit, started: started)
            return u.next
        }
        // Mutations are never cancelled and never retried: one key press, one request.
        Task {
            let outcome = await MutationCall.run(m, on: api)
            let ended = self.clock()
            // Written off by a quit meanwhile: already audited, as unknown.
            if self.unanswered.withLock({ $0.sent.removeValue(forKey: number) }) != nil {
                audit?.record(m, outcome: outcome, started: started, ended: ended)
                self.logger.mutation(m, outcome, started: started, ended: ended)
            }
            self.mailbox.post(.mutationFinished(m, outcome, at: ended))
            self.working.withLock { $0 -= 1 }
        }
    }

    private func schedule(_ id: TimerID, seconds: Double) {
        let mailbox = self.mailbox, clock = self.clock
        // Polls get ±jitter so several dashboards on one key do not beat in step: one factor for the run, so this
        // dashboard's own polls, answered together, stay together (one wake-up for the page, the lobbies and the
        // detail, not one each as they drift apart).
        let isPoll = id != .clock
        // The crawl's only upward: its pace is a budget, never to be exceeded.
        let factor = !isPoll || jitter == 0 ? 1 : id == .poll(.fleet) ? Double.random(in: 1...(1 + jitter)) : pollFactor
        let delay = max(0, seconds * factor)
        let handle = timers.schedule(after: delay) { mailbox.post(.timerFired(id, clock())) }
        slots.withLock { $0.updateValue(handle, forKey: .timer(id))?.cancel() }
    }

    /// A mutation on its way, with the audit log of the profile it was sent on.
    struct SentMutation: Sendable {
        var number: Int
        var mutation: Mutation
        var audit: (any AuditRecording)?
        var started: Date
    }

    /// Tells the request observer (the exporter's counters) how a request went: its endpoint, its HTTP status (or
    /// what went wrong below HTTP), its duration. A cancelled request is not counted.
    private func observe<T>(_ endpoint: String, _ r: Result<T, APIError>, since started: ContinuousClock.Instant) {
        guard let observer = services.requests else { return }
        let code: String
        switch r {
        case .success: code = "200"
        case .failure(.cancelled): return
        case .failure(let e): code = e.httpStatus.map(String.init) ?? "error"
        }
        let d = ContinuousClock.now - started
        observer.answered(endpoint: endpoint, code: code, seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }

    static func logLevel(_ level: Message.Level) -> Logger.Level {
        switch level {
        case .info, .success: .info
        case .warning: .warning
        case .error: .error
        }
    }

    static func attempt<T>(_ body: () throws -> T) -> Result<T, EffectFailure> {
        do { return .success(try body()) } catch { return .failure(EffectFailure(String(describing: error))) }
    }

    static func result<T: Sendable>(_ call: () async throws -> T) async -> Result<T, APIError> {
        do { return .success(try await call()) } catch let e as APIError { return .failure(e) } catch is CancellationError {
            return .failure(.cancelled)
        } catch { return .failure(.transport(.other, detail: UntrustedText.clean(String(describing: error), limit: 120))) }
    }
}
