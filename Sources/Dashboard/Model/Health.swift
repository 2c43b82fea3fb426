import EdgegapAPI
import FoundationEssentials

/// The API's health as events: down when the outage probe finds it so (one failed poll is not an outage), back when
/// anything answers again (with how long it was down), the key refused, rate limited — each once a streak.
enum Health {
    /// Any answer came back good.
    static func answered(_ state: inout AppState) {
        let now = state.now
        var h = state.model.health
        // Said on the message line too: the header only says `updated` again, and whoever looks back at the screen
        // should see there was an outage (a user's outcome still waiting to be seen keeps its place).
        if let outage = h.outage(at: now) {
            let after = "after \(TimeText.age(outage))"
            state.model.note(.apiBack, nil, after, at: now)
            state.post(.success, "API back \(after) down" + (h.downBecause.map { " (\($0))" } ?? ""))
        } else if h.keyRefused {
            state.model.note(.apiBack, nil, "the key is accepted again", at: now)
            state.post(.success, "API back: the key is accepted again")
        }
        h.downSince = nil
        h.downBecause = nil
        h.downAlerted = false
        h.keyRefused = false
        h.rateLimited = false
        h.lastSuccess = now
        h.failingSince = nil
        state.model.health = h
    }

    /// A feed's answer failed: a refused key and a 429 are said at once (once a streak); an outage is the probe's to
    /// say (`probeFailed`).
    static func failed(_ error: APIError, _ state: inout AppState) {
        if state.model.health.failingSince == nil { state.model.health.failingSince = state.now }
        if error.refusesTheKey && !state.model.health.keyRefused {
            state.model.health.keyRefused = true
            // The kind says "key refused"; the detail what to check.
            let status = error.httpStatus.map(String.init) ?? "401"
            state.model.note(.keyRefused, nil, "\(status) \u{2014} check \(state.config.keySource ?? "the API key")", at: state.now)
        } else if case .rateLimited(let after, _) = error, !state.model.health.rateLimited {
            state.model.health.rateLimited = true
            state.model.note(.rateLimited, nil, after.map { "Retry-After \(Int($0))s" } ?? "", at: state.now)
        }
    }

    /// The probe found the API down (it failed, or hung): the outage begins, or goes on (and alerts once it lasts).
    static func probeFailed(_ error: APIError?, _ state: inout AppState) -> [Effect] {
        if state.model.health.failingSince == nil { state.model.health.failingSince = state.now }
        if state.model.health.downSince == nil {
            let why = error.map { ErrorText.describe($0, keySource: state.config.keySource) } ?? "no answer in time"
            state.model.health.downSince = state.now
            state.model.health.downBecause = why
            state.model.note(.apiDown, nil, why, at: state.now)
        }
        return Alerts.outage(&state)
    }
}
