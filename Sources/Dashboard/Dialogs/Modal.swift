import EdgegapAPI
import TerminalUI

/// What covers the panes and takes the keys: a dialog, a prompt, a form, help.
public enum Modal: Sendable, Equatable {
    case confirm(Confirmation)
    case prompt(Prompt)
    case createSession(SessionForm)
    case help(scroll: Int)
    /// The message history, newest first; `selected` is the number of the message `y` copies (nil: the newest), so
    /// the selection stays on its message as new ones arrive.
    case messages(selected: Int?)
    /// The audit log's newest records, oldest first.
    case audit(entries: [AuditEntry], scroll: Int)
}

/// A question asked before something that cannot be taken back: a mutation, quitting with work in flight,
/// switching to a production profile. Cancel is the default unless the action destroys nothing.
public struct Confirmation: Sendable, Equatable {
    /// What Enter on the action's button does.
    public enum Subject: Sendable, Equatable {
        case mutation(Mutation)
        /// Quit although `inFlight` mutations have not answered yet.
        case quit(inFlight: Int)
        /// Switch to the named (production) profile, opened with these settings.
        case switchProfile(String, DashboardConfig)
        /// A bulk action on every marked target of its kind.
        case bulk([Mutation])
        /// A custom command that asks first (`confirm: true`).
        case command(CommandRun)
    }

    public var subject: Subject
    public var title: String
    /// Sanitised lines naming the target.
    public var lines: [String]
    /// True when the action's button has focus (it starts there only for a deploy, which destroys nothing).
    public var confirmFocused = false
    /// On a production profile the user types this text to confirm.
    public var typeToConfirm: String?
    public var typed = TextInput(maxLength: 256)
    /// The target was on screen when the question opened (see `MutationFlow.isPresent`).
    public var wasPresent = false
    /// Set when the target went while the question was open: it says so, and nothing can be sent.
    public var gone: String?

    /// A short verb for messages and the action's button (`delete session`, `quit`).
    public var verb: String {
        switch subject {
        case .mutation(let m): m.verb
        case .quit: "quit"
        case .switchProfile: "switch profile"
        case .bulk(let ms): "\(BulkRun.verb(ms[0])) \(ms.count) \(BulkRun(ms).noun(ms.count))"
        case .command(let run): "run \(run.name)"
        }
    }

    /// What the question is about, for the words of its outcome (`cancelled: delete session 8c05…-S`).
    public var target: String? {
        switch subject {
        case .mutation(let m): m.target
        case .quit, .bulk: nil
        case .command(let run): run.target
        case .switchProfile(let name, _): name
        }
    }

    /// True when the action destroys something or cannot be undone (the button is drawn in the danger colour).
    public var isDestructive: Bool {
        switch subject {
        case .mutation(let m): m.isDestructive
        case .quit, .switchProfile, .bulk: true
        case .command: false
        }
    }
}

/// A one-line prompt: what it is for, the text typed, and a validation message.
public struct Prompt: Sendable, Equatable {
    /// What the prompt does on Enter.
    public enum Purpose: Sendable, Equatable {
        case filter
        /// `/` in the lobbies.
        case lobbyFilter
        /// `/` in the timeline.
        case timelineFilter
        case jump
        case authorizeUser(sessionID: String)
        case createLobby
    }

    public var purpose: Purpose
    public var label: String
    public var editor = TextInput(maxLength: 512)
    public var problem: String?

    public init(purpose: Purpose, label: String, text: String = "") {
        self.purpose = purpose
        self.label = label
        editor = TextInput(text, maxLength: 512)
    }
}
