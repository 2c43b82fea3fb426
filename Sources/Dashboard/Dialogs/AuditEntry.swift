import FoundationEssentials

/// One audit record as `:audit` shows it: time, profile, action, target, outcome (cleaned for the screen). A line
/// that is not a record (a hand-edited file, a line cut short) is kept whole as its target.
public struct AuditEntry: Sendable, Equatable {
    public var time: String
    public var profile: String
    public var action: String
    public var target: String
    public var outcome: String

    /// True when the mutation was done (`ok`).
    public var succeeded: Bool { outcome == "ok" }

    /// Reads one line of the audit log.
    public init(line: String) {
        struct Record: Decodable { var time, profile, action, target, outcome: String }
        guard let r = try? JSONDecoder().decode(Record.self, from: Data(line.utf8)) else {
            self.init(time: "", profile: "", action: "", target: UntrustedText.clean(line, limit: 400), outcome: "?")
            return
        }
        // `2026-12-01T22:39:10.123Z` → `12-01 22:39:10`: the day and the second are what an incident needs.
        let t = r.time.split(separator: "T")
        let clock = t.count == 2 ? "\(t[0].suffix(5)) \(t[1].prefix(8))" : r.time
        self.init(time: UntrustedText.clean(clock, limit: 20), profile: UntrustedText.clean(r.profile, limit: 40),
                  action: UntrustedText.clean(r.action, limit: 40), target: UntrustedText.clean(r.target, limit: 120),
                  outcome: UntrustedText.clean(r.outcome, limit: 200))
    }

    init(time: String, profile: String, action: String, target: String, outcome: String) {
        (self.time, self.profile, self.action, self.target, self.outcome) = (time, profile, action, target, outcome)
    }
}
