import Foundation

/// `relaydeck emulator` as a separate process (so the dashboard's figures are its own); talks to it with curl.
final class EmulatorProcess {
    static let key = "relaydeck-bench-key"
    let process = Process()
    let url: String

    /// Starts the emulator with `--port 0` and waits for the URL on its first line of output.
    init(binary: String, sessions: Int, port: Int = 0, extra: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["emulator", "--port", "\(port)", "--sessions", "\(sessions)", "--lobbies", "8", "--seed", "7",
                             "--ready-delay", "0.05", "--api-key-env", "RD_BENCH_KEY"] + extra
        process.environment = ["RD_BENCH_KEY": Self.key, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line: [UInt8] = []
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            guard let b = byte.first else { throw PtyProcess.Failed(description: "emulator exited before printing its URL") }
            if b == UInt8(ascii: "\n") { break }
            line.append(b)
        }
        url = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard url.hasPrefix("http://") else { throw PtyProcess.Failed(description: "emulator printed \(url)") }
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
    }

    var pid: Int32 { process.processIdentifier }

    /// GET of an API path (with the key); the body.
    func get(_ path: String) throws -> Data {
        try curl(["-H", "Authorization: token \(Self.key)", url + path])
    }

    /// POST of a JSON body to an API path (with the key); the body.
    func post(_ path: String, json: String) throws -> Data {
        try curl(["-X", "POST", "-H", "Authorization: token \(Self.key)", "-H", "Content-Type: application/json",
                  "--data", json, url + path])
    }

    /// Requests answered so far (`/_emulator/stats`).
    func requestsServed() -> Int {
        guard let data = try? curl([url + "/_emulator/stats"]),
              let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return -1 }
        return obj["requests_served"] as? Int ?? -1
    }

    /// The shell command a `clear; curl | jq` loop would run for a page of `limit`.
    func curlCommand(limit: Int) -> String {
        "curl -s -H 'Authorization: token \(Self.key)' '\(url)/v1/relays/sessions?page=1&limit=\(limit)'"
    }

    /// Sets the emulator's faults (`PUT /_emulator/faults`), or clears them with nil.
    func setFaults(_ json: String?) {
        _ = try? curl(json.map { ["-X", "PUT", "--data", $0, url + "/_emulator/faults"] } ?? ["-X", "DELETE", url + "/_emulator/faults"])
    }

    /// Stops the emulator (its port closes: connections are refused until a new one starts on it).
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    private func curl(_ args: [String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        p.arguments = ["-sS", "--fail-with-body"] + args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw PtyProcess.Failed(description: "curl \(args.last ?? ""): exit \(p.terminationStatus) \(String(decoding: data, as: UTF8.self))")
        }
        return data
    }
}
