import LintModel

/// Compiler-style text for people at a terminal:
///
/// ```
/// tables/a.txt:12:40: error[nonsense-upper-bound]: 「预算（成本）控制率」的实施周期指标值「≤0%」以 0 为上限，无法考核
///    │
/// 12 │ …41-经济成本指标；预算（成本）控制率；实施周期指标值:≤0%；年度指标值:≤0%。
///    │                                                     ^^^
///    = help: 预算（成本）控制率应写作「≤100%」这类可达成的上限。
///    = 广州市人力资源和社会保障局 ▸ 信息化运维项目 ▸ 指标 4「预算（成本）控制率」
/// ```
///
/// Carets line up by display width: CJK and full-width characters take two cells, and a tab
/// expands to the next multiple of 4 cells counted from the start of the shown text.
public struct TextReporter: Reporter {
    public static let format = ReportFormat.text
    public var color: Bool
    /// Only the first line of each finding (no excerpt, help or location path) and the summary.
    public var quiet: Bool
    /// Tab stops every this many cells.
    public static let tabWidth = 4

    public init(color: Bool = false, quiet: Bool = false) {
        self.color = color
        self.quiet = quiet
    }

    public func render(_ report: LintReport) -> String {
        let style = TerminalStyle(enabled: color)
        let sources = report.sourcesByPath
        var out = ""
        for input in report.unreadable.sorted(by: { $0.path < $1.path }) {
            out += style.bold("\(TerminalText.visible(input.path)): ") + style.severity(.error, "error[unreadable-input]")
                + style.bold(": 无法读取：\(TerminalText.visible(input.reason))") + (quiet ? "\n" : "\n\n")
        }
        for diagnostic in report.sortedDiagnostics {
            out += renderDiagnostic(diagnostic, source: sources[diagnostic.file], style: style)
            if !quiet { out += "\n" }
        }
        if quiet, !report.diagnostics.isEmpty || !report.unreadable.isEmpty { out += "\n" }
        out += renderSummary(RunSummary(report), style: style)
        return out
    }

    func renderDiagnostic(_ diagnostic: Diagnostic, source: SourceFile?, style: TerminalStyle) -> String {
        var position = TerminalText.visible(diagnostic.file)
        if let location = diagnostic.location ?? diagnostic.span.flatMap({ source?.location(of: $0) }) {
            position += ":\(location.line):\(location.column)"
        }
        var out = style.bold(position + ": ")
            + style.severity(diagnostic.severity, "\(diagnostic.severity.rawValue)[\(diagnostic.ruleId)]")
            + style.bold(": " + TerminalText.visible(diagnostic.message)) + "\n"
        if quiet { return out }

        let excerpt = diagnostic.span.flatMap { span in source.flatMap { SourceExcerpt(source: $0, span: span) } }
        let width = String(excerpt?.lines.last?.number ?? 0).count
        let pad = String(repeating: " ", count: width)
        if let excerpt {
            out += style.gutter(pad + " │") + "\n"
            for line in excerpt.lines {
                let rendered = TextReporter.render(line)
                let number = String(line.number)
                out += style.gutter(String(repeating: " ", count: width - number.count) + number + " │")
                    + (rendered.text.isEmpty ? "" : " " + rendered.text) + "\n"
                // A blank line inside a span spread over several lines (PDF text) gets no lone caret.
                if excerpt.lines.count > 1, line.highlighted.isEmpty { continue }
                out += style.gutter(pad + " │") + " " + String(repeating: " ", count: rendered.caretColumn)
                    + style.severity(diagnostic.severity, String(repeating: "^", count: rendered.caretWidth)) + "\n"
            }
            if excerpt.omittedLines > 0 {
                out += style.gutter(pad + " ┆") + " （另有 \(excerpt.omittedLines) 行）\n"
            }
        }
        if let help = diagnostic.help, !help.isEmpty {
            out += pad + " " + style.bold("=") + " help: " + TerminalText.visible(help) + "\n"
        }
        if let path = diagnostic.context.path {
            out += pad + " " + style.bold("=") + " " + TerminalText.visible(path) + "\n"
        }
        return out
    }

    /// A line as shown (tabs expanded, `…` where clipped), with the cell where the carets start and how many.
    static func render(_ line: SourceExcerpt.Line) -> (text: String, caretColumn: Int, caretWidth: Int) {
        var text = ""
        var column = 0
        func append(_ part: String) {
            for scalar in TerminalText.visible(part, keepTabs: true).unicodeScalars {
                if scalar == "\t" {
                    let spaces = tabWidth - column % tabWidth
                    text += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    text.unicodeScalars.append(scalar)
                    column += TextWidth.cells(of: scalar)
                }
            }
        }
        if line.clippedStart { append("…") }
        append(line.before)
        let caretColumn = column
        append(line.highlighted)
        let caretWidth = max(1, column - caretColumn)
        append(line.after)
        if line.clippedEnd { append("…") }
        while let last = text.unicodeScalars.last, last == " " || last == "\u{3000}" { text.unicodeScalars.removeLast() }
        return (text, caretColumn, caretWidth)
    }

    func renderSummary(_ summary: RunSummary, style: TerminalStyle) -> String {
        var out = style.bold(summary.headline) + "\n"
        guard !summary.byCategory.isEmpty else { return out }
        out += "按类别:\n"
        let width = summary.byCategory.map { TextWidth.cells(of: $0.category) }.max() ?? 0
        let countWidth = summary.byCategory.map { String($0.total).count }.max() ?? 0
        for entry in summary.byCategory {
            let name = entry.category + String(repeating: " ", count: width - TextWidth.cells(of: entry.category))
            let count = String(repeating: " ", count: countWidth - String(entry.total).count) + String(entry.total)
            let parts = Severity.descending.compactMap { severity in
                entry.count(severity) > 0 ? "\(severity.chineseName) \(entry.count(severity))" : nil
            }
            out += "  \(name)  \(count)（\(parts.joined(separator: ", "))）\n"
        }
        return out
    }
}
