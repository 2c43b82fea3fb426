import HTTPServing
import HTTPTypes
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import FoundationEssentials
#endif

/// JSON in and out of the emulator: encoding responses, and decoding request bodies into 400 messages
/// that name the offending field.
enum JSONBody {
    /// A response with a JSON body.
    static func response(_ status: Int, _ value: some Encodable) -> Reply {
        response(status, bytes: encoded(value) ?? Array(#"{"message":"encoding failed"}"#.utf8))
    }

    /// The emulator's JSON of a value, as every route and webhook writes it.
    static func encoded(_ value: some Encodable) -> [UInt8]? {
        let encoder = JSONEncoder()
        // Sorted keys: the same state gives the same bytes (key order is otherwise unstable between encodes).
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map(Array.init)
    }

    static func response(_ status: Int, bytes: [UInt8]) -> Reply {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Reply(status: status, headers: headers, bytes: bytes)
    }

    /// The API's error shape: `{"message": …}`.
    static func error(_ status: Int, _ message: String) -> Reply {
        response(status, ["message": message])
    }

    static func error(_ rejection: EmulatorRejection) -> Reply {
        error(rejection.status, rejection.message)
    }

    /// Reads and decodes a request body, or throws a 400 (or 413) rejection describing what is wrong.
    static func decode<T: Decodable>(_ type: T.Type, from request: ServedRequest, limit: Int) async throws(EmulatorRejection) -> T {
        guard !request.bodyTooLarge, request.body.count <= limit else {
            throw EmulatorRejection(status: 413, message: "Request body larger than \(limit) bytes")
        }
        guard !request.body.isEmpty else { throw .badRequest("Request body is empty; a JSON object is required") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(request.body))
        } catch let error as DecodingError {
            throw .badRequest(describe(error))
        } catch {
            throw .badRequest("Malformed JSON body")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "Missing field '\(path(context.codingPath + [key]))'"
        case .valueNotFound(_, let context):
            return "Field '\(path(context.codingPath))' must not be null"
        case .typeMismatch(let type, let context):
            if context.codingPath.isEmpty { return "Request body must be a JSON object" }
            return "Field '\(path(context.codingPath))' has the wrong type (expected \(typeName(type)))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "Malformed JSON body" }
            if context.codingPath.last?.stringValue == "filter_type" {
                return "Field '\(path(context.codingPath))' must be one of any, all, not"
            }
            return "Field '\(path(context.codingPath))' has an invalid value"
        @unknown default:
            return "Malformed JSON body"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Bool.Type: "boolean"
        case is UInt32.Type, is Int.Type: "integer"
        case is Double.Type: "number"
        default: String(describing: type).hasPrefix("Array") ? "array" : "object"
        }
    }
}
