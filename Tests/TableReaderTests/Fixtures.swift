import FixtureTables
import Foundation
import LintModel
@testable import TableReader

/// The fixture tables as this target's tests use them.
enum Fixtures {
    static let names = FixtureTables.names
    static func bytes(_ name: String) -> [UInt8] { FixtureTables.bytes(name) }
    static func document(_ name: String) -> Document { FixtureTables.document(name) }

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
