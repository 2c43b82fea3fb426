import EdgegapAPI
import EdgegapEmulator
import Foundation
import Testing

/// The scanner that reads session pages (and the crawl's fingerprints) gives the Codable path's models, field for
/// field, and fails where it fails: on the reference examples, the emulator's pages (hostile strings included), and
/// mutated JSON.
@Suite struct ScanDecodingTests {
    /// Both paths' results for `json`: equal models, or both failing.
    func agree(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let codable = Result { try JSONDecoder().decode(SessionPage.self, from: Data(json.utf8)) }
        let scanned = Result { try Array(json.utf8).withUnsafeBufferPointer { try ScannedSessionPage(scanning: $0).decoded() } }
        switch (codable, scanned) {
        case (.success(let a), .success(let b)): #expect(a == b, "\(json)", sourceLocation: sourceLocation)
        case (.failure, .failure): break
        case (.success, .failure(let e)): Issue.record("the scanner refused what Codable read (\(e)): \(json)", sourceLocation: sourceLocation)
        case (.failure(let e), .success): Issue.record("the scanner read what Codable refused (\(e)): \(json)", sourceLocation: sourceLocation)
        }
    }

    static let page = ReferenceJSON.sessionPage

    @Test func theReferenceExamplesReadTheSame() {
        agree(Self.page)
        agree(#"{"sessions":[],"total_count":0,"pagination":{"number":1,"paginator":{"num_pages":1}}}"#)
        agree(#"{"sessions":null,"pagination":{"paginator":{"num_pages":3},"has_next":true}}"#)
    }

    /// Every field's value swapped for others: types, nulls, edge numbers, escapes.
    @Test(arguments: [
        ("\"7349356945f1-S\"", ["null", "1", "true", "\"\"", "\"a\\u00e9\\ud83d\\ude00b\"", "\"\\ud800\"", "\"x\\ty\"", "[]"]),
        ("3500589645", ["null", "\"1\"", "-1", "4294967295", "4294967296", "3.0", "3.5", "1e3", "1E2", "0.5e1", "-0", "01", "1.", "true"]),
        ("\"READY\"", ["null", "7", "\"\\u001b[31m\"", "\"ok\\\"q\"", "{}"]),
        ("\"ready\": true", ["\"ready\": null", "\"ready\": 1", "\"ready\": \"true\"", "\"ready\": false"]),
        ("\"linked\": true", ["\"linked\": null", "\"linked\": 0", "\"linked\": false"]),
        ("\"Session failed\"", ["null", "3", "\"\\/\\b\\f\\n\\r\"", "\"\\x41\""]),
        ("45.5088", ["null", "\"1\"", "1e308", "1e309", "-0.0", "45", "true"]),
        ("32000", ["null", "32000.0", "32000.5", "\"32000\"", "9223372036854775807", "9223372036854775808", "-5"]),
        ("\"UDP\"", ["null", "17"]),
        ("\"https://my-webhook.com/dump\"", ["null", "false"]),
    ])
    func mutatedFieldsReadTheSameOrFailTheSame(original: String, replacements: [String]) {
        for r in replacements { agree(Self.page.replacingOccurrences(of: original, with: r)) }
    }

    /// Bytes that are not UTF-8 inside a string (a hostile API) cost the crawl nothing: the page reads, a kept field
    /// shows U+FFFD in their place and a skipped one is skipped, whatever the byte. The scanner's fast loop once
    /// stopped at 0xFF as if it were a backslash, and refused the page. (Codable refuses a page with such bytes in a
    /// field it keeps: the scanner is kinder there, as it was before.)
    @Test(arguments: [UInt8(0xFF), 0xFE, 0x80, 0xC3])
    func bytesPastUTF8InAStringDoNotCostThePage(_ byte: UInt8) throws {
        for field in ["status", "extra"] {
            let status = field == "status" ? "" : #""status":"READY","#
            var bytes = Array((#"{"sessions":[{"session_id":"a-S","ready":false,"linked":false,"# + status + "\"\(field)\":\"x").utf8)
            bytes += [byte, UInt8(ascii: "y")]
            bytes += Array(#""}],"total_count":1,"pagination":{"number":1,"paginator":{"num_pages":1}}}"#.utf8)
            let page = try bytes.withUnsafeBufferPointer { try ScannedSessionPage(scanning: $0).decoded() }
            #expect(page.sessions.map(\.sessionID) == ["a-S"], "byte \(byte) in \(field)")
            if field == "status" { #expect(page.sessions.first?.status == "x\u{FFFD}y", "byte \(byte)") }
        }
    }

    @Test func brokenJSONFailsBothWays() {
        for broken in [Self.page + "x", String(Self.page.dropLast(3)), Self.page.replacingOccurrences(of: "\"READY\",", with: "\"READY\",,"),
                       Self.page.replacingOccurrences(of: "\"status\"", with: "status"), "[]", "", "{", "{\"sessions\":[1]}",
                       Self.page.replacingOccurrences(of: "\"relay\"", with: "\"relay\":{},\"relay\""),
                       Self.page.replacingOccurrences(of: "\"pagination\"", with: "\"paginatio\""),
                       Self.page.replacingOccurrences(of: "\"num_pages\": 1", with: "\"num_pages\": null"),
                       Self.page.replacingOccurrences(of: "\"session_users\": [", with: "\"session_users\": [null,")] {
            agree(broken)
        }
        // A raw control character in a string: not JSON.
        agree(Self.page.replacingOccurrences(of: "Session failed", with: "Session\u{01}failed"))
    }

    @Test func eachSessionIsFingerprintedByItsBytes() throws {
        let a = try Array(Self.page.utf8).withUnsafeBufferPointer { try ScannedSessionPage(scanning: $0) }
        let same = try Array(Self.page.replacingOccurrences(of: "\"pagination\"", with: "\"x\": 1, \"pagination\"").utf8)
            .withUnsafeBufferPointer { try ScannedSessionPage(scanning: $0) }
        let changed = try Array(Self.page.replacingOccurrences(of: "\"READY\"", with: "\"Linked\"").utf8)
            .withUnsafeBufferPointer { try ScannedSessionPage(scanning: $0) }
        #expect(a.sessions[0].id == "7349356945f1-S")
        #expect(a.sessions[0].fingerprint == same.sessions[0].fingerprint)
        #expect(a.sessions[0].fingerprint != changed.sessions[0].fingerprint)
    }

    /// The emulator's own pages — ordinary, then with hostile strings in every field — read the same both ways, session
    /// by session, from the very bytes it sent.
    @Test(arguments: [false, true])
    func theEmulatorsPagesReadTheSame(hostile: Bool) async throws {
        var config = EmulatorConfig(sessions: 250, lobbies: 0, seed: 9, failureRate: 0.2)
        config.hostile = hostile
        try await EmulatorHarness.run(config) { client, _ in
            var page = 1
            var read = 0
            var total = 0
            while true {
                let scanned = try await client.scanSessions(page: page, limit: 100)
                for s in scanned.sessions {
                    let codable = try JSONDecoder().decode(RelaySession.self, from: Data(s.json))
                    #expect(try s.decoded() == codable)
                    #expect(s.id == codable.sessionID)
                }
                let listed = try await client.listSessions(page: page, limit: 100)
                #expect(listed == (try scanned.decoded()))
                read += scanned.sessions.count
                total = scanned.totalCount
                guard scanned.pagination.hasNext else { break }
                page += 1
            }
            // Hostile mode adds its own sessions to the fleet: the walk reads what the API counts.
            #expect(read == total && read >= 250)
        }
    }
}
