import Dashboard
import FoundationEssentials
import YAMLReader

/// Parses one `profiles.<name>` mapping.
struct ProfileParser {
    let reader: NodeReader

    func parse(_ node: YAMLNode, name: String) throws -> Profile {
        let base = reader.join("profiles", name)
        var profile = Profile(name: name)
        var keySourceKey: String?
        for (keyNode, value) in try reader.mapping(node, at: base) {
            let key = try reader.key(keyNode, at: base)
            let path = reader.join(base, key)
            if Profile.inlineKeyNames.contains(key.lowercased()) {
                // The value is never echoed: it is a secret.
                throw reader.fail(keyNode, path, "an API key is never written in the config file; "
                                  + "name where it lives instead: api_key_env: VARIABLE or api_key_file: PATH")
            }
            switch key {
            case "api_url": profile.apiURL = try url(value, at: path)
            case "api_key_env", "api_key_file":
                if let other = keySourceKey {
                    throw reader.fail(keyNode, path, "\(other) is already set; a profile takes api_key_env or api_key_file, not both")
                }
                keySourceKey = key
                profile.keySource = key == "api_key_env" ? try variable(value, at: path) : .file(try reader.string(value, at: path))
            case "refresh":
                let seconds = try reader.number(value, at: path)
                guard seconds >= 0.5 else { throw reader.fail(value, path, "\(seconds) is below the minimum of 0.5 seconds") }
                profile.refresh = seconds
            case "timeout":
                let seconds = try reader.number(value, at: path)
                guard seconds >= 1 else { throw reader.fail(value, path, "\(seconds) is below the minimum of 1 second") }
                profile.timeout = seconds
            case "crawl_rate":
                let rate = try reader.number(value, at: path)
                guard rate >= 0 && rate <= ResolvedProfile.Defaults.maxCrawlRate else {
                    throw reader.fail(value, path, "\(rate) is outside 0...\(Int(ResolvedProfile.Defaults.maxCrawlRate)) requests a second (0 turns the crawl off)")
                }
                profile.crawlRate = rate
            case "theme": profile.theme = try reader.string(value, at: path)
            case "read_only": profile.readOnly = try reader.bool(value, at: path)
            case "production": profile.production = try reader.bool(value, at: path)
            case "mouse": profile.mouse = try reader.bool(value, at: path)
            case "commands": (profile.commands, profile.warnings) = try CommandsParser(reader: reader).parse(value, at: path)
            case "notify":
                profile.notify = Set(try names(value, at: path).map { name, node in
                    guard let c = NotifyChannel(rawValue: name) else {
                        throw reader.fail(node, path, "unknown channel \(reader.quoted(name))\(Suggestion.hint(for: name, in: NotifyChannel.allCases.map(\.rawValue))); "
                                          + "channels: " + NotifyChannel.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    return c
                })
            case "keymap":
                var k = KeymapFile()
                try k.read(value, reader: reader, at: path)
                profile.keymap = k
            case "alerts":
                let all = try names(value, at: path)
                profile.alertKinds = all.map(\.0) == ["default"] ? Alerts.defaultKinds : Set(try all.map { name, node in
                    guard let k = Event.Kind(rawValue: name) else {
                        throw reader.fail(node, path, "unknown event kind \(reader.quoted(name))\(Suggestion.hint(for: name, in: Event.Kind.allCases.map(\.rawValue))); "
                                          + "kinds: default, " + Event.Kind.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    return k
                })
            default: throw reader.unknownKey(key, node: keyNode, at: base, known: Profile.knownKeys)
            }
        }
        return profile
    }

    /// A list of names (`[bell, osc777]`, one per line, or one name alone), each with its node for errors.
    func names(_ node: YAMLNode, at path: String) throws -> [(String, YAMLNode)] {
        if let list = node.sequence { return try list.map { (try reader.string($0, at: path), $0) } }
        return try reader.string(node, at: path).split(separator: ",").map { ($0.trimmed(), node) }
    }

    func url(_ node: YAMLNode, at path: String) throws -> String {
        let s = try reader.string(node, at: path)
        guard let u = URL(string: s), ["http", "https"].contains(u.scheme?.lowercased() ?? ""), u.host?.isEmpty == false else {
            throw reader.fail(node, path, "\(reader.quoted(s)) is not an http(s) URL")
        }
        return s
    }

    /// An environment variable name. A value that is no name is not echoed: it may be the key pasted by mistake.
    func variable(_ node: YAMLNode, at path: String) throws -> KeySource {
        let s = try reader.string(node, at: path)
        let ok = s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            && !(s.first?.isNumber ?? true)
        guard ok else {
            throw reader.fail(node, path, "is not an environment variable name (letters, digits and _); "
                              + "name the variable that holds the key, not the key")
        }
        return .environment(s)
    }
}
