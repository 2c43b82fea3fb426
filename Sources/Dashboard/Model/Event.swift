import FoundationEssentials

/// Something that changed, as the model saw it between two looks at the API or as the dashboard did it: a value,
/// derived in the pure core, kept in a ring (`EventLog`), appended to the events file, shown in the timeline,
/// printed by `relaydeck watch` and counted by the exporter.
public struct Event: Sendable, Equatable {
    /// What happened. The raw value is the kind's stable name (`--kinds`, `alerts:`, JSON, the exporter's label).
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case sessionAppeared = "session-appeared", sessionReady = "session-ready", sessionLinked = "session-linked"
        case sessionFailed = "session-failed", sessionStuck = "session-stuck", sessionLongLived = "session-long-lived"
        case sessionGone = "session-gone", userJoined = "user-joined", userLeft = "user-left"
        case lobbyCreated = "lobby-created", lobbyDeploying = "lobby-deploying", lobbyReady = "lobby-ready"
        case lobbyError = "lobby-error", lobbyTerminating = "lobby-terminating", lobbyGone = "lobby-gone"
        case lobbyDeployStuck = "lobby-deploy-stuck"
        case mutation
        /// A mutation the API refused (an error answer): it did not happen.
        case mutationFailed = "mutation-failed"
        /// A mutation whose answer was lost: it may or may not have happened.
        case mutationUnknown = "mutation-unknown"
        case apiDown = "api-down", apiBack = "api-back", keyRefused = "key-refused", rateLimited = "rate-limited"
        /// The first complete sweep of a fleet, in one line (never an event a session).
        case fleetSeen = "fleet-seen"

        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }

        /// How much it matters: problems count in the header's badge and alert by default.
        public var severity: Severity {
            switch self {
            case .sessionFailed, .sessionStuck, .lobbyError, .lobbyDeployStuck, .apiDown, .keyRefused, .mutationUnknown: .problem
            case .sessionLongLived, .rateLimited, .mutationFailed: .warning
            default: .info
            }
        }
    }

    /// How much an event matters.
    public enum Severity: Int, Sendable, Comparable {
        case info, warning, problem
        public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
    }

    /// What it happened to.
    public enum Target: Sendable, Equatable, Hashable {
        case session(String)
        case lobby(String)

        /// The session id or lobby name.
        public var name: String {
            switch self {
            case .session(let id), .lobby(let id): id
            }
        }
    }

    public var at: Date
    public var kind: Kind
    /// The session or lobby (nil for the API's health, a coalesced burst, the fleet's first look).
    public var target: Target?
    /// Cleaned, short: `READY after 41s`, `No relay available…`, `38 sessions gone: a1…, b2…, c3…`.
    public var detail: String
    /// How many it stands for (a coalesced burst: `38 sessions gone`).
    public var count = 1
    /// Its number in the log (from 1, in the order appended; 0 before): what the timeline keeps selected.
    public var number = 0
    /// The events a coalesced one stands for, each target with its detail (empty for a single event).
    public var members: [Member] = []

    /// One target of a coalesced event, with its own detail (a failed session's error).
    public struct Member: Sendable, Equatable {
        public var target: Target
        public var detail: String
    }

    /// Every target it is about: its own, or its members'.
    public var targets: [Target] { members.isEmpty ? target.map { [$0] } ?? [] : members.map(\.target) }

    public init(at: Date, kind: Kind, target: Target? = nil, detail: String = "", count: Int = 1) {
        self.at = at
        self.kind = kind
        self.target = target
        self.detail = UntrustedText.clean(detail, limit: Self.detailLimit)
        self.count = count
    }

    /// Longest detail kept (an error text is cut here, in every output alike).
    public static let detailLimit = 200

    /// `session 8c05…-S` / `lobby raid-3` / `` — what the timeline's TARGET column and a notification name.
    public var targetText: String {
        switch target {
        case .session(let id)?: UntrustedText.clean(id, limit: 64)
        case .lobby(let name)?: "lobby " + UntrustedText.clean(name, limit: 64)
        case nil: ""
        }
    }

    /// The one line a notification, `watch` and the title say: `8c054445fda4-S failed: No relay available`.
    public var summary: String {
        let what = Self.words[kind] ?? kind.rawValue
        let subject = targetText
        let head = subject.isEmpty ? what : "\(subject) \(what)"
        return detail.isEmpty ? head : "\(head): \(detail)"
    }

    /// The verb each kind is said with after its target.
    static let words: [Kind: String] = [
        .sessionAppeared: "appeared", .sessionReady: "ready", .sessionLinked: "linked", .sessionFailed: "failed",
        .sessionStuck: "stuck", .sessionLongLived: "long-lived", .sessionGone: "gone", .userJoined: "user joined",
        .userLeft: "user left", .lobbyCreated: "created", .lobbyDeploying: "deploying", .lobbyReady: "deployed",
        .lobbyError: "in error", .lobbyTerminating: "terminating", .lobbyGone: "gone", .lobbyDeployStuck: "deploy stuck",
        .mutation: "done", .mutationFailed: "not done", .mutationUnknown: "outcome unknown", .apiDown: "API down", .apiBack: "API back",
        .keyRefused: "key refused", .rateLimited: "rate limited", .fleetSeen: "fleet seen",
    ]
}
