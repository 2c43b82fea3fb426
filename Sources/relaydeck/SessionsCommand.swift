import ArgumentParser
import Dashboard
import RelayDeckApp

/// `relaydeck sessions …`: list, show and change relay sessions from scripts.
struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List, show, delete relay sessions; authorize or revoke users.",
        discussion: "Uses the same profiles, key sources and audit log as the dashboard. Mutations need --yes when "
            + "standard input is not a terminal. " + ScriptExit.helpText,
        subcommands: [List.self, Find.self, Get.self, Delete.self, Authorize.self, Revoke.self])

    struct Find: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find sessions anywhere in the fleet: by id or prefix, user IP or token, session token, relay ip or host, status, error.",
            discussion: "Walks every page once, as the dashboard's fleet index does and within the same budget "
                + "(--crawl-rate, crawl_rate:). Prints the matches with the page each was on (at --page-size sessions a page, as the dashboard lists them). Exits 0 with matches, "
                + "1 with none, as grep does. " + ScriptExit.helpText)
        @ParentCommand var root: RelayDeck
        @Argument(help: "Text to look for (case-insensitive).") var text: String
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if text.trimmed().isEmpty { throw ValidationError("give the text to find.") }
            if root.crawlRate == 0 { throw ValidationError("sessions find walks the fleet: --crawl-rate must be above 0.") }
        }

        func run() async throws {
            try await ScriptLauncher.run(root, format: output.format) { r, profile in
                await r.findSessions(text, rate: profile.crawlRate > 0 ? profile.crawlRate : ResolvedProfile.Defaults.crawlRate,
                                     pageSize: (root.pageSize ?? 50))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List sessions: one page, or every page with --all (--all --json prints an array).",
            discussion: ScriptExit.helpText)
        @ParentCommand var root: RelayDeck
        @Option(help: "Page number (from 1).") var page: Int?
        @Option(help: "Sessions a page (1-100).") var limit: Int?
        @Flag(help: "Fetch every page.") var all = false
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if all && page != nil { throw ValidationError("--all and --page cannot be combined.") }
            if let page, page < 1 { throw ValidationError("--page must be at least 1.") }
            if let limit, !(1...100).contains(limit) { throw ValidationError("--limit must be within 1...100.") }
        }

        func run() async throws {
            try await ScriptLauncher.run(root, format: output.format) { r, _ in await r.listSessions(page: page, limit: limit, all: all) }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one session and its users.", discussion: ScriptExit.helpText)
        @ParentCommand var root: RelayDeck
        @Argument(help: "Session id.") var id: String
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await ScriptLauncher.run(root, format: output.format) { r, _ in await r.getSession(id: id) }
        }
    }

    struct Delete: ScriptedMutation {
        static let configuration = CommandConfiguration(abstract: "Delete a session (audited).", discussion: ScriptExit.helpText)
        @ParentCommand var root: RelayDeck
        @Argument(help: "Session id.") var id: String
        @Flag(help: "Confirm without asking (required when stdin is not a terminal).") var yes = false
        @OptionGroup var output: FormatOptions

        var request: Result<Mutation, UsageProblem> { MutationRequest.deleteSession(id) }
    }

    struct Authorize: ScriptedMutation {
        static let configuration = CommandConfiguration(abstract: "Authorize a user IP on a session (audited).", discussion: ScriptExit.helpText)
        @ParentCommand var root: RelayDeck
        @Argument(help: "Session id.") var id: String
        @Argument(help: "User IP (IPv4 or IPv6).") var ip: String
        @Flag(help: "Confirm without asking (required when stdin is not a terminal).") var yes = false
        @OptionGroup var output: FormatOptions

        var request: Result<Mutation, UsageProblem> { MutationRequest.authorize(id, ip: ip) }
    }

    struct Revoke: ScriptedMutation {
        static let configuration = CommandConfiguration(abstract: "Revoke a user by authorization token (audited).", discussion: ScriptExit.helpText)
        @ParentCommand var root: RelayDeck
        @Argument(help: "Session id.") var id: String
        @Argument(help: "The user's authorization token.") var token: String
        @Flag(help: "Confirm without asking (required when stdin is not a terminal).") var yes = false
        @OptionGroup var output: FormatOptions

        var request: Result<Mutation, UsageProblem> { MutationRequest.revoke(id, token: token) }
    }
}
