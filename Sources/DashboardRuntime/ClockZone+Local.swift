import Dashboard
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ClockZone {
    /// The machine's zone (`TZ`, else /etc/localtime) as libc reads it: the offset at each moment, so a dashboard left
    /// open across a daylight-saving change keeps the wall clock.
    public static let local = ClockZone(name: localName()) { date in
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&t, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }

    private static func localName() -> String {
        var t = time(nil)
        var parts = tm()
        guard localtime_r(&t, &parts) != nil, let zone = parts.tm_zone else { return "local" }
        return String(cString: zone)
    }
}
