import EdgegapAPI

/// Work the reducer asks for, as values: one interpreter (the runtime's `EffectRunner`) performs every one and
/// answers with actions.
public enum Effect: Sendable, Equatable {
    /// Asks the API for a feed's data (answered with `.loaded`); replaces that feed's request still out.
    case fetch(FeedQuery, generation: Int)
    /// Asks for the smallest page there is, to learn whether the API answers again (see `Probe`).
    case probe(generation: Int)
    /// Runs a mutation once. Never retried: the outcome is reported as it is (`.mutationFinished`).
    case mutate(Mutation)
    /// Fires `.timerFired(id, …)` after `seconds` (the runtime adds jitter to polls); replaces a running one.
    case schedule(TimerID, seconds: Double)
    case cancelTimer(TimerID)
    /// Copies text to the clipboard (OSC 52; answered with `.copied`).
    case copy(String)
    /// Reads the newest audit records (answered with `.auditLoaded`).
    case loadAudit
    /// Switches to another configured profile: new API, new settings, fresh panes (answered with `.profileSwitched`).
    case switchProfile(String)
    /// Writes what the focused pane shows (filter and sort applied) to a file (answered with `.exported`).
    case export(ExportRequest)
    /// Stops every request and timer: the dashboard is quitting.
    case quit
}
