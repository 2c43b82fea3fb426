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

    /// The fleet index's age once it is a minute old (`1m`, `3h`); nil while younger — a crawl at work re-reads its
    /// oldest page well within a minute, and an age stepping every few seconds would rewrite the header (bytes over
    /// SSH, a wake-up) to say only that all is well.
    static func fleetAge(_ seconds: Double) -> String? {
        seconds < fleetAgeShownAfter ? nil : age(seconds)
    }

    static let fleetAgeShownAfter: Double = 60

    /// The one way an age is written, in every pane and in help: minutes at the finest (`<1m`, `12m`, `3h`, `2d`) —
    /// seconds would rewrite every young row on every poll — and `≥12m` when it is only a lower bound: the thing was
    /// already there when this dashboard first looked. Until a minute has passed such an age says nothing: `?`.
    static func age(since first: FirstSeen.Record, now: Date, glyphs: GlyphSet) -> String {
        let seconds = now.timeIntervalSince(first.at)
        guard first.lowerBound else { return seconds < 60 ? "<1m" : age(seconds) }
        return seconds < 60 ? "?" : glyphs.atLeast + age(seconds)
    }

    /// `14:03:07` in `zone` (`14:03` without `seconds`).
    static func clock(_ date: Date, zone: ClockZone, seconds: Bool = true) -> String {
        let t = Int((date.timeIntervalSince1970).rounded(.down)) + zone.offset(at: date)
        let s = (t % 86_400 + 86_400) % 86_400
        let minutes = "\((s / 3600).padded(2)):\((s % 3600 / 60).padded(2))"
        return seconds ? minutes + ":\((s % 60).padded(2))" : minutes
    }
}
