import AdvisorWire
import Hummingbird

// The API's JSON shapes, as Hummingbird responses (encoded with the context's JSON encoder).
extension SessionState: ResponseEncodable {}
extension CreatedSession: ResponseEncodable {}
extension WhyResponse: ResponseEncodable {}
extension HowResponse: ResponseEncodable {}
extension WhyNotResponse: ResponseEncodable {}
extension WhatIfResponse: ResponseEncodable {}
extension KnowledgeResponse: ResponseEncodable {}
