import Foundation
import LintModel
@testable import TableReader

/// The real tables under `Fixtures/tables`, read once.
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let names = [
        "haizhu-2025-hrss.txt", "panyu-2023-hrss.txt", "guangzhou-city-2026-hrss.txt",
        "huangpu-2022-hrss.txt", "conghua-2025-hrss-pdf.txt",
    ]

    static func bytes(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: root.appendingPathComponent("Fixtures/tables/\(name)")))) ?? []
    }

    static func document(_ name: String) -> Document {
        TableReader.read(bytes: bytes(name), path: "Fixtures/tables/\(name)")
    }

    /// The text a span covers with line breaks and the spaces that begin wrapped lines removed:
    /// what the reader joins.
    static func joinedText(_ source: SourceFile, _ span: ByteSpan) -> String {
        var lines = source.string(in: span).components(separatedBy: CharacterSet.newlines)
        for index in lines.indices.dropFirst() {
            lines[index] = String(lines[index].drop(while: { $0 == " " }))
        }
        // Cells wrapped in HTML (`<p>…</p> <p>…</p>`) are read without their tags.
        return lines.joined().replacingOccurrences(of: "</p> <p>", with: "").replacingOccurrences(of: "</p><p>", with: "")
    }
}
