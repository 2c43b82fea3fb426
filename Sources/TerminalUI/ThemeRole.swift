/// The semantic colours a view asks a theme for; a theme maps each to a style.
public enum ThemeRole: String, Sendable, Hashable, CaseIterable, Codable {
    case text, muted, accent, ok, warn, error, danger, info
    case selection, header, title, border, borderFocused
    case keyHint, keyHintKey, statusBar, dialog, input, inputError, spinner, map
}
