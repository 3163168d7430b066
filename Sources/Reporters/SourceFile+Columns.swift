import LintModel

extension SourceFile {
    /// 1-based line and column of a byte offset, the column counted in UTF-16 code units
    /// (SARIF's `utf16CodeUnits`: a character outside the BMP, such as 𠮷, counts 2).
    func utf16Position(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, text.count))
        let line = lineIndex(of: clamped)
        var column = 1
        var index = lineStarts[line]
        while index < clamped {
            let byte = text[index]
            if byte & 0xC0 != 0x80 { column += byte >= 0xF0 ? 2 : 1 }
            index += 1
        }
        return (line + 1, column)
    }

    /// The location of a span with UTF-16 columns; like ``location(of:)``, a span that ends on a
    /// line break ends at the end of the text before it.
    func utf16Location(of span: ByteSpan) -> SourceLocation {
        let start = utf16Position(of: span.start)
        var endOffset = min(span.end, text.count)
        while endOffset > span.start, text[endOffset - 1] == 0x0A || text[endOffset - 1] == 0x0D {
            endOffset -= 1
        }
        let end = utf16Position(of: max(endOffset, span.start))
        return SourceLocation(line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
    }
}

extension SourceEncoding {
    /// The IANA charset name (SARIF `artifact.encoding`).
    var ianaName: String {
        switch self {
        case .utf8, .utf8BOM: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030"
        }
    }
}
