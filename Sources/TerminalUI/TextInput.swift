/// The state and editing logic of a one-line text field, by grapheme (so wide and combined characters move as one).
public struct TextInput: Sendable, Hashable {
    /// The graphemes of the text.
    public private(set) var characters: [Character]
    /// The cursor position, 0…characters.count (before the grapheme at that index).
    public private(set) var cursor: Int
    /// Longest accepted text in graphemes, if limited.
    public var maxLength: Int?

    /// A field holding `text`, cursor at the end.
    public init(_ text: String = "", maxLength: Int? = nil) {
        characters = Array(text.filter { !$0.unicodeScalars.contains { TextWidth.isControl($0.value) } })
        if let maxLength { characters = Array(characters.prefix(maxLength)) }
        cursor = characters.count
        self.maxLength = maxLength
    }

    /// The text being edited.
    public var text: String { String(characters) }

    /// The edits a field knows; the dashboard's binding table maps keys to them.
    public enum Edit: Sendable, Hashable {
        case left, right, home, end, backspace, delete, clearToStart, clearToEnd, deleteWordBack
    }

    /// Applies one edit.
    public mutating func apply(_ edit: Edit) {
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .backspace: backspace()
        case .delete: delete()
        case .clearToStart: characters.removeSubrange(0..<cursor); cursor = 0
        case .clearToEnd: characters.removeSubrange(cursor...)
        case .deleteWordBack: killWordBack()
        }
    }

    /// The usual keys of a line editor (arrows, Home/End, Backspace/Delete, Emacs Ctrl keys), for programs without
    /// a binding table of their own.
    public static func defaultEdit(for key: Key) -> Edit? {
        switch key {
        case .left, .ctrl("b"): .left
        case .right, .ctrl("f"): .right
        case .home, .ctrl("a"): .home
        case .end, .ctrl("e"): .end
        case .backspace, .ctrl("h"): .backspace
        case .delete, .ctrl("d"): .delete
        case .ctrl("u"): .clearToStart
        case .ctrl("k"): .clearToEnd
        case .ctrl("w"): .deleteWordBack
        default: nil
        }
    }

    /// Applies a printable character or a default editing key; returns false when the key is not for the field
    /// (Enter, Escape, Tab, arrows up/down…).
    public mutating func handle(_ key: Key) -> Bool {
        if case .char(let c) = key {
            insert(String(c))
            return true
        }
        guard let edit = Self.defaultEdit(for: key) else { return false }
        apply(edit)
        return true
    }

    /// Inserts `s` at the cursor (control characters dropped, `maxLength` respected).
    public mutating func insert(_ s: String) {
        var new = s.filter { !$0.unicodeScalars.contains { TextWidth.isControl($0.value) } }
        if let maxLength { new = String(new.prefix(max(0, maxLength - characters.count))) }
        guard !new.isEmpty else { return }
        // Appending may merge with the previous grapheme (a combining mark), so rebuild from strings.
        let before = String(characters[..<cursor]) + new
        let after = String(characters[cursor...])
        characters = Array(before + after)
        cursor = min(characters.count, before.count)
    }

    /// Deletes the grapheme before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Deletes the grapheme under the cursor.
    public mutating func delete() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Deletes back to the start of the previous word (spaces before the cursor first).
    public mutating func killWordBack() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Replaces the whole text, cursor at the end.
    public mutating func setText(_ text: String) { self = TextInput(text, maxLength: maxLength) }
}
