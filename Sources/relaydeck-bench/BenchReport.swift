import Foundation

/// The figures of one run: each measured value printed next to its budget, misses listed at the end.
final class BenchReport {
    /// How a figure compares with its budget.
    enum Verdict: String { case ok = "ok", miss = "MISS", reported = "-", error = "ERROR" }

    struct Figure {
        var name: String
        var value: String
        var budget: String
        var verdict: Verdict
        var note: String
    }

    private(set) var figures: [Figure] = []

    /// Records a figure and prints it at once (so a long run shows progress).
    func add(_ name: String, _ value: String, budget: String = "reported", verdict: Verdict = .reported, note: String = "") {
        let f = Figure(name: name, value: value, budget: budget, verdict: verdict, note: note)
        figures.append(f)
        print(Self.line(f))
        fflush(nil)
    }

    /// Records a figure checked against `limit` (value ≤ limit passes).
    func add(_ name: String, measured: Double, format: String, unit: String, limit: Double, note: String = "") {
        let value = String(format: format, measured) + unit
        let budget = "≤ " + String(format: format, limit) + unit
        add(name, value, budget: budget, verdict: measured <= limit ? .ok : .miss, note: note)
    }

    /// Records that a figure could not be measured.
    func failed(_ name: String, _ error: Error) {
        add(name, "—", budget: "", verdict: .error, note: "\(error)")
    }

    static func line(_ f: Figure) -> String {
        let name = f.name.padding(toLength: 62, withPad: " ", startingAt: 0)
        let value = f.value.padding(toLength: 18, withPad: " ", startingAt: 0)
        let budget = f.budget.padding(toLength: 16, withPad: " ", startingAt: 0)
        return "\(name) \(value) \(budget) \(f.verdict.rawValue)" + (f.note.isEmpty ? "" : "  (\(f.note))")
    }

    /// Prints the summary: every figure again, then the misses and errors.
    func printSummary(build: String) {
        print("\n== dashboard figures (\(build) build) ==")
        print(Self.line(Figure(name: "figure", value: "value", budget: "budget", verdict: .reported, note: "")))
        figures.forEach { print(Self.line($0)) }
        let misses = figures.filter { $0.verdict == .miss }
        let errors = figures.filter { $0.verdict == .error }
        print("budget misses: \(misses.count)" + misses.map { "\n  MISS  \($0.name): \($0.value) vs \($0.budget)" }.joined())
        if !errors.isEmpty { print("errors: \(errors.count)" + errors.map { "\n  ERROR \($0.name): \($0.note)" }.joined()) }
    }

    var hasErrors: Bool { figures.contains { $0.verdict == .error } }
}

/// Small number helpers shared by the sections.
enum Stats {
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        return values.sorted()[values.count / 2]
    }

    static func median(_ values: [Int]) -> Int {
        guard !values.isEmpty else { return 0 }
        return values.sorted()[values.count / 2]
    }

    static func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    static func seconds(_ d: Duration) -> Double { ms(d) / 1000 }

    /// A whole number, or "—" for nil or NaN.
    static func text(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(Int(value.rounded()))
    }
}
