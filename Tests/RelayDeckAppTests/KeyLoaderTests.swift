import EdgegapAPI
import Foundation
import Testing
@testable import RelayDeckApp

@Suite struct KeyLoaderTests {
    @Test func keyFromTheEnvironment() throws {
        let loaded = try KeyLoader(environment: ["K": " token abc123 "]).load(.environment("K"))
        #expect(loaded.key == APIKey("abc123") && loaded.warnings.isEmpty)
    }

    @Test func missingVariable() {
        #expect(throws: KeyError(source: .environment("K"), problem: "is not set or empty (export K=…)")) {
            try KeyLoader(environment: [:]).load(.environment("K"))
        }
    }

    @Test func keyFileFirstLineTrimmedWithTokenPrefix() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = try dir.write("k", "  token secret-1  \nsecond line\n")
        let loaded = try KeyLoader(environment: [:]).load(.file(path))
        #expect(loaded.key == APIKey("secret-1") && loaded.warnings.isEmpty)
    }

    @Test func keyFileReadableByOthersWarnsWithoutTheKey() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = try dir.write("k", "secret-2\n", mode: 0o644)
        let loaded = try KeyLoader(environment: [:]).load(.file(path))
        #expect(loaded.warnings == ["WARNING: key file \(path) is accessible by group or others (mode 0644); it should be private: chmod 600 \(path)"])
        #expect(!loaded.warnings.joined().contains("secret-2"))
        #expect(KeyLoader(environment: [:]).warnings(for: .file(path)) == loaded.warnings)
    }

    @Test func groupReadableAlsoWarns() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = try dir.write("k", "secret\n", mode: 0o640)
        #expect(try KeyLoader(environment: [:]).load(.file(path)).warnings.count == 1)
    }

    @Test func emptyAndMissingKeyFiles() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let empty = try dir.write("empty", "\n\n")
        #expect(throws: KeyError(source: .file(empty), problem: "is empty (the key goes on its first line)")) {
            try KeyLoader(environment: [:]).load(.file(empty))
        }
        #expect(throws: KeyError(source: .file(dir.path + "/none"), problem: "does not exist")) {
            try KeyLoader(environment: [:]).load(.file(dir.path + "/none"))
        }
    }
}
