import EdgegapAPI
import TerminalUI

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
    /// Opens another configured profile (reads its settings and key, off the terminal thread) without using it yet
    /// (answered with `.profileOpened`).
    case openProfile(String)
    /// From now on, talks to the profile opened last under this name: what is still out for the old one is cancelled.
    /// Performed in order with the effects after it, so the fetches that follow go to the new API.
    case useProfile(String)
    /// Writes what the focused pane shows (filter and sort applied) to a file (answered with `.exported`).
    case export(ExportRequest)
    /// Reads the first-seen times an earlier run saved for this profile (answered with `.firstSeenLoaded`).
    case loadFirstSeen(profile: String)
    /// Saves first-seen times for a profile (bounded), so ages and stuck marks survive a restart.
    case saveFirstSeen(profile: String, FirstSeen.Snapshot)
    /// Appends events to the profile's events file (and hands them to a headless front end: `watch` prints them).
    case recordEvents([Event], profile: String)
    /// Reads the newest events an earlier run wrote for this profile (answered with `.eventsLoaded`).
    case loadEvents(profile: String)
    /// Runs a custom command (no shell): in the background, its output captured; in the foreground, on the terminal
    /// with the screen put away. Audited. Answered with `.commandFinished`.
    case runCommand(CommandRun)
    /// Saves the profile's preferences (theme, sort, page size, focus, mouse, pins) for the next start.
    case savePreferences(Preferences, profile: String)
    /// Tells the operator beyond the screen, through the channels `--notify` chose (BEL, OSC 9/777).
    case notify(Notice)
    /// Sets the terminal's (or tmux pane's) title; the one it had comes back on exit.
    case title(String)
    /// A line for the log file: what an operator needs after an incident (backoff, recovery). Never the key.
    case log(Message.Level, String)
    /// Stops every request and timer: the dashboard is leaving for `reason`. Mutations still in flight get up to a
    /// second to answer; the rest are audited and logged as unknown, with the reason, before the process exits.
    case quit(ExitReason)
}
