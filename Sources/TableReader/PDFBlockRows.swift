import LintModel

/// Reads text extracted from a PDF table that has no amount columns (`主管部门 预算单位 项目名称
/// 绩效目标 绩效指标`). Without amounts to anchor a record, a record is the text cells before an
/// indicator list plus the list itself; the text cells are the blocks between blank lines, placed
/// from the goal backwards, so a merged 主管部门 or 预算单位 cell printed only on its first row
/// leaves the later records with just their name and goal. Where no blank line parts the cells,
/// they are told apart by where their lines wrap (``splitWrappedCells(_:slack:)``).
struct PDFBlockRows {
    let source: SourceFile
    /// The text columns before the indicator list, in header order (e.g. department, unit, name, goal).
    let textRoles: [ColumnRole]

    func records(from start: Int, isFurniture: (ByteSpan) -> Bool) -> [RowRecord] {
        let text = source.text
        let lines = PDFLine.lines(of: source, from: start, isFurniture: isFurniture)

        var found: [(leading: [PDFLine], list: [PDFLine])] = []
        var leading: [PDFLine] = []
        var list: [PDFLine] = []

        func finish() {
            guard !leading.isEmpty || !list.isEmpty else { return }
            found.append((leading, list))
            leading = []
            list = []
        }

        for line in lines {
            if list.isEmpty {
                if line.opensIndicators, !leading.isEmpty { list.append(line) } else { leading.append(line) }
            } else if startsNextRecord(line, leading: leading, list: list) {
                finish()
                leading.append(line)
            } else {
                list.append(line)
            }
        }
        finish()
        let slack = wrapSlack(found.map(\.list))
        let split = found.map { (cells: splitWrappedCells(blocks($0.leading), slack: slack), list: $0.list) }
        // The 主管部门 and 预算单位 of records whose every cell was told apart, to find them
        // in records where one ran into the next.
        var knownNames = Set<String>()
        for (cells, _) in split where cells.count == textRoles.count {
            for (role, cell) in zip(textRoles, cells) where role == .department || role == .unit {
                knownNames.insert(joined(cell))
            }
        }
        return split.map { found in
            let cells = found.cells.count < textRoles.count ? splitKnownNames(found.cells, knownNames) : found.cells
            let all = found.cells.flatMap { $0 } + found.list
            let span = all.dropFirst().reduce(all[0].span) { $0.union($1.span) }
            var record = RowRecord(span: span, line: source.lineIndex(of: span.start) + 1)
            for (role, block) in place(cells) {
                var cell = CellText()
                for line in block { cell.append(text, line.span) }
                record[role] = cell
            }
            if !found.list.isEmpty {
                var cell = CellText()
                for line in found.list { cell.append(text, line.span) }
                record[.indicators] = cell
            }
            return record
        }
    }

    private func joined(_ lines: [PDFLine]) -> String {
        lines.map { source.string(in: $0.span) }.joined()
    }

    /// Cells split where their first lines are a department or unit named in another record:
    /// the name's last line was as wide as its column, so the wrap did not show where it ended.
    private func splitKnownNames(_ cells: [[PDFLine]], _ knownNames: Set<String>) -> [[PDFLine]] {
        guard !knownNames.isEmpty else { return cells }
        var result: [[PDFLine]] = []
        for (index, cell) in cells.enumerated() {
            var rest = cell[...]
            // The goal (the last cell) holds no unit.
            if index < cells.count - 1 {
                var cut = 1
                while cut < rest.count, result.count + 1 < textRoles.count {
                    let head = rest.prefix(cut)
                    if knownNames.contains(joined(Array(head))) {
                        result.append(Array(head))
                        rest = rest.dropFirst(cut)
                        cut = 1
                    } else {
                        cut += 1
                    }
                }
            }
            if !rest.isEmpty { result.append(Array(rest)) }
        }
        return result
    }

    /// The blocks between blank lines.
    private func blocks(_ lines: [PDFLine]) -> [[PDFLine]] {
        var blocks: [[PDFLine]] = []
        for line in lines {
            if line.afterBlank || blocks.isEmpty { blocks.append([line]) } else { blocks[blocks.count - 1].append(line) }
        }
        return blocks
    }

    /// The cells of a record whose text has no blank line between them (one block), told apart by
    /// how they wrap. A cell is wrapped at its column's width, so every line of it but the last
    /// is about as wide as its first (within `slack`, see ``wrapSlack(_:)``): a line after a
    /// narrower one, or wider than the cell's first line, starts the next cell. The goal is the last column before the list and much wider than the
    /// name columns, so the cells from the first one about as wide as the widest are the goal,
    /// its broken lines included.
    private func splitWrappedCells(_ blocks: [[PDFLine]], slack: Int) -> [[PDFLine]] {
        guard blocks.count == 1, textRoles.count > 1, let block = blocks.first, block.count > 1 else { return blocks }
        var cells: [[PDFLine]] = []
        var columnWidth = 0
        var previousWidth = 0
        for line in block {
            let width = displayWidth(line.span)
            if cells.isEmpty || previousWidth < columnWidth - slack || width > columnWidth + slack {
                cells.append([line])
                columnWidth = width
            } else {
                cells[cells.count - 1].append(line)
            }
            previousWidth = width
        }
        let firstWidths = cells.map { displayWidth($0[0].span) }
        guard let widest = firstWidths.max(),
              let goal = firstWidths.firstIndex(where: { $0 * 4 >= widest * 3 }) else { return cells }
        return Array(cells[..<goal]) + [cells[goal...].flatMap { $0 }]
    }

    /// How much narrower than its column a full line of this page may print: measured on the
    /// indicator lists, whose lines but the last are full, as the widest shortfall of 19 in 20
    /// lines, and a column more. Punctuation and digits print narrower than CJK characters.
    private func wrapSlack(_ lists: [[PDFLine]]) -> Int {
        var shortfalls: [Int] = []
        for list in lists where list.count >= 3 {
            let widths = list.dropLast().map { displayWidth($0.span) }
            guard let widest = widths.max() else { continue }
            shortfalls += widths.map { widest - $0 }
        }
        guard !shortfalls.isEmpty else { return 2 }
        shortfalls.sort()
        return shortfalls[shortfalls.count * 19 / 20] + 1
    }

    /// A line's width as printed: a CJK or other wide character takes two columns, ASCII one.
    private func displayWidth(_ span: ByteSpan) -> Int {
        var width = 0
        var index = span.start
        while index < span.end {
            let byte = source.text[index]
            if byte < 0x80 {
                width += 1
                index += 1
            } else {
                width += 2
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            }
        }
        return width
    }

    /// Places blocks on the text columns from the last backwards; extra blocks join the goal.
    private func place(_ blocks: [[PDFLine]]) -> [(ColumnRole, [PDFLine])] {
        guard !blocks.isEmpty else { return [] }
        var roles = textRoles
        if roles.last == .goal, let last = blocks.last, !looksLikeGoal(last) {
            // No goal cell in this record: the last block is the name (or the column before the goal).
            roles.removeLast()
        }
        guard !roles.isEmpty else { return [] }
        var placed: [(ColumnRole, [PDFLine])] = []
        if blocks.count > roles.count {
            // More blocks than columns: the leading columns take one block each, the last takes the rest.
            let leadingCount = roles.count - 1
            for index in 0..<leadingCount { placed.append((roles[index], blocks[index])) }
            placed.append((roles[leadingCount], blocks[leadingCount...].flatMap { $0 }))
            return placed
        }
        let firstRole = roles.count - blocks.count
        for (offset, block) in blocks.enumerated() { placed.append((roles[firstRole + offset], block)) }
        return placed
    }

    /// A goal is a sentence: long, or ending with a full stop.
    private func looksLikeGoal(_ block: [PDFLine]) -> Bool {
        let text = block.map { source.string(in: $0.span) }.joined()
        return text.count > 24 || text.hasSuffix("。") || text.hasSuffix(".") || text.hasSuffix("；")
    }

    /// Whether the indicator list read so far ends with a full stop; a `.` after a digit is a
    /// decimal point broken off its digits (`≥1.` / `1`), not one.
    private func listIsComplete(_ list: [PDFLine]) -> Bool {
        guard let last = list.last else { return false }
        let text = source.string(in: last.span)
        if text.hasSuffix(".") { return !(text.dropLast().last?.isASCII == true && text.dropLast().last?.isNumber == true) }
        return text.hasSuffix("。")
    }

    /// Whether a line after an indicator list opens the next record rather than continuing the list.
    private func startsNextRecord(_ line: PDFLine, leading: [PDFLine], list: [PDFLine]) -> Bool {
        guard !line.opensIndicators, listIsComplete(list) else { return false }
        // A record whose first cell repeats this record's first line starts here whatever it looks like.
        if line.afterBlank, let first = leading.first, source.string(in: line.span) == source.string(in: first.span) {
            return true
        }
        return !line.hasValueLabel && !continuesList(line)
    }

    /// A line that opens the list's next item (`4、…`) continues it.
    private func continuesList(_ line: PDFLine) -> Bool {
        let text = source.string(in: line.span)
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty else { return false }
        let rest = text.dropFirst(digits.count)
        return rest.hasPrefix("、") || rest.hasPrefix("．") || rest.hasPrefix(". ")
    }
}
