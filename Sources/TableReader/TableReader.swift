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
        let source = SourceDecoder.decode(bytes, path: path)
        if let format = BinaryFormat(bytes) {
            var builder = DocumentBuilder(source: source)
            builder.reportBinary(format)
            return builder.document
        }
        return read(source: source)
    }

    public static func read(source: SourceFile) -> Document {
        var builder = DocumentBuilder(source: source)
        builder.build()
        return builder.document
    }
}

/// A file that is not text: a PDF, a workbook or a document given as it is, not the text taken
/// out of it. Told by the bytes it starts with.
enum BinaryFormat {
    case pdf, zipArchive, oleCompound

    init?(_ bytes: [UInt8]) {
        func starts(with magic: [UInt8]) -> Bool { bytes.count >= magic.count && bytes.prefix(magic.count).elementsEqual(magic) }
        if starts(with: Array("%PDF-".utf8)) {
            self = .pdf
        } else if starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            self = .zipArchive
        } else if starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .oleCompound
        } else {
            return nil
        }
    }

    /// What the file is and what to do with it.
    var message: String {
        switch self {
        case .pdf:
            "这是 PDF 文件本身，不是从中提取的文字：请先用 pdftotext 等工具把表格提取为文本（或在 PDF 阅读器中全选复制为文本），再检查提取出的文本"
        case .zipArchive:
            "这是 Excel（.xlsx）、Word（.docx）或其他压缩格式的文件，不是文本：请在 Excel 或 WPS 中把表格另存为「CSV UTF-8」或「Unicode 文本」，再检查另存的文件"
        case .oleCompound:
            "这是旧版 Excel（.xls）或 Word（.doc）文件，不是文本：请在 Excel 或 WPS 中把表格另存为「CSV UTF-8」或「Unicode 文本」，再检查另存的文件"
        }
    }
}
