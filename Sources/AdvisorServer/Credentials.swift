import Crypto
import Foundation
import Hummingbird

/// Session ids and bearer tokens. Both come from the system's secure generator: an id has
/// 128 random bits, a token 256. Only a token's SHA-256 digest is stored.
enum Credentials {
    static func newID() -> String { hex(randomBytes(16)) }

    static func newToken() -> String {
        Data(randomBytes(32)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func digest(_ token: String) -> String { hex(Array(SHA256.hash(data: Data(token.utf8)))) }

    /// True when `token` is the one whose digest is `digest`. The comparison takes the same
    /// time wherever the first difference is, so timing tells an attacker nothing.
    static func matches(_ token: String, digest: String) -> Bool {
        let given = Array(self.digest(token).utf8), expected = Array(digest.utf8)
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The token of an `Authorization: Bearer <token>` header (the scheme in any case, blanks
    /// around the token ignored). Every session call reads it, so it trims by hand: Foundation's
    /// `trimmingCharacters(in:)` was 1–2% of the daemon's CPU under load.
    static func bearer(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        var token = parts[1]
        while token.first?.isWhitespace == true { token.removeFirst() }
        while token.last?.isWhitespace == true { token.removeLast() }
        return token.isEmpty ? nil : String(token)
    }

    /// Whether a path segment could be a session id at all, so that junk never reaches the
    /// database or the registry.
    static func isWellFormedID(_ id: String) -> Bool {
        id.utf8.count == 32 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// Lower-case hex. By hand: `String(format:)` per byte was 8% of the daemon's CPU under
    /// load, since every request checks its token's digest.
    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(2 * bytes.count)
        for b in bytes {
            text.append(digits[Int(b >> 4)])
            text.append(digits[Int(b & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
