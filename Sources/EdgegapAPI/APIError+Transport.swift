import AsyncHTTPClient
import FoundationEssentials
import NIOCore
import NIOHTTP1
import NIOPosix

/// Thrown by the client's own whole-request timer.
struct RequestDeadlineExceeded: Error {
    let timeout: Duration
}

extension APIError {
    /// Maps anything thrown while sending a request or reading its answer to an `APIError`.
    init(transportError error: any Error) {
        switch error {
        case let error as APIError:
            self = error
        case is CancellationError:
            self = .cancelled
        case let error as RequestDeadlineExceeded:
            self = .transport(.timedOut, detail: "no complete answer within \(Self.seconds(error.timeout))")
        case is NIOTooManyBytesError:
            self = .transport(.responseTooLarge, detail: "response larger than the client's limit")
        case let error as HTTPClientError:
            self = Self.mapping(error)
        case let error as NIOConnectionError:
            let reasons = error.connectionErrors.map { Self.mapping($0.error) }
            if let refused = reasons.first(where: { if case .transport(.connectFailed, _) = $0 { true } else { false } }) {
                self = refused
            } else if error.dnsAError != nil || error.dnsAAAAError != nil {
                self = .transport(.connectFailed, detail: "host name not found")
            } else {
                self = .transport(.connectFailed, detail: "could not connect")
            }
        case let error as IOError:
            self = Self.mapping(errno: error.errnoCode)
        case let error as ChannelError:
            self = Self.mapping(error)
        case let error as HTTPParserError:
            self = error == .invalidEOFState
                ? .transport(.connectionLost, detail: "connection closed before the answer was complete")
                : .transport(.other, detail: "malformed HTTP answer")
        default:
            self = .transport(.other, detail: String(describing: type(of: error)))
        }
    }

    private static func mapping(_ error: any Error) -> APIError { APIError(transportError: error) }

    private static func mapping(_ error: HTTPClientError) -> APIError {
        switch error {
        case .connectTimeout, .getConnectionFromPoolTimeout:
            .transport(.connectFailed, detail: "connect timed out")
        case .readTimeout, .writeTimeout:
            .transport(.timedOut, detail: "server stopped answering")
        case .deadlineExceeded:
            .transport(.timedOut, detail: "no answer before the deadline")
        case .remoteConnectionClosed, .bodyLengthMismatch:
            .transport(.connectionLost, detail: "connection closed before the answer was complete")
        case .cancelled:
            .cancelled
        case .invalidURL, .emptyHost, .emptyScheme:
            .transport(.other, detail: "invalid base URL")
        case .alreadyShutdown:
            .transport(.other, detail: "client already shut down")
        default:
            .transport(.other, detail: "HTTP client error: \(error)")
        }
    }

    private static func mapping(_ error: ChannelError) -> APIError {
        switch error {
        case .connectTimeout:
            .transport(.connectFailed, detail: "connect timed out")
        case .ioOnClosedChannel, .alreadyClosed, .eof, .inputClosed, .outputClosed:
            .transport(.connectionLost, detail: "connection closed")
        default:
            .transport(.other, detail: "channel error")
        }
    }

    private static func mapping(errno code: CInt) -> APIError {
        switch code {
        case ECONNREFUSED: .transport(.connectFailed, detail: "connection refused")
        case EHOSTUNREACH, ENETUNREACH, EADDRNOTAVAIL: .transport(.connectFailed, detail: "host unreachable")
        case ETIMEDOUT: .transport(.connectFailed, detail: "connect timed out")
        case ECONNRESET, EPIPE, ECONNABORTED: .transport(.connectionLost, detail: "connection reset")
        default: .transport(.other, detail: "I/O error \(code)")
        }
    }

    /// `3s`, `2.5s`, `250ms`.
    static func seconds(_ duration: Duration) -> String {
        let ms = duration.milliseconds
        if ms < 1000 { return "\(ms)ms" }
        return ms % 1000 == 0 ? "\(ms / 1000)s" : "\(Double(ms) / 1000)s"
    }
}
