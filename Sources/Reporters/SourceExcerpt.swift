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
            let before = source.string(in: ByteSpan(start: lineSpan.start, end: min(start, lineSpan.end)))
            let inside = source.string(in: ByteSpan(start: min(start, lineSpan.end), end: end))
            let after = source.string(in: ByteSpan(start: end, end: lineSpan.end))
            lines.append(SourceExcerpt.window(number: number, before: before, inside: inside, after: after, limits: limits))
        }
        self.lines = lines
        self.omittedLines = max(0, location.endLine - location.line + 1 - lines.count)
    }

    static func window(number: Int, before: String, inside: String, after: String, limits: Limits) -> Line {
        let total = cells(before) + cells(inside) + cells(after)
        guard total > limits.maxLineCells else {
            return Line(number: number, before: before, highlighted: inside, after: after, clippedStart: false, clippedEnd: false)
        }
        let keptBefore = suffix(of: before, cells: limits.contextCells)
        var highlighted = inside
        var keptAfter = after
        if cells(inside) > limits.maxHighlightCells {
            highlighted = prefix(of: inside, cells: limits.maxHighlightCells)
            keptAfter = ""
        } else {
            keptAfter = prefix(of: after, cells: limits.contextCells)
        }
        let clippedEnd = highlighted.unicodeScalars.count < inside.unicodeScalars.count
            || keptAfter.unicodeScalars.count < after.unicodeScalars.count
        return Line(number: number, before: keptBefore, highlighted: highlighted, after: keptAfter,
                    clippedStart: keptBefore.unicodeScalars.count < before.unicodeScalars.count, clippedEnd: clippedEnd)
    }

    /// Display cells, a tab counted as 4 (windowing only needs an estimate).
    static func cells(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1 == "\t" ? 4 : TextWidth.cells(of: $1)) }
    }

    static func prefix(of text: String, cells limit: Int) -> String {
        var used = 0
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let width = scalar == "\t" ? 4 : TextWidth.cells(of: scalar)
            if used + width > limit { break }
            used += width
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func suffix(of text: String, cells limit: Int) -> String {
        var used = 0
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars.reversed() {
            let width = scalar == "\t" ? 4 : TextWidth.cells(of: scalar)
            if used + width > limit { break }
            used += width
            scalars.append(scalar)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.reversed())
        return String(view)
    }
}
