import Foundation
import LintModel
import Testing
@testable import Reporters

@Suite("Text reporter")
struct TextReporterTests {
    /// A one-line source with `prefix` before the offending `target`.
    static func render(prefix: String, target: String, suffix: String = "。") -> (line: String, carets: String) {
        let source = SourceFile(path: "t.txt", string: prefix + target + suffix + "\n")
        let span = ByteSpan(start: prefix.utf8.count, end: prefix.utf8.count + target.utf8.count)
        var diagnostic = Diagnostic(ruleId: "r", severity: .error, category: "parse", message: "m", file: "t.txt", span: span)
        diagnostic.resolve(in: source)
        let lines = TextReporter().renderDiagnostic(diagnostic, source: source, style: TerminalStyle(enabled: false))
            .components(separatedBy: "\n")
        return (lines[2], lines[3])
    }

    struct CaretCase: Sendable, CustomTestStringConvertible {
        var prefix: String
        var target: String
        /// Cells before the target, as a terminal shows it.
        var column: Int
        var width: Int
        var testDescription: String { "「\(prefix)」+「\(target)」" }
    }

    @Test("carets line up by display width", arguments: [
        CaretCase(prefix: "abc ", target: "xyz", column: 4, width: 3),
        CaretCase(prefix: "年度指标值:", target: "≤0%", column: 11, width: 3),
        CaretCase(prefix: "预算（成本）控制率；", target: "≥95%", column: 20, width: 4),
        CaretCase(prefix: "ＡＢ１２：", target: "逐年提升", column: 10, width: 8),
        CaretCase(prefix: "1、4-成本指标；", target: "预算（成本）控制率", column: 15, width: 18),
        CaretCase(prefix: "", target: "合计", column: 0, width: 4),
        CaretCase(prefix: "a\tb", target: "c", column: 5, width: 1),
        CaretCase(prefix: "项目\t10.00\t", target: "通过", column: 16, width: 4),
    ])
    func caretAlignment(_ testCase: CaretCase) throws {
        let (line, carets) = Self.render(prefix: testCase.prefix, target: testCase.target)
        // "1 │ " and "  │ " are the gutters.
        #expect(line.hasPrefix("1 │ "))
        #expect(carets == "  │ " + String(repeating: " ", count: testCase.column) + String(repeating: "^", count: testCase.width))
        // The text above the first caret takes exactly `column` cells on screen.
        let shown = String(line.dropFirst(4))
        let before = TextReporterTests.prefix(of: shown, cells: testCase.column)
        #expect(TextWidth.cells(of: before) == testCase.column)
        #expect(shown.dropFirst(before.count).hasPrefix(testCase.target))
    }

    @Test("control characters from the input are shown, never sent to the terminal")
    func controlCharacters() {
        let (line, carets) = Self.render(prefix: "测试\u{1B}[31m", target: "项目\u{7}", suffix: "\u{9B}2J")
        #expect(line == "1 │ 测试␛[31m项目␇\u{FFFD}2J")
        #expect(carets == "  │ " + String(repeating: " ", count: 9) + "^^^^^")
        let source = SourceFile(path: "t.txt", string: "a\n")
        let diagnostic = Diagnostic(ruleId: "r", severity: .error, category: "parse", message: "项目「甲\u{1B}]0;x\u{7}」\n第二行",
                                    help: "帮助\u{1B}[2J", file: "t.txt", span: ByteSpan(start: 0, end: 1))
        let text = TextReporter().renderDiagnostic(diagnostic, source: source, style: TerminalStyle(enabled: false))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.hasPrefix("t.txt:1:1: error[r]: 项目「甲␛]0;x␇」⏎第二行\n"))
        #expect(text.contains("= help: 帮助␛[2J\n"))
    }

    @Test("tabs expand to the next multiple of four cells")
    func tabsExpand() {
        let (line, _) = Self.render(prefix: "ab\t中\t", target: "x")
        #expect(line == "1 │ ab  中  x。")
    }

    @Test("trailing blanks of a source line are not printed")
    func trailingBlanks() {
        let (line, _) = Self.render(prefix: "合计\t", target: "53,606.52", suffix: "\t\t ")
        #expect(line == "1 │ 合计    53,606.52")
    }

    @Test("an empty span gets one caret")
    func emptySpan() {
        let (_, carets) = Self.render(prefix: "指标值:", target: "")
        #expect(carets == "  │ " + String(repeating: " ", count: 7) + "^")
    }

    @Test("carets under the real 广州市 row point at 「≤0%」 in a windowed line")
    func realRowWindowed() throws {
        let report = ReportFixtures.sampleReport()
        let diagnostic = try #require(report.diagnostics.first { $0.ruleId == "nonsense-upper-bound" })
        let source = try #require(report.source(forPath: diagnostic.file))
        let lines = TextReporter().renderDiagnostic(diagnostic, source: source, style: TerminalStyle(enabled: false))
            .components(separatedBy: "\n")
        #expect(lines[0] == "Fixtures/tables/guangzhou-city-2026-hrss.txt:354:\(diagnostic.location?.column ?? 0): error[nonsense-upper-bound]: 「预算（成本）控制率」的实施周期指标值「≤0%」以 0 为上限，无法考核")
        let gutter = "354 │ "
        let shown = String(try #require(lines.dropFirst(2).first).dropFirst(gutter.count))
        // The row is ~500 characters long: only a window around the span is shown.
        #expect(shown.hasPrefix("…"))
        let carets = String(lines[3].dropFirst(gutter.count))
        let column = carets.prefix { $0 == " " }.count
        #expect(carets.dropFirst(column) == "^^^")
        let before = TextReporterTests.prefix(of: shown, cells: column)
        #expect(TextWidth.cells(of: before) == column)
        #expect(shown.dropFirst(before.count).hasPrefix("≤0%"))
        #expect(TextWidth.cells(of: shown) <= 30 + 3 + 30 + 2)
    }

    @Test("a span wrapped over two PDF lines underlines both, rustc style")
    func multiLineSpan() throws {
        let report = ReportFixtures.sampleReport()
        let diagnostic = try #require(report.diagnostics.first { $0.ruleId == "vague-value" })
        let source = try #require(report.source(forPath: diagnostic.file))
        let lines = TextReporter().renderDiagnostic(diagnostic, source: source, style: TerminalStyle(enabled: false))
            .components(separatedBy: "\n")
        #expect(lines[2] == "262 │ 、3-满意度指标；31-服务对象满意度；认可度；实施周期指标值:逐年")
        #expect(lines[3] == "    │ " + String(repeating: " ", count: 58) + "^^^^")
        #expect(lines[4] == "263 │ 提升；年度指标值:逐年提升。")
        #expect(lines[5] == "    │ ^^^^")
        #expect(lines[6] == "    = help: 写出可以核对的数值，例如「≥90%」。")
        #expect(lines[7] == "    = 广州市从化区人力资源和社会保障局 ▸ 2025年公共服务及薪酬调查经费财政补助（2025年市补助） ▸ 指标 5「认可度」")
    }

    @Test("colour only when asked: red errors, yellow warnings, cyan infos")
    func colour() {
        let report = ReportFixtures.sampleReport()
        let plain = TextReporter(color: false).render(report)
        let coloured = TextReporter(color: true).render(report)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31merror[nonsense-upper-bound]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33mwarning[vague-value]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;36minfo[missing-cost]\u{1B}[0m"))
    }

    @Test("the summary is one Chinese line plus a block by category")
    func summary() {
        let text = TextReporter().render(ReportFixtures.sampleReport())
        #expect(text.contains("\n1 个错误, 2 个警告, 1 个提示; 4 个文件（1 个无法读取）\n按类别:\n"))
        #expect(text.hasSuffix("""
            按类别:
              nonsense-bound  1（错误 1）
              missing-cost    1（提示 1）
              vague-value     1（警告 1）
              parse           1（警告 1）

            """))
    }

    @Test("findings are sorted by file, line, column")
    func sorted() {
        let text = TextReporter().render(ReportFixtures.sampleReport())
        let headers = text.components(separatedBy: "\n").filter { $0.contains(": error[") || $0.contains(": warning[") || $0.contains(": info[") }
        #expect(headers.map { $0.components(separatedBy: ":").first ?? "" } == [
            "报表/缺失.txt", "Fixtures/tables/conghua-2025-hrss-pdf.txt", "Fixtures/tables/guangzhou-city-2026-hrss.txt",
            "报表/海珠区 2025.txt", "报表/海珠区 2025.txt",
        ])
    }
}

extension TextReporterTests {
    /// The longest start of `text` that takes at most `limit` cells (a tab counted as 4).
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
}
