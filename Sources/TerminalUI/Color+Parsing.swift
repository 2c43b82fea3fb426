extension Color {
    /// The ANSI colour names a theme may use, in palette order (index = ANSI number).
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan",
        "bright-white",
    ]

    /// Parses `#rrggbb`, a 0–255 palette index, an ANSI name (`red`, `bright-white`, `grey`) or `default`.
    public init?(themeValue raw: String) {
        let s = raw.lowercased()
        if s == "default" { self = .default; return }
        if s == "grey" || s == "gray" { self = .ansi(8); return }
        if let i = Color.ansiNames.firstIndex(of: s.replacingUnderscores()) { self = .ansi(UInt8(i)); return }
        if let n = Int(s), (0...255).contains(n) { self = .indexed(UInt8(n)); return }
        guard s.hasPrefix("#"), s.count == 7 else { return nil }
        let hex = Array(s.dropFirst())
        func byte(_ i: Int) -> UInt8? { UInt8(String(hex[i...(i + 1)]), radix: 16) }
        guard let r = byte(0), let g = byte(2), let b = byte(4) else { return nil }
        self = .rgb(r, g, b)
    }
}

extension String {
    /// `bright_red` spelt `bright-red`.
    fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
