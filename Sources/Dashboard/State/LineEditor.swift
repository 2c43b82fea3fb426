import TerminalUI

/// One line of editable text with a cursor: the editing logic of every prompt and form field.
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Cursor position, 0…count.
    public private(set) var cursor: Int
    /// Longest accepted input, in characters.
    public var limit: Int

    public init(_ text: String = "", limit: Int = 512) {
        characters = Array(text.prefix(limit))
        cursor = characters.count
        self.limit = limit
    }

    /// The current text.
    public var text: String { String(characters) }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            // Control characters never enter a field (pasted escape sequences included).
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) else { return true }
            if characters.count < limit {
                characters.insert(c, at: cursor)
                cursor += 1
            }
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeLast(characters.count - cursor)
        case .ctrl("w"):
            var i = cursor
            while i > 0 && characters[i - 1] == " " { i -= 1 }
            while i > 0 && characters[i - 1] != " " { i -= 1 }
            characters.removeSubrange(i..<cursor)
            cursor = i
        default:
            return false
        }
        return true
    }
}
