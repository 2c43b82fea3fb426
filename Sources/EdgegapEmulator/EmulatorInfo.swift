/// The P2P API emulator (filled in by the API layer work).
public enum EmulatorInfo { public static let name = "edgegap-emulator" }
