import TerminalUI

extension SessionList {
    /// The session list's keys.
    static let bindings: [Binding] = [
        Binding([.pageDown, .char("]")], .sessions, .nextPage, "next page", "Next page of sessions"),
        Binding([.pageUp, .char("[")], .sessions, .previousPage, "prev page", "Previous page of sessions"),
        Binding([.char("{")], .sessions, .firstPage, "first page", "First page of sessions", footer: false),
        Binding([.char("}")], .sessions, .lastPage, "last page", "Last page of sessions (also `:page N`)", footer: false),
        // Enter opens, everywhere: help says it; the footer's room goes to what is less obvious.
        Binding([.enter], .sessions, .open, "detail", "Open the selected session's detail", footer: false),
        Binding([.char("/")], .sessions, .filter, "search",
                "Search the fleet by id or prefix, user IP or token, session token, relay, status, error (the page only with --crawl-rate 0)"),
        // Global (it jumps to a session from any pane), listed with the session keys so the footer reads in order.
        Binding([.char(":"), .char("g")], .global, .jump, "jump", "Jump to a session by its id or the start of it (fetched even off-page); `:page N`, `:problems`, `:audit`, `:profile NAME`, `:q`"),
        Binding([.char("s")], .sessions, .sort, "sort", "Sort by the next column", footer: false),
        Binding([.char("S")], .sessions, .reverseSort, "reverse", "Reverse the sort", footer: false),
        Binding([.char("n")], .sessions, .createSession, "new", "Create a session (form)"),
        Binding([.char("D")], .sessions, .deleteSession, "delete", "Delete the selected session (confirm)"),
        Binding([.char("a")], .sessions, .authorizeUser, "authorize", "Authorize a user IP on the selected session", footer: false),
    ]
}
