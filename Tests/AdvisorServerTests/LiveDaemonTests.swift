import AdvisorServer
import AdvisorWire
import Foundation
import TestScratch
import Testing

@Suite("careerd as a process over loopback", .serialized)
struct LiveDaemonTests {
    @Test("kill -9 after acknowledged answers loses none of them; SIGTERM exits 0")
    func crashLosesNothing() async throws {
        let db = Fixtures.databasePath()
        let first = try DaemonProcess(arguments: ["--listen", "127.0.0.1:0", "--db", db])
        let created = try await first.request("POST", "/v1/sessions")
        #expect(created.status == 201)
        let session = try JSONDecoder().decode(CreatedSession.self, from: created.body)
        var state = session.state
        for _ in 0..<4 {
            let body = "{\"question\": \"\(state.question!.id)\", \"value\": \"1\"}"
            let reply = try await first.request("POST", "/v1/sessions/\(session.id)/answers", token: session.token, json: body)
            try #require(reply.status == 200, "\(String(decoding: reply.body, as: UTF8.self))")
            state = try JSONDecoder().decode(SessionState.self, from: reply.body)
        }
        first.stop(signal: SIGKILL)

        let second = try DaemonProcess(arguments: ["--listen", "127.0.0.1:0", "--db", db])
        let reply = try await second.request("GET", "/v1/sessions/\(session.id)", token: session.token)
        #expect(reply.status == 200)
        let replayed = try JSONDecoder().decode(SessionState.self, from: reply.body)
        #expect(replayed == state)
        #expect(replayed.answered == 4)
        #expect(second.stop(signal: SIGTERM) == 0)
    }

    @Test("kill -9 while answers are in flight: every acknowledged answer survives")
    func crashMidFlight() async throws {
        let db = Fixtures.databasePath()
        let first = try DaemonProcess(arguments: ["--listen", "127.0.0.1:0", "--db", db])
        var sessions: [CreatedSession] = []
        for _ in 0..<4 {
            sessions.append(try JSONDecoder().decode(CreatedSession.self, from: try await first.request("POST", "/v1/sessions").body))
        }
        // Each session answers its first question over and over, cycling through the choices,
        // as fast as it can; the daemon is killed while that goes on.
        let acknowledged = try await withThrowingTaskGroup(of: (String, Int).self) { group in
            for session in sessions {
                group.addTask {
                    let question = session.state.question!.id
                    let choices = session.state.question!.choices.count
                    var acked = 0
                    while true {
                        let body = "{\"value\": \"\(acked % choices + 1)\"}"
                        guard let reply = try? await first.request("PUT", "/v1/sessions/\(session.id)/answers/\(question)", token: session.token, json: body),
                              reply.status == 200 else { return (session.id, acked) }
                        acked += 1
                    }
                }
            }
            try await Task.sleep(for: .milliseconds(400))
            first.stop(signal: SIGKILL)
            return try await group.reduce(into: [String: Int]()) { $0[$1.0] = $1.1 }
        }
        let second = try DaemonProcess(arguments: ["--listen", "127.0.0.1:0", "--db", db])
        defer { second.stop(signal: SIGTERM) }
        for session in sessions {
            let acked = try #require(acknowledged[session.id])
            #expect(acked > 0, "no answer was acknowledged before the kill")
            let state = try JSONDecoder().decode(SessionState.self, from: try await second.request("GET", "/v1/sessions/\(session.id)", token: session.token).body)
            let question = try #require(session.state.question)
            let stored = try #require(state.advice.answers.first?.value.first)
            // The last acknowledged choice is stored, or the next one: committed, not yet acknowledged.
            let lastAcknowledged = question.choices[(acked - 1) % question.choices.count].value
            let inFlight = question.choices[acked % question.choices.count].value
            #expect([lastAcknowledged, inFlight].contains(stored), "acknowledged \(acked) answers, stored \(stored)")
        }
    }

    @Test("--socket listens on a Unix socket only its owner can open")
    func unixSocket() async throws {
        let folder = Scratch.folder("sock")
        let path = folder.appendingPathComponent("careerd.sock").path
        let daemon = try DaemonProcess(arguments: ["--socket", path, "--db", folder.appendingPathComponent("db.sqlite").path])
        #expect(daemon.address == "unix:\(path)")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "--unix-socket", path, "http://localhost/healthz"]
        let out = Pipe()
        curl.standardOutput = out
        try curl.run()
        curl.waitUntilExit()
        #expect(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("\"status\":\"ok\""))
        // A second daemon must not take over a socket someone is listening on…
        let refused = #expect(throws: DaemonProcess.DaemonError.self) {
            try DaemonProcess(arguments: ["--socket", path, "--db", folder.appendingPathComponent("db2.sqlite").path])
        }
        #expect(refused?.message.contains("another process is already listening on \(path)") == true)
        daemon.stop(signal: SIGKILL)
        // …but replaces one a killed daemon left behind.
        let next = try DaemonProcess(arguments: ["--socket", path, "--db", folder.appendingPathComponent("db.sqlite").path])
        #expect(next.stop(signal: SIGTERM) == 0)
    }
}
