import LintModel

/// One non-empty line of PDF text after the header, with what the record splitters
/// (``PDFTextRows``, ``PDFBlockRows``) decide records by.
struct PDFLine {
    /// The line without its leading and trailing whitespace.
    var span: ByteSpan
    /// Leading spaces: names are indented in some extractions.
    var indent: Int
    /// Text part before any trailing amounts.
    var textSpan: ByteSpan
    var amounts: [ByteSpan]
    var opensIndicators: Bool
    var hasValueLabel: Bool
    /// A blank or furniture line (page title, repeated header) came before it: a cell boundary.
    var afterBlank: Bool

    /// The content lines from `start`, skipping blank lines and page furniture.
    static func lines(of source: SourceFile, from start: Int, isFurniture: (ByteSpan) -> Bool) -> [PDFLine] {
        let text = source.text
        var lines: [PDFLine] = []
        var sawBlank = false
        for lineIndex in source.lineIndex(of: start)..<source.lineCount {
            let span = source.lineSpan(lineIndex + 1)
            let trimmed = UTF8Scanning.trimWhitespace(text, span.start..<span.end)
            let content = ByteSpan(start: trimmed.lowerBound, end: trimmed.upperBound)
            guard !trimmed.isEmpty, !isFurniture(content) else { sawBlank = true; continue }
            let (textEnd, amounts) = trailingAmounts(text, content)
            let textRange = UTF8Scanning.trimWhitespace(text, content.start..<textEnd)
            lines.append(PDFLine(
                span: content, indent: trimmed.lowerBound - span.start,
                textSpan: ByteSpan(start: textRange.lowerBound, end: textRange.upperBound), amounts: amounts,
                opensIndicators: opensIndicatorList(text, content),
                hasValueLabel: UTF8Scanning.find(valueLabelWord, in: text, from: content.start, to: content.end) != nil,
                afterBlank: sawBlank))
            sawBlank = false
        }
        return lines
    }

    static let valueLabelWord = Array("指标值".utf8)

    /// Amount tokens (`2,880.92`) at the end of a line, separated by spaces. Whole amounts (`99 99`)
    /// count only two or more together (总计 and 财政拨款): a lone number may be a wrapped piece of a value.
    private static func trailingAmounts(_ text: [UInt8], _ span: ByteSpan) -> (textEnd: Int, amounts: [ByteSpan]) {
        var amounts: [ByteSpan] = []
        var sawWhole = false
        var end = span.end
        while end > span.start {
            var start = end
            while start > span.start, text[start - 1] != 0x20, text[start - 1] != 0x09 { start -= 1 }
            if !isAmount(text, start..<end) {
                guard isWholeAmount(text, start..<end) else { break }
                sawWhole = true
            }
            amounts.insert(ByteSpan(start: start, end: end), at: 0)
            end = start
            while end > span.start, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        }
        // A lone whole number is text (then it is the only token read).
        if sawWhole, amounts.count < 2 { return (span.end, []) }
        return (end, amounts)
    }

    /// `99`, `2,880`: digits with optional thousands separators.
    static func isWholeAmount(_ text: [UInt8], _ range: Range<Int>) -> Bool {
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
        // An item starts at a digit or a bracket (`(`, or a full-width one led by EF): a line that
        // opens with anything else is told without copying and scanning its first bytes.
        guard !span.isEmpty, case let lead = text[span.start], lead == 0x28 || lead == 0xEF || (0x30...0x39).contains(lead) else {
            return false
        }
        let bytes = Array(text[span.start..<min(span.end, span.start + 64)])
        let parser = IndicatorListParser(bytes)
        guard let first = parser.itemStarts().first, first.start == 0 else { return false }
        return parser.opensLevel(at: first.bodyStart, second: false)
            || parser.opensLevel(at: first.bodyStart, second: true)
    }
}
