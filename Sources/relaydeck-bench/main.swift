// relaydeck-bench: prints performance figures.
// `relaydeck-bench engine [--idle-seconds N] [--binary PATH]`
// `relaydeck-bench dashboard [--short] [--binary PATH] [--only pipeline,idle,scale,latency,rate,fleet]`
// `relaydeck-bench soak [--minutes N] [--binary PATH]`
// `relaydeck-bench model [--binary PATH] [--fleet 1000,100000] [--window SECONDS]`
// `relaydeck-bench lean [--binary PATH] [--settle SECONDS] [--window SECONDS]`
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let sections: [String: ([String]) throws -> Void] = [
    "engine": EngineBenchmark.run,
    "dashboard": DashboardBenchmark.run,
    "soak": SoakBenchmark.run,
    "model": ModelBenchmark.run,
    "lean": LeanBenchmark.run,
]

guard let name = arguments.first, let section = sections[name] else {
    print("usage: relaydeck-bench <section> [options]; sections: \(sections.keys.sorted().joined(separator: ", "))")
    exit(2)
}
do {
    try section(Array(arguments.dropFirst()))
} catch {
    print("relaydeck-bench \(name): \(error)")
    exit(1)
}
