import AsyncHTTPClient
import Foundation

/// Where careerd listens, as `career --connect` takes it: `HOST:PORT`, `http://HOST:PORT`,
/// or the path of its Unix socket.
public struct DaemonAddress: Sendable, CustomStringConvertible {
    private let base: String?
    private let socketPath: String?

    public init?(_ text: String) {
        if text.contains("/") && !text.hasPrefix("http") {
            (base, socketPath) = (nil, text)
        } else {
            let url = text.hasPrefix("http://") ? text : "http://" + text
            guard URL(string: url)?.port != nil else { return nil }
            (base, socketPath) = (url.hasSuffix("/") ? String(url.dropLast()) : url, nil)
        }
    }

    /// The URL of an API path on this daemon.
    func url(_ path: String) -> URL? {
        if let socketPath { return URL(httpURLWithSocketPath: socketPath, uri: path) }
        return URL(string: base! + path)
    }

    public var description: String { socketPath ?? base! }
}
