/// Operator features shared by the dashboard and the scripting commands.
public enum RelayDeckApp {
    /// The executable's name, as shown in messages.
    public static let name = "relaydeck"
}
