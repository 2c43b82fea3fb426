import EdgegapAPI
import Foundation
import Synchronization

/// Performs effects: API calls and timers as tasks whose results come back as actions through the mailbox.
/// Holds no dashboard state; at most one fetch a feed (a newer one cancels the older).
public final class EffectRunner: Sendable {
    enum Slot: Hashable { case timer(TimerID), sessions, detail, lobbies, probe }

    private let api: any P2PAPI
    private let mailbox: Mailbox
    private let clock: @Sendable () -> Date
    private let audit: (any MutationAuditing)?
    private let jitter: Double
    private let timers: any TimerScheduling
    /// What cancels the work in each slot (a request's task, a timer).
    private let slots = Mutex<[Slot: TimerHandle]>([:])
    /// Fetches and mutations under way (timers excluded): what "idle" means for tests and benchmarks.
    private let working = Mutex(0)

    public init(api: any P2PAPI, mailbox: Mailbox, audit: (any MutationAuditing)? = nil, jitter: Double = 0.1,
                timers: any TimerScheduling = TaskTimers(), clock: @escaping @Sendable () -> Date = { Date() }) {
        self.api = api
        self.timers = timers
        self.mailbox = mailbox
        self.audit = audit
        self.jitter = jitter
        self.clock = clock
    }

    /// Number of requests in flight.
    public var activeWork: Int { working.withLock { $0 } }

    /// Starts every effect, in order.
    public func perform(_ effects: [Effect]) {
        for e in effects { perform(e) }
    }

    /// Starts one effect.
    public func perform(_ effect: Effect) {
        switch effect {
        case .fetchSessions(let gen, let page, let limit):
            request(.sessions) { api, now in
                let r = await Self.result { try await api.listSessions(page: page, limit: limit) }
                return .sessionsLoaded(generation: gen, page: page, r, at: now())
            }
        case .fetchSession(let gen, let id):
            request(.detail) { api, now in
                let r = await Self.result { try await api.session(id: id) }
                return .sessionLoaded(generation: gen, id: id, r, at: now())
            }
        case .fetchLobbies(let gen):
            request(.lobbies) { api, now in
                let r = await Self.result { try await api.listLobbies() }
                return .lobbiesLoaded(generation: gen, r, at: now())
            }
        case .probe(let gen):
            request(.probe) { api, now in
                let r = await Self.result { try await api.listSessions(page: 1, limit: 1) }
                if case .failure(let e) = r { return .probed(generation: gen, e, at: now()) }
                return .probed(generation: gen, nil, at: now())
            }
        case .mutate(let m):
            mutate(m)
        case .schedule(let id, let seconds):
            schedule(id, seconds: seconds)
        case .cancelTimer(let id):
            slots.withLock { $0.removeValue(forKey: .timer(id))?.cancel() }
        case .copy, .export, .loadAudit, .switchProfile, .quit:
            // Handled by the program (they touch the terminal or end the loop).
            break
        }
    }

    /// Cancels everything (on quit).
    public func cancelAll() {
        let tasks = slots.withLock { s in
            let all = Array(s.values)
            s.removeAll()
            return all
        }
        for t in tasks { t.cancel() }
    }

    private func request(_ slot: Slot, _ body: @escaping @Sendable (any P2PAPI, @Sendable () -> Date) async -> Action) {
        working.withLock { $0 += 1 }
        let task = Task {
            let action = await body(self.api, self.clock)
            // A cancelled fetch was replaced by a newer one; its answer is dropped by generation anyway.
            self.mailbox.post(action)
            self.working.withLock { $0 -= 1 }
        }
        slots.withLock { $0.updateValue(TimerHandle { task.cancel() }, forKey: slot)?.cancel() }
    }

    private func mutate(_ m: Mutation) {
        working.withLock { $0 += 1 }
        // Mutations are never cancelled and never retried: one key press, one request.
        Task {
            let started = self.clock()
            let outcome = await MutationCall.run(m, on: self.api)
            let ended = self.clock()
            self.audit?.record(m, outcome: outcome, started: started, ended: ended)
            self.mailbox.post(.mutationFinished(m, outcome, at: ended))
            self.working.withLock { $0 -= 1 }
        }
    }

    private func schedule(_ id: TimerID, seconds: Double) {
        let mailbox = self.mailbox, clock = self.clock
        // Polls get ±jitter so several dashboards on one key do not beat in step.
        let isPoll = id != .clock
        let factor = isPoll && jitter > 0 ? Double.random(in: (1 - jitter)...(1 + jitter)) : 1
        let delay = max(0, seconds * factor)
        let handle = timers.schedule(after: delay) { mailbox.post(.timerFired(id, clock())) }
        slots.withLock { $0.updateValue(handle, forKey: .timer(id))?.cancel() }
    }

    static func result<T: Sendable>(_ call: () async throws -> T) async -> Result<T, APIError> {
        do { return .success(try await call()) } catch let e as APIError { return .failure(e) } catch is CancellationError {
            return .failure(.cancelled)
        } catch { return .failure(.transport(.other, detail: UntrustedText.clean(String(describing: error), limit: 120))) }
    }
}
