import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// Everything that can change the state: input, time, and the results of effects.
public enum Action: Sendable, Equatable {
    /// The dashboard starts: every pane fetches.
    case start(Date)
    case key(Key)
    /// A custom command ended: its exit status (negative: it could not start) and its output's last lines.
    case commandFinished(CommandRun, status: Int32, output: [String], at: Date)
    /// A mouse report, with the time it arrived (two clicks close together open).
    case mouse(Mouse, at: Date)
    /// The terminal loop is ending without the user having quit (a signal, the terminal gone): what is in flight is
    /// written off as unknown, for `reason`.
    case stop(ExitReason, at: Date)
    case resize(width: Int, height: Int)
    /// A timer set by `Effect.schedule` fired.
    case timerFired(TimerID, Date)
    /// A feed's answer to `Effect.fetch`.
    case loaded(FeedQuery, generation: Int, Result<FeedValue, APIError>, at: Date)
    /// The outage probe's answer: nil when the API answered, else its error.
    case probed(generation: Int, APIError?, at: Date)
    case mutationFinished(Mutation, MutationOutcome, at: Date)
    /// `Effect.loadFirstSeen` ran: what an earlier run saved (none the first time, or when there is no store).
    case firstSeenLoaded(profile: String, [String: FirstSeen.Record])
    /// `Effect.saveFirstSeen` ran: nil when saved, else why not (the next save tries again).
    case firstSeenSaved(EffectFailure?)
    /// `Effect.loadEvents` ran: the newest events an earlier run wrote for this profile, oldest first.
    case eventsLoaded(profile: String, [Event])
    /// `Effect.copy` ran: where the text went, or why nothing was sent.
    case copied(Result<CopyReceipt, EffectFailure>)
    /// `Effect.export` ran: the file its `rows` rows went to, or why they did not.
    case exported(Result<String, EffectFailure>, rows: Int)
    /// `Effect.loadAudit` ran: the newest audit records, oldest first (one line each), or why they cannot be read.
    case auditLoaded(Result<[String], EffectFailure>)
    /// `Effect.openProfile` ran: the profile's settings (the runner holds its API, ready for `.useProfile`), or the problem.
    case profileOpened(name: String, Result<DashboardConfig, EffectFailure>, at: Date)
}

/// Why an effect could not do its work, in words for the message line.
public struct EffectFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// How a mutation ended, from the user's point of view.
public enum MutationOutcome: Sendable, Equatable {
    case succeeded(MutationResult)
    case failed(APIError)
    /// The request may or may not have been applied (timeout, dropped connection).
    case unknown(APIError)
}

/// The useful part of a successful mutation's answer.
public enum MutationResult: Sendable, Equatable {
    case session(RelaySession)
    /// An authorize-user answer: the session's fields and the one user added (its users list is not included).
    case authorization(UserAuthorization)
    case lobby(Lobby)
    case none
}

/// The timers the reducer can set; one of each runs at a time.
public enum TimerID: Sendable, Hashable {
    /// The next poll of a feed (after its interval, or its backoff).
    case poll(FeedID)
    case probe, clock
    /// The end of an alert window: the alerts held back in it are summed up.
    case alerts
    /// The next request of a bulk action is due.
    case bulk
}
