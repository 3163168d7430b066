import LintModel

/// Reads text extracted from a PDF with its layout kept (`pdftotext -layout` and the like): the
/// columns stand side by side, and each cell is wrapped within its column over the lines of its
/// row.
///
/// A line is cut into pieces at runs of two or more spaces. A piece belongs to the column its
/// start lies in: the header's words mark the columns, each starting right after the word over
/// the column before it ends; an amount belongs to the column whose word is nearest its middle.
/// Positions are counted in printed cells (a CJK character takes two) or in characters,
/// whichever the rows line up by. A row starts at a line whose indicator column opens a list at
/// its first item (`1、1-产出指标…`), or that has a name and an amount (unit and total rows); the
/// lines after it, up to the next row, add their pieces to its cells, joined without the line
/// breaks as the PDF wrapped them. Text before the first row (the header's wrapped words) and
/// page furniture are passed over. Rows are top-aligned, as extractions print them.
struct ColumnTextRows {
    let source: SourceFile
    let roles: [ColumnRole?]
    /// Where each column starts, in the chosen measure (the first column from 0).
    let columnStarts: [Int]
    /// The middle of each header word, twice over (to stay in whole numbers).
    let headerMiddles: [Int]
    let measure: Measure

    enum Measure { case cells, characters }

    /// One run of text on a line: where it starts in both measures, and its bytes.
    struct Piece {
        var cellColumn: Int
        var characterColumn: Int
        var span: ByteSpan

        func column(_ measure: Measure) -> Int { measure == .cells ? cellColumn : characterColumn }
    }

    /// The reader for a header line of words set apart by runs of spaces, when the lines after it
    /// are laid out in columns too; nil when the text is not.
    init?(source: SourceFile, header: ByteSpan) {
        let words = Self.pieces(of: source.text, header)
        guard words.count >= 3 else { return nil }
        // The lines after the header: laid out in columns when many of them hold several pieces.
        var sample: [[Piece]] = []
        var line = source.lineIndex(of: max(header.start, header.end - 1)) + 1
        while sample.count < 60, line < source.lineCount {
            let pieces = Self.pieces(of: source.text, source.lineSpan(line + 1))
            if !pieces.isEmpty { sample.append(pieces) }
            line += 1
        }
        // Laid out in columns when many lines hold several pieces or start far in (a cell of a
        // column on the right, the cells to its left empty); lines of plain PDF text start at
        // their left margin, some a few spaces in.
        let columned = sample.filter { $0.count >= 2 || ($0.first.map { $0.cellColumn >= 16 } ?? false) }
        guard !sample.isEmpty, columned.count * 3 >= sample.count else { return nil }
        // The measure the rows line up by: the one in which the pieces' starts gather at the fewest
        // places, a column's left edge (in the other one, what stands before a piece shifts it).
        func aligned(_ measure: Measure) -> Int {
            var counts: [Int: Int] = [:]
            for piece in sample.joined() { counts[piece.column(measure), default: 0] += 1 }
            return counts.values.sorted(by: >).prefix(words.count).reduce(0, +)
        }
        let measure: Measure = aligned(.cells) >= aligned(.characters) ? .cells : .characters
        // A column starts right after the word over the column before it ends: a header word is
        // centred over its column or starts it, and a column's text starts at or left of its word.
        var starts = [0]
        for (left, right) in zip(words, words.dropFirst()) {
            let leftEnd = left.column(measure) + Self.width(source.text, left.span, measure)
            starts.append(min(leftEnd, right.column(measure)))
        }
        self.headerMiddles = words.map { 2 * $0.column(measure) + Self.width(source.text, $0.span, measure) }
        self.source = source
        self.measure = measure
        self.columnStarts = starts
        self.roles = words.map { ColumnRole.recognise(source.string(in: $0.span)) }
    }

    /// The rows after the header, as delimited rows of one cell a column.
    func rows(from start: Int, isFurniture: (ByteSpan) -> Bool) -> [DelimitedRows.Row] {
        let text = source.text
        let indicatorColumn = roles.firstIndex(of: .indicators)
        let nameColumn = roles.firstIndex(of: .name)
        let amountColumns = Set(roles.indices.filter { roles[$0].map(ColumnRole.amountRoles.contains) ?? false })
        var rows: [DelimitedRows.Row] = []
        var cells: [CellText] = []
        var rowSpan: ByteSpan?
        var rowLine = 0

        func finishRow() {
            if let span = rowSpan, cells.contains(where: { !$0.isEmpty }) {
                rows.append(DelimitedRows.Row(cells: cells, span: span, line: rowLine))
            }
            rowSpan = nil
        }

        for line in source.lineIndex(of: start)..<source.lineCount {
            let span = source.lineSpan(line + 1)
            let placed = Self.pieces(of: text, span).map { (column: column(of: $0), span: $0.span) }
            guard let first = placed.first, let last = placed.last else { continue }
            let content = ByteSpan(start: first.span.start, end: last.span.end)
            if isFurniture(content) { continue }
            // A list opens a row at its first item (a later item may start a wrapped line of it).
            let opensList = placed.contains { piece in
                piece.column == indicatorColumn && PDFLine.opensIndicatorList(text, piece.span)
                    && Self.firstItemNumber(text, piece.span) == 1
            }
            let namesAmount = placed.contains { $0.column == nameColumn }
                && placed.contains { piece in
                    // The rest of an amount the line before broke (`1,118,492.` / `17`) opens no row.
                    amountColumns.contains(piece.column) && Self.looksLikeAmount(text, piece.span)
                        && !(rowSpan != nil && [0x2C, 0x2E].contains(cells[piece.column].lastByte))
                }
            if opensList || namesAmount {
                finishRow()
                cells = Array(repeating: CellText(), count: roles.count)
                rowSpan = content
                rowLine = line + 1
            }
            // Lines before the first row: the header's wrapped words.
            guard let current = rowSpan else { continue }
            for piece in placed { cells[piece.column].append(text, piece.span) }
            rowSpan = current.union(content)
        }
        finishRow()
        return rows
    }

    /// Digits, commas and points, a digit first: an amount, or the first line of one the PDF broke
    /// (`1,118,492.` / `17`).
    private static func looksLikeAmount(_ text: [UInt8], _ span: ByteSpan) -> Bool {
        guard !span.isEmpty, (0x30...0x39).contains(text[span.start]) else { return false }
        return text[span.start..<span.end].allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2C || $0 == 0x2E }
    }

    private static func firstItemNumber(_ text: [UInt8], _ span: ByteSpan) -> Int? {
        IndicatorListParser(Array(text[span.start..<min(span.end, span.start + 32)])).itemStarts().first?.seq
    }

    /// A piece's column: the one its start lies in; for an amount, the one whose header word is
    /// nearest its middle, since amounts are set right and their header centred over them, so a
    /// short amount can start past its header word.
    private func column(of piece: Piece) -> Int {
        let position = piece.column(measure)
        if Self.looksLikeAmount(source.text, piece.span) {
            let middle = 2 * position + Self.width(source.text, piece.span, measure)
            return headerMiddles.indices.min { abs(headerMiddles[$0] - middle) < abs(headerMiddles[$1] - middle) } ?? 0
        }
        return (columnStarts.lastIndex { $0 <= position }) ?? 0
    }

    /// The runs of text on a line, split at two or more spaces (an ideographic space counts as two).
    static func pieces(of text: [UInt8], _ span: ByteSpan) -> [Piece] {
        var pieces: [Piece] = []
        var cells = 0
        var characters = 0
        var index = span.start
        var pieceStart: (cells: Int, characters: Int, byte: Int)?
        var pieceEnd = span.start
        var spaces = 0
        while index < span.end {
            let (value, length) = UTF8Scanning.scalar(in: text, at: index, end: span.end)
            let isSpace = value == 0x20 || value == 0x09 || value == 0x3000
            if isSpace {
                spaces += value == 0x3000 ? 2 : 1
                if spaces >= 2, let start = pieceStart {
                    pieces.append(Piece(cellColumn: start.cells, characterColumn: start.characters,
                                        span: ByteSpan(start: start.byte, end: pieceEnd)))
                    pieceStart = nil
                }
            } else {
                if pieceStart == nil { pieceStart = (cells, characters, index) }
                spaces = 0
                pieceEnd = index + length
            }
            cells += value == 0x09 ? 4 - cells % 4 : (value < 0x80 ? 1 : TextWidth.cells(of: Unicode.Scalar(value) ?? " "))
            characters += 1
            index += length
        }
        if let start = pieceStart {
            pieces.append(Piece(cellColumn: start.cells, characterColumn: start.characters, span: ByteSpan(start: start.byte, end: pieceEnd)))
        }
        return pieces
    }

    /// The width of a piece's text in a measure.
    private static func width(_ text: [UInt8], _ span: ByteSpan, _ measure: Measure) -> Int {
        var width = 0
        var index = span.start
        while index < span.end {
            let (value, length) = UTF8Scanning.scalar(in: text, at: index, end: span.end)
            width += measure == .characters ? 1 : (value < 0x80 ? 1 : TextWidth.cells(of: Unicode.Scalar(value) ?? " "))
            index += length
        }
        return width
    }
}
