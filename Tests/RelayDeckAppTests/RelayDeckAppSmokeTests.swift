import RelayDeckApp
import Testing

@Test func appNameIsRelaydeck() { #expect(RelayDeckApp.name == "relaydeck") }
