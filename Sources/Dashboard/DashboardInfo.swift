import TerminalUI
import EdgegapAPI

/// Placeholder for the dashboard.
public enum DashboardInfo { public static let name = "dashboard" }
