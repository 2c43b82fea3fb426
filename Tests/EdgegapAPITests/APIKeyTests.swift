import Testing
@testable import EdgegapAPI

@Suite struct APIKeyTests {
    @Test(arguments: ["abc-123", "token abc-123", "Token abc-123", "TOKEN   abc-123", " token\tabc-123\n", "abc-123\r\n"])
    func prefixAndWhitespaceAreStripped(raw: String) {
        let key = APIKey(raw)
        #expect(key.secret == "abc-123")
        #expect(key.authorizationValue == "token abc-123")
    }

    @Test func aKeyThatStartsWithTokenIsKept() {
        #expect(APIKey("tokenized-key").secret == "tokenized-key")
        #expect(APIKey("token").secret == "token")
        #expect(APIKey("   \n").isEmpty)
    }

    @Test func everyRenderingIsRedacted() {
        let key = APIKey("token s3cr3t-value")
        #expect(key.description == "APIKey(redacted)")
        #expect(key.debugDescription == "APIKey(redacted)")
        #expect("\(key)" == "APIKey(redacted)")
        #expect(String(reflecting: key) == "APIKey(redacted)")
        var dumped = ""
        dump(key, to: &dumped)
        #expect(!dumped.contains("s3cr3t"))
        #expect(!"\([key])".contains("s3cr3t"))
    }

    @Test func redactingRemovesEveryOccurrence() {
        let key = APIKey("s3cr3t-value")
        #expect(key.redacting("bad token s3cr3t-value; again s3cr3t-value") == "bad token <redacted>; again <redacted>")
        #expect(key.redacting("nothing here") == "nothing here")
    }
}
