import Foundation
import Testing
import YAMLReader
import Yams

/// The YAML reader gives the nodes, lines and errors Yams gave (Yams stays as a test dependency only, to compare):
/// on every YAML text the config, keymap, profile, command and theme tests use, the bundled themes, and broken text.
@Suite struct YAMLReaderTests {
    /// The corpus: the YAML of the repository's tests and themes, one document a file.
    static let corpus: [(name: String, text: String)] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name in
            (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
    }()

    /// A node as text: kind, line and content, the same for both readers.
    static func shape(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let s): "s\(s.mark.line):\(s.mark.column)[\(s.style == .plain ? "p" : "q")]\(s.bool.map { "\($0)" } ?? "")'\(s.string)'"
        case .mapping(let entries, let at): "m\(at.line):\(at.column){" + entries.map { shape($0.key) + "=" + shape($0.value) }.joined(separator: ",") + "}"
        case .sequence(let items, let at): "q\(at.line):\(at.column)[" + items.map(shape).joined(separator: ",") + "]"
        }
    }

    static func shape(_ node: Yams.Node) -> String {
        switch node {
        case .scalar(let s):
            let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
            return "s\(mark)[\(s.style == .plain ? "p" : "q")]\(Bool.construct(from: s).map { "\($0)" } ?? "")'\(s.string)'"
        case .mapping(let m):
            let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
            return "m\(mark){" + m.map { shape($0.key) + "=" + shape($0.value) }.joined(separator: ",") + "}"
        case .sequence(let q):
            let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
            return "q\(mark)[" + q.map(shape).joined(separator: ",") + "]"
        case .alias: return "alias"
        }
    }

    /// Both readers' outcome for a text as one comparable line: the tree, or the error's line and wording.
    static func outcomes(_ text: String) -> (mine: String, yams: String) {
        let mine: String
        do { mine = try YAMLDocument.compose(text).map(shape) ?? "empty" } catch {
            mine = "error \(error.line.map(String.init) ?? "-"): \(error.problemAndContext)"
        }
        let yams: String
        do { yams = try Yams.compose(yaml: text).map(shape) ?? "empty" } catch let e as YamlError {
            switch e {
            case .scanner(let c, let p, let m, _), .parser(let c, let p, let m, _), .composer(let c, let p, let m, _):
                yams = "error \(m.line): " + (c.map { "\(p) (\($0.text) in line \($0.mark.line), column \($0.mark.column))" } ?? p)
            case .duplicatedKeysInMapping(let d, let c): yams = "error \(c.mark.line): \(d.joined(separator: ", ")) written twice in one mapping"
            case .reader(let p, _, _, _): yams = "error -: \(p)"
            default: yams = "error: \(e)"
            }
        } catch { yams = "error: \(error)" }
        return (mine, yams)
    }

    @Test func theCorpusIsThere() {
        #expect(Self.corpus.count >= 20, "Tests/YAMLReaderTests/Corpus holds the YAML the other tests use")
        #expect(Self.corpus.contains { $0.name.hasPrefix("theme-") })
    }

    @Test func eachCorpusDocumentReadsAsYamsReadIt() {
        for (name, text) in Self.corpus {
            let (mine, yams) = Self.outcomes(text)
            #expect(mine == yams, "\(name)")
        }
    }

    /// Broken text: the same line and libyaml's same words.
    @Test(arguments: [
        "a: [1, 2\nb: 3\n", "palette:\n  red: {fg: red\n", "a: 1\n b: 2\n", "a: 'open\n", "- a\nb: c\n", "a: *nope\n",
        "a: 1\na: 2\n", "z: 1\nb: 1\nz: 2\nb: 3\n", "---\na: 1\n---\nb: 2\n", "\t- tab\n", "a: \"\\q\"\n", "key: @x\n",
        "x:\n  - 1\n  -2\n y: 3\n",
    ])
    func brokenTextFailsTheSameWay(text: String) {
        let (mine, yams) = Self.outcomes(text)
        #expect(mine == yams)
        #expect(mine.hasPrefix("error"))
    }

    /// Anchors, aliases, block and flow styles, quoting, booleans as YAML 1.1 writes them, an empty document.
    @Test(arguments: [
        "", "# only a comment\n", "base: &b {fg: red, bold: true}\nother: *b\n", "list: [a, 'b', \"c\"]\n",
        "flags: [yes, No, ON, off, TrUe, 'true', y, n]\n", "text: |\n  two\n  lines\n", "folded: >\n  one\n  line\n",
        "empty:\nnull: ~\nnum: 0x1F\n", "unicode: \"é\\u263A\"\n", "? complex\n: value\n", "a: !!str true\n",
    ])
    func validTextReadsTheSame(text: String) {
        let (mine, yams) = Self.outcomes(text)
        #expect(mine == yams)
    }
}
