/// Theme texts from outside the bundled set: the user's theme folder, read by the executable (this module does no
/// file I/O).
public protocol ThemeFiles: Sendable {
    /// The names of the themes found (file names without `.yaml` / `.yml`).
    func themeNames() -> [String]
    /// The text of theme `name` and the file it came from, or nil when there is none.
    func theme(named name: String) throws -> (text: String, file: String)?
    /// The text of the file at `path`; throws a `ThemeError` of kind `.unreadable`.
    func read(path: String) throws -> String
}

/// Loads themes by name (the user's files first, then the bundled texts) or by path, following `extends`.
public struct ThemeLoader: Sendable {
    /// Where user themes come from (`$XDG_CONFIG_HOME/relaydeck/themes`); nil for bundled themes only.
    public var files: (any ThemeFiles)?
    /// Built-in theme texts by name.
    public var bundled: [String: String]

    /// A loader looking in `files` (if any) before the bundled themes.
    public init(files: (any ThemeFiles)? = nil, bundled: [String: String] = BundledThemes.all) {
        self.files = files
        self.bundled = bundled
    }

    /// Names of every theme available, sorted (user themes included).
    public func availableThemes() -> [String] {
        Set(bundled.keys).union(files?.themeNames() ?? []).sorted()
    }

    /// The theme called `name`: `<userDirectory>/<name>.yaml` (or `.yml`) if present, else the bundled one.
    public func load(named name: String) throws -> Theme {
        try load(named: name, chain: [], requestedBy: nil).theme
    }

    /// The theme in the file at `path`; its `extends` is looked up by name.
    public func load(path: String) throws -> Theme {
        try build(text: fileText(path), file: path, fallbackName: ThemeLoader.baseName(path), chain: []).theme
    }

    /// A theme from YAML text; `file` names it in errors.
    public func load(yaml: String, file: String) throws -> Theme {
        try build(text: yaml, file: file, fallbackName: ThemeLoader.baseName(file), chain: []).theme
    }

    private func load(named name: String, chain: [String], requestedBy: ThemeError?) throws -> Built {
        if chain.contains(name) {
            let cycle = (chain + [name]).joined(separator: " -> ")
            throw ThemeError(.extendsCycle, file: requestedBy?.file ?? name, keyPath: "extends", value: name,
                             line: requestedBy?.line, detail: "themes extend each other in a circle: \(cycle)")
        }
        if let found = try files?.theme(named: name) {
            return try build(text: found.text, file: found.file, fallbackName: name, chain: chain + [name])
        }
        if let text = bundled[name] {
            return try build(text: text, file: "bundled:\(name)", fallbackName: name, chain: chain + [name])
        }
        throw ThemeError(.unknownTheme, file: requestedBy?.file ?? name, keyPath: requestedBy == nil ? "" : "extends",
                         value: name, line: requestedBy?.line,
                         detail: "no such theme; available: " + availableThemes().joined(separator: ", "))
    }

    /// Parses `text`, loads its parent, and lays this file's palette, roles and depth overrides over the parent's.
    private func build(text: String, file: String, fallbackName: String, chain: [String]) throws -> Built {
        let doc = try ThemeDocument(yaml: text, file: file)
        var palette: [String: Color] = [:]
        var theme = Theme(name: doc.name ?? fallbackName, styles: [:])
        if let parentName = doc.extends {
            let here = ThemeError(.unknownTheme, file: file, line: ThemeLoader.line(ofKey: "extends", in: text), detail: "")
            let parent = try load(named: parentName, chain: chain.isEmpty ? [doc.name ?? fallbackName] : chain,
                                  requestedBy: here)
            theme.styles = parent.theme.styles
            theme.depthOverrides = parent.theme.depthOverrides
            palette = parent.palette
        }
        palette.merge(doc.palette) { _, new in new }
        for (role, value) in doc.roles {
            theme.styles[role] = try ThemeDocument.style(value, palette: palette, file: file)
        }
        for (depth, roles) in doc.depth {
            for (role, value) in roles {
                theme.depthOverrides[depth, default: [:]][role] = try ThemeDocument.style(value, palette: palette, file: file)
            }
        }
        return (theme, palette)
    }

    /// A theme and the palette its children may refer to.
    private typealias Built = (theme: Theme, palette: [String: Color])

    private func fileText(_ path: String) throws -> String {
        guard let files else { throw ThemeError(.unreadable, file: path, detail: "theme files cannot be read here") }
        return try files.read(path: path)
    }

    /// `dir/nord.yaml` → `nord`.
    static func baseName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }

    /// The 1-based line where a top-level `key:` is written, for errors about it.
    static func line(ofKey key: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("\(key):") }.map { $0 + 1 }
    }
}
