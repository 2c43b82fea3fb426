import FoundationEssentials

/// Whether a mutation may go ahead: read-only profiles refuse; off a terminal only `--yes` consents; on a terminal
/// the user types `yes`, or on a production profile the target itself (the session id, IP or lobby name).
public struct MutationGate: Sendable {
    /// `--yes` was given.
    public var yes: Bool
    /// Standard input is a terminal (a prompt can be answered).
    public var stdinIsTerminal: Bool
    /// The profile (or `--read-only`) forbids mutations.
    public var readOnly: Bool
    /// The profile's name, for messages and the audit log.
    public var profileName: String
    /// A `production: true` profile: the prompt says PRODUCTION and asks for the target's name.
    public var production: Bool
    /// Shows the question and reads one answer line (nil at end of input).
    public var ask: @Sendable (String) -> String?

    /// A gate with the given facts.
    public init(yes: Bool, stdinIsTerminal: Bool, readOnly: Bool, profileName: String, production: Bool = false,
                ask: @escaping @Sendable (String) -> String?) {
        self.production = production
        self.yes = yes
        self.stdinIsTerminal = stdinIsTerminal
        self.readOnly = readOnly
        self.profileName = profileName
        self.ask = ask
    }

    /// Nil when `action` on `target` may proceed, else the reason it may not.
    public func refusal(for action: String, target: String) -> String? {
        if readOnly { return "profile \(profileName) is read-only: refusing to \(action)" }
        if yes { return nil }
        guard stdinIsTerminal else {
            return "refusing to \(action) without --yes (standard input is not a terminal, so nobody can confirm)"
        }
        let expected = production ? target : "yes"
        let question = production
            ? "PRODUCTION profile \(profileName): \(action)? Type \(target) to confirm: "
            : "\(action) on profile \(profileName)? Type yes to confirm: "
        return ask(question)?.trimmed() == expected ? nil : "not confirmed: nothing was sent"
    }
}
