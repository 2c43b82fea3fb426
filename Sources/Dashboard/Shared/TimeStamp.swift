import FoundationEssentials
import TerminalUI

/// RFC 3339 times in UTC with milliseconds (`2026-12-05T05:13:08.120Z`), written and read by arithmetic: the events
/// file and `watch --jsonl`. No formatter, no locale.
public enum TimeStamp {
    public static func iso8601(_ date: Date) -> String {
        let t = parts(date)
        return "\(t.year)-\(t.month.padded(2))-\(t.day.padded(2))T\(t.hour.padded(2)):\(t.minute.padded(2)):\(t.second.padded(2)).\(t.millisecond.padded(3))Z"
    }

    /// The UTC calendar fields of `date`, to the millisecond (rounded down).
    public static func parts(_ date: Date) -> (year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64, millisecond: Int64) {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let (y, m, d) = civil(days)
        return (y, m, d, rest / 3600, rest % 3600 / 60, rest % 60, ms - seconds * 1000)
    }

    /// The time of an RFC 3339 UTC stamp (`Z`, with or without fractions); nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let u = Array(text.utf8)
        guard u.count >= 20, u.last == UInt8(ascii: "Z"), u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              u[10] == UInt8(ascii: "T"), u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":") else { return nil }
        func num(_ r: Range<Int>) -> Int64? {
            var n: Int64 = 0
            for i in r { guard u[i] >= 48 && u[i] <= 57 else { return nil }; n = n * 10 + Int64(u[i] - 48) }
            return n
        }
        guard let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13), let mi = num(14..<16),
              let s = num(17..<19), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61 else { return nil }
        var fraction = 0.0
        if u[19] == UInt8(ascii: ".") {
            guard u.count > 21, let f = num(20..<(u.count - 1)) else { return nil }
            fraction = Double(f) / (0..<(u.count - 21)).reduce(1.0) { p, _ in p * 10 }
        } else if u.count != 20 { return nil }
        let days = daysFromCivil(y, mo, d)
        return Date(timeIntervalSince1970: Double(days * 86_400 + h * 3600 + mi * 60 + s) + fraction)
    }

    /// Year, month, day of a day count from 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(_ z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
