import Dashboard
import DashboardRuntime
import FoundationEssentials
import Prometheus
import Synchronization

/// The exporter's metrics in one registry: the census gauges, set from the model's latest `Census` at each scrape
/// (a label set that is gone — a lobby status no lobby has — is unregistered, so it is no longer exported), and the
/// counters and histogram the runner and the events feed as they happen. Names follow Prometheus's guide: base units,
/// `_total` on counters, no per-session labels.
public final class ExporterMetrics: RequestObserving, ModelObserving {
    public let registry = PrometheusCollectorRegistry()
    /// The latest census, published by the model's loop and read at scrape time.
    private let census = Mutex(Census())
    private let gauges = Mutex<[String: Gauge]>([:])

    static let cached = "From the exporter's crawl of the API (cached; nothing is fetched at scrape time)."
    var sessions: MetricNameDescriptor { MetricNameDescriptor(namespace: "edgegap", subsystem: "relay", metricName: "sessions", unitName: "",
                                        helpText: "Relay sessions by state (ready, initializing, failed, stuck). \(Self.cached)") }
    var users: MetricNameDescriptor { MetricNameDescriptor(namespace: "edgegap", subsystem: "relay", metricName: "session_users", unitName: "",
                                     helpText: "Users of all relay sessions. \(Self.cached)") }
    var lobbies: MetricNameDescriptor { MetricNameDescriptor(namespace: "edgegap", metricName: "lobbies", unitName: "",
                                       helpText: "Lobbies by status. \(Self.cached)") }
    var up: MetricNameDescriptor { MetricNameDescriptor(namespace: "relaydeck", metricName: "api_up", unitName: "",
                                  helpText: "1 when the Edgegap API answers the exporter, 0 when it does not or refuses its key.") }
    var lastCensus: MetricNameDescriptor { MetricNameDescriptor(namespace: "relaydeck", metricName: "census_last_success", unitName: "timestamp_seconds",
                                          helpText: "When the exporter's last sweep of every session page finished (Unix time).") }
    var requests: MetricNameDescriptor { MetricNameDescriptor(namespace: "relaydeck", metricName: "api_requests", unitName: "total",
                                        helpText: "Requests the exporter sent to the Edgegap API, by endpoint and HTTP status (error: no answer).") }
    var events: MetricNameDescriptor { MetricNameDescriptor(namespace: "relaydeck", metricName: "events", unitName: "total",
                                      helpText: "Events the exporter's model derived, by kind (see relaydeck watch).") }
    private let histogram: DurationHistogram

    public init() {
        let durations = MetricNameDescriptor(namespace: "relaydeck", metricName: "api_request_duration", unitName: "seconds",
                                             helpText: "How long the exporter's requests to the Edgegap API took.")
        histogram = registry.makeDurationHistogram(descriptor: durations, labels: [], buckets: [
            .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
        ])
    }

    /// The model's loop publishes the census after each action that may have changed it.
    public func publish(_ c: Census) { census.withLock { $0 = c } }

    public func answered(endpoint: String, code: String, seconds: Double) {
        // Labels in one order, built here only (another order would be another series).
        registry.makeCounter(descriptor: requests, labels: [("endpoint", endpoint), ("code", code)]).increment()
        histogram.record(.milliseconds(Int64((seconds * 1000).rounded())))
    }

    public func recorded(_ added: [Event]) {
        for e in added { registry.makeCounter(descriptor: events, labels: [("kind", e.kind.rawValue)]).increment(by: Int64(e.count)) }
    }

    /// The text format, the census gauges set from the latest census first.
    public func scrape() -> [UInt8] {
        reconcile(census.withLock { $0 })
        return registry.emitToBuffer()
    }

    /// Sets every census gauge; unregisters the ones the census no longer has.
    func reconcile(_ c: Census) {
        var values: [String: (MetricNameDescriptor, [(String, String)], Double)] = [:]
        for (state, n) in c.sessions {
            values["s|\(state.rawValue)"] = (sessions, [("state", state.rawValue)], Double(n))
        }
        if let u = c.users { values["u"] = (users, [], Double(u)) }
        for (status, n) in c.lobbies { values["l|\(status)"] = (lobbies, [("status", status)], Double(n)) }
        values["up"] = (up, [], c.apiUp ? 1 : 0)
        if let at = c.lastCensus { values["c"] = (lastCensus, [], at.timeIntervalSince1970) }
        gauges.withLock { live in
            for (key, (descriptor, labels, value)) in values {
                let g = live[key] ?? registry.makeGauge(descriptor: descriptor, labels: labels)
                g.set(to: value)
                live[key] = g
            }
            for (key, g) in live where values[key] == nil {
                registry.unregisterGauge(g)
                live[key] = nil
            }
        }
    }
}
