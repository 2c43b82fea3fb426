/// The timeline's own state (the events are the model's): the selected event, the filter, warnings only.
public struct TimelineState: Sendable, Equatable {
    /// The number of the selected event (see `Event.number`); nil: the newest.
    public var selected: Int?
    /// Only warnings and problems.
    public var warningsOnly = false
    /// `/` in the timeline: events whose kind, target or detail contain it.
    public var filter = ""

    public init() {}
}

extension AppState {
    /// The events the timeline lists: newest first, under its filter and warnings-only toggle.
    public var timelineRows: [Event] {
        let t = screen.timeline
        let f = t.filter.lowercased()
        return model.events.events.reversed().filter { e in
            (!t.warningsOnly || e.kind.severity >= .warning)
                && (f.isEmpty || [e.kind.rawValue, e.target?.name ?? "", e.detail].contains { $0.lowercased().contains(f) })
        }
    }
}
