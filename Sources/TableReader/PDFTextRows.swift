import LintModel

/// Reads text extracted from a PDF, where every cell is hard-wrapped and nothing separates the
/// columns: a record is name lines, an amounts line (or a name line ending with amounts), goal
/// lines, then the indicator list (starting `1、1-产出指标…`) until the next record.
struct PDFTextRows {
    let source: SourceFile
    let amountRoles: [ColumnRole]

    private enum State { case name, goal, indicators }

    private struct Line {
        var span: ByteSpan
        var indent: Int
        /// Text part before any trailing amounts.
        var textSpan: ByteSpan
        var amounts: [ByteSpan]
        var opensIndicators: Bool
        var hasValueLabel: Bool
        var isAmountsOnly: Bool { textSpan.isEmpty && !amounts.isEmpty }
    }

    func records(from start: Int, isFurniture: (ByteSpan) -> Bool) -> [RowRecord] {
        let text = source.text
        var lines: [Line] = []
        for lineIndex in source.lineIndex(of: start)..<source.lineCount {
            let span = source.lineSpan(lineIndex + 1)
            let trimmed = UTF8Scanning.trimWhitespace(text, span.start..<span.end)
            guard !trimmed.isEmpty else { continue }
            let content = ByteSpan(start: trimmed.lowerBound, end: trimmed.upperBound)
            guard !isFurniture(content) else { continue }
            var indent = 0
            var index = span.start
            while index < trimmed.lowerBound { indent += 1; index += 1 }
            let (textEnd, amounts) = trailingAmounts(content)
            let textRange = UTF8Scanning.trimWhitespace(text, content.start..<textEnd)
            let opens = Self.opensIndicatorList(text, content)
            let labelled = UTF8Scanning.find(Self.valueLabelWord, in: text, from: content.start, to: content.end) != nil
            lines.append(Line(span: content, indent: indent, textSpan: ByteSpan(start: textRange.lowerBound, end: textRange.upperBound),
                              amounts: amounts, opensIndicators: opens, hasValueLabel: labelled))
        }

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
    private func startsRecord(_ lines: [Line], at position: Int, state: State, goalIsEmpty: Bool,
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
        let trimmed = UTF8Scanning.trimWhitespace(indicators.bytes, 0..<indicators.count)
        guard !trimmed.isEmpty else { return true }
        let last = UTF8Scanning.scalar(in: indicators.bytes, at: UTF8Scanning.previousStart(in: indicators.bytes, before: trimmed.upperBound)).value
        return last == 0x3002 || last == 0xFF1B || last == 0x3B
    }

    static let valueLabelWord = Array("指标值".utf8)

    /// Amount tokens (`2,880.92`) at the end of a line, separated by spaces. Whole amounts (`99 99`)
    /// count only two or more together (总计 and 财政拨款): a lone number may be a wrapped piece of a value.
    private func trailingAmounts(_ span: ByteSpan) -> (textEnd: Int, amounts: [ByteSpan]) {
        let text = source.text
        var amounts: [ByteSpan] = []
        var sawWhole = false
        var end = span.end
        while end > span.start {
            var start = end
            while start > span.start, text[start - 1] != 0x20, text[start - 1] != 0x09 { start -= 1 }
            if Self.isAmount(text, start..<end) {
            } else if Self.isAmount(text, start..<end, whole: true) {
                sawWhole = true
            } else {
                break
            }
            amounts.insert(ByteSpan(start: start, end: end), at: 0)
            end = start
            while end > span.start, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        }
        if sawWhole, amounts.count < 2 {
            // Not a line of amounts: only the decimal amounts after the last whole number are amounts.
            let isWhole = { (token: ByteSpan) in !Self.isAmount(text, token.start..<token.end) }
            if let lastWhole = amounts.lastIndex(where: isWhole) { amounts.removeFirst(lastWhole + 1) }
            end = span.end
            if let first = amounts.first {
                end = first.start
                while end > span.start, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
            }
        }
        return (end, amounts)
    }

    /// `1,243.32`, `99.00`, `0.5`: digits with optional thousands separators and two decimals;
    /// with `whole`, `99` and `2,880` (digits only, thousands separators allowed).
    static func isAmount(_ text: [UInt8], _ range: Range<Int>, whole: Bool) -> Bool {
        guard !range.isEmpty, range.count <= 16, text[range.lowerBound] != 0x2C else { return false }
        for index in range {
            let byte = text[index]
            guard (byte >= 0x30 && byte <= 0x39) || byte == 0x2C else { return false }
        }
        return text[range.upperBound - 1] != 0x2C
    }

    /// `1,243.32`, `99.00`, `0.5`: digits with optional thousands separators and two decimals.
    static func isAmount(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 4 else { return false }
        var sawPoint = false
        var decimals = 0
        for index in range {
            let byte = text[index]
            if byte >= 0x30, byte <= 0x39 {
                if sawPoint { decimals += 1 }
            } else if byte == 0x2E, !sawPoint, index > range.lowerBound {
                sawPoint = true
            } else if byte == 0x2C, !sawPoint, index > range.lowerBound {
                continue
            } else if byte == 0x2D, index == range.lowerBound {
                continue
            } else {
                return false
            }
        }
        return sawPoint && decimals >= 1 && decimals <= 2
    }

    /// `1、1-产出指标…` or `1、产出指标…`: the first line of an indicator list.
    static func opensIndicatorList(_ text: [UInt8], _ span: ByteSpan) -> Bool {
        let bytes = Array(text[span.start..<min(span.end, span.start + 64)])
        let parser = IndicatorListParser(bytes)
        guard let first = parser.itemStarts().first, first.start == 0 else { return false }
        return parser.level(at: first.bodyStart, second: false) != nil
            || parser.level(at: first.bodyStart, second: true) != nil
    }
}
