extension Theme {
    /// No colours at all: states told apart by bold, reverse, underline and dim.
    public static let mono = Theme(name: "mono", styles: [
        .text: .plain,
        .muted: Style(attributes: .dim),
        .accent: Style(attributes: .bold),
        .ok: Style(attributes: .bold),
        .warn: Style(attributes: .underline),
        .error: Style(attributes: [.bold, .underline]),
        .danger: Style(attributes: [.reverse, .bold]),
        .info: .plain,
        .selection: Style(attributes: .reverse),
        .header: Style(attributes: .bold),
        .title: Style(attributes: .bold),
        .border: .plain,
        .borderFocused: Style(attributes: .bold),
        .keyHint: Style(attributes: .dim),
        .keyHintKey: Style(attributes: .bold),
        .statusBar: Style(attributes: .reverse),
        .dialog: .plain,
        .input: Style(attributes: .underline),
        .inputError: Style(attributes: [.bold, .underline]),
        .spinner: Style(attributes: .bold),
        .map: .plain,
    ])

    /// The dark default, in ANSI colours so it looks alike on every colour terminal.
    public static let `default` = Theme(name: "default", styles: [
        .text: .plain,
        .muted: Style(fg: .ansi(8)),
        .accent: Style(fg: .ansi(6), attributes: .bold),
        .ok: Style(fg: .ansi(2)),
        .warn: Style(fg: .ansi(3)),
        .error: Style(fg: .ansi(1), attributes: .bold),
        .danger: Style(fg: .ansi(15), bg: .ansi(1), attributes: .bold),
        .info: Style(fg: .ansi(12)),
        .selection: Style(fg: .ansi(0), bg: .ansi(6)),
        .header: Style(attributes: .bold),
        .title: Style(fg: .ansi(6), attributes: .bold),
        .border: Style(fg: .ansi(8)),
        .borderFocused: Style(fg: .ansi(6)),
        .keyHint: Style(fg: .ansi(8)),
        .keyHintKey: Style(fg: .ansi(6), attributes: .bold),
        .statusBar: Style(fg: .ansi(0), bg: .ansi(7)),
        .dialog: .plain,
        .input: Style(attributes: .underline),
        .inputError: Style(fg: .ansi(1), attributes: .bold),
        .spinner: Style(fg: .ansi(6)),
        .map: Style(fg: .ansi(2)),
    ])

    /// The themes available without any file, by name.
    public static let builtins: [String: Theme] = ["default": .default, "mono": .mono]
}
