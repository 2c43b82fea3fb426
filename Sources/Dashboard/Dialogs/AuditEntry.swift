import FoundationEssentials
import TerminalUI

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

    /// Reads one line of the audit log; its time is shown in `zone`, as every time on screen.
    public init(line: String, zone: ClockZone = .utc) {
        struct Record: Decodable { var time, profile, action, target, outcome: String }
        guard let r = try? JSONDecoder().decode(Record.self, from: Data(line.utf8)) else {
            self.init(time: "", profile: "", action: "", target: UntrustedText.clean(line, limit: 400), outcome: "?")
            return
        }
        // `2026-12-01T22:39:10.123Z` → `12-01 23:39:10` in Paris: the day and the second are what an incident needs.
        let clock: String
        if let at = TimeStamp.parse(r.time) {
            let t = TimeStamp.parts(at.addingTimeInterval(Double(zone.offset(at: at))))
            clock = "\(t.month.padded(2))-\(t.day.padded(2)) \(t.hour.padded(2)):\(t.minute.padded(2)):\(t.second.padded(2))"
        } else {
            clock = r.time
        }
        self.init(time: UntrustedText.clean(clock, limit: 20), profile: UntrustedText.clean(r.profile, limit: 40),
                  action: UntrustedText.clean(r.action, limit: 40), target: UntrustedText.clean(r.target, limit: 120),
                  outcome: UntrustedText.clean(r.outcome, limit: 200))
    }

    init(time: String, profile: String, action: String, target: String, outcome: String) {
        (self.time, self.profile, self.action, self.target, self.outcome) = (time, profile, action, target, outcome)
    }
}
