import EdgegapAPI
import TerminalUI

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
