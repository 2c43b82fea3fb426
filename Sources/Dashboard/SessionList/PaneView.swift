import TerminalUI

/// A view that takes the session pane's place — the problems view, the timeline — as one mechanism: its own keys (a
/// binding scope, looked up before the pane's), its commands, how it opens and closes, what it exports, how it draws.
/// A new one is a type that conforms and a case of `ListScope`.
protocol PaneView {
    /// Where it is listed.
    static var scope: ListScope { get }
    /// Its own keys' scope.
    static var keys: Binding.Scope { get }
    /// Runs a command while it is shown (nil: not its own; the pane's handling applies).
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]?
    /// Opens it (again: back to the page).
    static func toggle(_ state: inout AppState) -> [Effect]
    /// The rows `e`/`E` write.
    static func export(_ state: AppState) -> ExportRequest.Rows
    /// Draws it in the session pane's area, its rows where the layout put them.
    static func render(_ state: AppState, theme: Theme, glyphs: GlyphSet, _ area: Rect, _ rows: ListGeometry, into buffer: inout Buffer)
    /// Moves its selection.
    static func move(by delta: Int, _ state: inout AppState) -> [Effect]
}

extension ListScope {
    /// The view listed in the session pane's place (nil: the page itself).
    var view: (any PaneView.Type)? {
        switch self {
        case .page: nil
        case .problems: Problems.self
        case .timeline: Timeline.self
        }
    }
}

extension AppState {
    /// The view in the session pane's place while the session pane has the keys (nil: the page, or another pane).
    var paneView: (any PaneView.Type)? { screen.focus == .sessions ? screen.sessions.scope.view : nil }
}

extension PaneView {
    /// The toggle when the view is open but another pane has the keys: back to the view, not out of it.
    static func refocus(_ state: inout AppState) -> Bool {
        guard state.sessions.scope == scope, state.focus != .sessions else { return false }
        state.focus = .sessions
        return true
    }
}
