import FoundationEssentials

/// One run of a custom command, built from its target: what is executed (no shell), with which variables.
public struct CommandRun: Sendable, Equatable {
    public var name: String
    public var mode: CustomCommand.Mode
    /// The program and its arguments, the target's raw values in them.
    public var argv: [String]
    /// `RELAYDECK_SESSION_ID` and the rest, added to the dashboard's own environment.
    public var environment: [String: String]
    /// The target in words (`session 8c05…-S`), for messages and the audit log.
    public var target: String

    public init(name: String, mode: CustomCommand.Mode, argv: [String], environment: [String: String], target: String) {
        self.name = name
        self.mode = mode
        self.argv = argv
        self.environment = environment
        self.target = target
    }

    /// The command line as the screen shows it (cleaned; arguments with spaces quoted).
    public var shown: String {
        argv.map { a in
            let c = UntrustedText.clean(a, limit: 120)
            return c.contains(" ") || c.isEmpty ? "'\(c)'" : c
        }.joined(separator: " ")
    }

    /// `command grafana`: the action in the audit log.
    public var auditAction: String { "command \(name)" }
}

extension CustomCommand {
    /// The run for a target whose values are `values`: every placeholder filled with the raw value (each argument
    /// stays one argument), the values as `RELAYDECK_*` variables. Refused, with the reason, when a value it uses is
    /// unknown or holds control bytes (an API string that would reach a program or a terminal as something else).
    public func run(values: [String: String], target: String) -> Result<CommandRun, CommandRefusal> {
        var argv = [program]
        // The target as words say it: cleaned (the raw values go only to the program).
        let said = UntrustedText.clean(target, limit: 120)
        for a in arguments {
            var text = a
            for name in Self.names(in: a) {
                guard let v = values[name], !v.isEmpty else {
                    return .failure(CommandRefusal("\(name) is not known for \(said) yet"))
                }
                guard Self.printable(v) else {
                    return .failure(CommandRefusal("\(name) of \(said) holds control characters (\(UntrustedText.clean(v, limit: 60)))"))
                }
                text = text.replacing("{\(name)}", with: v)
            }
            argv.append(text)
        }
        var environment: [String: String] = [:]
        for (k, v) in values where !v.isEmpty && Self.printable(v) { environment["RELAYDECK_" + k.uppercased()] = v }
        return .success(CommandRun(name: name, mode: mode, argv: argv, environment: environment, target: target))
    }

    /// No C0 or C1 control, DEL, or bidi control: what `UntrustedText` would have to escape.
    static func printable(_ v: String) -> Bool { UntrustedText.isClean(v, limit: .max) }
}

/// Why a custom command did not run, in words for the message line.
public struct CommandRefusal: Error, Sendable, Equatable {
    public var text: String
    public init(_ text: String) { self.text = text }
}
