import EdgegapAPI
import Foundation
import TerminalUI

/// Everything that can change the state: input, time, and the results of effects.
public enum Action: Sendable, Equatable {
    /// The dashboard starts: every pane fetches.
    case start(Date)
    case key(Key)
    case resize(width: Int, height: Int)
    /// The clock moved (only sent while something on screen depends on it).
    case tick(Date)
    /// A timer set by `Effect.schedule` fired.
    case timerFired(TimerID, Date)
    case sessionsLoaded(generation: Int, page: Int, Result<SessionPage, APIError>, at: Date)
    case sessionLoaded(generation: Int, id: String, Result<RelaySession, APIError>, at: Date)
    case lobbiesLoaded(generation: Int, Result<[Lobby], APIError>, at: Date)
    /// The outage probe's answer: nil when the API answered, else its error.
    case probed(generation: Int, APIError?, at: Date)
    case mutationFinished(Mutation, MutationOutcome, at: Date)
    /// The newest audit records, oldest first (already one line each).
    case auditLoaded([String])
    /// A message from outside the reducer (the runtime's own notices).
    case notice(Message.Level, String)
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
public enum TimerID: String, Sendable, Hashable, CaseIterable {
    case pollSessions, pollDetail, pollLobbies, probe, clock
}
