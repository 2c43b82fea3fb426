import EdgegapAPI
import Foundation
import TerminalUI

/// The dashboard as the terminal loop sees it: events in, reduce, effects out, frames drawn only when the state changed.
public final class DashboardProgram: TerminalProgram {
    public private(set) var state: AppState
    private var runner: EffectRunner
    private let mailbox: Mailbox
    private let themes: [Theme]
    private let glyphs: GlyphSet
    private let clock: @Sendable () -> Date
    private var dirty = true
    private var started = false
    /// Called with text to put on the clipboard (OSC 52 lives with the terminal, not here).
    public var onCopy: ((String) -> Void)?
    /// Reads the newest audit lines (file I/O lives with the executable).
    public var onLoadAudit: (() throws -> [String])?
    /// Builds the API side of another profile: its runner (same mailbox) and its settings.
    public var onSwitchProfile: ((String) throws -> (EffectRunner, DashboardConfig))?
    /// Writes an export and returns the file's path (file I/O lives with the executable).
    public var onExport: ((ExportRequest) throws -> String)?

    public init(state: AppState, runner: EffectRunner, mailbox: Mailbox, themes: [Theme], glyphs: GlyphSet,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.state = state
        self.runner = runner
        self.mailbox = mailbox
        self.themes = themes.isEmpty ? [.default] : themes
        self.glyphs = glyphs
        self.clock = clock
    }

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
        case .wake: drainMailbox()
        case .resumed: dirty = true
        }
        return !state.quitting
    }

    /// Applies every action the async side has posted.
    public func drainMailbox() {
        for a in mailbox.drain() { dispatch(a) }
    }

    /// Runs one action through the reducer and starts its effects.
    public func dispatch(_ action: Action) {
        let before = state
        let effects = Reducer.reduce(&state, action)
        if state.themeIndex != before.themeIndex { state.post(.info, "theme: \(theme.name)") }
        if state.drawn != before.drawn || (action.movesTheClock && state.now != before.now) { dirty = true }
        for e in effects {
            switch e {
            case .copy(let text):
                if let onCopy {
                    onCopy(text)
                    state.post(.success, "copied \(UntrustedText.clean(text, limit: 60))")
                } else {
                    state.post(.warning, "clipboard is off (--clipboard off)")
                }
                dirty = true
            case .export(let request):
                if let onExport {
                    do {
                        let path = try onExport(request)
                        state.post(.success, "exported \(request.count) rows to \(UntrustedText.clean(path, limit: 200))")
                    } catch {
                        state.post(.error, "export failed: \(UntrustedText.clean(String(describing: error), limit: 160))")
                    }
                } else {
                    state.post(.warning, "export unavailable")
                }
                dirty = true
            case .loadAudit:
                do {
                    guard let onLoadAudit else { throw AuditUnavailable() }
                    dispatch(.auditLoaded(try onLoadAudit()))
                } catch {
                    state.post(.error, "audit log: \(UntrustedText.clean(String(describing: error), limit: 160))")
                }
                dirty = true
            case .switchProfile(let name):
                switchProfile(name)
            case .quit:
                runner.cancelAll()
            default:
                runner.perform(e)
            }
        }
    }

    public var needsFrame: Bool { dirty }

    /// Replaces the API side and starts every pane afresh; the old runner's work is cancelled.
    private func switchProfile(_ name: String) {
        guard let onSwitchProfile else {
            state.post(.warning, "profiles cannot be switched here")
            dirty = true
            return
        }
        do {
            let (newRunner, config) = try onSwitchProfile(name)
            runner.cancelAll()
            runner = newRunner
            var fresh = AppState(config: config, now: clock())
            fresh.width = state.width
            fresh.height = state.height
            fresh.themeIndex = state.themeIndex
            fresh.messages = state.messages
            state = fresh
            state.post(.success, "profile \(UntrustedText.clean(name, limit: 40)): \(UntrustedText.clean(config.apiHost, limit: 60))")
            dispatch(.start(clock()))
        } catch {
            state.post(.error, "profile \(UntrustedText.clean(name, limit: 40)): \(UntrustedText.clean(String(describing: error), limit: 160))")
        }
        dirty = true
    }

    public func draw(into buffer: inout Buffer) {
        DashboardView(state: state, theme: theme, glyphs: glyphs).render(into: &buffer)
        dirty = false
    }
}

/// No audit reader was wired in.
struct AuditUnavailable: Error, CustomStringConvertible {
    var description: String { "not available" }
}

extension Action {
    /// The actions whose purpose is to move time on screen (the reducer sends them only while something counts).
    var movesTheClock: Bool {
        switch self {
        case .tick, .timerFired(.clock, _): true
        default: false
        }
    }
}
