import AdvisorWire
import Foundation
import Hummingbird

/// Health, metrics, the API description and the knowledge base served.
extension AdvisorAPI {
    struct Health: ResponseCodable {
        let status: String
        let knowledge: String
        let sessionsResident: Int
    }

    func addServiceRoutes(to router: Router<AdvisorRequestContext>) {
        router.get("healthz") { _, _ in
            Health(status: "ok", knowledge: self.knowledge.identity, sessionsResident: self.registry.residentCount)
        }
        router.get("metrics") { _, _ -> Response in
            self.metrics.sessionsResident.set(Double(self.registry.residentCount))
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: self.metrics.registry.emitToBuffer())))
        }
        router.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"],
                     body: .init(byteBuffer: ByteBuffer(bytes: Self.openAPIDocument)))
        }
        router.get("v1/knowledge") { _, _ in
            KnowledgeResponse(knowledge: self.knowledge)
        }
    }

    /// docs/openapi.json, which is a link to this resource: one document for readers and for
    /// the daemon.
    static let openAPIDocument: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { return Array(#"{"openapi": "3.0.3", "info": {"title": "careerd (API description missing from this build)", "version": "1"}, "paths": {}}"#.utf8) }
        return Array(data)
    }()
}
