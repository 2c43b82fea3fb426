/// Strings a hostile API might send: terminal escape sequences, C0/C1 controls, bidi controls, zero-width
/// characters and very long text. Every entry carries a plain marker word so a test can find where it landed.
public enum HostileCorpus {
    /// The corpus, one entry per attack; markers are the upper-case words.
    public static let entries: [String] = [
        "\u{1B}[2J\u{1B}[HCLEARED",                                    // CSI: clear screen, cursor home
        "\u{1B}[31mREDTEXT\u{1B}[0m",                                  // CSI: colour
        "\u{1B}[10;10HMOVED\u{1B}[3A\u{1B}[5D",                        // CSI: cursor moves
        "\u{1B}]52;c;SE9TVElMRS1DTElQ\u{07}CLIPPED",                   // OSC 52: clipboard write ("HOSTILE-CLIP")
        "\u{1B}]8;;https://evil.example/\u{1B}\\LINKED\u{1B}]8;;\u{1B}\\", // OSC 8: hyperlink
        "\u{1B}]0;TITLED\u{07}",                                       // OSC 0: window title
        "\u{1B}P+q544e\u{1B}\\DCSQUERY",                               // DCS: XTGETTCAP request
        "\u{1B}[6nREPORTED",                                           // CSI 6n: the terminal answers on stdin
        "\u{1B}[?1049lALTLEFT",                                        // leave the alternate screen
        "\u{1B}cRESET",                                                // RIS: full reset
        "\u{9B}2JCSI8BIT\u{85}NEXTLINE",                               // C1 CSI and NEL
        "\u{90}DCS8BIT\u{9C}",                                         // C1 DCS … ST
        "BELLS\u{07}\u{07}\u{07}",                                     // BEL
        "BACKSPACED\u{08}\u{08}\u{08}XX",                              // BS
        "CARRIAGE\rRETURNED",                                          // CR
        "NEWLINE\n\tTABBED",                                           // LF, HT
        "NULBYTE\u{0}AFTER",                                           // NUL
        "DELETED\u{7F}",                                               // DEL
        "\u{202E}REVERSED.exe",                                        // RLO override
        "\u{2066}ISOLATED\u{2067}RTL\u{2068}FSI\u{2069}\u{200F}",      // isolates, RLM
        "ZERO\u{200D}\u{200D}WIDTH\u{200B}\u{FEFF}JOINED",             // ZWJ, ZWSP, BOM
        "ZALGO" + String(repeating: "\u{0301}", count: 300),           // one huge grapheme cluster
        "WIDE東京🎮👨‍👩‍👧",                                              // wide and joined emoji
        "LONG" + String(repeating: "W", count: 10_000),                // 10k characters
    ]

    /// Byte sequences that must never reach a terminal raw when the corpus is shown.
    public static let rawSignatures: [(name: String, bytes: [UInt8])] = [
        ("OSC 52", Array("\u{1B}]52;".utf8)), ("OSC 8", Array("\u{1B}]8;".utf8)), ("OSC 0", Array("\u{1B}]0;".utf8)),
        ("DCS", Array("\u{1B}P+q".utf8)), ("CSI 6n", Array("\u{1B}[6n".utf8)), ("RIS", Array("\u{1B}cRESET".utf8)),
        ("BEL", [0x07]), ("BS run", [0x08, 0x08]), ("NUL", [0x00]), ("DEL", [0x7F]),
        ("C1 CSI", [0xC2, 0x9B]), ("C1 NEL", [0xC2, 0x85]), ("C1 DCS", [0xC2, 0x90]),
        ("RLO", [0xE2, 0x80, 0xAE]), ("LRI", [0xE2, 0x81, 0xA6]), ("PDI", [0xE2, 0x81, 0xA9]),
        ("CSI clear+CLEARED", Array("\u{1B}[HCLEARED".utf8)), ("CSI red+REDTEXT", Array("\u{1B}[31mREDTEXT".utf8)),
        ("CSI move+MOVED", Array("\u{1B}[10;10HMOVED".utf8)),
    ]

    /// The entry for a field: stable for the same key and value (FNV-1a), so polls do not flicker.
    public static func entry(key: String, value: String) -> String {
        entries[Int(UInt64.stableHash(key + "\u{1F}" + value) % UInt64(entries.count))]
    }

    /// `value` with its corpus entry appended (the original stays readable at the start).
    public static func dress(key: String, value: String) -> String {
        value + entry(key: key, value: value)
    }

    /// Lobby names and session ids the hostile scenario stores: legal only if the client percent-encodes them.
    static let oddLobbyNames = ["a/../b?x#y", "100% off", "名前-ロビー", "\u{1B}[2Jwipe", "dot.", ".."]
    static let oddSessionHexes = ["odd/../id?x#y", "space id%2F", "\u{1B}[31mesc"]
}
