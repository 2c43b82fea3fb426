import Foundation
import Testing
@testable import RelayDeckApp

@Suite struct InfoReportTests {
    @Test func describesProfileAndKeySourceButNeverTheKey() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let keyPath = try dir.write("config/relaydeck/prod.key", "token s3cr3t-key-value\n", mode: 0o644)
        try dir.writeConfig("default_profile: prod\nprofiles:\n  prod:\n    api_key_file: prod.key\n    production: true\n    read_only: true\n")
        let env = dir.environment(["TERM": "xterm-256color", "COLORTERM": "truecolor", "LANG": "en_US.UTF-8", "NO_COLOR": "1"])
        let report = InfoReport(resolver: ProfileResolver(environment: env), flags: ProfileOverrides(), terminal: TerminalProbe(environment: env))
        let text = report.render()
        #expect(!text.contains("s3cr3t"))
        #expect(text.contains("profile     prod"))
        #expect(text.contains("api key     from file \(keyPath): available (redacted)"))
        #expect(text.contains("audit       \(dir.path)/state/relaydeck/audit.jsonl"))
        #expect(text.contains("config      \(dir.path)/config/relaydeck/config.yaml (found)"))
        #expect(text.contains("read only   yes") && text.contains("production  yes"))
        #expect(text.contains("warning     WARNING: key file \(keyPath) is accessible by group or others (mode 0644)"))
        #expect(text.contains("TERM        xterm-256color") && text.contains("COLORTERM   truecolor"))
        #expect(text.contains("locale      LANG=en_US.UTF-8 (UTF-8)") && text.contains("NO_COLOR    set"))
        #expect(!report.failed)
    }

    @Test func missingKeyIsDescribed() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let report = InfoReport(resolver: ProfileResolver(environment: dir.environment()), flags: ProfileOverrides(),
                                terminal: TerminalProbe(environment: [:]))
        #expect(report.render().contains("from environment variable EDGEGAP_API_KEY: unavailable: environment variable EDGEGAP_API_KEY is not set"))
        #expect(report.render().contains("not found: using defaults"))
    }

    @Test func configErrorIsReportedAndFails() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.writeConfig("profiles:\n  p:\n    refresh: fast\n")
        let report = InfoReport(resolver: ProfileResolver(environment: dir.environment()), flags: ProfileOverrides(),
                                terminal: TerminalProbe(environment: [:]))
        #expect(report.failed)
        #expect(report.render().contains(#"profiles.p.refresh: "fast" is not a number"#))
    }

    @Test func nonUTF8LocaleAndControlCharactersInTERM() {
        let probe = TerminalProbe(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8", "TERM": "x\u{1B}[2J"])
        #expect(!probe.utf8 && probe.locale == "LC_ALL=C")
        let dir = "/nonexistent-\(UUID().uuidString)"
        let report = InfoReport(resolver: ProfileResolver(environment: ["HOME": dir]), flags: ProfileOverrides(), terminal: probe)
        #expect(!report.render().contains("\u{1B}"))
    }
}
