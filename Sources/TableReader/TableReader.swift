import Foundation
import LintModel

/// Reads a table from its bytes: decoding, layout detection, rows and cells, entities.
///
/// Reading never throws for bad content: what it cannot make sense of becomes a `parse`
/// diagnostic with a location, and everything else is still read.
public enum TableReader {
    /// Why a file could not be read at all (exit code 3).
    public struct UnreadableFile: Error, Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    /// Reads a file from disk.
    public static func read(path: String, displayPath: String? = nil) -> Result<Document, UnreadableFile> {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = !exists ? "文件不存在" : isDirectory.boolValue ? "这是一个文件夹" : "无法读取（权限不足？）"
            return .failure(UnreadableFile(path: displayPath ?? path, reason: reason))
        }
        return .success(read(bytes: [UInt8](data), path: displayPath ?? path))
    }

    public static func read(bytes: [UInt8], path: String) -> Document {
        read(source: SourceDecoder.decode(bytes, path: path))
    }

    public static func read(source: SourceFile) -> Document {
        var builder = DocumentBuilder(source: source)
        builder.build()
        return builder.document
    }
}
