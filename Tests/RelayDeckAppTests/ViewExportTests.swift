import Dashboard
import EdgegapAPI
import Foundation
import RelayDeckApp
import Testing

@Suite struct ViewExportTests {
    @Test func writesCSVAndJSONFilesWithPrivateModes() throws {
        let dir = NSTemporaryDirectory() + "rd-export-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let export = ViewExport(directory: dir)
        let lobbies = [Lobby(name: "duel, \"1\"", status: "Released"), Lobby(name: "raid-2", url: "https://r.example", status: "READY")]
        let csvPath = try export.write(ExportRequest(rows: .lobbies(lobbies), format: .csv))
        let csv = try String(contentsOfFile: csvPath, encoding: .utf8)
        #expect(csvPath.hasPrefix(dir + "/lobbies-") && csvPath.hasSuffix(".csv"))
        #expect(csv.contains("\"duel, \"\"1\"\"\""))
        #expect(csv.contains("raid-2"))
        #expect(csv.split(separator: "\r\n").count == 3)
        let attrs = try FileManager.default.attributesOfItem(atPath: csvPath)
        #expect((attrs[.posixPermissions] as? Int) == 0o600)

        let jsonPath = try export.write(ExportRequest(rows: .lobbies(lobbies), format: .json))
        let decoded = try JSONDecoder().decode([Lobby].self, from: Data(contentsOf: URL(fileURLWithPath: jsonPath)))
        #expect(decoded == lobbies)
        #expect(jsonPath != csvPath)
    }
}
