import Foundation
import Reporters

/// Expands the PATHs given on the command line: files as given, folders recursively (sorted).
public enum InputFiles {
    public struct Expansion: Sendable {
        public var files: [String]
        /// Paths that do not exist.
        public var missing: [String]
        /// Folders given on the command line that hold no table files (nothing could be checked).
        public var emptyFolders: [String] = []

        /// Everything that could not be read at all, with the reason, for exit code 3.
        public var unreadable: [UnreadableInput] {
            missing.map { UnreadableInput(path: $0, reason: "文件不存在") }
                + emptyFolders.map { UnreadableInput(path: $0, reason: "文件夹中没有表格文件（\(InputFiles.tableExtensions.joined(separator: "、"))）") }
        }
    }

    public static func expand(_ paths: [String]) -> Expansion {
        var files: [String] = []
        var missing: [String] = []
        var emptyFolders: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var found: [String] = []
            if let enumerator = manager.enumerator(atPath: path) {
                while let relative = enumerator.nextObject() as? String {
                    let full = base + "/" + relative
                    var childIsDirectory: ObjCBool = false
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    if manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue,
                       isTableFile(name) {
                        found.append(full)
                    }
                }
            }
            if found.isEmpty { emptyFolders.append(path) }
            files.append(contentsOf: found.sorted())
        }
        return Expansion(files: files, missing: missing, emptyFolders: emptyFolders)
    }

    static let tableExtensions = [".txt", ".csv", ".tsv", ".tab", ".htm", ".html", ".text"]
    /// Files that hold a table but are not text (a district may send the PDF or the workbook
    /// itself): read too, so each gets an error saying how to get text out of it instead of
    /// being left out of the batch unseen.
    static let documentExtensions = [".pdf", ".xls", ".xlsx", ".et", ".doc", ".docx", ".wps"]

    /// Tables arrive as text, CSV, TSV or HTML exports, and sometimes as the documents themselves.
    static func isTableFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return tableExtensions.contains { lower.hasSuffix($0) } || documentExtensions.contains { lower.hasSuffix($0) }
    }
}
