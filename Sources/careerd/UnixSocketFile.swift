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
            unlink(path)   // left behind by a daemon that did not shut down cleanly
        }
        umask(0o177)
    }
}
