import Foundation

/// Reading with timestamps: output bursts, time to the first byte after a key, time until a marker appears.
extension PtyProcess {
    /// One burst of output: bytes that arrived with gaps shorter than the burst gap.
    struct Burst {
        var start: Duration
        var bytes: [UInt8]
    }

    /// Reads for `window`, splitting output into bursts separated by at least `gap` of silence.
    func readBursts(for window: Duration, gap: Duration = .milliseconds(150)) -> [Burst] {
        let clock = ContinuousClock()
        let start = clock.now
        var bursts: [Burst] = []
        var last = start
        var chunk = [UInt8](repeating: 0, count: 65536)
        while clock.now - start < window {
            let left = window - (clock.now - start)
            guard let n = readChunk(&chunk, timeout: left), n > 0 else { continue }
            let now = clock.now
            if bursts.isEmpty || now - last >= gap {
                bursts.append(Burst(start: now - start, bytes: []))
            }
            bursts[bursts.count - 1].bytes.append(contentsOf: chunk[0..<n])
            last = now
        }
        return bursts
    }

    /// Sends `key` and measures the time until the first output byte and until the last one before 60 ms of quiet.
    func timeToOutput(after key: String, timeout: Duration = .seconds(5)) -> (latency: Duration?, last: Duration, bytes: [UInt8]) {
        _ = readUntilQuiet(.milliseconds(5), limit: .milliseconds(50))
        let clock = ContinuousClock()
        var chunk = [UInt8](repeating: 0, count: 65536)
        send(key)
        let start = clock.now
        guard let n = readChunk(&chunk, timeout: timeout), n > 0 else { return (nil, .zero, []) }
        let latency = clock.now - start
        var bytes = Array(chunk[0..<n]), last = latency
        while clock.now - start < timeout, let m = readChunk(&chunk, timeout: .milliseconds(60)), m > 0 {
            bytes += chunk[0..<m]
            last = clock.now - start
        }
        return (latency, last, bytes)
    }

    /// Reads until the output so far contains `marker`; the time it took (nil on timeout) and the bytes.
    func readUntil(_ marker: String, timeout: Duration) -> (elapsed: Duration?, bytes: [UInt8]) {
        let clock = ContinuousClock()
        let start = clock.now
        let needle = Array(marker.utf8)
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while clock.now - start < timeout {
            guard let n = readChunk(&chunk, timeout: timeout - (clock.now - start)), n > 0 else { continue }
            out.append(contentsOf: chunk[0..<n])
            if Self.contains(out, needle) { return (clock.now - start, out) }
        }
        return (nil, out)
    }

    /// One read() after poll(); nil on timeout, 0 at end of file.
    func readChunk(_ chunk: inout [UInt8], timeout: Duration) -> Int? {
        var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ms = max(0, Int32(Stats.ms(timeout).rounded(.up)))
        guard poll(&pfd, 1, ms) > 0 else { return nil }
        let n = read(master, &chunk, chunk.count)
        return n < 0 ? 0 : n
    }

    /// Resident set size of the process, in MB (VmRSS).
    func residentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return .nan }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? .nan
            return kb / 1024
        }
        return .nan
    }

    /// Voluntary context switches summed per thread (threads that came and went counted from zero).
    static func voluntaryDelta(_ before: [Int: (name: String, voluntary: Int, involuntary: Int)],
                               _ after: [Int: (name: String, voluntary: Int, involuntary: Int)]) -> Int {
        after.reduce(0) { $0 + $1.value.voluntary - (before[$1.key]?.voluntary ?? 0) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        guard let first = needle.first else { return true }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first && haystack[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
