/// Why a text is not the YAML document it should be, with libyaml's own wording and marks.
public enum YAMLError: Error, Sendable, Equatable {
    /// Which stage of libyaml refused the text.
    public enum Stage: Sendable, Equatable { case scanner, parser, composer }

    /// What libyaml was reading when it failed ("while parsing a flow mapping") and where that began.
    public struct Context: Sendable, Equatable {
        public var text: String
        public var mark: YAMLMark
    }

    /// libyaml refused the text: its problem ("did not find expected key"), where, and the context.
    case syntax(Stage, problem: String, mark: YAMLMark, context: Context?)
    /// Keys written twice in one mapping (sorted), at the first one's first place.
    case duplicatedKeys([String], mark: YAMLMark)
    /// Not readable text (invalid UTF-8, a control character).
    case reader(problem: String, offset: Int)
    /// libyaml could not allocate.
    case memory

    /// The line the error points at, when it points at one.
    public var line: Int? {
        switch self {
        case .syntax(_, _, let mark, _), .duplicatedKeys(_, let mark): mark.line
        case .reader, .memory: nil
        }
    }

    /// libyaml's problem and context in one line ("did not find expected ',' or '}' (while parsing a flow mapping in
    /// line 2, column 7)").
    public var problemAndContext: String {
        switch self {
        case .syntax(_, let problem, _, let context):
            guard let context else { return problem }
            return "\(problem) (\(context.text) in line \(context.mark.line), column \(context.mark.column))"
        case .duplicatedKeys(let keys, _): return "\(keys.joined(separator: ", ")) written twice in one mapping"
        case .reader(let problem, _): return problem
        case .memory: return "out of memory"
        }
    }
}
