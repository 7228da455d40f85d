import Crypto
import Foundation

/// The raw bytes of an input file with their sha256, read once and shared by the format extractors.
struct SourceBytes: Sendable {
    let path: String
    let data: Data

    /// Reads `path`, refusing directories, unreadable and over-limit files with a typed error.
    static func read(path: String, maxBytes: Int) throws(ExtractionError) -> SourceBytes {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            throw .tooLarge(path: path, bytes: size, limit: maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        if data.isEmpty { throw .empty(path: path) }
        if data.count > maxBytes { throw .tooLarge(path: path, bytes: data.count, limit: maxBytes) }
        return SourceBytes(path: path, data: data)
    }

    /// Lower-case hex sha256 of the bytes.
    var sha256: String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
