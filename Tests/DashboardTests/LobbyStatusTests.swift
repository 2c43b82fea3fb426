@testable import Dashboard
import Testing

/// How lobby status text is read: words matched over the bytes, ASCII letters without case, anywhere in the text.
@Suite struct LobbyStatusTests {
    @Test func wordsAreFoundWithoutCaseAnywhere() {
        #expect("Terminating".hasWord("terminating"))
        #expect("LOBBY_TERMINATING_NOW".hasWord("terminating"))
        #expect("déploying — Deploying".hasWord("deploying"))
        #expect(!"deployin".hasWord("deploying"))
        #expect(!"".hasWord("error"))
        #expect(!"érrör".hasWord("error"))
    }

    @Test func statusesAreClassifiedOnce() {
        #expect(LobbyStatus.isTerminating("TERMINATING") && LobbyStatus.isTransitional("TERMINATING"))
        #expect(LobbyStatus.isTransitional("Deploying") && !LobbyStatus.isTerminating("Deploying"))
        #expect(LobbyStatus.isTransitional("pending"))
        #expect(LobbyStatus.isError("Error") && LobbyStatus.isError("DEPLOY_FAILED"))
        #expect(!LobbyStatus.isError("Ready") && !LobbyStatus.isTransitional("Ready"))
        #expect(LobbyStatus.refusal(.terminateLobby, status: "Terminating", url: "") == "is already terminating")
        #expect(LobbyStatus.refusal(.terminateLobby, status: "Released", url: "") == "is not deployed (Released)")
        #expect(LobbyStatus.refusal(.deployLobby, status: "Deploying", url: "") == "is Deploying: wait until it settles")
    }
}
