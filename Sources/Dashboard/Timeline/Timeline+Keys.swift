import FoundationEssentials

extension Timeline {
    /// The timeline's keys (bound in the session pane and globally for `!`, `*`).
    static let bindings: [Binding] = [
        Binding([.char("!")], .global, .timeline, "events",
                "The timeline of events: what changed, newest first, in the session pane's place (also `:events`)"),
        Binding([.char("*")], .global, .pin, "pin",
                "Pin or unpin the selected session or lobby: its every change alerts (also `:pin ID`, `:unpin ID`)", footer: false),
        Binding([.enter], .timeline, .open, "open", "Open the event's session (the list turns to it) or lobby"),
        Binding([.char("w")], .timeline, .warningsOnly, "warnings", "Warnings and problems only, or every event"),
        Binding([.pageDown, .char("]")], .timeline, .nextPage, "page down", "A screenful of older events", footer: false),
        Binding([.pageUp, .char("[")], .timeline, .previousPage, "page up", "A screenful of newer events", footer: false),
        Binding([.char("/")], .timeline, .filter, "filter", "Filter the events by kind, target or detail"),
        Binding([.char("*")], .timeline, .pin, "pin", "Pin or unpin the event's session or lobby"),
        Binding([.char("e")], .timeline, .exportCSV, "export", "Export the events as listed to CSV"),
        Binding([.char("E")], .timeline, .exportJSON, "export json", "Export the events as listed to JSON", footer: false),
        Binding([.char("!")], .timeline, .timeline, "back", "Back to the session page"),
        Binding([.escape], .timeline, .back, "back", "Clear the filter, or back to the session page", footer: false),
    ]
}
