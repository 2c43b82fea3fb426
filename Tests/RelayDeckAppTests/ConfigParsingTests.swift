import Testing
@testable import RelayDeckApp

@Suite struct ConfigParsingTests {
    let file = "/cfg/config.yaml"

    func problem(_ yaml: String) -> String? {
        do {
            _ = try ConfigFile.parse(yaml, path: file)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func parsesProfilesAndDefault() throws {
        let config = try ConfigFile.parse("""
            default_profile: staging
            profiles:
              staging:
                api_url: http://127.0.0.1:8080
                api_key_env: STAGING_KEY
                refresh: 1.5
                theme: mono
                read_only: true
              prod:
                api_key_file: ~/prod.key
                production: true
            """, path: file)
        #expect(config.defaultProfile == "staging")
        #expect(config.profiles["staging"] == Profile(name: "staging", apiURL: "http://127.0.0.1:8080",
                                                      keySource: .environment("STAGING_KEY"), refresh: 1.5, theme: "mono", readOnly: true))
        #expect(config.profiles["prod"] == Profile(name: "prod", keySource: .file("~/prod.key"), production: true))
    }

    @Test func emptyFileIsAnEmptyConfig() throws {
        #expect(try ConfigFile.parse("", path: file) == ConfigFile(path: file))
    }

    @Test func refreshThatIsNotANumber() {
        #expect(problem("profiles:\n  prod:\n    refresh: fast\n") == #"/cfg/config.yaml:3: profiles.prod.refresh: "fast" is not a number"#)
    }

    @Test func refreshBelowMinimum() {
        #expect(problem("profiles:\n  p:\n    refresh: 0.1\n") == "/cfg/config.yaml:3: profiles.p.refresh: 0.1 is below the minimum of 0.5 seconds")
    }

    @Test func boolThatIsNotABool() {
        #expect(problem("profiles:\n  p:\n    production: maybe\n") == #"/cfg/config.yaml:3: profiles.p.production: "maybe" is not true or false"#)
    }

    @Test func badURL() {
        #expect(problem("profiles:\n  p:\n    api_url: ftp://x\n") == #"/cfg/config.yaml:3: profiles.p.api_url: "ftp://x" is not an http(s) URL"#)
    }

    @Test func unknownProfileKeyGetsASuggestion() throws {
        let p = try #require(problem("profiles:\n  p:\n    refesh: 2\n"))
        #expect(p.hasPrefix(#"/cfg/config.yaml:3: profiles.p.refesh: unknown key (did you mean "refresh"?)"#))
    }

    @Test func unknownTopLevelKeyGetsASuggestion() throws {
        let p = try #require(problem("profile:\n  p: {}\n"))
        #expect(p.hasPrefix(#"/cfg/config.yaml:1: profile: unknown key (did you mean "profiles"?)"#))
    }

    @Test func inlineKeyIsRefusedWithoutEchoingIt() throws {
        let p = try #require(problem("profiles:\n  p:\n    api_key: sk-live-123456\n"))
        #expect(p.contains("profiles.p.api_key: an API key is never written in the config file"))
        #expect(p.contains("api_key_env"))
        #expect(!p.contains("sk-live-123456"))
    }

    @Test func keyPastedAsVariableNameIsNotEchoed() throws {
        let p = try #require(problem("profiles:\n  p:\n    api_key_env: 3f2a-99c1-secret\n"))
        #expect(p.contains("profiles.p.api_key_env: is not an environment variable name"))
        #expect(!p.contains("3f2a-99c1-secret"))
    }

    @Test func bothKeySourcesAreRefused() throws {
        let p = try #require(problem("profiles:\n  p:\n    api_key_env: A\n    api_key_file: /k\n"))
        #expect(p.contains("profiles.p.api_key_file: api_key_env is already set"))
    }

    @Test func defaultProfileMustExist() {
        #expect(problem("default_profile: prd\nprofiles:\n  prod: {}\n")
                == #"/cfg/config.yaml:1: default_profile: "prd" is not a profile (did you mean "prod"?)"#)
    }

    @Test func profilesMustBeAMapping() {
        #expect(problem("profiles: [a, b]\n") == "/cfg/config.yaml:1: profiles: must be a mapping of keys to values")
    }

    @Test func emptyValue() {
        #expect(problem("profiles:\n  p:\n    theme:\n") == "/cfg/config.yaml:3: profiles.p.theme: is empty")
    }

    @Test func syntaxErrorGivesTheLineButNotTheText() throws {
        let p = try #require(problem("profiles:\n  p:\n    theme: \"unclosed secretvalue\n"))
        #expect(p.contains("is not valid YAML"))
        #expect(!p.contains("secretvalue"))
    }

    @Test func unknownProfileNameSuggestsTheClosest() throws {
        let config = try ConfigFile.parse("profiles:\n  staging: {}\n  prod: {}\n", path: file)
        #expect(throws: ConfigError(file: file, keyPath: "profiles",
                                    problem: #"no profile "stagin" (did you mean "staging"?); profiles: prod, staging"#)) {
            try config.profile(named: "stagin")
        }
    }
}
