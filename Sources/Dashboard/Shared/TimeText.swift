import FoundationEssentials
import TerminalUI

/// Short human texts for times and ages.
enum TimeText {
    /// `4s`, `12m`, `3h`, `2d`.
    static func age(_ seconds: Double) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "\(s)s" }
        if s < 3_600 { return "\(s / 60)m" }
        if s < 86_400 { return "\(s / 3_600)h" }
        return "\(s / 86_400)d"
    }

    /// The fleet index's age: 5 s steps under a minute (`<5s`, `10s`), then as `age`; coarse so the header line
    /// changes at most every 5 s.
    static func fleetAge(_ seconds: Double) -> String {
        let s = max(0, Int(seconds))
        if s < Int(fleetAgeStep) { return "<\(Int(fleetAgeStep))s" }
        return s < 60 ? "\(s / Int(fleetAgeStep) * Int(fleetAgeStep))s" : age(seconds)
    }

    static let fleetAgeStep: Double = 5

    /// The one way an age is written, in every pane and in help: minutes at the finest (`<1m`, `12m`, `3h`, `2d`) —
    /// seconds would rewrite every young row on every poll — and `≥12m` when it is only a lower bound: the thing was
    /// already there when this dashboard first looked. Until a minute has passed such an age says nothing: `?`.
    static func age(since first: FirstSeen.Record, now: Date, glyphs: GlyphSet) -> String {
        let seconds = now.timeIntervalSince(first.at)
        guard first.lowerBound else { return seconds < 60 ? "<1m" : age(seconds) }
        return seconds < 60 ? "?" : glyphs.atLeast + age(seconds)
    }

    /// `14:03:07` in `zone`.
    static func clock(_ date: Date, zone: ClockZone) -> String {
        let t = Int((date.timeIntervalSince1970).rounded(.down)) + zone.offset(at: date)
        let s = (t % 86_400 + 86_400) % 86_400
        return "\((s / 3600).padded(2)):\((s % 3600 / 60).padded(2)):\((s % 60).padded(2))"
    }
}
