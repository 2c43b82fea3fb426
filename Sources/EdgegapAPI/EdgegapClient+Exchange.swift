import AsyncHTTPClient
import FoundationEssentials
import Logging
import NIOCore
import NIOFoundationEssentialsCompat
import NIOHTTP1
import Synchronization

/// A complete HTTP answer: status, headers and the collected body.
struct HTTPExchange: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: ByteBuffer
}

extension EdgegapClient {
    /// Sends `endpoint` and returns its 2xx answer; anything else is thrown as an `APIError`.
    func send(_ endpoint: Endpoint) async throws(APIError) -> HTTPExchange {
        let started = ContinuousClock.now
        let exchange: HTTPExchange
        do {
            if Task.isCancelled { throw CancellationError() }
            let request = try makeRequest(endpoint)
            exchange = try await withRequestTimeout { try await self.execute(request) }
        } catch {
            let failure = APIError(transportError: error).mappingText(apiKey.redacting)
            // A request replaced by a newer one is routine; any other failure is what an operator reads after an incident.
            let level: Logger.Level = failure == .cancelled ? .debug : .info
            logger.log(level: level, "\(endpoint.method.rawValue) \(endpoint.path) failed: \(failure)", metadata: [
                "failure": "\(failure.kind)", "latency_ms": "\((ContinuousClock.now - started).milliseconds)",
            ])
            throw failure
        }
        let latency = "\((ContinuousClock.now - started).milliseconds)"
        guard (200..<300).contains(exchange.status) else {
            let failure = APIError(status: exchange.status, headers: exchange.headers, body: exchange.body)
                .mappingText(apiKey.redacting)
            logger.info("\(endpoint.method.rawValue) \(endpoint.path) \(exchange.status): \(failure)", metadata: [
                "status": "\(exchange.status)", "latency_ms": "\(latency)", "failure": "\(failure.kind)",
            ])
            throw failure
        }
        logger.debug("\(endpoint.method.rawValue) \(endpoint.path) \(exchange.status)", metadata: [
            "status": "\(exchange.status)", "latency_ms": "\(latency)", "bytes": "\(exchange.body.readableBytes)",
        ])
        return exchange
    }

    /// Sends `endpoint` and decodes its 2xx body as `T`.
    func call<T: Decodable & Sendable>(_ endpoint: Endpoint, as type: T.Type) async throws(APIError) -> T {
        let exchange = try await send(endpoint)
        guard endpoint.method == .GET else { return try decode(T.self, from: exchange, endpoint: endpoint) }
        let key = "\(T.self) \(endpoint.target)"
        if let same = memo.value(for: key, body: exchange.body, as: T.self) { return same }
        let value = try decode(T.self, from: exchange, endpoint: endpoint)
        memo.store(value, for: key, body: exchange.body)
        return value
    }

    /// Decodes a 2xx body; a failure becomes `.undecodable` with a short, cleaned snippet of the body.
    func decode<T: Decodable>(_ type: T.Type, from exchange: HTTPExchange, endpoint: Endpoint) throws(APIError) -> T {
        do {
            return try decoder.decode(T.self, from: exchange.body)
        } catch {
            throw undecodable(exchange, endpoint)
        }
    }

    /// A 2xx body that does not read: `.undecodable` with a short, cleaned snippet of it (the key redacted).
    func undecodable(_ exchange: HTTPExchange, _ endpoint: Endpoint) -> APIError {
        let snippet = TextSnippet.make(exchange.body.readableBytesView, limit: 80)
        return APIError.undecodable(endpoint: endpoint.label, snippet: apiKey.redacting(snippet))
    }

    private func makeRequest(_ endpoint: Endpoint) throws -> HTTPClientRequest {
        var request = HTTPClientRequest(url: baseURL + endpoint.target)
        request.method = endpoint.method
        request.headers.add(name: "Authorization", value: apiKey.authorizationValue)
        request.headers.add(name: "User-Agent", value: RelayDeckVersion.userAgent)
        request.headers.add(name: "Accept", value: "application/json")
        if let body = endpoint.body {
            let bytes = try encoder.encodeAsByteBuffer(body, allocator: ByteBufferAllocator())
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(bytes)
        }
        return request
    }

    /// Executes `request` and collects its body within the size bound.
    private func execute(_ request: HTTPClientRequest) async throws -> HTTPExchange {
        let deadline = NIODeadline.now() + .milliseconds(options.requestTimeout.milliseconds)
        let response = try await http.execute(request, deadline: deadline)
        let status = Int(response.status.code)
        let body: ByteBuffer
        do {
            body = try await response.body.collect(upTo: options.maxResponseBytes)
        } catch is NIOTooManyBytesError where !(200..<300).contains(status) {
            // An oversized error page still has a meaningful status; its text is dropped.
            body = ByteBuffer()
        }
        return HTTPExchange(status: status, headers: response.headers, body: body)
    }

    /// Runs `operation` but throws `RequestDeadlineExceeded` once the request timeout has passed:
    /// the client's deadline stops at the response head, and this one also covers the body. The timer is the
    /// event loop's, not `Task.sleep`, which would wake Swift's thread pool (and keep its 1 Hz monitor running).
    private func withRequestTimeout(_ operation: @escaping @Sendable () async throws -> HTTPExchange) async throws -> HTTPExchange {
        let timeout = options.requestTimeout
        let expired = Mutex(false)
        let task = Task { try await operation() }
        let timer = http.eventLoopGroup.any().scheduleTask(in: .milliseconds(timeout.milliseconds)) {
            expired.withLock { $0 = true }
            task.cancel()
        }
        defer { timer.cancel() }
        do {
            return try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
        } catch {
            // Only a request the timer cancelled timed out: an error of its own (refused, reset) is reported as
            // such even when the timer fired before this task got a thread to see it.
            if expired.withLock({ $0 }) && APIError(transportError: error) == .cancelled {
                throw RequestDeadlineExceeded(timeout: timeout)
            }
            throw error
        }
    }
}
