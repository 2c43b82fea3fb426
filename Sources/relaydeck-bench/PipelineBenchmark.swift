import Dashboard
import EdgegapAPI
import Foundation
import TerminalUI

/// The pure pipeline in-process: decode + reduce + view + diff of a captured page, and changed-cell counts.
struct PipelineBenchmark {
    var width: Int
    var height: Int
    var pageSize: Int

    /// A dashboard state at `now` with `page` loaded (through the reducer, as the program does).
    func loadedState(_ data: Data, now: Date, into state: inout AppState) throws {
        let page = try JSONDecoder().decode(SessionPage.self, from: data)
        _ = Reducer.reduce(&state, .timerFired(.poll(.sessions), now))
        _ = Reducer.reduce(&state, .loaded(.sessionPage(page: state.sessions.page, limit: pageSize),
                                           generation: state.book[.sessions].generation, .success(.sessionPage(page)), at: now))
    }

    func freshState(now: Date) -> AppState {
        var state = AppState(config: DashboardConfig(refresh: 2, pageSize: pageSize), now: now)
        _ = Reducer.reduce(&state, .resize(width: width, height: height))
        _ = Reducer.reduce(&state, .start(now))
        return state
    }

    func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        DashboardView(state: state, theme: .default, glyphs: .unicode).render(into: &buffer)
        return buffer
    }

    /// Median time per page of decode+reduce+view+diff and of a bare `JSONDecoder` decode, over `batches` batches.
    func time(_ data: Data, rounds: Int, batches: Int) throws -> (full: Double, bare: Double) {
        let clock = ContinuousClock()
        var fullTimes: [Double] = [], bareTimes: [Double] = []
        let t0 = Date(timeIntervalSince1970: 1_700_000_000)
        var state = freshState(now: t0)
        var previous = render(state)
        var sink = 0
        for b in 0..<batches {
            let bare = try clock.measure {
                for _ in 0..<rounds { sink &+= try JSONDecoder().decode(SessionPage.self, from: data).sessions.count }
            }
            let full = try clock.measure {
                for i in 0..<rounds {
                    let now = t0.addingTimeInterval(Double(b * rounds + i) * 2)
                    try loadedState(data, now: now, into: &state)
                    let frame = render(state)
                    sink &+= frame.diff(from: previous).count
                    previous = frame
                }
            }
            bareTimes.append(Stats.ms(bare) / Double(rounds))
            fullTimes.append(Stats.ms(full) / Double(rounds))
        }
        if sink == -1 { print(sink) }
        return (Stats.median(fullTimes), Stats.median(bareTimes))
    }

    /// Median time of view + diff alone for a frame of the loaded page (the cost of one redraw), over `batches`.
    func timeFrame(_ data: Data, rounds: Int, batches: Int) throws -> Double {
        let clock = ContinuousClock()
        let t0 = Date(timeIntervalSince1970: 1_700_000_000)
        var state = freshState(now: t0)
        try loadedState(data, now: t0, into: &state)
        var previous = render(state)
        var times: [Double] = []
        var sink = 0
        for b in 0..<batches {
            let elapsed = clock.measure {
                for i in 0..<rounds {
                    state.now = t0.addingTimeInterval(Double(b * rounds + i))
                    let frame = render(state)
                    sink &+= frame.diff(from: previous).count
                    previous = frame
                }
            }
            times.append(Stats.ms(elapsed) / Double(rounds))
        }
        if sink == -1 { print(sink) }
        return Stats.median(times)
    }

    /// Cells (and their UTF-8 bytes) that differ between the frames of `before` (sessions first seen `age` seconds
    /// earlier, as on the live dashboard) and `after`, `interval` later.
    func changedCells(before: Data, after: Data, age: Double, interval: Double) throws -> (cells: Int, bytes: Int, rows: Set<Int>, floor: Int) {
        let t0 = Date()
        var state = freshState(now: t0.addingTimeInterval(-age))
        try loadedState(before, now: t0.addingTimeInterval(-age), into: &state)
        try loadedState(before, now: t0, into: &state)
        let a = render(state)
        try loadedState(after, now: t0.addingTimeInterval(interval), into: &state)
        let b = render(state)
        let changes = b.diff(from: a)
        // The floor any terminal library pays for the same cells: a cursor address a run, SGR on style changes, text.
        var terminal = MemoryTerminal(width: width, height: height)
        terminal.present(a)
        let floor = terminal.present(b).bytes
        return (changes.count, changes.reduce(0) { $0 + max(1, $1.cell.symbol.utf8.count) }, Set(changes.map(\.y)), floor)
    }

    /// The id of the visible row at `index` once `data` is loaded (to change a session that is on screen).
    func visibleID(_ data: Data, index: Int) throws -> String {
        var state = freshState(now: Date())
        try loadedState(data, now: Date(), into: &state)
        let rows = state.sessions.visibleRows()
        return rows[min(index, rows.count - 1)].sessionID
    }
}
