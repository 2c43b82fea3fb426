import Testing

@Test func EdgegapEmulatorTestsBuilds() { #expect(Bool(true)) }
