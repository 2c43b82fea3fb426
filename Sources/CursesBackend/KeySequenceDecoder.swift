import TerminalUI

/// Assembles keys from what curses reads. Named keys curses recognised pass through; an escape sequence it did not
/// (terminfo describes another terminal than the one sending: `TERM=xterm-256color` inside tmux, PuTTY) arrives as
/// ESC and its bytes, and is parsed here whole — Home/End in all their forms, PgUp/PgDn, arrows in normal and
/// application mode, F1–F12, modifiers — or dropped whole when unknown, never read as separate keys. Mouse reports
/// (SGR 1006, `ESC [ < b ; x ; y M`) come the same way, curses' own mouse key being switched off.
struct KeySequenceDecoder {
    /// What one `wget_wch` gave: a key curses named, or a character.
    enum Item: Equatable {
        case key(Key)
        case character(UInt32)
    }

    /// The start of a sequence whose end had not been read yet (kept for the next read).
    private(set) var pending: [UInt32] = []

    /// The keys and mouse reports in `items`, in order; a sequence cut off at the end waits for the next call.
    mutating func feed(_ items: [Item]) -> [TerminalEvent] {
        var chars: [UInt32] = pending
        pending = []
        var out: [TerminalEvent] = []
        func flush() {
            var i = 0
            while i < chars.count {
                if chars[i] == 0x1B, i + 1 < chars.count, chars[i + 1] == 0x5B || chars[i + 1] == 0x4F {
                    guard let end = Self.sequenceEnd(chars, from: i) else {
                        pending = Array(chars[i...])   // cut off: wait for the rest
                        break
                    }
                    if let event = Self.event(for: Array(chars[i..<end])) { out.append(event) }
                    i = end
                    continue
                }
                if let key = KeyDecoder.decode(character: chars[i]) { out.append(.key(key)) }
                i += 1
            }
            chars = []
        }
        for item in items {
            switch item {
            case .character(let c): chars.append(c)
            case .key(let k):
                flush()
                // A named key in the middle of a sequence breaks it: what was begun is dropped.
                pending = []
                out.append(.key(k))
            }
        }
        flush()
        return out
    }

    /// The index after the sequence starting at `start` (ESC `[` … final, or ESC `O` x), or nil when it is cut off.
    static func sequenceEnd(_ c: [UInt32], from start: Int) -> Int? {
        if c[start + 1] == 0x4F { return start + 2 < c.count ? start + 3 : nil }
        var i = start + 2
        while i < c.count {
            if (0x40...0x7E).contains(c[i]) { return i + 1 }   // final byte
            if !(0x20...0x3F).contains(c[i]) { return i }      // not a CSI byte: the sequence ends, unknown
            i += 1
        }
        return nil
    }

    /// The event a whole sequence is: a mouse report or a key; nil for one the dashboard has no use for.
    static func event(for seq: [UInt32]) -> TerminalEvent? {
        if seq.count >= 4, seq[1] == 0x5B, seq[2] == 0x3C, let final = seq.last.flatMap(Unicode.Scalar.init).map(Character.init) {
            let body = String(decoding: seq[3..<(seq.count - 1)].map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
            return Mouse.sgr(parameters: body, final: final).map(TerminalEvent.mouse)
        }
        return key(for: seq).map(TerminalEvent.key)
    }

    /// The key a whole sequence names, or nil for one the dashboard has no use for (paste marks, CSI u…).
    static func key(for seq: [UInt32]) -> Key? {
        guard seq.count >= 3, let final = seq.last, let letter = Unicode.Scalar(final).map(Character.init) else { return nil }
        if seq[1] == 0x4F {
            if letter == "M" { return .enter }
            // The application keypad's digits: ESC O p … ESC O y.
            if (0x70...0x79).contains(final) { return .char(Character(Unicode.Scalar(final - 0x70 + 0x30)!)) }
            return letterKey(letter)
        }
        let body = String(decoding: seq[2..<(seq.count - 1)].map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        // A private parameter (`<` for mouse, `?`, `>`) or an intermediate byte: nothing the dashboard reads.
        guard body.allSatisfy({ $0.isNumber || $0 == ";" }) else { return nil }
        let params = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        switch letter {
        case "Z": return .backTab
        case "R" where params.count < 2: return nil   // bare CSI R is a cursor report
        case "~": return tildeKey(params.first ?? nil)
        default: return letterKey(letter)
        }
    }

    /// Arrows, Home/End and F1–F4 by their final letter (the same in CSI and SS3 forms; modifiers are dropped).
    static func letterKey(_ letter: Character) -> Key? {
        switch letter {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: nil
        }
    }

    /// `CSI n ~`: Home/End in their VT and rxvt numbers, Insert/Delete, PgUp/PgDn, F1–F12.
    static func tildeKey(_ n: Int?) -> Key? {
        switch n {
        case 1, 7: .home
        case 4, 8: .end
        case 2: .insert
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case let n? where (11...15).contains(n): .function(n - 10)
        case let n? where (17...21).contains(n): .function(n - 11)
        case let n? where (23...24).contains(n): .function(n - 12)
        default: nil
        }
    }
}
