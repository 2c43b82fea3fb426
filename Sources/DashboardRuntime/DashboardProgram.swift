import Dashboard
import FoundationEssentials
import TerminalUI

/// The dashboard as the terminal loop sees it: events become actions, the reducer changes the state and returns
/// effects, the runner performs them (answering through the mailbox), and a frame is owed only when what is
/// drawn changed. Nothing else happens here.
public final class DashboardProgram: TerminalProgram {
    public private(set) var state: AppState
    private let runner: EffectRunner
    private let mailbox: Mailbox
    private let themes: [Theme]
    private let glyphs: GlyphSet
    private let clock: @Sendable () -> Date
    /// The runner's timers when the terminal loop keeps them (nil: they keep themselves).
    private let loopTimers: LoopTimers?
    private var dirty = true
    /// When a frame only crawl pages owe is due (see `crawlFrameDelay`); nil when none is waiting.
    private var crawlFrameAt: ContinuousClock.Instant?
    private let crawlFrameDelay: Double
    private var started = false
    /// Foreground commands waiting for the terminal loop, and those it is running, by id.
    private var outside: [WorkOutside] = []
    private var runsOutside: [Int: CommandRun] = [:]
    private var nextOutside = 1

    /// `crawlFrameDelay`: seconds a change that only crawl pages made may wait for its frame (with `loopTimers`).
    public init(state: AppState, runner: EffectRunner, mailbox: Mailbox, themes: [Theme], glyphs: GlyphSet,
                loopTimers: LoopTimers? = nil, crawlFrameDelay: Double = 1,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.loopTimers = loopTimers
        self.crawlFrameDelay = crawlFrameDelay
        var state = state
        self.themes = themes.isEmpty ? [.default] : themes
        state.themeNames = self.themes.map(\.name)
        self.state = state
        self.runner = runner
        self.mailbox = mailbox
        self.glyphs = glyphs
        self.clock = clock
    }

    public var untilNextTimer: Duration? { loopTimers?.untilNext }

    /// The theme in use (cycled with `t`).
    public var theme: Theme { themes[state.themeIndex % themes.count] }

    public func handle(_ event: TerminalEvent) -> Bool {
        switch event {
        case .key(let k): dispatch(.key(k))
        case .resize(let w, let h):
            dispatch(.resize(width: w, height: h))
            if !started {
                started = true
                dispatch(.start(clock()))
            }
        case .mouse(let m): dispatch(.mouse(m, at: clock()))
        case .wake:
            loopTimers?.fireDue()
            drainMailbox()
            if let at = crawlFrameAt, at <= ContinuousClock.now + LoopTimers.slack { dirty = true }
        case .resumed: dirty = true
        case .cameBack(let id, let status):
            if let run = runsOutside.removeValue(forKey: id) { dispatch(.commandFinished(run, status: status, output: [], at: clock())) }
            dirty = true
        }
        return !state.quitting
    }

    /// A signal or a lost terminal ends the loop: the reducer quits for that reason (the runner writes off and audits
    /// what is still in flight, within a second) before the terminal is restored and the process exits.
    public func stopped(_ reason: ExitReason) {
        dispatch(.stop(reason, at: clock()))
    }

    /// The quit's audit of what was in flight is done (see `EffectRunner.whenSettled`).
    public func whenSettled(_ done: @escaping @Sendable () -> Void) { runner.whenSettled(done) }

    /// Applies every action the async side has posted.
    public func drainMailbox() {
        let actions = mailbox.drain()
        guard !actions.isEmpty else { return }
        dispatch(actions)
    }

    /// Runs one action through the reducer and hands its effects to the runner.
    public func dispatch(_ action: Action) { dispatch([action]) }

    /// Runs actions through the reducer in order, handing each one's effects to the runner; what is drawn is compared
    /// once for the lot (a copy and a comparison of the whole state: a tenth of an idle dashboard's CPU when done for
    /// each of the answers a wake-up brings).
    public func dispatch(_ actions: [Action]) {
        let before = state.drawn
        let beforeNow = state.now
        for action in actions { reduce(action) }
        if state.drawn != before || (actions.contains(where: \.movesTheClock) && state.now != beforeNow) {
            owe(crawlOnly: actions.allSatisfy(\.isCrawlAnswer))
        }
    }

    private func reduce(_ action: Action) {
        let effects = Reducer.reduce(&state, action)
        // A foreground command needs the terminal: the loop runs it with the screen put away.
        var rest: [Effect] = []
        for e in effects {
            guard case .runCommand(let run) = e, run.mode == .foreground else { rest.append(e); continue }
            let id = nextOutside
            nextOutside += 1
            runsOutside[id] = run
            let runner = self.runner
            outside.append(WorkOutside(id: id) { runner.runForeground(run) })
        }
        runner.perform(rest)
    }

    /// A change owes a frame now, or within `crawlFrameDelay` when a crawl page made it: a census walks five pages a
    /// second, each moving the fleet line's count or the index, and one frame a second shows that as well as five.
    private func owe(crawlOnly: Bool) {
        guard crawlOnly, !dirty, let timers = loopTimers else { dirty = true; return }
        guard crawlFrameAt == nil else { return }
        crawlFrameAt = ContinuousClock.now + .milliseconds(Int(crawlFrameDelay * 1000))
        // Only to wake the loop: the wake-up finds the frame due.
        _ = timers.schedule(after: crawlFrameDelay) {}
    }

    public var needsFrame: Bool { dirty }

    public var wantsMouse: Bool { state.mouse }

    public func takeWorkOutside() -> WorkOutside? { outside.isEmpty ? nil : outside.removeFirst() }

    public func draw(into buffer: inout Buffer) {
        DashboardView(state: state, theme: theme, glyphs: glyphs).render(into: &buffer)
        dirty = false
        crawlFrameAt = nil
    }
}

extension Action {
    /// The actions whose purpose is to move time on screen (the reducer sends them only while something counts).
    public var movesTheClock: Bool {
        switch self {
        case .timerFired(.clock, _): true
        default: false
        }
    }

    /// A crawl page's answer (the fleet index's feed).
    public var isCrawlAnswer: Bool {
        if case .loaded(.fleetPage, _, _, _) = self { return true }
        return false
    }
}
