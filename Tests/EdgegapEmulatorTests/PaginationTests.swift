import EdgegapEmulator
import Testing

@Suite struct PaginationTests {
    func page(_ emulator: EmulatorHarness, _ query: String) async throws -> (ids: [String], json: [String: Any]) {
        let answer = try await emulator.send(.GET, "/v1/relays/sessions\(query)")
        #expect(answer.status == 200)
        let ids = (answer.json["sessions"] as? [[String: Any]] ?? []).compactMap { $0["session_id"] as? String }
        return (ids, answer.json)
    }

    @Test func pagesSliceTheCreationOrder() async throws {
        try await EmulatorHarness.with({ $0.sessions = 25 }) { emulator async throws in
            let all = await emulator.store.sessionIDs()
            let first = try await page(emulator, "")
            #expect(first.ids == Array(all[0..<10]))
            #expect(first.json["total_count"] as? Int == 25)
            let p1 = try #require(first.json["pagination"] as? [String: Any])
            #expect(p1["number"] as? Int == 1)
            #expect(p1["next_page_number"] as? Int == 2)
            #expect(p1["previous_page_number"] is NSNull)
            #expect((p1["paginator"] as? [String: Any])?["num_pages"] as? Int == 3)
            #expect(p1["has_next"] as? Bool == true)
            #expect(p1["has_previous"] as? Bool == false)

            let middle = try await page(emulator, "?page=2&limit=10")
            #expect(middle.ids == Array(all[10..<20]))
            let p2 = try #require(middle.json["pagination"] as? [String: Any])
            #expect(p2["previous_page_number"] as? Int == 1)
            #expect(p2["next_page_number"] as? Int == 3)

            let last = try await page(emulator, "?page=3&limit=10")
            #expect(last.ids == Array(all[20..<25]))
            let p3 = try #require(last.json["pagination"] as? [String: Any])
            #expect(p3["next_page_number"] is NSNull)
            #expect(p3["has_next"] as? Bool == false)
            #expect(p3["has_previous"] as? Bool == true)

            let past = try await page(emulator, "?page=9&limit=10")
            #expect(past.ids.isEmpty)
            #expect((past.json["pagination"] as? [String: Any])?["has_next"] as? Bool == false)
            #expect(past.json["total_count"] as? Int == 25)
        }
    }

    @Test func limitIsCappedAtMaxPageLimit() async throws {
        try await EmulatorHarness.with({ $0.sessions = 30; $0.maxPageLimit = 20 }) { emulator async throws in
            let capped = try await page(emulator, "?limit=1000")
            #expect(capped.ids.count == 20)
            #expect(((capped.json["pagination"] as? [String: Any])?["paginator"] as? [String: Any])?["num_pages"] as? Int == 2)
        }
    }

    @Test func emptyStoreHasOnePage() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let empty = try await page(emulator, "")
            #expect(empty.ids.isEmpty)
            #expect(((empty.json["pagination"] as? [String: Any])?["paginator"] as? [String: Any])?["num_pages"] as? Int == 1)
        }
    }

    @Test(arguments: ["?page=0", "?page=-1", "?page=abc", "?limit=0", "?limit=x", "?page=1.5"])
    func badQueryIs400(_ query: String) async throws {
        try await EmulatorHarness.with { emulator async throws in
            #expect(try await emulator.send(.GET, "/v1/relays/sessions\(query)").status == 400)
        }
    }

    @Test func deletionKeepsOrderStable() async throws {
        try await EmulatorHarness.with({ $0.sessions = 12 }) { emulator async throws in
            let all = await emulator.store.sessionIDs()
            #expect(try await emulator.send(.DELETE, "/v1/relays/sessions/\(all[3])").status == 204)
            let first = try await page(emulator, "?limit=5")
            #expect(first.ids == [all[0], all[1], all[2], all[4], all[5]])
        }
    }
}

import Foundation
