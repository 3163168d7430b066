import Foundation
import LintModel

/// Turns detected rows into the document's entities, recording what it cannot read.
struct DocumentBuilder {
    let source: SourceFile
    /// The source text when it is known to be valid UTF-8: the strings of cells that share it are
    /// copied without a second check (``CellText/string(_:validSource:)``).
    private let validSource: [UInt8]?
    private(set) var document: Document
    /// The unit a row without a unit cell belongs to: the one named last (it may have been named before).
    private var currentUnit: Int?
    private var unitsByName: [String: Int] = [:]
    /// The unit of each unit cell's bytes met before, by position in `unitOfBytes`: the same bytes
    /// make the same name, and are found without a string and the standard hasher (3,600
    /// instructions a lookup on a Chinese name). A new byte sequence still goes to `unitsByName`,
    /// whose keys compare as text: other bytes may make an equal name.
    private var unitBytePositions = ByteTable<Int>()
    private var unitOfBytes: [Int] = []
    /// The header's first cell, which every row's first cell is compared with (a repeated header).
    private var headerFirstCell: PlainText.Literal?
    /// Each distinct value text's position in `distinctValues`, by its bytes.
    private var valuePositions = ByteTable<Int>()
    private var distinctValues: [DistinctValue] = []
    /// Scratch space for ``ValueParser``, whose memory serves every distinct value in turn.
    private var valueScalars: [UInt32] = []
    /// ``ByteHash`` of each value's text, by index into `document.values`, for ``markCopies``.
    private var valueTextHashes: [UInt64] = []
    /// ``ByteHash`` of each indicator's name, by index into `document.indicators`, for
    /// ``markDuplicateNames`` and ``markCopies``: hashed where the name is made, while its bytes
    /// are at hand, rather than fetched and hashed again after the whole table is read.
    private var nameHashes: [UInt64] = []
    /// The items of every indicator list of the document, list after list, and the text of the
    /// lists that no item took: ``ParsedList`` ranges into them.
    private var listItems: [IndicatorListParser.Item] = []
    private var listLeftovers: [Range<Int>] = []

    /// A value text as it first occurred in the document: decoded, parsed and hashed once for all
    /// of its occurrences. Kept in an array and read in place: a table of these tuples handed out
    /// a copy of one, its string and quantities retained and released again, for every value.
    private struct DistinctValue {
        var text: String
        var parsed: ValueParser.Parsed
        var textHash: UInt64
    }

    init(source: SourceFile) {
        self.source = source
        validSource = source.isKnownValidUTF8 ? source.text : nil
        self.document = Document(source: source, layout: .unknown)
    }

    mutating func build() {
        let detector = TableLayoutDetector(source: source)
        if let table = detector.htmlTableMarkup() {
            // A web page: its rows are markup, not lines.
            buildFromHTML(detector, table: table)
            return
        }
        guard let detection = detector.detect() else {
            reportUnknownLayout()
            return
        }
        document.layout = detection.layout
        headerFirstCell = detection.headerFirstCell.map(PlainText.Literal.init)
        readPreamble(before: detection.header?.start ?? firstRowStart())
        if detection.header == nil {
            diagnose("parse-missing-header", .info,
                     "未找到表头行，已按「\(detection.roles.compactMap { $0.map(Self.columnName) }.joined(separator: "、"))」的列顺序读取",
                     at: firstLineSpan())
        }
        // Rows start on the line after the header's last line (a PDF header may wrap).
        let start = detection.header.map { header -> Int in
            let lastLine = source.lineIndex(of: max(header.start, header.end - 1))
            return lastLine + 1 < source.lineCount ? source.lineStarts[lastLine + 1] : source.text.count
        } ?? firstRowStart()
        let records: [RowRecord]
        switch detection.format {
        case .pdfText:
            let title = titleBytes
            // The text and the title, not the builder: a closure that held `self` copied the whole
            // builder for every line it was asked about.
            let text = source.text
            let isFurniture = { (span: ByteSpan) in Self.isFurniture(text, span.start..<span.end, title: title) }
            let roles = detection.roles.compactMap { $0 }
            let amountRoles = roles.filter { ColumnRole.amountRoles.contains($0) }
            let textRoles = roles.filter { [.department, .unit, .name, .goal].contains($0) }
            if amountRoles.isEmpty, textRoles.contains(.goal), textRoles.contains(.name) {
                records = PDFBlockRows(source: source, textRoles: textRoles).records(from: start, isFurniture: isFurniture)
            } else {
                records = PDFTextRows(source: source, amountRoles: amountRoles.isEmpty ? ColumnRole.amountRoles : amountRoles)
                    .records(from: start, isFurniture: isFurniture)
            }
        case .tabSeparated:
            records = alignAll(DelimitedRows.tabSeparated(source, from: start), detection: detection)
        case .commaSeparated:
            records = alignAll(DelimitedRows.commaSeparated(source, from: start), detection: detection)
        case .columnText(let columns):
            let title = titleBytes
            let text = source.text
            let isFurniture = { (span: ByteSpan) in Self.isFurniture(text, span.start..<span.end, title: title) }
            records = alignAll(columns.rows(from: start, isFurniture: isFurniture), detection: detection)
        case .htmlTable:
            preconditionFailure("HTML tables are read by buildFromHTML")
        }
        buildEntities(records, layout: detection.layout)
    }

    private mutating func buildEntities(_ records: [RowRecord], layout: TableLayout) {
        if layout == .indicatorRows {
            buildIndicatorRows(records)
        } else {
            let lists = readIndicatorLists(records)
            for (record, list) in zip(records, lists) { add(record, list: list) }
            listItems = []
            listLeftovers = []
        }
        demoteLoneUnits()
        finish()
    }

    /// The tables of a web page, read as the delimited tables they show. The title and the
    /// department come from the text before the first header: the page's headings and the
    /// table's own title rows.
    private mutating func buildFromHTML(_ detector: TableLayoutDetector, table: ByteSpan) {
        let rows = HTMLTableRows.rows(source)
        let tables = detector.detect(htmlRows: rows)
        guard let first = tables.first else {
            diagnose("parse-unknown-layout", .error,
                     "无法识别网页（HTML）中的表格：<table> 里未找到表头行（应含「项目名称」「绩效目标」「绩效指标」等列，或「主管部门、预算单位、项目名称」），"
                     + "也没有「项目名称、金额……、绩效目标、绩效指标」七列或「主管部门、预算单位、项目名称、绩效目标、绩效指标」五列且末列为绩效指标的行",
                     at: table)
            finish()
            return
        }
        document.layout = first.detection.layout
        var preamble = HTMLTableRows.textBlocks(source, before: table.start)
        if let header = first.detection.header {
            for row in rows where row.span.start < header.start {
                let filled = row.cells.filter { !$0.isEmpty }
                if filled.count == 1 { preamble.append(filled[0]) }
            }
        } else {
            diagnose("parse-missing-header", .info,
                     "未找到表头行，已按「\(first.detection.roles.compactMap { $0.map(Self.columnName) }.joined(separator: "、"))」的列顺序读取",
                     at: table)
        }
        readPreamble(preamble)
        var records: [RowRecord] = []
        for (detection, range) in tables {
            records += rows[range].compactMap { align($0, detection: detection) }
        }
        buildEntities(records, layout: first.detection.layout)
    }

    /// The title and the department from blocks of text before a web page's table header.
    private mutating func readPreamble(_ blocks: [CellText]) {
        for block in blocks {
            let text = block.string
            if text.hasPrefix("部门名称") || text.hasPrefix("主管部门") {
                if document.department == nil { readDepartment(in: block.sourceSpan) }
            } else if text.hasPrefix("单位：") || text.hasPrefix("单位:") {
                continue
            } else if document.title == nil {
                document.title = Located(text, at: block.sourceSpan)
            }
        }
        if let title = document.title?.value { document.year = Self.year(in: title, anywhere: true) }
    }

    // MARK: Preamble

    private func firstRowStart() -> Int { 0 }

    private func firstLineSpan() -> ByteSpan {
        for line in 1...source.lineCount where !source.lineSpan(line).isEmpty { return source.lineSpan(line) }
        return ByteSpan(start: 0, end: 0)
    }

    private mutating func readPreamble(before end: Int) {
        guard end > 0 else { return }
        let lastLine = source.lineIndex(of: max(0, end - 1)) + 1
        for line in 1...lastLine {
            let span = source.lineSpan(line)
            guard span.end <= end else { break }
            let text = trimmedText(span)
            guard !text.isEmpty else { continue }
            let trimmed = trimmedSpan(span)
            if text.hasPrefix("部门名称") || text.hasPrefix("主管部门") {
                // A wrapped department line continues up to the next blank line or 单位.
                var span = trimmed
                var next = line + 1
                while next <= lastLine {
                    let continuation = source.lineSpan(next)
                    let continuationText = trimmedText(continuation)
                    guard continuation.end <= end, !continuationText.isEmpty, !continuationText.hasPrefix("单位"),
                          !continuationText.contains("项目名称"), !text.contains("单位") else { break }
                    span = span.union(trimmedSpan(continuation))
                    next += 1
                }
                readDepartment(in: span)
            } else if text.hasPrefix("单位：") || text.hasPrefix("单位:") {
                continue
            } else if document.title == nil {
                document.title = Located(text, at: trimmed)
            }
        }
        if let title = document.title?.value { document.year = Self.year(in: title, anywhere: true) }
    }

    private mutating func readDepartment(in span: ByteSpan) {
        let bytes = source.text
        var index = span.start
        while index < span.end {
            let (value, length) = UTF8Scanning.scalar(in: bytes, at: index)
            index += length
            if value == 0xFF1A || value == 0x3A { break }
        }
        // The name runs to a space (before 单位：万元) or the end; wrapped lines are joined.
        var end = index
        var name = ""
        while end < span.end {
            let (value, length) = UTF8Scanning.scalar(in: bytes, at: end)
            if value == 0x0A || value == 0x0D { end += length; continue }
            if value == 0x20 || value == 0x09 || value == 0x3000 { break }
            name += String(decoding: bytes[end..<(end + length)], as: UTF8.self)
            end += length
        }
        let range = UTF8Scanning.trimWhitespace(bytes, index..<end)
        guard !range.isEmpty, !name.isEmpty else { return }
        let located = ByteSpan(start: range.lowerBound, end: range.upperBound)
        document.department = Located(name, at: located)
    }

    /// The text of `span` without Foundation's `.whitespaces` (tabs and space separators) around
    /// it: trimmed on the bytes of plain text, by Foundation (several thousand instructions a
    /// line) for any other.
    private func trimmedText(_ span: ByteSpan) -> String {
        let bytes = source.text
        guard bytes.withUnsafeBufferPointer({ PlainText.isPlain(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }) else {
            return source.string(in: span).trimmingCharacters(in: .whitespaces)
        }
        let trimmed = PlainText.trimmingWhitespaces(bytes, span.start..<span.end)
        return source.isKnownValidUTF8 ? String(copyingValidUTF8: bytes, trimmed) : String(decoding: bytes[trimmed], as: UTF8.self)
    }

    /// The text of a cell (of `range` of it), for the model: cells that share a source known to be
    /// valid UTF-8 are copied without a second check, which cost a tenth of a parse.
    private func text(of cell: CellText, _ range: Range<Int>? = nil) -> String {
        cell.string(range ?? 0..<cell.count, validSource: validSource)
    }

    private func trimmedSpan(_ span: ByteSpan) -> ByteSpan {
        let range = UTF8Scanning.trimWhitespace(source.text, span.start..<span.end)
        return ByteSpan(start: range.lowerBound, end: range.upperBound)
    }

    /// Whether a lone cell is furniture (a page title, a department or unit line, a repeated header
    /// row, a page number), told on its bytes where they lie when they are the
    /// source's (valid UTF-8, so the cell's string has the same bytes): made into a string and
    /// copied out again into an array, the cell cost 1,300 instructions before the test.
    private static func isFurniture(_ cell: CellText, validSource: [UInt8]?, title: [UInt8]?) -> Bool {
        guard cell.sharesBytes(of: validSource) else {
            let bytes = Array(cell.string.utf8)
            return isFurniture(bytes, 0..<bytes.count, title: title)
        }
        return isFurniture(cell.storage, cell.window, title: title)
    }

    /// Whether the line `bytes[range]` is furniture, read where it lies: a PDF extraction asks
    /// this of every line, and copying each line out (and the title with it) cost more than the test.
    private static func isFurniture(_ bytes: [UInt8], _ range: Range<Int>, title: [UInt8]?) -> Bool {
        let trimmed = UTF8Scanning.trimWhitespace(bytes, range, within: range)
        guard !trimmed.isEmpty else { return false }
        let content = bytes[trimmed]
        let (lower, upper) = (trimmed.lowerBound, trimmed.upperBound)
        // Compared as words where the line lies: `elementsEqual` and `starts(with:)` went through
        // the slice a byte at a time.
        if let title, title.count == trimmed.count, UTF8Scanning.hasPrefix(bytes, title, at: lower) { return true }
        for prefix in Self.furniturePrefixes where prefix.count <= trimmed.count && UTF8Scanning.hasPrefix(bytes, prefix, at: lower) {
            return true
        }
        if UTF8Scanning.find(Self.performanceWord, in: bytes, from: lower, to: upper) != nil,
           UTF8Scanning.find(Self.projectNameWord, in: bytes, from: lower, to: upper) != nil
            || UTF8Scanning.find(Self.tableTitleWord, in: bytes, from: lower, to: upper) != nil {
            return true
        }
        // 第 1 页, - 1 -, 1/20: short lines only.
        guard trimmed.count <= 40 else { return false }
        // Both tests below need a `-`, `/` or `页`. Plain text without one of their bytes has none,
        // and needs no String and no walk by Characters: most short lines are amounts.
        if UTF8Scanning.firstIndex(of: 0x2D, 0x2F, 0xB5, in: bytes, trimmed) == upper,
           bytes.withUnsafeBufferPointer({ PlainText.isPlain(UnsafeBufferPointer(rebasing: $0[trimmed])) }) {
            return false
        }
        let stripped = String(decoding: content, as: UTF8.self).filter { !$0.isWhitespace }
        if stripped.hasPrefix("第"), stripped.hasSuffix("页") { return true }
        if !stripped.isEmpty, stripped.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "/" || $0 == "共" || $0 == "页" }),
           stripped.contains(where: { $0 == "-" || $0 == "/" || $0 == "页" }) { return true }
        return false
    }

    private var titleBytes: [UInt8]? { document.title.map { Array($0.value.utf8) } }

    static let furniturePrefixes = ["部门名称", "单位：", "单位:"].map { Array($0.utf8) }
    static let projectNameWord = Array("项目名称".utf8)
    static let performanceWord = Array("绩效".utf8)
    static let tableTitleWord = Array("绩效目标表".utf8)

    // MARK: Rows to records

    /// The records of `rows`, in an array with room for one a row: `compactMap` grew it from
    /// empty, copying the records made so far (180 bytes each) into new memory again and again.
    private mutating func alignAll(_ rows: [DelimitedRows.Row], detection: TableLayoutDetector.Detection) -> [RowRecord] {
        var records: [RowRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            if let record = align(row, detection: detection) { records.append(record) }
        }
        return records
    }

    /// Assigns a delimited row's cells to roles. Rows with fewer cells than the header (a column
    /// lost on export) are aligned by content: amounts are numbers, an indicator list looks like one.
    private mutating func align(_ row: DelimitedRows.Row, detection: TableLayoutDetector.Detection) -> RowRecord? {
        let cells = row.cells
        // How many cells hold text, and the first that does, without collecting them.
        let nonEmptyCount = cells.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) }
        guard let first = cells.first, let firstNonEmpty = cells.first(where: { !$0.isEmpty }) else { return nil }
        if let headerFirstCell, PlainText.equals(first.storage, first.window, headerFirstCell) { return nil }
        if nonEmptyCount == 1, Self.isFurniture(firstNonEmpty, validSource: validSource,
                                                title: titleBytes) { return nil }
        // A repeated header row with other wording: its first cells are column names.
        if cells.count >= 3, UTF8Scanning.find(Self.nameWord, in: first.storage, from: first.window.lowerBound, to: first.window.upperBound) != nil, first.string.utf8.count <= 48,
           cells.prefix(4).filter({ ColumnRole.recognise($0.string) != nil }).count >= 3 {
            return nil
        }
        var record = RowRecord(span: row.span, line: row.line, cells: cells)
        let roles = detection.roles
        if nonEmptyCount == 1, cells.count < max(2, roles.count - 2) {
            diagnose("parse-unrecognised-row", .warning,
                     "无法识别的行「\(Self.excerpt(firstNonEmpty.string))」：它不在任何一列中，未能读入", at: firstNonEmpty.sourceSpan)
            return nil
        }
        if cells.count >= roles.count {
            for (index, role) in roles.enumerated() {
                guard let role else { continue }
                record.assign(role, toCellAt: index)
            }
            if cells.count > roles.count {
                let extra = cells[roles.count...].filter { !$0.isEmpty }
                for cell in extra {
                    diagnose("parse-extra-cell", .warning,
                             "第 \(row.line) 行多出一列「\(Self.excerpt(cell.string))」，表头只有 \(roles.count) 列", at: cell.sourceSpan)
                }
            }
            return record
        }
        // Fewer cells than columns: name first, then amounts (numbers or empty), then texts.
        var index = 0
        var textRoles = roles.compactMap { $0 }
        let leadingRoles = textRoles.prefix { ![ColumnRole.goal, .indicators].contains($0) && !ColumnRole.amountRoles.contains($0) }
        for role in leadingRoles where index < cells.count {
            record.assign(role, toCellAt: index)
            index += 1
        }
        textRoles.removeAll { leadingRoles.contains($0) }
        let amountRoles = textRoles.filter { ColumnRole.amountRoles.contains($0) }
        let firstAmount = index
        let textCellCount = cells[index...].filter { !$0.isEmpty && !isAmountCell($0) }.count
        while index < cells.count, index - firstAmount < amountRoles.count,
              cells[index].isEmpty || isAmountCell(cells[index]),
              cells.count - index > textCellCount || (cells[index].isEmpty == false && isAmountCell(cells[index])) {
            index += 1
        }
        // The amount cells are `cells[firstAmount..<index]`.
        let amountCount = index - firstAmount
        for position in 0..<amountCount {
            let cell = cells[firstAmount + position]
            if amountCount < amountRoles.count, position >= 2, position == amountCount - 1 {
                if !cell.isEmpty { record.unplacedAmounts.append(cell) }
            } else {
                record.assign(amountRoles[position], toCellAt: firstAmount + position)
            }
        }
        for textIndex in index..<cells.count where !cells[textIndex].isEmpty {
            let cell = cells[textIndex]
            if record[.indicators] == nil, IndicatorListParser.looksLikeIndicators(cell.bytes) {
                record.assign(.indicators, toCellAt: textIndex)
            } else if record[.goal] == nil {
                record.assign(.goal, toCellAt: textIndex)
            } else if record[.indicators] == nil {
                record.assign(.indicators, toCellAt: textIndex)
            } else {
                diagnose("parse-extra-cell", .warning, "第 \(row.line) 行多出一列「\(Self.excerpt(cell.string))」", at: cell.sourceSpan)
            }
        }
        return record
    }

    private func isAmountCell(_ cell: CellText) -> Bool {
        let trimmed = UTF8Scanning.trimWhitespace(cell.storage, cell.window, within: cell.window)
        return !trimmed.isEmpty && Self.amountValue(cell.storage, cell.window) != nil
    }

    // MARK: Records to entities

    private mutating func add(_ record: RowRecord, list: ParsedList?) {
        let rowAmounts = readAmounts(record)
        guard let nameCell = record[.name], !nameCell.isEmpty else {
            if record.hasText(.indicators) || record.hasText(.goal) {
                // A row without a name still holds a project.
                addProject(record, name: Located("", at: ByteSpan(start: record.span.start, end: record.span.start)),
                           amounts: rowAmounts, list: list)
            }
            return
        }
        // Told on the cell's bytes, where it lies.
        let (bytes, window) = (nameCell.storage, nameCell.window)
        if window.count <= Self.totalRowNameLimit, Self.totalRowNames.contains(where: { PlainText.equals(bytes, window, $0) }) {
            document.total = amounts(rowAmounts, unit: nil)
            return
        }
        let name = text(of: nameCell)
        let isUnitRow = document.layout != .unitTable && !record.hasText(.goal) && !record.hasText(.indicators)
            && !rowAmounts.isEmpty
        if isUnitRow {
            let located = Located(name, at: nameCell.sourceSpan)
            document.units.append(BudgetUnit(name: located, amounts: amounts(rowAmounts, unit: nil), span: record.span))
            return
        }
        addProject(record, name: Located(name, at: nameCell.sourceSpan), amounts: rowAmounts, list: list)
    }

    /// The names of the 合计 row, taken apart once rather than at each of three comparisons a row.
    private static let totalRowNames = ["合计", "总计", "合  计"].map(PlainText.Literal.init)

    /// No longer name is one of them: text canonically equal to a plain one takes at most four
    /// bytes a scalar of it (as ``PlainText/equals(_:_:_:)`` reasons). Most names are longer, and
    /// are told so without a comparison.
    private static let totalRowNameLimit = totalRowNames.map { $0.isPlain ? 4 * $0.scalarCount : Int.max }.max() ?? 0

    /// `list` is the parsed indicator cell of the record (nil when it has none).
    private mutating func addProject(_ record: RowRecord, name located: Located<String>, amounts rowAmounts: RowAmounts,
                                     list: ParsedList?) {
        let unit = unitIndex(for: record)
        let (code, name) = Self.splitCode(located, source: source)
        let goal = record[.goal].flatMap { $0.isEmpty ? nil : Located(text(of: $0), at: $0.sourceSpan) }
        let indicatorCell = record[.indicators].flatMap { $0.isEmpty || list == nil ? nil : $0 }
        // Made where it is stored, as indicators are.
        let projectIndex = document.projects.count
        document.projects.append(Project(name: name, code: code, year: Self.year(in: name.value, anywhere: false),
                                         amounts: amounts(rowAmounts, unit: unit), goal: goal,
                                         indicatorCell: indicatorCell?.sourceSpan, unit: unit, span: record.span))
        document.units[unit].projects.append(projectIndex)
        if let indicatorCell, let list {
            addIndicators(list, in: indicatorCell, project: projectIndex)
        }
    }

    /// Every record's indicator cell, parsed before any is added so that the indicator and value
    /// arrays can be sized exactly: grown while being filled, they were copied into fresh memory
    /// again and again, 7 % of a parse. The project array gets room for a project a record.
    ///
    /// The lists' items go into one array for the document, each list a range of it, and the
    /// parses share their scratch memory: each list allocated four arrays and freed them again.
    private mutating func readIndicatorLists(_ records: [RowRecord]) -> [ParsedList?] {
        var scratch = IndicatorListParser.Scratch()
        var lists: [ParsedList?] = []
        lists.reserveCapacity(records.count)
        // Room for an item every 64 bytes of list (the tables have one every 90 to 150): grown
        // instead, the array was copied into new memory again and again, 2 % of a parse.
        let listBytes = records.reduce(0) { $0 + ($1[.indicators]?.count ?? 0) }
        listItems.reserveCapacity(listBytes / 64 + 1)
        for record in records {
            guard let cell = record[.indicators], !cell.isEmpty else {
                lists.append(nil)
                continue
            }
            let (firstItem, firstLeftover) = (listItems.count, listLeftovers.count)
            IndicatorListParser.parse(cell.storage, cell.window, scratch: &scratch, items: &listItems, leftovers: &listLeftovers)
            lists.append(ParsedList(items: firstItem..<listItems.count, leftovers: firstLeftover..<listLeftovers.count))
        }
        var values = 0
        for item in listItems { values += item.values.count }
        document.indicators.reserveCapacity(listItems.count)
        nameHashes.reserveCapacity(listItems.count)
        document.values.reserveCapacity(values)
        valueTextHashes.reserveCapacity(values)
        // A distinct value text for every four or five values in the seed tables: grown from
        // empty instead, the table was copied into new memory eight or nine times a document.
        distinctValues.reserveCapacity(values / 4 + 16)
        valuePositions.reserveCapacity(values / 4 + 16)
        // At most one project a record, and one for each unit that demoteLoneUnits turns into one.
        document.projects.reserveCapacity(records.count)
        return lists
    }

    /// A parsed indicator cell: its items in ``listItems`` and text left over in ``listLeftovers``.
    private struct ParsedList {
        var items: Range<Int>
        var leftovers: Range<Int>
    }

    private mutating func unitIndex(for record: RowRecord) -> Int {
        if document.layout != .projectTable, let cell = record[.unit], !cell.isEmpty {
            // The unit named last (that of most rows) is told on the cell's bytes, without a
            // string and a dictionary lookup: the same bytes make the same name.
            if let currentUnit, ByteHash.withBytes(of: document.units[currentUnit].name.value, { unitName in
                cell.storage.withUnsafeBufferPointer { ByteHash.sameBytes(UnsafeBufferPointer(rebasing: $0[cell.window]), unitName) }
            }) {
                return currentUnit
            }
            let next = unitOfBytes.count
            let position = unitBytePositions.value(for: cell.storage, cell.window) { _, _ in next }
            if position < next {
                currentUnit = unitOfBytes[position]
                return unitOfBytes[position]
            }
            let name = text(of: cell)
            if let index = unitsByName[name] {
                unitOfBytes.append(index)
                currentUnit = index
                return index
            }
            document.units.append(BudgetUnit(name: Located(name, at: cell.sourceSpan), span: cell.sourceSpan))
            unitsByName[name] = document.units.count - 1
            unitOfBytes.append(document.units.count - 1)
            if document.department == nil, let department = record[.department], !department.isEmpty {
                document.department = Located(text(of: department), at: department.sourceSpan)
            }
            currentUnit = document.units.count - 1
            return document.units.count - 1
        }
        // A row without its unit (a merged cell printed once) belongs to the unit named last.
        if let currentUnit { return currentUnit }
        if let department = record[.department], !department.isEmpty, document.department == nil {
            document.department = Located(text(of: department), at: department.sourceSpan)
        }
        if !document.units.isEmpty { return document.units.count - 1 }
        // No unit row before the first project: the department is the unit.
        let name = document.department ?? Located("（未列明单位）", at: ByteSpan(start: record.span.start, end: record.span.start))
        document.units.append(BudgetUnit(name: name, span: name.span, isImplicit: true))
        return document.units.count - 1
    }

    /// The list's indicators go to the end of the document's, and the project gets their indices in
    /// one array made to size: appended one by one, each went through the project's array again.
    private mutating func addIndicators(_ list: ParsedList, in cell: CellText, project: Int) {
        let firstIndicator = document.indicators.count
        for range in listLeftovers[list.leftovers] {
            diagnose("parse-leftover-text", .warning,
                     "绩效指标中的「\(Self.excerpt(cell.string(range)))」不属于任何指标，未能读入；请按「序号、一级指标；二级指标；指标名称；年度指标值：…」填写",
                     at: cell.sourceSpan(range))
        }
        // Each item's fields are read where they lie in the list, not through a copy of the item
        // made and destroyed for every indicator. Names are made by the cell, not by `text(of:)`:
        // a method of the builder called in this mutating one was handed a copy of the whole
        // builder at every call.
        for position in list.items {
            let indicatorIndex = document.indicators.count
            let level1 = listItems[position].level1.map { Self.indicatorLevel($0, in: cell, validSource: validSource) }
            let level2 = listItems[position].level2.map { Self.indicatorLevel($0, in: cell, validSource: validSource) }
            let nameSpan = cell.sourceSpan(listItems[position].name)
            let name = cell.string(listItems[position].name, validSource: validSource)
            nameHashes.append(ByteHash.of(name))
            var period: Int?
            var annual: Int?
            for value in listItems[position].values {
                let valueIndex = appendValue(value, in: cell, indicator: indicatorIndex)
                switch value.which {
                case .period where period == nil: period = valueIndex
                case .annual where annual == nil: annual = valueIndex
                default:
                    diagnose("parse-duplicate-value", .warning,
                             "指标「\(name)」重复填写了\(value.which.rawValue)指标值「\(cell.string(value.range))」", at: cell.sourceSpan(value.range))
                }
                if value.unlabeled {
                    diagnose("parse-unlabeled-value", .warning,
                             "指标「\(name)」的指标值「\(cell.string(value.range))」前没有「年度指标值：」标签，已按年度指标值读入",
                             at: cell.sourceSpan(value.range))
                }
            }
            // Made where it is stored, once its values are known: a finished local copy, appended,
            // was copied field by field.
            document.indicators.append(Indicator(
                seq: listItems[position].seq.map { Located($0, at: listItems[position].seqRange.map { cell.sourceSpan($0) } ?? nameSpan) },
                level1: level1, level2: level2, name: Located(name, at: nameSpan),
                period: period, annual: annual, project: project, span: cell.sourceSpan(listItems[position].range)))
        }
        document.projects[project].indicators = Array(firstIndicator..<document.indicators.count)
    }

    /// A parsed level as the document keeps it: a known name shared, any other decoded from the cell.
    ///
    /// Static: a method of the builder, called from addIndicators (a mutating method), was handed a
    /// copy of the whole builder at every call (1,400 instructions) once it read the source too.
    private static func indicatorLevel(_ level: IndicatorListParser.Level, in cell: CellText,
                                       validSource: [UInt8]?) -> IndicatorLevel {
        let name: String
        if let known = level.knownName {
            name = IndicatorListParser.knownNames[known]
        } else {
            name = cell.string(level.nameRange, validSource: validSource)
        }
        return IndicatorLevel(code: level.code, name: name, span: cell.sourceSpan(level.range))
    }

    /// Adds a value to the document and returns its index.
    private mutating func appendValue(_ value: IndicatorListParser.Value, in cell: CellText, indicator: Int) -> Int {
        let next = distinctValues.count
        var keyHash: UInt64 = 0
        let position = valuePositions.value(for: cell.storage, cell.storageRange(value.range)) { _, hash in
            keyHash = hash
            return next
        }
        if position == next {
            // A text the document has not had before: decoded, parsed and hashed once.
            let text = text(of: cell, value.range)
            let textHash = cell.storage.withUnsafeBufferPointer { storage in
                ByteHash.of(text, decodedFrom: UnsafeBufferPointer(rebasing: storage[cell.storageRange(value.range)]), hash: keyHash)
            }
            distinctValues.append(DistinctValue(text: text, parsed: ValueParser.parse(text, scalars: &valueScalars), textHash: textHash))
        }
        let span = cell.sourceSpan(value.range)
        document.values.append(distinctValues[position].parsed.value(
            text: distinctValues[position].text, span: value.range.isEmpty ? ByteSpan(start: span.start, end: span.start) : span,
            which: value.which, indicator: indicator) { range in
            cell.sourceSpan((value.range.lowerBound + range.lowerBound)..<(value.range.lowerBound + range.upperBound))
        })
        valueTextHashes.append(distinctValues[position].textHash)
        return document.values.count - 1
    }

    /// One indicator a row: the project name repeats or is left blank on its continuation rows.
    private mutating func buildIndicatorRows(_ records: [RowRecord]) {
        var currentProject: Int?
        for record in records {
            let name = record[.name].map { $0.string.trimmingCharacters(in: .whitespaces) } ?? ""
            if !name.isEmpty, currentProject.map({ document.projects[$0].name.value }) != name
                || currentProject == nil {
                var projectRecord = record
                projectRecord[.indicators] = nil
                addProject(projectRecord, name: Located(name, at: record[.name]!.sourceSpan),
                           amounts: readAmounts(projectRecord), list: nil)
                currentProject = document.projects.count - 1
            }
            guard let project = currentProject else {
                diagnose("parse-unrecognised-row", .warning, "第 \(record.line) 行没有项目名称，也不接在某个项目之后，未能读入",
                         at: record.span)
                continue
            }
            if document.projects[project].goal == nil, let goal = record[.goal], !goal.isEmpty {
                document.projects[project].goal = Located(text(of: goal), at: goal.sourceSpan)
            }
            addIndicatorRow(record, project: project)
        }
    }

    private mutating func addIndicatorRow(_ record: RowRecord, project: Int) {
        func level(_ role: ColumnRole, second: Bool) -> IndicatorLevel? {
            guard let cell = record[role], !cell.isEmpty else { return nil }
            let parser = IndicatorListParser(cell.bytes + Array("；".utf8))
            if let found = parser.level(at: 0, second: second, limit: cell.count + 3) {
                return IndicatorLevel(code: found.level.code, name: parser.name(of: found.level), span: cell.sourceSpan)
            }
            return IndicatorLevel(code: nil, name: text(of: cell), span: cell.sourceSpan)
        }
        let indicatorIndex = document.indicators.count
        let nameCell = record[.indicatorName]
        let seq = record[.seq].flatMap { Int($0.string.trimmingCharacters(in: .whitespaces)) }
        var indicator = Indicator(
            seq: seq.map { Located($0, at: record[.seq]!.sourceSpan) },
            level1: level(.level1, second: false), level2: level(.level2, second: true),
            name: Located(nameCell.map { text(of: $0) } ?? "", at: nameCell?.sourceSpan ?? ByteSpan(start: record.span.start, end: record.span.start)),
            project: project, span: record.span)
        for (role, which) in [(ColumnRole.periodValue, ValuePeriod.period), (.annualValue, .annual)] {
            guard let cell = record[role], !cell.isEmpty else { continue }
            let value = IndicatorListParser.Value(which: which, range: 0..<cell.count, unlabeled: false)
            let valueIndex = appendValue(value, in: cell, indicator: indicatorIndex)
            if which == .period { indicator.period = valueIndex } else { indicator.annual = valueIndex }
        }
        nameHashes.append(ByteHash.of(indicator.name.value))
        document.indicators.append(indicator)
        document.projects[project].indicators.append(indicatorIndex)
    }

    /// A subtotal row with no projects after it, whose name is not an organisation, is a project
    /// that lost its goal and indicators.
    private mutating func demoteLoneUnits() {
        guard document.layout == .projectTable || document.layout == .pdfText else { return }
        let organisation = ["局", "中心", "院", "学校", "办公室", "站", "所", "处", "队", "会", "馆", "社", "团", "室", "部", "厅", "委"]
        var index = 0
        while index < document.units.count {
            let unit = document.units[index]
            func looksLikeOrganisation() -> Bool {
                organisation.contains { PlainText.hasSuffix(unit.name.value, $0) || PlainText.contains(unit.name.value, $0 + "（") }
            }
            if unit.projects.isEmpty, !unit.isImplicit, index > 0, !looksLikeOrganisation() {
                // Becomes a project of the previous unit.
                let owner = index - 1
                let project = Project(name: unit.name, year: Self.year(in: unit.name.value, anywhere: false),
                                      amounts: unit.amounts, unit: owner, span: unit.span)
                // Keep project order by position in the file.
                document.projects.append(project)
                document.units[owner].projects.append(document.projects.count - 1)
                document.units.remove(at: index)
                for projectIndex in document.projects.indices where document.projects[projectIndex].unit > index {
                    document.projects[projectIndex].unit -= 1
                }
                continue
            }
            index += 1
        }
    }

    // MARK: Amounts

    /// A row's amount cells, each read once: both the test for a unit subtotal row and the
    /// amounts of the row's project or unit need them.
    private struct RowAmounts {
        var placed = Amounts()
        /// Amounts of a row that lost a column: ``amounts(_:unit:)`` places them.
        var unplaced: [Located<Double>] = []

        var isEmpty: Bool { placed.isEmpty && unplaced.isEmpty }
    }

    private func readAmounts(_ record: RowRecord) -> RowAmounts {
        func value(_ cell: CellText?) -> Located<Double>? {
            guard let cell, !cell.isEmpty, let number = Self.amountValue(cell.storage, cell.window) else { return nil }
            return Located(number, at: cell.sourceSpan)
        }
        var result = RowAmounts()
        result.placed.total = value(record[.total])
        result.placed.fiscal = value(record[.fiscal])
        result.placed.special = value(record[.special])
        result.placed.other = value(record[.other])
        result.unplaced = record.unplacedAmounts.compactMap(value)
        return result
    }

    /// The amounts of a row in `unit` (nil: a unit or 合计 row), its unplaced ones in the column
    /// that the unit (or the 合计 row) leaves empty.
    private func amounts(_ row: RowAmounts, unit: Int?) -> Amounts {
        var result = row.placed
        for amount in row.unplaced {
            let profile = unit.map { document.units[$0].amounts } ?? document.total ?? Amounts()
            if profile.special == nil, profile.other != nil { result.other = amount }
            else if profile.other == nil, profile.special != nil { result.special = amount }
            else if result.special == nil { result.special = amount }
            else { result.other = amount }
        }
        return result
    }

    /// `53,606.52` → 53606.52; nil unless the bytes are a plain amount (ASCII or full-width digits).
    /// Read from the bytes, not a String: an amount holds no other non-ASCII scalars than full-width
    /// forms (`EF BC xx`, `EF BD xx`), U+00A0 and U+3000, so any other byte ≥ 0x80 (a stray one
    /// too, which a String would decode as U+FFFD) makes it no amount.
    static func amountValue(_ bytes: [UInt8], _ range: Range<Int>) -> Double? {
        var mantissa: Double = 0
        var fractionDigits = 0
        var sawPoint = false
        var sawDigit = false
        var negative = false
        var index = range.lowerBound
        while index < range.upperBound {
            var value = UInt32(bytes[index])
            var length = 1
            if value >= 0x80 {
                guard let wide = amountScalar(bytes, at: index, end: range.upperBound) else { return nil }
                (value, length) = wide
            }
            index += length
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            switch value {
            case 0x30...0x39:
                mantissa = mantissa * 10 + Double(value - 0x30)
                if sawPoint { fractionDigits += 1 }
                sawDigit = true
            case 0x2E where !sawPoint: sawPoint = true
            case 0x2C, 0x20, 0x09, 0xA0, 0x3000: continue
            case 0x2D where !sawDigit && !negative: negative = true
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        var divisor: Double = 1
        for _ in 0..<fractionDigits { divisor *= 10 }
        return (negative ? -mantissa : mantissa) / divisor
    }

    /// The non-ASCII scalar at `index` if it is one that an amount may hold (U+00A0, U+3000,
    /// U+FF01–U+FF5E), else nil.
    private static func amountScalar(_ bytes: [UInt8], at index: Int, end: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        if lead == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return (0xA0, 2) }
        guard index + 2 < end else { return nil }
        let (second, third) = (bytes[index + 1], bytes[index + 2])
        if lead == 0xE3, second == 0x80, third == 0x80 { return (0x3000, 3) }
        guard lead == 0xEF else { return nil }
        if second == 0xBC, (0x81...0xBF).contains(third) { return (0xFF00 + UInt32(third - 0x80), 3) }
        if second == 0xBD, (0x80...0x9E).contains(third) { return (0xFF40 + UInt32(third - 0x80), 3) }
        return nil
    }

    // MARK: Finishing

    /// Facts about the whole table that rules need for every project: computed once here.
    private mutating func deriveTableFacts() {
        document.usesCostFramework = document.indicators.indices.contains { index in
            guard let level1 = document.indicators[index].level1 else { return false }
            return level1.code == 4 || (level1.code == nil && Self.startsWithCost(level1.name))
        }
        markDuplicateNames()
        markCopies()
    }

    /// `name.hasPrefix("成本")`, which compares Characters (a thousand instructions a name), asked
    /// only of names whose first scalar can begin such a Character: 成 itself, or a compatibility
    /// ideograph (U+F900 and up; U+2F8B2 is canonically 成). Other first levels (产出指标, 效益指标)
    /// are told by their first scalar.
    private static func startsWithCost(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.value == 0x6210 || first.value >= 0xF900 else { return false }
        return name.hasPrefix("成本")
    }

    /// Marks indicators named like an earlier one of the same project (the same bytes). A project
    /// has a handful to a few dozen indicators: a scan of the first occurrences' hashes costs less
    /// there than a dictionary.
    private mutating func markDuplicateNames() {
        var firsts: [(hash: UInt64, index: Int)] = []
        for project in document.projects.indices {
            firsts.removeAll(keepingCapacity: true)
            for index in document.projects[project].indicators {
                guard !document.indicators[index].name.value.isEmpty else { continue }
                let hash = nameHashes[index]
                if let first = firsts.first(where: {
                    $0.hash == hash && ByteHash.sameBytes(document.indicators[$0.index].name.value, document.indicators[index].name.value)
                }) {
                    document.indicators[index].duplicateOf = first.index
                } else {
                    firsts.append((hash, index))
                }
            }
        }
    }

    /// Projects with the same indicator list: hash each indicator (name and both values), compare
    /// the sorted hashes, and confirm a match on the texts themselves.
    ///
    /// Its memory is made once a document: the sorted hashes of every project back to back in one
    /// array, a group's projects linked through another, and an open-addressed table of groups.
    /// An array of hashes and one of projects for each project, and a dictionary, cost half the
    /// pass; so did copies of the indicators compared, made to read their texts.
    private mutating func markCopies() {
        let emptyHash = ByteHash.of("")
        func entryHash(_ position: Int) -> UInt64 {
            let period = document.indicators[position].period.map { valueTextHashes[$0] } ?? emptyHash
            let annual = document.indicators[position].annual.map { valueTextHashes[$0] } ?? emptyHash
            return ByteHash.combine(ByteHash.combine(nameHashes[position], period), annual)
        }
        func valueText(_ value: Int?) -> String { value.map { document.values[$0].text } ?? "" }
        func joined(_ position: Int) -> String {
            let indicator = document.indicators[position]
            return indicator.name.value + "\u{1}" + valueText(indicator.period) + "\u{1}" + valueText(indicator.annual)
        }
        /// The same name and values, byte for byte, read where they lie: a copy of each indicator
        /// retained and released all its strings.
        func sameEntry(_ one: Int, _ other: Int) -> Bool {
            ByteHash.sameBytes(document.indicators[one].name.value, document.indicators[other].name.value)
                && ByteHash.sameBytes(valueText(document.indicators[one].period), valueText(document.indicators[other].period))
                && ByteHash.sameBytes(valueText(document.indicators[one].annual), valueText(document.indicators[other].annual))
        }
        var left: [(hash: UInt64, position: Int)] = []
        var right: [(hash: UInt64, position: Int)] = []
        /// Entries paired in hash order with the same bytes: then the texts are equal as strings
        /// too, without joining and sorting them.
        func sameBytes(_ first: [Int], _ second: [Int]) -> Bool {
            guard first.count == second.count else { return false }
            left.removeAll(keepingCapacity: true)
            right.removeAll(keepingCapacity: true)
            for position in first { left.append((entryHash(position), position)) }
            for position in second { right.append((entryHash(position), position)) }
            left.sort { $0.hash < $1.hash }
            right.sort { $0.hash < $1.hash }
            return zip(left, right).allSatisfy { $0.hash == $1.hash && sameEntry($0.position, $1.position) }
        }
        func sameList(_ first: [Int], _ second: [Int]) -> Bool {
            // Strings compare as Unicode text: bytes that differ may still be the same text.
            sameBytes(first, second) || first.map(joined).sorted() == second.map(joined).sorted()
        }
        // Projects grouped by their sorted entry hashes (the signature), found by one 64-bit hash
        // of it: hashing an `[Int]` key ran the standard hasher over every element, twice on a miss.
        var signatures: [UInt64] = []
        signatures.reserveCapacity(document.indicators.count)
        var groups: [CopyGroup] = []
        groups.reserveCapacity(document.projects.count)
        var nextInGroup = [Int](repeating: -1, count: document.projects.count)
        // Group indices or -1, at most half full.
        var slotCount = 16
        while slotCount < document.projects.count * 2 { slotCount *= 2 }
        var slots = [Int32](repeating: -1, count: slotCount)
        let mask = slotCount - 1
        for index in document.projects.indices {
            guard document.projects[index].indicators.count >= 3 else { continue }
            let start = signatures.count
            for position in document.projects[index].indicators { signatures.append(entryHash(position)) }
            signatures.withUnsafeMutableBufferPointer { $0[start...].sort() }
            let signature = start..<signatures.count
            let signatureHash = signatures[signature].reduce(UInt64(signature.count)) { ByteHash.combine($0, $1) }
            var slot = Int(truncatingIfNeeded: signatureHash) & mask
            var found: Int?
            while slots[slot] >= 0 {
                let candidate = Int(slots[slot])
                if groups[candidate].signatureHash == signatureHash, signatures[groups[candidate].signature] == signatures[signature] {
                    found = candidate
                    break
                }
                slot = (slot + 1) & mask
            }
            guard let group = found else {
                slots[slot] = Int32(groups.count)
                groups.append(CopyGroup(signature: signature, signatureHash: signatureHash, first: index, last: index))
                continue
            }
            // The group keeps the signature: this project's copy of it goes.
            signatures.removeLast(signature.count)
            var member = groups[group].first
            while member >= 0, !sameList(document.projects[member].indicators, document.projects[index].indicators) {
                member = nextInGroup[member]
            }
            if member >= 0 {
                document.projects[index].copyOf = member
            } else {
                nextInGroup[groups[group].last] = index
                groups[group].last = index
            }
        }
    }

    /// Projects whose indicators have the same sorted entry hashes, in document order: the first
    /// and the last of them, and `nextInGroup` from each to the next.
    private struct CopyGroup {
        /// The sorted entry hashes, in `signatures`.
        var signature: Range<Int>
        var signatureHash: UInt64
        var first: Int
        var last: Int
    }

    private mutating func finish() {
        deriveTableFacts()
        if document.year == nil {
            var counts: [Int: Int] = [:]
            for project in document.projects { if let year = project.year { counts[year, default: 0] += 1 } }
            document.year = counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key
        }
        if document.projects.isEmpty, document.diagnostics.isEmpty {
            diagnose("parse-no-projects", .error,
                     "表格中没有读到任何项目：找到了表头，但其后没有项目行（应为「项目名称、金额、绩效目标、绩效指标」各列）",
                     at: firstLineSpan())
        }
        for index in document.diagnostics.indices {
            document.diagnostics[index].resolve(in: source)
        }
    }

    /// A file that is not text gets one error saying what it is, at its first bytes.
    mutating func reportBinary(_ format: BinaryFormat) {
        diagnose("parse-binary-file", .error, format.message, at: ByteSpan(start: 0, end: 0))
        finish()
    }

    private mutating func reportUnknownLayout() {
        diagnose("parse-unknown-layout", .error,
                 "无法识别表格版式：未找到表头行（应含「项目名称」「绩效目标」「绩效指标」等列，或「主管部门、预算单位、项目名称」），也未找到「1、1-产出指标；…；年度指标值：…」格式的绩效指标",
                 at: firstLineSpan())
        finish()
    }

    private mutating func diagnose(_ id: String, _ severity: Severity, _ message: String, at span: ByteSpan) {
        document.diagnostics.append(Diagnostic(ruleId: id, severity: severity, category: "parse", title: Self.titles[id],
                                               message: message, file: source.path, span: span,
                                               context: DiagnosticContext(department: document.department?.value)))
    }

    static let nameWord = Array("名称".utf8)

    static let titles: [String: String] = [
        "parse-unknown-layout": "无法识别的表格版式",
        "parse-binary-file": "不是文本的文件",
        "parse-missing-header": "缺少表头行",
        "parse-no-projects": "表格中没有项目",
        "parse-unrecognised-row": "无法识别的行",
        "parse-extra-cell": "多出的单元格",
        "parse-leftover-text": "未能读入的指标文字",
        "parse-unlabeled-value": "指标值缺少标签",
        "parse-duplicate-value": "重复的指标值",
    ]

    // MARK: Helpers

    static func excerpt(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
    }

    static func columnName(_ role: ColumnRole) -> String {
        switch role {
        case .name: "项目名称"
        case .total: "总计"
        case .fiscal: "财政拨款"
        case .special: "财政专户拨款"
        case .other: "其他资金"
        case .goal: "绩效目标"
        case .indicators: "绩效指标"
        case .department: "主管部门"
        case .unit: "预算单位"
        case .seq: "序号"
        case .level1: "一级指标"
        case .level2: "二级指标"
        case .indicatorName: "三级指标"
        case .periodValue: "实施周期指标值"
        case .annualValue: "年度指标值"
        }
    }

    /// `24.1-医疗保险补助资金` → code `24.1`, name `医疗保险补助资金`.
    static func splitCode(_ name: Located<String>, source: SourceFile) -> (String?, Located<String>) {
        // A code starts with an ASCII digit or `.`: most names do not, and need no scalar array.
        guard let first = name.value.unicodeScalars.first, first.isASCII, isNumeric(first) || first == "." else {
            return (nil, name)
        }
        // The usual such name starts with a year (`2025年…`): after its ASCII digits comes a scalar
        // that is no digit and no dash, so no code; told without an array of the name's scalars.
        let utf8 = name.value.utf8
        let digitsEnd = utf8.firstIndex { !(($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E) } ?? utf8.endIndex
        let scalarsAfterDigits = name.value.unicodeScalars[digitsEnd...]
        if let next = scalarsAfterDigits.first, !isNumeric(next), !Self.codeDashes.contains(next) {
            return (nil, name)
        }
        if let dash = scalarsAfterDigits.first, Self.codeDashes.contains(dash) {
            return splitCode(name, asciiCodeEnd: digitsEnd, dash: dash, source: source)
        }
        let scalars = Array(name.value.unicodeScalars)
        var index = 0
        while index < scalars.count, isNumeric(scalars[index]) || scalars[index] == "." { index += 1 }
        guard index > 0, index < scalars.count - 1, Self.codeDashes.contains(scalars[index]),
              scalars[0].isASCII, scalars[index - 1] != "." else { return (nil, name) }
        let code = String(String.UnicodeScalarView(scalars[0..<index]))
        // `2024-2026年……` is a year range that begins the name, not a project code.
        if let first = Int(code), (1990...2099).contains(first), code.count == 4,
           scalars[index + 1].isASCII, isNumeric(scalars[index + 1]) {
            return (nil, name)
        }
        let rest = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        return (code, Located(rest, at: nameSpan(name, skipping: code.utf8.count + String(scalars[index]).utf8.count, source: source)))
    }

    /// ``splitCode(_:source:)`` of a name whose code is the ASCII digits and points before
    /// `asciiCodeEnd`, where `dash` stands: told and cut on the name's own bytes. Built scalar by
    /// scalar from an array of them, the code and the rest cost 25,000 instructions a coded name.
    private static func splitCode(_ name: Located<String>, asciiCodeEnd: String.Index, dash: Unicode.Scalar,
                                  source: SourceFile) -> (String?, Located<String>) {
        let scalars = name.value.unicodeScalars
        let restStart = scalars.index(after: asciiCodeEnd)
        guard restStart < scalars.endIndex, let last = name.value.utf8[..<asciiCodeEnd].last, last != 0x2E else {
            return (nil, name)
        }
        let code = String(name.value.unicodeScalars[..<asciiCodeEnd])
        // `2024-2026年……` is a year range that begins the name, not a project code.
        if let first = Int(code), (1990...2099).contains(first), code.utf8.count == 4,
           scalars[restStart].isASCII, isNumeric(scalars[restStart]) {
            return (nil, name)
        }
        let rest = String(name.value.unicodeScalars[restStart...])
        return (code, Located(rest, at: nameSpan(name, skipping: code.utf8.count + String(dash).utf8.count, source: source)))
    }

    /// The span of `name` after its first `byteOffset` bytes (a code and its dash), which skips the
    /// line breaks and spaces of a name wrapped over lines; it still ends where it ended.
    private static func nameSpan(_ name: Located<String>, skipping byteOffset: Int, source: SourceFile) -> ByteSpan {
        var start = name.span.start
        var skipped = 0
        while skipped < byteOffset, start < name.span.end {
            if source.text[start] == 0x0A || source.text[start] == 0x0D || source.text[start] == 0x20 { start += 1; continue }
            start += 1
            skipped += 1
        }
        return ByteSpan(start: start, end: name.span.end)
    }

    /// What stands between a code and the name (`24.1-医疗保险补助资金`).
    private static let codeDashes: [Unicode.Scalar] = ["-", "－", "—"]

    /// Whether a scalar has a numeric type; in ASCII only the digits do, which spares the
    /// Unicode property lookup for the usual code prefix.
    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// The first year (1990–2099) written as `2025年` or `2024-2025年`.
    static func year(in text: String, anywhere: Bool) -> Int? {
        // Digits are ASCII and one byte each, so the scalar search runs on the UTF-8 bytes.
        var text = text
        return text.withUTF8 { bytes in
            func isDigit(_ index: Int) -> Bool { bytes[index] >= 0x30 && bytes[index] <= 0x39 }
            var index = 0
            while index + 4 < bytes.count {
                // Eight bytes ≥ 0x80 (the CJK of most of a name) start no year: passed over as one word.
                if let base = bytes.baseAddress, index + 8 <= bytes.count,
                   UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080
                    == 0x8080_8080_8080_8080 {
                    index += 8
                    continue
                }
                defer { index += 1 }
                guard isDigit(index), isDigit(index + 1), isDigit(index + 2), isDigit(index + 3),
                      index == 0 || !isDigit(index - 1), yearFollower(bytes, at: index + 4) else { continue }
                var year = 0
                for position in index..<(index + 4) { year = year * 10 + Int(bytes[position] - 0x30) }
                if (1990...2099).contains(year) { return year }
            }
            return nil
        }
    }

    /// `年`, `-`, `－`, `—` or `至` at `index`: what follows a year.
    private static func yearFollower(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if bytes[index] == 0x2D { return true }
        guard index + 2 < bytes.count else { return false }
        return yearFollowers.contains { $0[0] == bytes[index] && $0[1] == bytes[index + 1] && $0[2] == bytes[index + 2] }
    }

    private static let yearFollowers: [[UInt8]] = ["年", "－", "—", "至"].map { Array($0.utf8) }
}
