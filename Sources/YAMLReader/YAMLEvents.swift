import CYAML

/// libyaml's parser over a copy of the text, handing out its events one at a time as Swift values.
final class YAMLEvents {
    /// An event, with only what the composer reads.
    struct Event {
        enum Kind: Equatable {
            case streamStart, streamEnd, documentStart, documentEnd, alias
            case scalar(String, YAMLScalar.Style)
            case sequenceStart, sequenceEnd, mappingStart, mappingEnd
        }

        var kind: Kind
        var anchor: String?
        var tag: String?
        var mark: YAMLMark
    }

    private var parser = yaml_parser_t()
    private let bytes: UnsafeMutableBufferPointer<UInt8>

    init(_ text: String) throws(YAMLError) {
        bytes = .allocate(capacity: max(1, text.utf8.count))
        _ = bytes.initialize(from: text.utf8)
        guard yaml_parser_initialize(&parser) == 1 else {
            bytes.deallocate()
            throw .memory
        }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, text.utf8.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        bytes.deallocate()
    }

    /// The next event, or the parser's error.
    func next() throws(YAMLError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { throw error() }
        defer { yaml_event_delete(&event) }
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT: return Event(kind: .streamStart, mark: mark)
        case YAML_STREAM_END_EVENT: return Event(kind: .streamEnd, mark: mark)
        case YAML_DOCUMENT_START_EVENT: return Event(kind: .documentStart, mark: mark)
        case YAML_DOCUMENT_END_EVENT: return Event(kind: .documentEnd, mark: mark)
        case YAML_ALIAS_EVENT: return Event(kind: .alias, anchor: Self.text(event.data.alias.anchor), mark: mark)
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
            return Event(kind: .scalar(value, Self.style(s.style)), anchor: Self.text(s.anchor), tag: Self.text(s.tag), mark: mark)
        case YAML_SEQUENCE_START_EVENT:
            let s = event.data.sequence_start
            return Event(kind: .sequenceStart, anchor: Self.text(s.anchor), tag: Self.text(s.tag), mark: mark)
        case YAML_SEQUENCE_END_EVENT: return Event(kind: .sequenceEnd, mark: mark)
        case YAML_MAPPING_START_EVENT:
            let m = event.data.mapping_start
            return Event(kind: .mappingStart, anchor: Self.text(m.anchor), tag: Self.text(m.tag), mark: mark)
        default: return Event(kind: .mappingEnd, mark: mark)
        }
    }

    /// The parser's error as libyaml words it (lines and columns from 1).
    private func error() -> YAMLError {
        func mark(_ m: yaml_mark_t) -> YAMLMark { YAMLMark(line: Int(m.line) + 1, column: Int(m.column) + 1) }
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { YAMLError.Context(text: String(cString: $0), mark: mark(parser.context_mark)) }
        switch parser.error {
        case YAML_READER_ERROR: return .reader(problem: problem, offset: Int(parser.problem_offset))
        case YAML_SCANNER_ERROR: return .syntax(.scanner, problem: problem, mark: mark(parser.problem_mark), context: context)
        case YAML_PARSER_ERROR: return .syntax(.parser, problem: problem, mark: mark(parser.problem_mark), context: context)
        case YAML_COMPOSER_ERROR: return .syntax(.composer, problem: problem, mark: mark(parser.problem_mark), context: context)
        default: return .memory
        }
    }

    private static func text(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        p.map { String(cString: UnsafePointer($0)) }
    }

    private static func style(_ s: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch s {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
