import CNcurses
import TerminalUI

/// Turns what `wget_wch` returns (a character or a `KEY_*` code) into a `Key`.
enum KeyDecoder {
    /// A function-key code (`KEY_CODE_YES`); nil for codes the dashboard has no use for.
    static func decode(keyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return decode(keyName: keyname(code).map { String(cString: $0) })
        }
    }

    /// Keys terminfo names beyond the standard codes: modified arrows and Home/End/PgUp/PgDn (`kUP5` is Ctrl-Up).
    /// The modifier is dropped: the dashboard binds none of them.
    static func decode(keyName name: String?) -> Key? {
        guard let name else { return nil }
        let table: [(String, Key)] = [("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home),
                                      ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown), ("kDC", .delete), ("kIC", .insert)]
        for (prefix, key) in table where name.hasPrefix(prefix) && name.dropFirst(prefix.count).allSatisfy(\.isNumber) {
            return key
        }
        return nil
    }

    /// A character read as text: control bytes become named keys or `.ctrl`, the rest `.char`.
    static func decode(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0, 28...31, 0x80..<0xA0:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}
