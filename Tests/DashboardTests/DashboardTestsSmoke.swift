import Testing

@Test func DashboardTestsBuilds() { #expect(Bool(true)) }
