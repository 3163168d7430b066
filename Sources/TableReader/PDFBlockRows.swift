import LintModel

/// Reads text extracted from a PDF table that has no amount columns (`主管部门 预算单位 项目名称
/// 绩效目标 绩效指标`). Without amounts to anchor a record, a record is the text cells before an
/// indicator list plus the list itself; the text cells are the blocks between blank lines, placed
/// from the goal backwards, so a merged 主管部门 or 预算单位 cell printed only on its first row
/// leaves the later records with just their name and goal.
struct PDFBlockRows {
    let source: SourceFile
    /// The text columns before the indicator list, in header order (e.g. department, unit, name, goal).
    let textRoles: [ColumnRole]

    func records(from start: Int, isFurniture: (ByteSpan) -> Bool) -> [RowRecord] {
        let text = source.text
        let lines = PDFLine.lines(of: source, from: start, isFurniture: isFurniture)

        var records: [RowRecord] = []
        var leading: [PDFLine] = []
        var list: [PDFLine] = []

        func finish() {
            guard !leading.isEmpty || !list.isEmpty else { return }
            let all = leading + list
            let span = all.dropFirst().reduce(all[0].span) { $0.union($1.span) }
            var record = RowRecord(span: span, line: source.lineIndex(of: span.start) + 1)
            for (role, block) in place(blocks(leading)) {
                var cell = CellText()
                for line in block { cell.append(text, line.span) }
                record[role] = cell
            }
            if !list.isEmpty {
                var cell = CellText()
                for line in list { cell.append(text, line.span) }
                record[.indicators] = cell
            }
            records.append(record)
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
        return records
    }

    /// The blocks between blank lines.
    private func blocks(_ lines: [PDFLine]) -> [[PDFLine]] {
        var blocks: [[PDFLine]] = []
        for line in lines {
            if line.afterBlank || blocks.isEmpty { blocks.append([line]) } else { blocks[blocks.count - 1].append(line) }
        }
        return blocks
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

    /// Whether the indicator list read so far ends with a full stop.
    private func listIsComplete(_ list: [PDFLine]) -> Bool {
        guard let last = list.last else { return false }
        let text = source.string(in: last.span)
        return text.hasSuffix("。") || text.hasSuffix(".")
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
