import GRDB

/// One row of `sessionToken`: the digest of the bearer token that guards a daemon session.
/// Only the digest is kept, so reading the database file does not hand out access.
struct SessionToken: Codable, Sendable, FetchableRecord, PersistableRecord {
    var sessionName: String
    var digest: String
}
