import EdgegapAPI
import TerminalUI

/// What covers the panes and takes the keys: a dialog, a prompt, a form, help.
public enum Modal: Sendable, Equatable {
    case confirm(Confirmation)
    case prompt(Prompt)
    case createSession(SessionForm)
    case help(scroll: Int)
    case messages(scroll: Int)
    /// The audit log's newest records.
    case audit(lines: [String], scroll: Int)
}

/// A confirmation of a destructive mutation; Cancel is the default.
public struct Confirmation: Sendable, Equatable {
    public var mutation: Mutation
    public var title: String
    /// Sanitised lines naming the target.
    public var lines: [String]
    /// True when the confirm button has focus (it never starts there).
    public var confirmFocused = false
    /// On a production profile the user types this text to confirm.
    public var typeToConfirm: String?
    public var typed = TextInput(maxLength: 256)
}

/// A one-line prompt: what it is for, the text typed, and a validation message.
public struct Prompt: Sendable, Equatable {
    /// What the prompt does on Enter.
    public enum Purpose: Sendable, Equatable {
        case filter
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

/// The create-session form: user IPs, an optional filter, an optional webhook.
public struct SessionForm: Sendable, Equatable {
    /// The fields in Tab order.
    public enum Field: Int, Sendable, Equatable, CaseIterable {
        case ips, filterField, filterValues, filterType, webhook
    }

    public var ips = TextInput(maxLength: 1024)
    public var filterField = TextInput(maxLength: 1024)
    public var filterValues = TextInput(maxLength: 1024)
    public var filterType: FilterType = .any
    public var webhook = TextInput(maxLength: 1024)
    public var focus: Field = .ips
    /// The field a problem was found in, and why.
    public var problem: (field: Field, text: String)?

    public init() {}

    public static func == (a: SessionForm, b: SessionForm) -> Bool {
        a.ips == b.ips && a.filterField == b.filterField && a.filterValues == b.filterValues
            && a.filterType == b.filterType && a.webhook == b.webhook && a.focus == b.focus
            && a.problem?.field == b.problem?.field && a.problem?.text == b.problem?.text
    }
}
