import LintModel

/// Splits tab-separated or comma-separated (RFC 4180) text into rows of cells with spans.
enum DelimitedRows {
    struct Row {
        var cells: [CellText]
        var span: ByteSpan
        var line: Int
    }

    /// Tab-separated rows from `start`, one line a row.
    static func tabSeparated(_ source: SourceFile, from start: Int) -> [Row] {
        let text = source.text
        var rows: [Row] = []
        let firstLine = source.lineIndex(of: start)
        for lineIndex in firstLine..<source.lineCount {
            let span = source.lineSpan(lineIndex + 1)
            guard !span.isEmpty else { continue }
            var cells: [CellText] = []
            var cellStart = span.start
            var index = span.start
            while index <= span.end {
                if index == span.end || text[index] == 0x09 {
                    cells.append(cleanCell(text, ByteSpan(start: cellStart, end: index)))
                    cellStart = index + 1
                }
                index += 1
            }
            rows.append(Row(cells: cells, span: span, line: lineIndex + 1))
        }
        return rows
    }

    /// RFC 4180 rows from `start`: quoted fields may hold separators, quotes (`""`) and line breaks.
    static func commaSeparated(_ source: SourceFile, from start: Int, separator: UInt8 = 0x2C) -> [Row] {
        let text = source.text
        var rows: [Row] = []
        var index = start
        while index < text.count {
            let rowStart = index
            var cells: [CellText] = []
            var atRowEnd = false
            while !atRowEnd {
                var cell = CellText()
                if index < text.count, text[index] == 0x22 {
                    index += 1
                    var pieceStart = index
                    while index < text.count {
                        if text[index] == 0x22 {
                            if index + 1 < text.count, text[index + 1] == 0x22 {
                                cell.append(text, ByteSpan(start: pieceStart, end: index + 1))
                                index += 2
                                pieceStart = index
                                continue
                            }
                            break
                        }
                        index += 1
                    }
                    cell.append(text, ByteSpan(start: pieceStart, end: min(index, text.count)))
                    index = min(index + 1, text.count)
                    // Anything between the closing quote and the separator is kept.
                    let rest = index
                    while index < text.count, text[index] != separator, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
                    cell.append(text, ByteSpan(start: rest, end: index))
                    cells.append(cleanCell(cell))
                } else {
                    let cellStart = index
                    while index < text.count, text[index] != separator, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
                    cells.append(cleanCell(text, ByteSpan(start: cellStart, end: index)))
                }
                if index < text.count, text[index] == separator {
                    index += 1
                } else {
                    atRowEnd = true
                }
            }
            let rowEnd = index
            if index < text.count, text[index] == 0x0D { index += 1 }
            if index < text.count, text[index] == 0x0A { index += 1 }
            let span = ByteSpan(start: rowStart, end: rowEnd)
            if cells.contains(where: { !$0.isEmpty }) {
                rows.append(Row(cells: cells, span: span, line: source.lineIndex(of: rowStart) + 1))
            }
        }
        return rows
    }

    /// A cell without surrounding whitespace and without HTML tags (`<p>…</p>`, `<br/>`).
    static func cleanCell(_ text: [UInt8], _ span: ByteSpan) -> CellText {
        var cell = CellText(text, span)
        cell = cleanCell(cell)
        return cell
    }

    static func cleanCell(_ cell: CellText) -> CellText {
        let bytes = cell.bytes
        var result = CellText()
        var pieceStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x3C, index + 1 < bytes.count, isTagStart(bytes[index + 1]),
               let close = bytes[index...].firstIndex(of: 0x3E) {
                appendTrimmed(&result, cell, pieceStart..<index)
                index = close + 1
                pieceStart = index
                continue
            }
            index += 1
        }
        appendTrimmed(&result, cell, pieceStart..<bytes.count)
        return result
    }

    private static func isTagStart(_ byte: UInt8) -> Bool {
        byte == 0x2F || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Appends the piece without outer whitespace (kept inside the cell between pieces).
    private static func appendTrimmed(_ result: inout CellText, _ cell: CellText, _ range: Range<Int>) {
        let trimmed = UTF8Scanning.trimWhitespace(cell.bytes, range)
        guard !trimmed.isEmpty else { return }
        cell.appendSubrange(trimmed, to: &result)
    }
}

