import LintModel

/// The source lines a span covers, each cut into the text before, inside and after the span,
/// and windowed around the span when the line is too long to show whole (table rows often run
/// to thousands of characters).
///
/// The text and HTML reporters draw from the same excerpt: carets in one, `<mark>` in the other.
struct SourceExcerpt: Sendable, Equatable {
    struct Line: Sendable, Equatable {
        /// 1-based.
        var number: Int
        var before: String
        var highlighted: String
        var after: String
        /// Text was left out before `before` / after `after` (shown as `…`).
        var clippedStart: Bool
        var clippedEnd: Bool
    }

    var lines: [Line]
    /// Lines of the span left out after the last one shown.
    var omittedLines: Int

    struct Limits: Sendable {
        /// Display cells of context kept on each side of the span when a line is windowed.
        var contextCells = 30
        /// Lines up to this many cells are shown whole.
        var maxLineCells = 120
        /// The most cells of the span itself shown on one line.
        var maxHighlightCells = 60
        /// The most lines of one span shown.
        var maxLines = 6
    }

    init?(source: SourceFile, span: ByteSpan, limits: Limits = Limits()) {
        guard span.start <= source.text.count else { return nil }
        let location = source.location(of: span)
        var lines: [Line] = []
        for number in location.line...max(location.line, location.endLine) {
            if lines.count == limits.maxLines { break }
            let lineSpan = source.lineSpan(number)
            var start = max(span.start, lineSpan.start)
            let end = max(start, min(span.end, lineSpan.end))
            if number > location.line {
                // Continuation lines are underlined from their first non-blank character, as rustc does.
                while start < end, source.text[start] == 0x20 || source.text[start] == 0x09 { start += 1 }
            }
            lines.append(SourceExcerpt.line(number, of: source, lineSpan: lineSpan,
                                            highlight: min(start, lineSpan.end)..<end, limits: limits))
        }
        self.lines = lines
        self.omittedLines = max(0, location.endLine - location.line + 1 - lines.count)
    }

    /// One line, windowed around `highlight` when it is too long to show whole. Works on the
    /// bytes: a table row can run to thousands of characters, and only the window is decoded.
    static func line(_ number: Int, of source: SourceFile, lineSpan: ByteSpan, highlight: Range<Int>,
                     limits: Limits) -> Line {
        let text = source.text
        func string(_ range: Range<Int>) -> String { source.string(in: ByteSpan(start: range.lowerBound, end: range.upperBound)) }
        let (lineStart, lineEnd) = (lineSpan.start, lineSpan.end)
        guard cells(text, lineStart..<lineEnd, stopAbove: limits.maxLineCells) > limits.maxLineCells else {
            return Line(number: number, before: string(lineStart..<highlight.lowerBound), highlighted: string(highlight),
                        after: string(highlight.upperBound..<lineEnd), clippedStart: false, clippedEnd: false)
        }
        let beforeStart = scalars(text, backFrom: highlight.lowerBound, to: lineStart, cells: limits.contextCells)
        var highlightEnd = highlight.upperBound
        var afterEnd = highlight.upperBound
        if cells(text, highlight, stopAbove: limits.maxHighlightCells) > limits.maxHighlightCells {
            highlightEnd = scalars(text, forwardFrom: highlight.lowerBound, to: highlight.upperBound, cells: limits.maxHighlightCells)
        } else {
            afterEnd = scalars(text, forwardFrom: highlight.upperBound, to: lineEnd, cells: limits.contextCells)
        }
        return Line(number: number, before: string(beforeStart..<highlight.lowerBound),
                    highlighted: string(highlight.lowerBound..<highlightEnd), after: string(highlight.upperBound..<afterEnd),
                    clippedStart: beforeStart > lineStart, clippedEnd: highlightEnd < highlight.upperBound || afterEnd < lineEnd)
    }

    /// The scalar that starts at byte `index` and its length (the text is valid UTF-8).
    private static func scalar(_ text: [UInt8], at index: Int, end: Int) -> (Unicode.Scalar, Int) {
        var iterator = text[index..<min(end, index + 4)].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return ("\u{FFFD}", 1) }
        return (scalar, UTF8.width(scalar))
    }

    /// Display cells of `text[range]` (a tab counted as 4), counted only until they pass `limit`.
    static func cells(_ text: [UInt8], _ range: Range<Int>, stopAbove limit: Int) -> Int {
        var used = 0
        var index = range.lowerBound
        while index < range.upperBound, used <= limit {
            let (scalar, length) = scalar(text, at: index, end: range.upperBound)
            used += scalar == "\t" ? 4 : TextWidth.cells(of: scalar)
            index += length
        }
        return used
    }

    /// Where the longest run of whole scalars from `start` forward that fits in `limit` cells ends.
    static func scalars(_ text: [UInt8], forwardFrom start: Int, to end: Int, cells limit: Int) -> Int {
        var used = 0
        var index = start
        while index < end {
            let (scalar, length) = scalar(text, at: index, end: end)
            let width = scalar == "\t" ? 4 : TextWidth.cells(of: scalar)
            if used + width > limit { break }
            used += width
            index += length
        }
        return index
    }

    /// Where the longest run of whole scalars back from `end` that fits in `limit` cells starts.
    static func scalars(_ text: [UInt8], backFrom end: Int, to start: Int, cells limit: Int) -> Int {
        var used = 0
        var index = end
        while index > start {
            var lead = index - 1
            while lead > start, text[lead] & 0xC0 == 0x80 { lead -= 1 }
            let (scalar, _) = scalar(text, at: lead, end: index)
            let width = scalar == "\t" ? 4 : TextWidth.cells(of: scalar)
            if used + width > limit { break }
            used += width
            index = lead
        }
        return index
    }
}
