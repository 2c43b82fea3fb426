/// An API error the emulator answers with: an HTTP status and the `{"message": …}` text.
public struct EmulatorRejection: Error, Sendable, Equatable {
    /// HTTP status (400, 404, 409, 413).
    public var status: Int
    /// The `message` of the error body.
    public var message: String

    /// A rejection with this status and message.
    public init(status: Int, message: String) {
        self.status = status
        self.message = message
    }

    static func badRequest(_ message: String) -> Self { Self(status: 400, message: message) }
    static func notFound(_ message: String) -> Self { Self(status: 404, message: message) }
    static func conflict(_ message: String) -> Self { Self(status: 409, message: message) }
}
