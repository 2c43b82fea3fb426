import Dashboard
import EdgegapEmulator
import TerminalUI
import Testing

/// The audit itself: it must see raw hostile text written past the cleaning boundary, and pass cleaned text.
@Suite struct ScreenAuditTests {
    @Test(arguments: HostileCorpus.entries.indices)
    func rawTextIsCaughtCleanedTextPasses(index: Int) {
        let entry = HostileCorpus.entries[index]
        var raw = Buffer(width: 200, height: 1)
        raw.write(entry, x: 0, y: 0)
        var cleaned = Buffer(width: 200, height: 1)
        cleaned.write(UntrustedText.clean(entry), x: 0, y: 0)
        #expect(ScreenAudit.findings(in: cleaned).isEmpty)
        #expect(ScreenAudit.bypasses(in: cleaned.text()).isEmpty, "\(cleaned.text())")
        let harmless = ["ZALGO", "WIDE", "LONG", "ZERO"].contains { entry.unicodeScalars.starts(with: $0.unicodeScalars) }
        if !harmless {
            #expect(!ScreenAudit.bypasses(in: raw.text()).isEmpty, "raw entry \(index) not detected: \(raw.text())")
        }
    }
}
