import Dashboard
import Testing

@Suite struct InputRulesTests {
    @Test(arguments: ["0.0.0.0", "1.2.3.4", "255.255.255.255", "203.0.113.9", "10.0.0.1"])
    func validIPv4(ip: String) {
        #expect(InputRules.isIPv4(ip))
        #expect(InputRules.ipProblem(ip) == nil)
    }

    @Test(arguments: ["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.-4", "a.b.c.d", "1..3.4",
                      "1.2.3.4 ", "１.2.3.4", "1.2.3.4/24", "1234.1.1.1"])
    func invalidIPv4(ip: String) {
        #expect(!InputRules.isIPv4(ip))
    }

    @Test(arguments: ["::", "::1", "2001:db8::1", "2001:0db8:0000:0000:0000:ff00:0042:8329", "fe80::1:2:3:4",
                      "::ffff:192.0.2.128", "64:ff9b::192.0.2.33", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4",
                      "1::", "ABCD:ef01::"])
    func validIPv6(ip: String) {
        #expect(InputRules.isIPv6(ip))
        #expect(InputRules.ipProblem(ip) == nil)
    }

    @Test(arguments: [":", ":::", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1",
                      "1:2:3:4:5:6:7::8:9", "::ffff:300.1.1.1", "1:2:3:4:5:6:7:1.2.3.4", "2001:db8:::1",
                      "1.2.3.4", "fe80::1%eth0"])
    func invalidIPv6(ip: String) {
        #expect(!InputRules.isIPv6(ip))
    }

    @Test func ipProblemNamesTheInputSafely() {
        let why = InputRules.ipProblem("bad\u{1B}[31m")
        #expect(why?.contains("\u{1B}") == false)
        #expect(why?.hasPrefix("not an IPv4 or IPv6 address") == true)
        #expect(InputRules.ipProblem("   ") == "an IP address is required")
    }

    @Test func ipListsSplitOnCommasAndSpaces() {
        #expect(InputRules.splitList("1.2.3.4, 5.6.7.8  ::1,,") == ["1.2.3.4", "5.6.7.8", "::1"])
        #expect(InputRules.ipListProblem("1.2.3.4, ::1") == nil)
        #expect(InputRules.ipListProblem(" , ") == "at least one user IP is required")
        #expect(InputRules.ipListProblem("1.2.3.4, 1.2.3") != nil)
    }

    @Test func lobbyNames() {
        #expect(InputRules.lobbyNameProblem("arena-1_eu") == nil)
        #expect(InputRules.lobbyNameProblem(String(repeating: "a", count: 63)) == nil)
        #expect(InputRules.lobbyNameProblem(String(repeating: "a", count: 64)) != nil)
        #expect(InputRules.lobbyNameProblem("_x") != nil)
        #expect(InputRules.lobbyNameProblem("a.b") != nil)
        #expect(InputRules.lobbyNameProblem("é") != nil)
        #expect(InputRules.lobbyNameProblem("") != nil)
    }

    @Test func webhooks() {
        #expect(InputRules.webhookProblem("") == nil)
        #expect(InputRules.webhookProblem("https://h.example/x?y=1") == nil)
        #expect(InputRules.webhookProblem("http://h.example") == nil)
        #expect(InputRules.webhookProblem("ftp://h.example") != nil)
        #expect(InputRules.webhookProblem("https://h.example/a b") != nil)
        #expect(InputRules.webhookProblem("https://h.example/\u{7F}") != nil)
        #expect(InputRules.webhookProblem("https://" + String(repeating: "a", count: 2048)) != nil)
    }
}
