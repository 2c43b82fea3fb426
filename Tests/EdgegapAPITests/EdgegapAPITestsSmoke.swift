import Testing

@Test func EdgegapAPITestsBuilds() { #expect(Bool(true)) }
