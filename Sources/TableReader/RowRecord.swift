import LintModel

/// One row of a table, cells assigned to roles, before it becomes a unit, a project or a total.
struct RowRecord {
    /// The cells that roles point to. A delimited row's record is made with the row's cells and
    /// shares their array: assigning a column to a role copies no cell. A cell set by value is
    /// appended.
    private var cells: [CellText]
    /// Where each role's cell is in `cells` (by ``ColumnRole/index``), or -1: a row has few roles
    /// and is looked up often. Inline, not an array of optional cells, which was allocated,
    /// filled and destroyed slot by slot (through generic value witnesses) for every row.
    private var positions = SIMD16<Int>(repeating: -1)
    /// Amounts whose column could not be known (a row that lost an empty column).
    var unplacedAmounts: [CellText] = []
    /// Every cell of the row, for the row's span.
    var span: ByteSpan
    /// 1-based line of the row's start, for messages.
    var line: Int

    /// `cells`: the row's cells, for ``assign(_:toCellAt:)``.
    init(span: ByteSpan, line: Int, cells: [CellText] = []) {
        self.cells = cells
        self.span = span
        self.line = line
    }

    subscript(role: ColumnRole) -> CellText? {
        get {
            let position = positions[role.index]
            return position < 0 ? nil : cells[position]
        }
        set {
            guard let newValue else {
                positions[role.index] = -1
                return
            }
            positions[role.index] = cells.count
            cells.append(newValue)
        }
    }

    /// Gives `role` the cell at `position` in the cells the record was made with.
    mutating func assign(_ role: ColumnRole, toCellAt position: Int) {
        precondition(cells.indices.contains(position), "a row's cell")
        positions[role.index] = position
    }

    func hasText(_ role: ColumnRole) -> Bool {
        guard let cell = self[role] else { return false }
        return !UTF8Scanning.trimWhitespace(cell.storage, cell.window, within: cell.window).isEmpty
    }
}
