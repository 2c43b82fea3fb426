import CYAML

/// Reads one YAML document into nodes through libyaml's event parser: anchors and aliases resolved, keys written
/// twice in a mapping refused, each node with its line. No Foundation: what config, keymap and theme files need.
public enum YAMLDocument {
    /// The document's root, nil for an empty text; more than one document is an error.
    public static func compose(_ text: String) throws(YAMLError) -> YAMLNode? {
        let events = try YAMLEvents(text)
        _ = try events.next()  // stream start
        let first = try events.next()
        guard first.kind != .streamEnd else { return nil }
        var anchors: [String: YAMLNode] = [:]
        let root = try node(from: try events.next(), events, &anchors)
        _ = try events.next()  // document end
        let after = try events.next()
        guard after.kind == .streamEnd else {
            throw .syntax(.composer, problem: "but found another document", mark: after.mark,
                          context: .init(text: "expected a single document in the stream", mark: YAMLMark(line: 1, column: 1)))
        }
        return root
    }

    static func node(from event: YAMLEvents.Event, _ events: YAMLEvents, _ anchors: inout [String: YAMLNode]) throws(YAMLError) -> YAMLNode {
        let built: YAMLNode
        switch event.kind {
        case .alias:
            guard let node = anchors[event.anchor ?? ""] else {
                throw .syntax(.composer, problem: "found undefined alias", mark: event.mark, context: nil)
            }
            return node
        case .scalar(let value, let style):
            built = .scalar(YAMLScalar(string: value, style: style, tag: event.tag, mark: event.mark))
        case .sequenceStart:
            var items: [YAMLNode] = []
            while case let next = try events.next(), next.kind != .sequenceEnd {
                items.append(try node(from: next, events, &anchors))
            }
            built = .sequence(items, at: event.mark)
        case .mappingStart:
            var entries: [(key: YAMLNode, value: YAMLNode)] = []
            while case let next = try events.next(), next.kind != .mappingEnd {
                let key = try node(from: next, events, &anchors)
                entries.append((key, try node(from: try events.next(), events, &anchors)))
            }
            try checkDuplicates(entries)
            built = .mapping(entries, at: event.mark)
        default:
            throw .syntax(.composer, problem: "unexpected event", mark: event.mark, context: nil)
        }
        if let anchor = event.anchor { anchors[anchor] = built }
        return built
    }

    /// Scalar keys written twice: the sorted names, at the first place of the first name (as Yams reported them).
    static func checkDuplicates(_ entries: [(key: YAMLNode, value: YAMLNode)]) throws(YAMLError) {
        var first: [String: YAMLMark] = [:]
        var twice: Set<String> = []
        for (key, _) in entries {
            guard let s = key.scalar else { continue }
            if first[s.string] == nil { first[s.string] = s.mark } else { twice.insert(s.string) }
        }
        guard let name = twice.min() else { return }
        throw .duplicatedKeys(twice.sorted(), mark: first[name]!)
    }
}
