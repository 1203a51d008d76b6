import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A failure talking to careerd, worded as the daemon (or the network) put it.
public struct RemoteError: Error, CustomStringConvertible, Sendable {
    public let status: Int?
    public let code: String?
    public let description: String
}

/// Blocking JSON calls to careerd for the REPL, whose loop is synchronous. Each call waits on
/// AsyncHTTPClient's future from the calling thread, never from one of its event loops.
struct DaemonConnection {
    let address: DaemonAddress
    var token: String?

    /// One client for the process, never shut down. A refused connection fails within the
    /// connect timeout instead of being retried until the request's deadline.
    private static let client = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: .init(timeout: .init(connect: .seconds(3), read: .seconds(60)))
    )

    private struct ErrorBody: Decodable {
        struct Detail: Decodable { let code: String; let message: String }
        let error: Detail
    }

    /// Sends a request and returns the body of a 2xx response.
    func send(_ method: HTTPMethod, _ path: String, json: (some Encodable)? = Optional<String>.none) throws -> Data {
        guard let url = address.url(path) else { throw RemoteError(status: nil, code: nil, description: "\(address): not an address careerd can listen on") }
        var headers = HTTPHeaders()
        if let token { headers.add(name: "Authorization", value: "Bearer \(token)") }
        do {
            var body: HTTPClient.Body?
            if let json {
                headers.add(name: "Content-Type", value: "application/json")
                body = .data(try JSONEncoder().encode(json))
            }
            let request = try HTTPClient.Request(url: url, method: method, headers: headers, body: body)
            let response = try Self.client.execute(request: request, deadline: .now() + .seconds(60)).wait()
            let data = response.body.map { Data($0.readableBytesView) } ?? Data()
            guard (200..<300).contains(response.status.code) else {
                let detail = try? JSONDecoder().decode(ErrorBody.self, from: data).error
                throw RemoteError(status: Int(response.status.code), code: detail?.code,
                                  description: detail?.message ?? "careerd answered \(response.status)")
            }
            return data
        } catch let error as RemoteError {
            throw error
        } catch {
            throw RemoteError(status: nil, code: nil, description: "cannot reach careerd at \(address): \(error)")
        }
    }

    func decode<T: Decodable>(_ type: T.Type, _ method: HTTPMethod, _ path: String,
                              json: (some Encodable)? = Optional<String>.none) throws -> T {
        let data = try send(method, path, json: json)
        do { return try JSONDecoder().decode(T.self, from: data) } catch {
            throw RemoteError(status: nil, code: nil, description: "careerd at \(address) sent a response this career cannot read: \(error)")
        }
    }
}
