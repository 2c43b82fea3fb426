/// Work the reducer asks for, as values: the runtime performs it and answers with actions.
public enum Effect: Sendable, Equatable {
    case fetchSessions(generation: Int, page: Int, limit: Int)
    case fetchSession(generation: Int, id: String)
    case fetchLobbies(generation: Int)
    /// Runs a mutation once. Never retried: the outcome is reported as it is.
    case mutate(Mutation)
    /// Fires `.timerFired(id, …)` after `seconds` (the runtime adds jitter to polls); replaces a running one.
    case schedule(TimerID, seconds: Double)
    case cancelTimer(TimerID)
    /// Copies text to the clipboard (OSC 52).
    case copy(String)
    case quit
}
