import EdgegapAPI
import Foundation

/// Requests per second the emulator serves for a page of 50, over loopback, from a few concurrent clients.
struct RequestRate {
    var binary: String
    var seconds: Double
    var concurrency = 8

    private final class Count: @unchecked Sendable {
        let lock = NSLock()
        var done = 0
        var failed = 0
        func add(ok: Bool) { lock.lock(); if ok { done += 1 } else { failed += 1 }; lock.unlock() }
    }

    func run(_ report: BenchReport) throws {
        let emulator = try EmulatorProcess(binary: binary, sessions: 1000)
        let client = EdgegapClient(baseURL: emulator.url, apiKey: APIKey(EmulatorProcess.key))
        let count = Count()
        let seconds = self.seconds, concurrency = self.concurrency
        let finished = DispatchSemaphore(value: 0)
        let start = Date()
        Task {
            _ = try? await client.listSessions(page: 1, limit: 50)   // warm the connection pool
            await withTaskGroup(of: Void.self) { group in
                for w in 0..<concurrency {
                    group.addTask {
                        var page = 1 + w
                        while Date().timeIntervalSince(start) < seconds + 0.2 {
                            do { _ = try await client.listSessions(page: page, limit: 50); count.add(ok: true) } catch { count.add(ok: false) }
                            page = page % 20 + 1
                        }
                    }
                }
            }
            await client.shutdown()
            finished.signal()
        }
        finished.wait()
        let elapsed = Date().timeIntervalSince(start)
        report.add("emulator: requests/s, page of 50 (\(concurrency) clients, loopback)", String(format: "%.0f /s", Double(count.done) / elapsed),
                   note: "\(count.done) ok, \(count.failed) failed in \(String(format: "%.1f", elapsed)) s; client in this process")
    }
}
