import Foundation

/// The dashboard's figures next to their budgets (`relaydeck-bench dashboard [--short] [--binary PATH] [--only a,b]`).
enum DashboardBenchmark {
    static let width = 200
    static let height = 60

    #if DEBUG
    static let build = "debug"
    #else
    static let build = "release"
    #endif

    static func run(_ arguments: [String]) throws {
        let short = arguments.contains("--short")
        let binary = EngineBenchmark.value(after: "--binary", in: arguments) ?? EngineBenchmark.siblingBinary()
        let only = EngineBenchmark.value(after: "--only", in: arguments).map { Set($0.split(separator: ",").map(String.init)) }
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw PtyProcess.Failed(description: "\(binary) not found; build the relaydeck product first (or pass --binary)")
        }
        print("== dashboard benchmark (\(build) build, \(width)x\(height), \(short ? "short" : "full")) ==")
        print("binary: \(binary)")
        let report = BenchReport()
        let sections: [(String, () throws -> Void)] = [
            ("pipeline", { try pipeline(report, short: short, binary: binary) }),
            ("idle", {
                let idle = IdleBenchmark(binary: binary, window: .seconds(short ? 6 : 60), width: width, height: height,
                                         settle: .seconds(short ? 3 : 65))
                let unchanged = try idle.run(report)
                try LoopBaseline(binary: binary, refreshes: short ? 2 : 4, width: width, height: height)
                    .run(report, dashboardBytes: unchanged)
            }),
            ("scale", { try ScaleBenchmark(binary: binary, short: short, width: width, height: height).run(report) }),
            ("latency", { try ScaleBenchmark(binary: binary, short: short, width: width, height: height).latency(report) }),
            ("rate", { try RequestRate(binary: binary, seconds: short ? 2 : 10).run(report) }),
            ("fleet-pipeline", {
                for n in [1_000, 100_000] { FleetPipeline(sessions: n, width: width, height: height).run(report) }
            }),
            ("fleet", {
                let sizes = EngineBenchmark.value(after: "--fleet", in: arguments).map { $0.split(separator: ",").compactMap { Int($0) } }
                try FleetBenchmark(binary: binary, short: short, width: width, height: height, sizes: sizes).run(report)
            }),
        ]
        for (name, section) in sections where only?.contains(name) ?? true {
            do { try section() } catch { report.failed("section \(name)", error) }
        }
        report.printSummary(build: build)
        if report.hasErrors { throw PtyProcess.Failed(description: "some figures could not be measured") }
    }

    /// decode + reduce + view + diff of a 100-session page against a bare JSONDecoder of it.
    static func pipeline(_ report: BenchReport, short: Bool, binary: String) throws {
        let emulator = try EmulatorProcess(binary: binary, sessions: 1000)
        let data = try emulator.get("/v1/relays/sessions?page=3&limit=100")
        let bench = PipelineBenchmark(width: width, height: height, pageSize: 100)
        let (full, bare) = try bench.time(data, rounds: short ? 10 : 50, batches: short ? 3 : 7)
        report.add("decode+reduce+view+diff / bare decode, 100-session page", measured: full / bare, format: "%.2f", unit: "×",
                   limit: 2, note: String(format: "%.2f ms vs %.2f ms, %d B page", full, bare, data.count))
        let frame = try bench.timeFrame(data, rounds: short ? 10 : 50, batches: short ? 3 : 7)
        report.add("view + diff of one \(width)x\(height) frame (a redraw)", String(format: "%.2f ms", frame),
                   note: "median of batches; the CPU a frame costs")
    }
}
