import LintModel

/// Prints ``RuleFileError``s like a compiler: location, message, the source line with a gutter,
/// carets aligned by display width (CJK characters take two cells), and a "did you mean" note.
public struct RuleErrorFormatter: Sendable {
    public var sources: [RuleSource]
    public var color: Bool

    public init(sources: [RuleSource], color: Bool = false) {
        self.sources = sources
        self.color = color
    }

    public func render(_ errors: [RuleFileError]) -> String {
        errors.map(render).joined()
    }

    public func render(_ error: RuleFileError) -> String {
        let bold = color ? "\u{1B}[1m" : ""
        let red = color ? "\u{1B}[1;31m" : ""
        let green = color ? "\u{1B}[1;32m" : ""
        let cyan = color ? "\u{1B}[1;36m" : ""
        let reset = color ? "\u{1B}[0m" : ""
        var out = "\(bold)\(error.file):\(error.line):\(error.column): \(red)error:\(reset)\(bold) \(error.message)\(reset)\n"
        if let lineText = sourceLine(file: error.file, line: error.line) {
            let number = String(error.line)
            let pad = String(repeating: " ", count: number.count)
            let scalars = Array(lineText.unicodeScalars)
            let before = scalars.prefix(max(0, error.column - 1))
            let marked = scalars.dropFirst(max(0, error.column - 1)).prefix(error.length)
            let indent = before.reduce(0) { $0 + ($1 == "\t" ? 1 : TextWidth.cells(of: $1)) }
            let width = max(1, marked.reduce(0) { $0 + TextWidth.cells(of: $1) })
            let shownLine = String(String.UnicodeScalarView(scalars.map { $0 == "\t" ? " " : $0 }))
            out += "\(pad) │\n"
            out += "\(number) │ \(shownLine)\n"
            out += "\(pad) │ \(String(repeating: " ", count: indent))\(green)^\(String(repeating: "~", count: width - 1))\(reset)\n"
        }
        if let suggestion = error.suggestion {
            out += "\(cyan)note:\(reset) did you mean '\(suggestion)'?\n"
        }
        return out
    }

    private func sourceLine(file: String, line: Int) -> String? {
        guard let source = sources.first(where: { $0.name == file }) else { return nil }
        let table = SourceFile(path: file, string: source.text)   // LF, CRLF and CR line ends alike
        guard line >= 1, line <= table.lineCount else { return nil }
        return table.lineText(line)
    }
}
