import LintModel

/// Splits tab-separated or comma-separated (RFC 4180) text into rows of cells with spans.
enum DelimitedRows {
    struct Row {
        var cells: [CellText]
        var span: ByteSpan
        var line: Int
    }

    /// Tab-separated rows from `start`, one line a row. A cell that starts with `"` and closes
    /// with `"` before a tab or a line end may hold tabs and line breaks (Excel's Unicode-text
    /// export quotes such cells); a lone leading `"` without a closing one is plain text.
    static func tabSeparated(_ source: SourceFile, from start: Int) -> [Row] {
        let text = source.text
        var rows: [Row] = []
        var index = start
        var width = 0
        var ends = CellEnds(text: text)
        var lines = LineCursor(source, at: start)
        while index < text.count {
            let rowStart = index
            var cells: [CellText] = []
            // Rows are as wide as the one before, mostly: no regrowing the cell array.
            cells.reserveCapacity(width)
            while true {
                let cellStart = index
                if index < text.count, text[index] == 0x22, let close = closingQuote(text, after: index) {
                    var cell = CellText()
                    var pieceStart = index + 1
                    var cursor = index + 1
                    while cursor < close {
                        if text[cursor] == 0x22, cursor + 1 < close, text[cursor + 1] == 0x22 {
                            cell.append(text, ByteSpan(start: pieceStart, end: cursor + 1))
                            cursor += 2
                            pieceStart = cursor
                            continue
                        }
                        cursor += 1
                    }
                    cell.append(text, ByteSpan(start: pieceStart, end: close))
                    cells.append(cleanCell(cell))
                    index = close + 1
                } else {
                    let (end, sawAngle) = ends.cellEnd(from: index)
                    index = end
                    cells.append(cleanCell(text, ByteSpan(start: cellStart, end: index), mayHoldTags: sawAngle))
                }
                if index < text.count, text[index] == 0x09 { index += 1; continue }
                break
            }
            let rowEnd = index
            width = cells.count
            if index < text.count, text[index] == 0x0D { index += 1 }
            if index < text.count, text[index] == 0x0A { index += 1 }
            if rowEnd > rowStart {
                rows.append(Row(cells: cells, span: ByteSpan(start: rowStart, end: rowEnd),
                                line: lines.lineIndex(of: rowStart) + 1))
            }
            if index == rowStart { index += 1 }
        }
        return rows
    }

    /// The end of a tab-separated cell: the first tab, LF or CR at or after its start (else the
    /// end of the text), and whether a `<` (perhaps a tag) comes before it. Each of these bytes is
    /// found with ``UTF8Scanning/next(_:in:from:to:)`` and looked for again only once passed: the
    /// line ends and the `<`s (most files have none) are found once for all the cells before
    /// them, and a tab is looked for within the line only.
    private struct CellEnds {
        let text: [UInt8]
        private var nextLF = -1
        private var nextCR = -1
        private var nextAngle = -1

        init(text: [UInt8]) { self.text = text }

        mutating func cellEnd(from index: Int) -> (end: Int, sawAngle: Bool) {
            if nextLF < index { nextLF = UTF8Scanning.next(0x0A, in: text, from: index, to: text.count) }
            if nextCR < index { nextCR = UTF8Scanning.next(0x0D, in: text, from: index, to: text.count) }
            if nextAngle < index { nextAngle = UTF8Scanning.next(0x3C, in: text, from: index, to: text.count) }
            let end = UTF8Scanning.next(0x09, in: text, from: index, to: min(nextLF, nextCR))
            return (end, nextAngle < end)
        }
    }

    /// ``SourceFile/lineIndex(of:)`` for offsets that only grow, as row starts do: the line is
    /// found by walking on from the last one, not by a binary search of the line starts for
    /// every row.
    private struct LineCursor {
        let lineStarts: [Int]
        private var line: Int

        init(_ source: SourceFile, at offset: Int) {
            lineStarts = source.lineStarts
            line = source.lineIndex(of: offset)
        }

        mutating func lineIndex(of offset: Int) -> Int {
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= offset { line += 1 }
            return line
        }
    }

    /// The closing quote of a quoted cell opened at `open`: a `"` (not a doubled `""`) followed by
    /// a tab, a line end or the end of the text, within 64 KB.
    private static func closingQuote(_ text: [UInt8], after open: Int) -> Int? {
        var cursor = open + 1
        let limit = min(text.count, open + 65_536)
        while cursor < limit {
            if text[cursor] == 0x22 {
                if cursor + 1 < text.count, text[cursor + 1] == 0x22 { cursor += 2; continue }
                let next = cursor + 1 < text.count ? text[cursor + 1] : 0x0A
                return next == 0x09 || next == 0x0A || next == 0x0D ? cursor : nil
            }
            cursor += 1
        }
        return nil
    }

    /// RFC 4180 rows from `start`: quoted fields may hold separators, quotes (`""`) and line breaks.
    static func commaSeparated(_ source: SourceFile, from start: Int, separator: UInt8 = 0x2C) -> [Row] {
        let text = source.text
        var rows: [Row] = []
        var index = start
        var lines = LineCursor(source, at: start)
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
                rows.append(Row(cells: cells, span: span, line: lines.lineIndex(of: rowStart) + 1))
            }
        }
        return rows
    }

    /// A cell without surrounding whitespace and without HTML tags (`<p>…</p>`, `<br/>`).
    static func cleanCell(_ text: [UInt8], _ span: ByteSpan) -> CellText {
        let mayHoldTags = UTF8Scanning.firstIndex(of: 0x3C, 0x3C, 0x3C, in: text, span.start..<span.end) < span.end
        return cleanCell(text, span, mayHoldTags: mayHoldTags)
    }

    /// `mayHoldTags`: whether the cell holds a `<`, when the caller has already looked.
    static func cleanCell(_ text: [UInt8], _ span: ByteSpan, mayHoldTags: Bool) -> CellText {
        // Most cells hold no `<`: trimmed where they lie, they are copied once, as one piece.
        let range = span.start..<span.end
        if !mayHoldTags {
            let trimmed = UTF8Scanning.trimWhitespace(text, range, within: range)
            return CellText(text, ByteSpan(start: trimmed.lowerBound, end: trimmed.upperBound))
        }
        return cleanCell(CellText(text, span))
    }

    static func cleanCell(_ cell: CellText) -> CellText {
        let bytes = cell.bytes
        var result = CellText()
        var pieceStart = 0
        // From `<` to `<`: the cells that come here hold long texts with a few tags.
        var index = UTF8Scanning.next(0x3C, in: bytes, from: 0, to: bytes.count)
        while index < bytes.count {
            if index + 1 < bytes.count, isTagStart(bytes[index + 1]),
               case let close = UTF8Scanning.next(0x3E, in: bytes, from: index, to: bytes.count), close < bytes.count {
                appendTrimmed(&result, cell, bytes, pieceStart..<index)
                pieceStart = close + 1
                index = UTF8Scanning.next(0x3C, in: bytes, from: pieceStart, to: bytes.count)
                continue
            }
            index = UTF8Scanning.next(0x3C, in: bytes, from: index + 1, to: bytes.count)
        }
        appendTrimmed(&result, cell, bytes, pieceStart..<bytes.count)
        return result
    }

    private static func isTagStart(_ byte: UInt8) -> Bool {
        byte == 0x2F || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Appends the piece without outer whitespace (kept inside the cell between pieces); `bytes`
    /// are the cell's.
    private static func appendTrimmed(_ result: inout CellText, _ cell: CellText, _ bytes: [UInt8], _ range: Range<Int>) {
        let trimmed = UTF8Scanning.trimWhitespace(bytes, range)
        guard !trimmed.isEmpty else { return }
        cell.appendSubrange(trimmed, to: &result)
    }
}

