import Foundation

/// Whether a mutation may go ahead: read-only profiles refuse; off a terminal only `--yes` consents;
/// on a terminal the user types `yes`.
public struct MutationGate: Sendable {
    /// `--yes` was given.
    public var yes: Bool
    /// Standard input is a terminal (a prompt can be answered).
    public var stdinIsTerminal: Bool
    /// The profile (or `--read-only`) forbids mutations.
    public var readOnly: Bool
    /// The profile's name, for messages and the audit log.
    public var profileName: String
    /// Shows the question and reads one answer line (nil at end of input).
    public var ask: @Sendable (String) -> String?

    /// A gate with the given facts.
    public init(yes: Bool, stdinIsTerminal: Bool, readOnly: Bool, profileName: String, ask: @escaping @Sendable (String) -> String?) {
        self.yes = yes
        self.stdinIsTerminal = stdinIsTerminal
        self.readOnly = readOnly
        self.profileName = profileName
        self.ask = ask
    }

    /// Nil when `action` may proceed, else the reason it may not.
    public func refusal(for action: String) -> String? {
        if readOnly { return "profile \(profileName) is read-only: refusing to \(action)" }
        if yes { return nil }
        guard stdinIsTerminal else {
            return "refusing to \(action) without --yes (standard input is not a terminal, so nobody can confirm)"
        }
        let answer = ask("\(action) on profile \(profileName)? Type yes to confirm: ")
        return answer?.trimmingCharacters(in: .whitespaces) == "yes" ? nil : "not confirmed: nothing was sent"
    }
}
