import LintModel

/// One row of a table, cells assigned to roles, before it becomes a unit, a project or a total.
struct RowRecord {
    /// Indexed by ``ColumnRole/index``: a row has few roles and is looked up often, so an array
    /// slot a role costs less than hashing the role into a dictionary.
    private var cells = [CellText?](repeating: nil, count: ColumnRole.allCases.count)
    /// Amounts whose column could not be known (a row that lost an empty column).
    var unplacedAmounts: [CellText] = []
    /// Every cell of the row, for the row's span.
    var span: ByteSpan
    /// 1-based line of the row's start, for messages.
    var line: Int

    init(span: ByteSpan, line: Int) {
        self.span = span
        self.line = line
    }

    subscript(role: ColumnRole) -> CellText? {
        get { cells[role.index] }
        set { cells[role.index] = newValue }
    }

    func hasText(_ role: ColumnRole) -> Bool {
        guard let cell = cells[role.index] else { return false }
        return !UTF8Scanning.trimWhitespace(cell.bytes, 0..<cell.count).isEmpty
    }
}
