import Foundation
import LintModel

/// Finds the header row and tells the layout and the column roles from the content alone.
struct TableLayoutDetector {
    enum Format { case tabSeparated, commaSeparated, pdfText, htmlTable, columnText(ColumnTextRows) }

    struct Detection {
        var layout: TableLayout
        var format: Format
        /// Column roles in order (for PDF text: the order of the header words).
        var roles: [ColumnRole?]
        /// The header line's span; rows start after it. Nil when there is no header.
        var header: ByteSpan?
        /// Text of the header's first cell, to skip repeated header rows.
        var headerFirstCell: String?
    }

    let source: SourceFile

    static let projectName = Array("项目名称".utf8)
    static let indicatorWords = ["绩效指标", "绩效目标", "三级指标", "指标值"].map { Array($0.utf8) }

    static let projectRoles: [ColumnRole?] = [.name, .total, .fiscal, .special, .other, .goal, .indicators]
    static let unitRoles: [ColumnRole?] = [.department, .unit, .name, .goal, .indicators]

    func detect() -> Detection? {
        for line in 1...source.lineCount {
            let span = source.lineSpan(line)
            guard !span.isEmpty else { continue }
            let bytes = Array(source.text[span.start..<span.end])
            guard UTF8Scanning.find(Self.projectName, in: bytes) != nil,
                  Self.indicatorWords.contains(where: { UTF8Scanning.find($0, in: bytes) != nil }) else { continue }
            return detection(header: span, text: source.string(in: span))
        }
        if let wrapped = wrappedHeader() { return wrapped }
        return headerlessDetection()
    }

    /// The first `<table`, `<tr` or `<td` tag when the text is HTML table markup (a row and a cell tag).
    func htmlTableMarkup() -> ByteSpan? {
        let text = source.text
        let found: Int? = text.withUnsafeBufferPointer { buffer in
            var first: Int?
            var sawRow = false
            var sawCell = false
            var index = 0
            let count = buffer.count
            while index + 3 < count {
                // `<t` then `r`, `d` or `able`, any case, then a space or `>`; memchr finds the `<`s.
                guard let base = buffer.baseAddress,
                      let found = memchr(base + index, 0x3C, count - index) else { return nil }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard index + 3 < count, buffer[index + 1] | 0x20 == 0x74 else { index += 1; continue }
                let third = buffer[index + 2] | 0x20
                let isTable = third == 0x61 && index + 6 <= count && buffer[index + 3] | 0x20 == 0x62
                    && buffer[index + 4] | 0x20 == 0x6C && buffer[index + 5] | 0x20 == 0x65
                let after = isTable ? index + 6 : index + 3
                let ends = after < count && (buffer[after] == 0x3E || buffer[after] == 0x20 || buffer[after] == 0x09)
                if ends, isTable || third == 0x72 || third == 0x64 {
                    first = first ?? index
                    if third == 0x72 { sawRow = true }
                    if third == 0x64 { sawCell = true }
                    if sawRow, sawCell { return first }
                }
                index += 1
            }
            return nil
        }
        guard let start = found else { return nil }
        var end = start
        while end < text.count, text[end] != 0x3E, text[end] != 0x0A { end += 1 }
        return ByteSpan(start: start, end: min(end + 1, text.count))
    }

    /// A header wrapped over up to five lines of PDF text (`… 绩效目标 绩效` / `指标`).
    private func wrappedHeader() -> Detection? {
        var nonEmpty: [ByteSpan] = []
        for line in 1...source.lineCount where !source.lineSpan(line).isEmpty { nonEmpty.append(source.lineSpan(line)) }
        for (position, first) in nonEmpty.enumerated() {
            guard UTF8Scanning.find(Self.projectName, in: Array(source.text[first.start..<first.end])) != nil else { continue }
            var text = source.string(in: first)
            var span = first
            for next in nonEmpty.dropFirst(position + 1).prefix(4) {
                guard !source.string(in: next).contains("\t") else { break }
                text += source.string(in: next)
                span = span.union(next)
                let bytes = Array(text.utf8)
                if Self.indicatorWords.contains(where: { UTF8Scanning.find($0, in: bytes) != nil }) {
                    // Lines that are only the rest of a header word (`效指标`) belong to it too.
                    for rest in nonEmpty.dropFirst(position + 1).drop(while: { $0.end <= span.end }).prefix(2) {
                        let fragment = source.string(in: rest).trimmingCharacters(in: .whitespaces)
                        guard !fragment.isEmpty, Self.headerVocabulary.contains(fragment) else { break }
                        text += fragment
                        span = span.union(rest)
                    }
                    return detection(header: span, text: text)
                }
            }
        }
        return nil
    }

    /// The header words as printed, for recognising the tail of a wrapped header.
    static let headerVocabulary = "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标 主管部门 预算单位 项目名称"

    private func detection(header span: ByteSpan, text: String) -> Detection {
        let format: Format
        let cells: [String]
        if Self.containsTab(text) {
            format = .tabSeparated
            cells = text.split(separator: "\t", omittingEmptySubsequences: false).map { stripTags(String($0)) }
        } else if text.filter({ $0 == "," }).count >= 3 {
            format = .commaSeparated
            cells = DelimitedRows.commaSeparated(SourceFile(path: "", string: text), from: 0).first?.cells.map(\.string) ?? []
        } else if let columns = ColumnTextRows(source: source, header: span) {
            // PDF text with its layout kept: the columns side by side.
            return detection(roles: columns.roles, format: .columnText(columns), header: span,
                             headerFirstCell: nil)
        } else {
            format = .pdfText
            cells = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        }
        return detection(roles: cells.map { ColumnRole.recognise($0) }, format: format, header: span, headerFirstCell: cells.first)
    }

    private func detection(roles: [ColumnRole?], format: Format, header span: ByteSpan?, headerFirstCell: String?) -> Detection {
        let layout: TableLayout
        if roles.contains(.indicatorName) || (roles.contains(.level1) && !roles.contains(.indicators)) {
            layout = .indicatorRows
        } else if case .pdfText = format {
            layout = .pdfText
        } else if case .columnText = format {
            layout = .pdfText
        } else if roles.contains(.unit) || (roles.contains(.department) && !roles.contains(.total)) {
            layout = .unitTable
        } else {
            layout = .projectTable
        }
        return Detection(layout: layout, format: format, roles: roles, header: span, headerFirstCell: headerFirstCell)
    }

    /// The tables among the rows of a web page (`rows` from ``HTMLTableRows``): each header row
    /// starts one, which runs to the next header, so a page may hold tables of several layouts
    /// and repeat its header. Without a header, the standard columns when the rows have their
    /// shape. A header over two rows (`资金情况` above `总计 财政拨款 …`) takes each column's role
    /// from the lower row where it names one.
    func detect(htmlRows rows: [DelimitedRows.Row]) -> [(detection: Detection, rows: Range<Int>)] {
        var tables: [(detection: Detection, rows: Range<Int>)] = []
        var position = 0
        while position < rows.count {
            let row = rows[position]
            let texts = row.cells.map(\.string)
            let joined = Array(texts.joined().utf8)
            guard UTF8Scanning.find(Self.projectName, in: joined) != nil,
                  Self.indicatorWords.contains(where: { UTF8Scanning.find($0, in: joined) != nil }) else {
                position += 1
                continue
            }
            var roles = texts.map { ColumnRole.recognise($0) }
            var firstRow = position + 1
            if firstRow < rows.count {
                let lower = rows[firstRow].cells
                let lowerRoles = lower.map { ColumnRole.recognise($0.string) }
                if lowerRoles.compactMap({ $0 }).count >= 2, !lower.contains(where: { IndicatorListParser.looksLikeIndicators($0.bytes) }) {
                    roles = (0..<max(roles.count, lowerRoles.count)).map { column in
                        (column < lowerRoles.count ? lowerRoles[column] : nil) ?? (column < roles.count ? roles[column] : nil)
                    }
                    firstRow += 1
                }
            }
            if let last = tables.indices.last { tables[last].rows = tables[last].rows.lowerBound..<position }
            tables.append((detection(roles: roles, format: .htmlTable, header: row.span, headerFirstCell: texts.first),
                           firstRow..<rows.count))
            position = firstRow
        }
        if !tables.isEmpty { return tables }
        var widths: [Int: Int] = [:]
        for row in rows {
            if row.cells.count >= 4, let last = row.cells.last(where: { !$0.isEmpty }),
               IndicatorListParser.looksLikeIndicators(last.bytes) {
                widths[row.cells.count, default: 0] += 1
            }
        }
        guard let (width, _) = widths.max(by: { $0.value < $1.value }), width >= 5 else { return [] }
        let roles = width >= 7 ? Self.projectRoles : Self.unitRoles
        return [(Detection(layout: width >= 7 ? .projectTable : .unitTable, format: .htmlTable, roles: roles,
                           header: nil, headerFirstCell: nil), 0..<rows.count)]
    }

    /// Foundation's `contains("\t")`, which compares grapheme clusters: a tab is found unless a
    /// combining mark follows it. A byte scan answers when every tab is followed by ASCII.
    static func containsTab(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.firstIndex(of: 0x09) else { return false }
        var index = first
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            if next != bytes.endIndex, bytes[next] >= 0x80 { return text.contains("\t") }
            index = bytes[next...].firstIndex(of: 0x09) ?? bytes.endIndex
        }
        return true
    }

    /// No header row: tab-separated rows of 7 or 5 cells whose last cell is an indicator list are
    /// read with the standard columns; PDF-like text with indicator lists as PDF text.
    private func headerlessDetection() -> Detection? {
        var widths: [Int: Int] = [:]
        var sawIndicators = false
        for line in 1...source.lineCount {
            let span = source.lineSpan(line)
            guard !span.isEmpty else { continue }
            let bytes = Array(source.text[span.start..<span.end])
            let cells = bytes.split(separator: 0x09, omittingEmptySubsequences: false)
            if cells.count >= 4, let last = cells.last, IndicatorListParser.looksLikeIndicators(Array(last)) {
                widths[cells.count, default: 0] += 1
            }
            if cells.count == 1, PDFLine.opensIndicatorList(source.text, span) { sawIndicators = true }
        }
        if let (width, _) = widths.max(by: { $0.value < $1.value }) {
            if width >= 7 {
                return Detection(layout: .projectTable, format: .tabSeparated, roles: Self.projectRoles, header: nil, headerFirstCell: nil)
            }
            if width >= 5 {
                return Detection(layout: .unitTable, format: .tabSeparated, roles: Self.unitRoles, header: nil, headerFirstCell: nil)
            }
        }
        if sawIndicators {
            return Detection(layout: .pdfText, format: .pdfText, roles: Self.projectRoles, header: nil, headerFirstCell: nil)
        }
        return nil
    }

    private func stripTags(_ text: String) -> String {
        // Plain text is one scalar a character (one byte for `<` and `>`), and its only whitespace
        // in Foundation's sense is the space and the tab: stripped and trimmed on its bytes,
        // without a walk by Characters and Foundation's trimming.
        if PlainText.isPlain(text) {
            var bytes: [UInt8] = []
            var inTag = false
            for byte in text.utf8 {
                if byte == 0x3C { inTag = true; continue }
                if byte == 0x3E, inTag { inTag = false; continue }
                if !inTag { bytes.append(byte) }
            }
            return String(decoding: bytes[PlainText.trimmingWhitespaces(bytes, 0..<bytes.count)], as: UTF8.self)
        }
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; continue }
            if character == ">", inTag { inTag = false; continue }
            if !inTag { result.append(character) }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
