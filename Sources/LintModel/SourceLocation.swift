/// A resolved position: 1-based lines and columns of the first and the last character.
///
/// Columns count Unicode scalars from the start of the line; `endColumn` is exclusive (it is the
/// column just after the last character), as SARIF and most editors expect.
public struct SourceLocation: Hashable, Sendable, Codable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }
}
