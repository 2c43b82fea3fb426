import ArgumentParser
import Dashboard
import DashboardRuntime
import FoundationEssentials
import TerminalUI
import RelayDeckApp
import Synchronization

/// `relaydeck watch`: the polling model without a screen, one event a line, until interrupted.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Print what changes — sessions failing, lobbies deploying, the API going away — one event a line.",
        discussion: """
            Runs the dashboard's polling model (the fleet crawl within --crawl-rate, the lobbies, the API's health) \
            without a screen and prints each event as it is seen, flushed: for a chat webhook or a log shipper. \
            The first sweep of the fleet is one line (fleet seen: …). Ends with exit 0 on SIGINT, SIGTERM or SIGHUP. \
            Kinds: \(Event.Kind.allCases.map(\.rawValue).joined(separator: ", ")). \(ScriptExit.helpText)
            """)

    @ParentCommand var root: RelayDeck
    @Flag(help: "One JSON object a line: time, kind, target, target_type, detail, count, profile.") var jsonl = false
    @Option(help: ArgumentHelp("Only these kinds (comma-separated); a pinned target's events print whatever their kind.",
                               valueName: "KINDS"))
    var kinds: String?
    @Option(help: ArgumentHelp("Pin a session id or lobby name (repeatable): its every event prints.", valueName: "ID"))
    var pin: [String] = []

    func validate() throws {
        if let bad = kindSet.unknown.first {
            throw ValidationError("unknown event kind \"\(bad)\"; kinds: " + Event.Kind.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    /// `--kinds` parsed: the kinds, and the words that are none.
    var kindSet: (kinds: Set<Event.Kind>?, unknown: [String]) {
        guard let kinds else { return (nil, []) }
        let words = kinds.split(separator: ",").map { $0.trimmed() }
        return (Set(words.compactMap(Event.Kind.init(rawValue:))), words.filter { Event.Kind(rawValue: $0) == nil })
    }

    func run() async throws {
        let launch = try ModelLaunch(root, front: .watch)
        let printer = EventPrinter(jsonl: jsonl, kinds: kindSet.kinds, profile: launch.config.environment,
                                   pinned: Set(pin))
        let model = ModelProgram(config: launch.config, api: launch.client, services: RuntimeServices(observer: printer))
        await launch.run(model)
    }
}

/// Prints events as `watch` does: a line each, flushed (standard output is unbuffered here), filtered by kind.
final class EventPrinter: ModelObserving {
    let jsonl: Bool
    let kinds: Set<Event.Kind>?
    let profile: String
    let pinned: Set<String>

    init(jsonl: Bool, kinds: Set<Event.Kind>?, profile: String, pinned: Set<String>) {
        self.jsonl = jsonl
        self.kinds = kinds
        self.profile = profile
        self.pinned = pinned
    }

    func recorded(_ events: [Event]) {
        let lines = events.filter { e in kinds.map { $0.contains(e.kind) } ?? true || e.target.map { pinned.contains($0.name) } == true }
            .map { jsonl ? $0.jsonLine(profile: profile) : Self.text($0) }
        guard !lines.isEmpty else { return }
        Stdio.out((lines.joined(separator: "\n") + "\n"))
    }

    /// `2026-12-05T05:13:08.120Z  session-failed      8c054445fda4-S  No relay available`.
    static func text(_ e: Event) -> String {
        let kind = e.kind.rawValue + (e.count > 1 ? " ×\(e.count)" : "")
        return [TimeStamp.iso8601(e.at), kind + String(repeating: " ", count: max(0, 18 - kind.count)), e.targetText, e.detail]
            .filter { !$0.isEmpty }.joined(separator: "  ")
    }
}
