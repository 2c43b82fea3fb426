/// A bulk action under way: its requests go one at a time, paced by the crawl's request budget, each audited (as any
/// mutation) and counted here; a failure does not stop the rest, and nothing is retried.
public struct BulkRun: Sendable, Equatable {
    /// `delete`, `revoke`, `terminate`.
    public var verb: String
    /// What it acts on, plural (`sessions`, `users`, `lobbies`, `targets` when mixed).
    public var noun: String

    /// The noun for `n` of them (`1 lobby`, `2 lobbies`).
    public func noun(_ n: Int) -> String {
        guard n == 1 else { return noun }
        return noun == "lobbies" ? "lobby" : String(noun.dropLast())
    }
    public var total: Int
    /// Not sent yet, in order.
    public var queue: [Mutation]
    /// The one request out.
    public var current: Mutation?
    public var succeeded = 0
    /// Deletes answered 404: gone already, so what was asked is done.
    public var alreadyGone = 0
    public var failed = 0
    public var unknown = 0

    public init(_ mutations: [Mutation]) {
        queue = mutations
        total = mutations.count
        verb = mutations.first.map(BulkRun.verb) ?? "act on"
        noun = BulkRun.noun(mutations)
    }

    /// Requests answered so far.
    public var answered: Int { succeeded + alreadyGone + failed + unknown }

    /// `12/40 deleted, 1 failed`: where it stands.
    public var progress: String {
        var text = "\(succeeded + alreadyGone)/\(total) \(Self.past(verb))"
        if failed > 0 { text += ", \(failed) failed" }
        if unknown > 0 { text += ", \(unknown) unknown" }
        return text
    }

    /// The outcome once every request answered (or the rest was not sent): what was done, what failed, what is unknown.
    public var summary: String {
        let done = succeeded + alreadyGone
        var text = "\(verb.capitalizedFirst) \(total) \(noun(total)): \(done) \(Self.past(verb))"
        if alreadyGone > 0 { text += " (\(alreadyGone) had gone already)" }
        if failed > 0 { text += ", \(failed) failed" }
        if unknown > 0 { text += ", \(unknown) unknown \u{2014} refresh to check" }
        let unsent = total - answered - (current == nil ? 0 : 1)
        if unsent > 0 { text += ", \(unsent) not sent" }
        return text + (failed + unknown > 0 ? " (m lists each)" : "")
    }

    static func verb(_ m: Mutation) -> String {
        switch m {
        case .revokeUser: "revoke"
        case .terminateLobby: "terminate"
        default: "delete"
        }
    }

    static func past(_ verb: String) -> String { verb.hasSuffix("e") ? verb + "d" : verb + "ed" }

    static func noun(_ ms: [Mutation]) -> String {
        let kinds = Set(ms.map { m -> String in
            switch m {
            case .deleteSession: "sessions"
            case .revokeUser: "users"
            default: "lobbies"
            }
        })
        return kinds.count == 1 ? kinds.first! : "targets"
    }
}

