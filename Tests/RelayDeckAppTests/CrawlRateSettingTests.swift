import Foundation
import RelayDeckApp
import Testing

/// Issue 13: the fleet crawl's budget is a setting (`--crawl-rate`, `crawl_rate:`), 5 requests a second by default.
@Suite struct CrawlRateSettingTests {
    @Test func flagOverProfileOverTheDefault() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.writeConfig("""
            profiles:
              gentle: { api_key_env: K, crawl_rate: 1.5 }
              off: { api_key_env: K, crawl_rate: 0 }
            """)
        let resolver = ProfileResolver(environment: dir.environment())
        #expect(try resolver.resolve(ProfileOverrides()).crawlRate == 5)
        #expect(try resolver.resolve(ProfileOverrides(profile: "gentle")).crawlRate == 1.5)
        #expect(try resolver.resolve(ProfileOverrides(profile: "off")).crawlRate == 0)
        #expect(try resolver.resolve(ProfileOverrides(profile: "gentle", crawlRate: 0)).crawlRate == 0)
    }

    /// Out of range, not a number, or misspelt: the error names the setting (the known key for a typo).
    @Test(arguments: ["crawl_rate: -1", "crawl_rate: 51", "crawl_rate: fast", "crawl_rat: 2"])
    func aBadRateIsAClearError(setting: String) throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.writeConfig("profiles:\n  p: { api_key_env: K, \(setting) }\n")
        #expect {
            try ProfileResolver(environment: dir.environment()).resolve(ProfileOverrides(profile: "p"))
        } throws: { String(describing: $0).contains("crawl_rate") }
    }
}
