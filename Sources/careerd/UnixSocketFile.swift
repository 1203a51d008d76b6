import ArgumentParser
import Foundation

/// A Unix socket is only as private as its file: it is created under umask 177, so it is
/// mode 0600 from the moment it exists, never briefly open to other users.
enum UnixSocketFile {
    static func prepare(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFSOCK else {
                throw ValidationError("--socket: \(path) exists and is not a socket; refusing to replace it")
            }
            guard !isListening(path) else {
                throw ValidationError("--socket: another process is already listening on \(path)")
            }
            unlink(path)   // left behind by a daemon that did not shut down cleanly
        }
        umask(0o177)
    }

    /// Whether something accepts connections on the socket at `path`.
    private static func isListening(_ path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8.prefix(MemoryLayout.size(ofValue: address.sun_path) - 1))
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: bytes)
            buffer[bytes.count] = 0
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 }
        }
    }
}
