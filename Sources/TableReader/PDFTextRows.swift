import LintModel

/// Reads text extracted from a PDF, where every cell is hard-wrapped and nothing separates the
/// columns: a record is name lines, an amounts line (or a name line ending with amounts), goal
/// lines, then the indicator list (starting `1、1-产出指标…`) until the next record.
struct PDFTextRows {
    let source: SourceFile
    let amountRoles: [ColumnRole]

    private enum State { case name, goal, indicators }

    func records(from start: Int, isFurniture: (ByteSpan) -> Bool) -> [RowRecord] {
        let text = source.text
        let lines = PDFLine.lines(of: source, from: start, isFurniture: isFurniture)

        var records: [RowRecord] = []
        var state = State.name
        var name = CellText()
        var amounts: [ByteSpan] = []
        var goal = CellText()
        var indicators = CellText()
        var recordSpan: ByteSpan?

        func finish() {
            guard let span = recordSpan else { return }
            var record = RowRecord(span: span, line: source.lineIndex(of: span.start) + 1)
            record[.name] = name
            var cells = amounts.map { CellText(text, $0) }
            for role in amountRoles where !cells.isEmpty {
                record[role] = cells.removeFirst()
            }
            // Two amounts are 总计 and 财政拨款; a third cannot be placed from position alone.
            if amounts.count < amountRoles.count, amounts.count > 2 {
                record[amountRoles[amounts.count - 1]] = nil
                record.unplacedAmounts = [CellText(text, amounts[amounts.count - 1])]
            }
            if !goal.isEmpty { record[.goal] = goal }
            if !indicators.isEmpty { record[.indicators] = indicators }
            records.append(record)
            name = CellText()
            amounts = []
            goal = CellText()
            indicators = CellText()
            recordSpan = nil
        }

        for (position, line) in lines.enumerated() {
            switch state {
            case .name:
                if !line.amounts.isEmpty {
                    if !line.textSpan.isEmpty { name.append(text, line.textSpan) }
                    amounts = line.amounts
                    state = .goal
                } else if line.opensIndicators, recordSpan != nil {
                    // A record without amounts: what was read as its name is its goal.
                    goal = name
                    name = CellText()
                    indicators.append(text, line.span)
                    state = .indicators
                } else {
                    name.append(text, line.span)
                }
            case .goal, .indicators:
                if startsRecord(lines, at: position, state: state, goalIsEmpty: goal.isEmpty, indicators: indicators) {
                    finish()
                    if !line.amounts.isEmpty {
                        if !line.textSpan.isEmpty { name.append(text, line.textSpan) }
                        amounts = line.amounts
                        state = .goal
                    } else {
                        name.append(text, line.span)
                        state = .name
                    }
                } else if state == .goal, line.opensIndicators {
                    indicators.append(text, line.span)
                    state = .indicators
                } else if state == .goal {
                    goal.append(text, line.span)
                } else {
                    indicators.append(text, line.span)
                }
            }
            recordSpan = recordSpan.map { $0.union(line.span) } ?? line.span
        }
        finish()
        return records
    }

    /// Whether `lines[position]` opens a new record while reading a goal or an indicator list.
    private func startsRecord(_ lines: [PDFLine], at position: Int, state: State, goalIsEmpty: Bool,
                              indicators: CellText) -> Bool {
        let line = lines[position]
        if line.opensIndicators { return false }
        if !line.amounts.isEmpty, !line.textSpan.isEmpty { return true }
        // Names are indented; one leading space is only a wrap that fell before a space.
        if line.indent > 1 { return true }
        // A name is followed by amounts within a few lines, before any indicator list.
        var lookahead = position
        var seen = 0
        var reachesAmounts = false
        while lookahead < lines.count, seen < 4 {
            // A name never holds a value label; a wrapped indicator line does.
            if lines[lookahead].opensIndicators || lines[lookahead].hasValueLabel { break }
            if !lines[lookahead].amounts.isEmpty { reachesAmounts = true; break }
            lookahead += 1
            seen += 1
        }
        guard reachesAmounts else { return false }
        if state == .goal { return goalIsEmpty }
        // The list so far must be complete: it ends a sentence.
        let (bytes, window) = (indicators.storage, indicators.window)
        let trimmed = UTF8Scanning.trimWhitespace(bytes, window, within: window)
        guard !trimmed.isEmpty else { return true }
        let previous = UTF8Scanning.previousStart(in: bytes, before: trimmed.upperBound, floor: window.lowerBound)
        let last = UTF8Scanning.scalar(in: bytes, at: previous, end: window.upperBound).value
        return last == 0x3002 || last == 0xFF1B || last == 0x3B
    }
}
