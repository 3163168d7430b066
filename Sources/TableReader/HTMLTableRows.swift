import LintModel

/// The rows of the tables of a web page (`<table>`, `<tr>`, `<td>`/`<th>`), as a browser lays
/// them out, for tables saved as HTML instead of copied out as text.
///
/// A cell's text leaves out its tags and keeps the source offsets of what it holds. Character
/// references (`&nbsp;` `&ge;` `&#8805;`) are decoded, each mapped to where it is written. `<br>`
/// and the ends of `<p>`, `<div>` and `<li>` break the text with a line break. White space runs
/// as a browser shows them: a run becomes one space, and a source line break between two CJK
/// characters (a long line wrapped by the program that wrote the page) is dropped.
///
/// A cell that spans rows (`rowspan`) is read once, on its first row, and the rows below get an
/// empty cell in its place, as a spreadsheet copies a merged cell; one that spans columns
/// (`colspan`) is followed by empty cells. So the rows line up with the header's columns.
enum HTMLTableRows {
    static func rows(_ source: SourceFile) -> [DelimitedRows.Row] {
        var reader = Reader(text: source.text)
        reader.read()
        return reader.rows.map { row in
            DelimitedRows.Row(cells: row.cells, span: row.span, line: source.lineIndex(of: row.span.start) + 1)
        }
    }

    /// The blocks of text before `end` outside any tag (headings, paragraphs, the page title),
    /// each as a cell of its own; scripts and styles are left out.
    static func textBlocks(_ source: SourceFile, before end: Int) -> [CellText] {
        Reader(text: source.text).textBlocks(before: end)
    }

    /// Spans larger than this are junk, not layout: they are cut to it.
    static let maximumColumnSpan = 64
    static let maximumRowSpan = 10_000

    private struct Tag {
        /// The name in lower case (`td`), empty for comments and declarations.
        var name: [UInt8]
        var closing: Bool
        /// From `<` to just after `>`.
        var range: Range<Int>
    }

    private struct Reader {
        let text: [UInt8]
        var rows: [(cells: [CellText], span: ByteSpan)] = []
        private var cells: [CellText] = []
        private var rowStart: Int?
        private var rowEnd = 0
        /// The open cell: where its content starts, and its spans.
        private var openCell: (contentStart: Int, columns: Int, rows: Int)?
        /// The column the next cell goes to.
        private var column = 0
        /// For each column, how many more rows a cell from a row above covers.
        private var covered: [Int] = []

        init(text: [UInt8]) { self.text = text }

        mutating func read() {
            var index = 0
            while index < text.count {
                guard let open = nextTagStart(from: index) else { break }
                guard let tag = tag(at: open) else { index = open + 1; continue }
                index = tag.range.upperBound
                switch (tag.name, tag.closing) {
                case (Self.script, false), (Self.style, false):
                    index = endOfRawText(named: tag.name, from: index)
                case (Self.row, false):
                    closeRow(at: open)
                    rowStart = open
                case (Self.dataCell, false), (Self.headerCell, false):
                    closeCell(at: open)
                    if rowStart == nil { rowStart = open }
                    openCell = (index, attribute(Self.colspan, in: tag).map { min(max($0, 1), HTMLTableRows.maximumColumnSpan) } ?? 1,
                                attribute(Self.rowspan, in: tag).map { min(max($0, 1), HTMLTableRows.maximumRowSpan) } ?? 1)
                case (Self.dataCell, true), (Self.headerCell, true):
                    closeCell(at: open)
                    rowEnd = index
                case (Self.row, true):
                    closeCell(at: open)
                    rowEnd = index
                    closeRow(at: index)
                case (Self.table, _), (Self.tableBody, _), (Self.tableHead, _), (Self.tableFoot, _):
                    closeRow(at: open)
                    if tag.name == Self.table { covered = [] }
                default:
                    continue
                }
            }
            closeRow(at: text.count)
        }

        func textBlocks(before end: Int) -> [CellText] {
            var blocks: [CellText] = []
            var index = 0
            var textStart = 0
            while index < end {
                guard let open = nextTagStart(from: index), open < end else { break }
                guard let tag = tag(at: open) else { index = open + 1; continue }
                let block = cellText(textStart..<open)
                if !block.isEmpty { blocks.append(block) }
                index = tag.range.upperBound
                if !tag.closing, tag.name == Self.script || tag.name == Self.style {
                    index = endOfRawText(named: tag.name, from: index)
                }
                textStart = index
            }
            let block = cellText(textStart..<max(textStart, end))
            if !block.isEmpty { blocks.append(block) }
            return blocks
        }

        // MARK: Rows and cells

        private mutating func closeCell(at end: Int) {
            guard let cell = openCell else { return }
            openCell = nil
            skipCoveredColumns()
            cells.append(cellText(cell.contentStart..<max(cell.contentStart, end)))
            rowEnd = end
            if covered.count < column + cell.columns { covered += Array(repeating: 0, count: column + cell.columns - covered.count) }
            for spanned in column..<(column + cell.columns) { covered[spanned] = cell.rows - 1 }
            column += 1
            for _ in 1..<cell.columns {
                cells.append(CellText())
                column += 1
            }
        }

        /// Empty cells for the columns that a cell from a row above covers, at the next column.
        private mutating func skipCoveredColumns() {
            while column < covered.count, covered[column] > 0 {
                covered[column] -= 1
                cells.append(CellText())
                column += 1
            }
        }

        private mutating func closeRow(at end: Int) {
            closeCell(at: end)
            guard let start = rowStart else { return }
            // Columns covered from above after the row's last cell.
            while column < covered.count {
                if covered[column] > 0 {
                    covered[column] -= 1
                    cells.append(CellText())
                }
                column += 1
            }
            if cells.contains(where: { !$0.isEmpty }) {
                let last = UTF8Scanning.trimWhitespace(text, start..<max(start, min(max(rowEnd, start), text.count)))
                rows.append((cells, ByteSpan(start: start, end: max(start, last.upperBound))))
            }
            cells = []
            column = 0
            rowStart = nil
        }

        // MARK: Cell text

        /// The text of a cell's content `range`: tags left out, references decoded, white space as shown.
        private func cellText(_ range: Range<Int>) -> CellText {
            var cell = CellText()
            /// A run of white space not yet written: where it starts and whether it holds a line break.
            var pendingSpace: (start: Int, lineBreak: Bool)?
            var literalStart: Int?
            var index = range.lowerBound

            func flushLiteral(upTo end: Int) {
                if let start = literalStart, start < end { cell.append(text, ByteSpan(start: start, end: end)) }
                literalStart = nil
            }
            /// Writes the pending space, if one is due before a character starting at `next`.
            func writeSpace(before next: Int) {
                guard let space = pendingSpace else { return }
                pendingSpace = nil
                guard let last = cell.lastByte, last != 0x0A else { return }
                if space.lineBreak, Self.isWide(cell.lastScalarValue), Self.isWide(UTF8Scanning.scalar(in: text, at: next).value) {
                    return
                }
                cell.appendPiece([0x20], sourceStart: space.start)
            }

            while index < range.upperBound {
                let byte = text[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    flushLiteral(upTo: index)
                    let lineBreak = byte == 0x0A || byte == 0x0D
                    if let space = pendingSpace {
                        pendingSpace = (space.start, space.lineBreak || lineBreak)
                    } else {
                        pendingSpace = (index, lineBreak)
                    }
                    index += 1
                    continue
                }
                if byte == 0x3C, let tag = tag(at: index), tag.range.upperBound <= range.upperBound {
                    flushLiteral(upTo: index)
                    if Self.breakingTags.contains(where: { $0.name == tag.name && $0.closing == tag.closing }),
                       let last = cell.lastByte, last != 0x0A {
                        pendingSpace = nil
                        cell.appendPiece([0x0A], sourceStart: index)
                    }
                    index = tag.range.upperBound
                    continue
                }
                if byte == 0x26, let (decoded, end) = reference(at: index, limit: range.upperBound) {
                    flushLiteral(upTo: index)
                    if decoded == [0x20] {
                        if pendingSpace == nil { pendingSpace = (index, false) }
                    } else {
                        writeSpace(before: index)
                        cell.appendPiece(decoded, sourceStart: index)
                    }
                    index = end
                    continue
                }
                if literalStart == nil {
                    if pendingSpace != nil {
                        writeSpace(before: index)
                    }
                    literalStart = index
                }
                index += 1
            }
            flushLiteral(upTo: range.upperBound)
            // A trailing break (`…</p>`) is not text.
            if cell.lastByte == 0x0A {
                var trimmed = CellText()
                cell.appendSubrange(0..<(cell.count - 1), to: &trimmed)
                return trimmed
            }
            return cell
        }

        /// East Asian wide and full-width characters (CJK, kana, hangul, full-width punctuation
        /// and forms): a line break between two of them is no space (CSS Text, segment breaks).
        static func isWide(_ scalar: UInt32) -> Bool {
            switch scalar {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x20000...0x3FFFD: true
            default: false
            }
        }

        /// A character reference at `index` (`&amp;`, `&#8805;`, `&#x2265;`): its UTF-8 and where it ends.
        /// `&nbsp;` reads as a space. Unknown names are not references and stay as written.
        private func reference(at index: Int, limit: Int) -> ([UInt8], Int)? {
            var end = index + 1
            while end < min(limit, index + 12), text[end] != 0x3B, text[end] != 0x26, text[end] > 0x20 { end += 1 }
            guard end < limit, text[end] == 0x3B, end > index + 1 else { return nil }
            let body = Array(text[(index + 1)..<end])
            let scalar: UInt32?
            if body.first == 0x23 {
                let isHex = body.count > 1 && body[1] | 0x20 == 0x78
                let digits = String(decoding: body.dropFirst(isHex ? 2 : 1), as: UTF8.self)
                scalar = UInt32(digits, radix: isHex ? 16 : 10)
            } else {
                scalar = Self.namedReferences[String(decoding: body, as: UTF8.self)]
            }
            guard let scalar, let character = Unicode.Scalar(scalar), scalar != 0 else { return nil }
            if scalar == 0xA0 { return ([0x20], end + 1) }
            return (Array(String(Character(character)).utf8), end + 1)
        }

        static let namedReferences: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "ensp": 0x20, "emsp": 0x20,
            "ge": 0x2265, "le": 0x2264, "ne": 0x2260, "times": 0xD7, "divide": 0xF7, "plusmn": 0xB1, "middot": 0xB7,
            "mdash": 0x2014, "ndash": 0x2013, "hellip": 0x2026, "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018,
            "rsquo": 0x2019, "yen": 0xA5, "deg": 0xB0, "permil": 0x2030, "percnt": 0x25, "bull": 0x2022,
        ]

        // MARK: Tags

        private func nextTagStart(from index: Int) -> Int? {
            var cursor = index
            while cursor < text.count {
                if text[cursor] == 0x3C { return cursor }
                cursor += 1
            }
            return nil
        }

        /// The tag at `index` (a `<`), or nil when the `<` opens no tag (`< 5`, `<90%`).
        /// Comments and declarations (`<!-- -->`, `<!DOCTYPE …>`) are tags with an empty name.
        private func tag(at index: Int) -> Tag? {
            guard index + 1 < text.count else { return nil }
            if text[index + 1] == 0x21 {
                if index + 3 < text.count, text[index + 2] == 0x2D, text[index + 3] == 0x2D {
                    let close = UTF8Scanning.find(Array("-->".utf8), in: text, from: index + 4).map { $0 + 3 } ?? text.count
                    return Tag(name: [], closing: false, range: index..<close)
                }
                guard let end = text[(index + 2)...].firstIndex(of: 0x3E) else { return nil }
                return Tag(name: [], closing: false, range: index..<(end + 1))
            }
            var cursor = index + 1
            let closing = text[cursor] == 0x2F
            if closing { cursor += 1 }
            var name: [UInt8] = []
            while cursor < text.count, Self.isNameByte(text[cursor]) {
                name.append(text[cursor] | (text[cursor] >= 0x41 && text[cursor] <= 0x5A ? 0x20 : 0))
                cursor += 1
            }
            guard let first = name.first, first >= 0x61, first <= 0x7A else { return nil }
            guard cursor < text.count, text[cursor] == 0x3E || text[cursor] == 0x2F || text[cursor] <= 0x20 else { return nil }
            // The attributes run to the `>` outside quotes.
            var quote: UInt8?
            while cursor < text.count {
                let byte = text[cursor]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0x3E {
                    return Tag(name: name, closing: closing, range: index..<(cursor + 1))
                }
                cursor += 1
            }
            return nil
        }

        /// A numeric attribute of a tag (`colspan="3"`, `rowspan=2`).
        private func attribute(_ name: [UInt8], in tag: Tag) -> Int? {
            var lowered = Array(text[tag.range])
            for index in lowered.indices where lowered[index] >= 0x41 && lowered[index] <= 0x5A { lowered[index] |= 0x20 }
            guard let found = UTF8Scanning.find(name, in: lowered) else { return nil }
            var cursor = found + name.count
            while cursor < lowered.count, lowered[cursor] == 0x20 || lowered[cursor] == 0x09 { cursor += 1 }
            guard cursor < lowered.count, lowered[cursor] == 0x3D else { return nil }
            cursor += 1
            while cursor < lowered.count, [0x20, 0x09, 0x22, 0x27].contains(lowered[cursor]) { cursor += 1 }
            var value = 0
            var digits = 0
            while cursor < lowered.count, lowered[cursor] >= 0x30, lowered[cursor] <= 0x39, digits < 6 {
                value = value * 10 + Int(lowered[cursor] - 0x30)
                digits += 1
                cursor += 1
            }
            return digits > 0 ? value : nil
        }

        /// Where the raw text of a `<script>` or `<style>` ends: after its closing tag.
        private func endOfRawText(named name: [UInt8], from index: Int) -> Int {
            var cursor = index
            while let open = nextTagStart(from: cursor) {
                if let tag = tag(at: open), tag.closing, tag.name == name { return tag.range.upperBound }
                cursor = open + 1
            }
            return text.count
        }

        /// Letters, digits and the `:` `-` `_` `.` of namespaced tags (`<o:p>` in pages Word saves).
        private static func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }

        static let table = Array("table".utf8)
        static let tableBody = Array("tbody".utf8)
        static let tableHead = Array("thead".utf8)
        static let tableFoot = Array("tfoot".utf8)
        static let row = Array("tr".utf8)
        static let dataCell = Array("td".utf8)
        static let headerCell = Array("th".utf8)
        static let script = Array("script".utf8)
        static let style = Array("style".utf8)
        static let colspan = Array("colspan".utf8)
        static let rowspan = Array("rowspan".utf8)
        /// Tags that break a cell's text into lines: `<br>` and the ends of blocks.
        static let breakingTags: [(name: [UInt8], closing: Bool)] = [
            (Array("br".utf8), false), (Array("br".utf8), true), (Array("p".utf8), true), (Array("div".utf8), true),
            (Array("li".utf8), true),
        ]
    }
}
