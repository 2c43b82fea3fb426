import EdgegapAPI
import Testing
@testable import RelayDeckApp

@Suite struct TextOutputTests {
    @Test func tableAlignsColumnsWithoutTrailingSpaces() {
        let t = TextTable(headers: ["A", "LONGER", "C"], rows: [["xyz", "1", ""], ["p", "22", "q"]])
        #expect(t.render() == "A    LONGER  C\nxyz  1\np    22      q\n")
    }

    @Test func csvQuotesPerRFC4180() {
        let t = TextTable(headers: ["a", "b"], rows: [["x,y", "say \"hi\""], ["line\nbreak", "plain"]])
        #expect(t.csv() == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",plain\r\n")
    }

    @Test func hostileStringsAreCleanedOnATerminalOnly() async {
        let evil = RelaySession(sessionID: "id\u{1B}]52;c;ZXZpbA==\u{07}", status: "READY\u{1B}[2J", ready: true, linked: false,
                                error: "bidi \u{202E}txt")
        let table = ModelTables.sessions([evil])
        let unused = ScriptRunner(api: EdgegapClient(baseURL: "http://127.0.0.1:1", apiKey: APIKey("k")), format: .table, stdoutIsTerminal: true)
        let shown = unused.text(table)
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(shown.contains("␛"))
        var piped = unused
        piped.stdoutIsTerminal = false
        #expect(piped.text(table).contains("\u{1B}"))
        var csv = unused
        csv.format = .csv
        #expect(!csv.text(table).contains("\u{1B}"))
        if let client = unused.api as? EdgegapClient { await client.shutdown() }
    }

    @Test func exitCodesByError() {
        #expect(ScriptExit(APIError.notFound(message: nil)) == .api)
        #expect(ScriptExit(APIError.server(status: 500, message: nil)) == .api)
        #expect(ScriptExit(APIError.transport(.connectFailed, detail: "")) == .transport)
        #expect(ScriptExit.helpText.contains("2 usage") && ScriptExit.helpText.contains("3 API error") && ScriptExit.helpText.contains("4 transport"))
    }
}
