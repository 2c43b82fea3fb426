import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing
@testable import EdgegapAPI

/// Errors from the HTTP stack, one by one, to the `TransportFailure` a user sees.
@Suite struct TransportMappingTests {
    func failure(_ error: any Error) -> TransportFailure? {
        if case .transport(let failure, _) = APIError(transportError: error) { failure } else { nil }
    }

    @Test func connectFailures() {
        #expect(failure(HTTPClientError.connectTimeout) == .connectFailed)
        #expect(failure(HTTPClientError.getConnectionFromPoolTimeout) == .connectFailed)
        #expect(failure(IOError(errnoCode: ECONNREFUSED, reason: "connect")) == .connectFailed)
        #expect(failure(IOError(errnoCode: ENETUNREACH, reason: "connect")) == .connectFailed)
        #expect(failure(ChannelError.connectTimeout(.seconds(5))) == .connectFailed)
        #expect(APIError(transportError: IOError(errnoCode: ECONNREFUSED, reason: "connect"))
                == .transport(.connectFailed, detail: "connection refused"))
    }

    @Test func timeouts() {
        #expect(failure(HTTPClientError.readTimeout) == .timedOut)
        #expect(failure(HTTPClientError.deadlineExceeded) == .timedOut)
        #expect(failure(RequestDeadlineExceeded(timeout: .seconds(10))) == .timedOut)
        #expect(APIError(transportError: RequestDeadlineExceeded(timeout: .milliseconds(2500)))
                == .transport(.timedOut, detail: "no complete answer within 2.5s"))
    }

    @Test func lostConnections() {
        #expect(failure(HTTPClientError.remoteConnectionClosed) == .connectionLost)
        #expect(failure(HTTPClientError.bodyLengthMismatch) == .connectionLost)
        #expect(failure(HTTPParserError.invalidEOFState) == .connectionLost)
        #expect(failure(IOError(errnoCode: ECONNRESET, reason: "read")) == .connectionLost)
        #expect(failure(ChannelError.eof) == .connectionLost)
        #expect(failure(ChannelError.ioOnClosedChannel) == .connectionLost)
    }

    @Test func everythingElse() {
        #expect(failure(NIOTooManyBytesError(maxBytes: 10)) == .responseTooLarge)
        #expect(failure(HTTPParserError.invalidStatus) == .other)
        #expect(failure(HTTPClientError.invalidURL) == .other)
        #expect(failure(CocoaError(.fileNoSuchFile)) == .other)
        #expect(APIError(transportError: CancellationError()) == .cancelled)
        #expect(APIError(transportError: HTTPClientError.cancelled) == .cancelled)
        #expect(APIError(transportError: APIError.conflict(message: "x")) == .conflict(message: "x"))
    }

    @Test func outcomeIsUnknownOnlyWhenTheRequestMayHaveArrived() {
        #expect(!TransportFailure.connectFailed.outcomeUnknown)
        #expect(TransportFailure.timedOut.outcomeUnknown && TransportFailure.connectionLost.outcomeUnknown)
    }
}
