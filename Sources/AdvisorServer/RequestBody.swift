import AdvisorWire
import Foundation
import Hummingbird
import NIOCore

/// Reads JSON bodies within the body-size limit, turning every decoding failure into a 4xx
/// that names the field.
struct RequestBody {
    let maxBytes: Int

    func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBytes)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, code: "body-too-large", "the request body is larger than \(maxBytes) bytes", field: "body")
        }
        guard buffer.readableBytes > 0 else {
            throw APIError(.badRequest, code: "bad-json", "expected a JSON object in the request body", field: "body")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError(decoding: error)
        }
    }
}

extension APIError {
    init(decoding error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String? {
            keys.isEmpty ? nil : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(.badRequest, code: "missing-field", "the field \(key.stringValue) is required", field: path(context.codingPath + [key]))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            self.init(.badRequest, code: "wrong-type", context.debugDescription, field: path(context.codingPath))
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            self.init(.badRequest, code: "bad-json", field == nil ? "the request body is not valid JSON" : context.debugDescription, field: field ?? "body")
        @unknown default:
            self.init(.badRequest, code: "bad-json", "the request body could not be read", field: "body")
        }
    }
}
