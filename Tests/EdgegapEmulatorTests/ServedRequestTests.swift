@testable import HTTPServing
import Testing

/// The server's request target: the path kept as sent (a route decodes its own segments), the query decoded.
@Suite struct ServedRequestTests {
    @Test func thePathStaysEncodedAndTheQueryIsDecoded() {
        let (path, query) = ServedRequest.split(target: "/v1/lobbies/a%2Fb?page=2&limit=10&name=x%20y+z&page=9&flag")
        #expect(path == "/v1/lobbies/a%2Fb")
        #expect(query == ["page": "2", "limit": "10", "name": "x y z", "flag": ""])
    }

    @Test func aBrokenEscapeIsNoValue() {
        #expect(ServedRequest.split(target: "/x?ms=%zz").query["ms"] == nil)
        #expect(PercentDecoding.decode("a%2Fb") == "a/b")
        #expect(PercentDecoding.decode("a+b") == "a+b")
        #expect(PercentDecoding.decode("%C3%A9") == "é")
        #expect(PercentDecoding.decode("%FF") == nil)
    }
}
