import FixtureTables
import Foundation
import LintModel
@testable import Reporters

/// Reports built from the real seed tables, without the table reader: sources read from
/// `Fixtures/tables`, diagnostics with spans found by searching the text.
enum ReportFixtures {
    static let repositoryRoot = FixtureTables.repositoryRoot

    static func fixture(_ name: String, reportedAs path: String? = nil) -> SourceFile {
        SourceFile(path: path ?? FixtureTables.reportedPath(name), text: FixtureTables.bytes(name))
    }

    /// The byte span of the `occurrence`-th (1-based) match of `needle` in the source.
    static func span(of needle: String, in source: SourceFile, occurrence: Int = 1) -> ByteSpan {
        let pattern = Array(needle.utf8)
        var found = 0
        var index = 0
        while index + pattern.count <= source.text.count {
            if source.text[index..<index + pattern.count].elementsEqual(pattern) {
                found += 1
                if found == occurrence { return ByteSpan(start: index, end: index + pattern.count) }
            }
            index += 1
        }
        preconditionFailure("「\(needle)」 not found in \(source.path)")
    }

    static func document(_ source: SourceFile) -> Document {
        Document(source: source, layout: .unknown)
    }

    static func diagnostic(_ ruleId: String, _ severity: Severity, _ category: String, title: String? = nil,
                           message: String, help: String? = nil, source: SourceFile, span: ByteSpan,
                           fix: Fix? = nil, context: DiagnosticContext) -> Diagnostic {
        var diagnostic = Diagnostic(ruleId: ruleId, severity: severity, category: category, title: title,
                                    message: message, help: help, file: source.path, span: span, fix: fix,
                                    context: context)
        diagnostic.resolve(in: source)
        return diagnostic
    }

    static let rules: [RuleMetadata] = [
        RuleMetadata(id: "nonsense-upper-bound", severity: .error, category: "nonsense-bound",
                     title: "指标值上限为零，目标无法考核", help: "预算（成本）控制率应写作「≤100%」这类可达成的上限。",
                     tags: ["value"], scope: "value", file: "Rules/values.rules", line: 3),
        RuleMetadata(id: "vague-value", severity: .warning, category: "vague-value",
                     title: "指标值含糊，无法考核", help: "写出可以核对的数值，例如「≥90%」。",
                     tags: ["value", "measurability"], scope: "value", file: "Rules/values.rules", line: 14),
        RuleMetadata(id: "missing-cost", severity: .info, category: "missing-cost",
                     title: "项目没有成本指标", scope: "project", file: "Rules/completeness.rules", line: 20),
    ]

    static let start = Date(timeIntervalSince1970: 1_740_816_000) // 2025-03-01T08:00:00Z

    /// Three findings in three files (one with a Chinese path), one of them across two PDF-wrapped
    /// lines, one with a fix, one from a rule that is not in the rule list, plus an unreadable input.
    static func sampleReport() -> LintReport {
        let guangzhou = fixture("guangzhou-city-2026-hrss.txt")
        let conghua = fixture("conghua-2025-hrss-pdf.txt")
        let haizhu = fixture("haizhu-2025-hrss.txt", reportedAs: "报表/海珠区 2025.txt")

        let bound = span(of: "≤0%", in: guangzhou)
        let vague = span(of: "逐年\n提升", in: conghua)
        let project = span(of: "2025年劳动保障监察执法工作经费", in: haizhu)

        let diagnostics = [
            diagnostic("vague-value", .warning, "vague-value", title: "指标值含糊，无法考核",
                       message: "「认可度」的实施周期指标值「逐年提升」无法考核", help: "写出可以核对的数值，例如「≥90%」。",
                       source: conghua, span: vague,
                       context: DiagnosticContext(department: "广州市从化区人力资源和社会保障局",
                                                  unit: "广州市从化区人力资源和社会保障局",
                                                  project: "2025年公共服务及薪酬调查经费财政补助（2025年市补助）",
                                                  indicatorSeq: 5, indicatorName: "认可度")),
            diagnostic("nonsense-upper-bound", .error, "nonsense-bound", title: "指标值上限为零，目标无法考核",
                       message: "「预算（成本）控制率」的实施周期指标值「≤0%」以 0 为上限，无法考核",
                       help: "预算（成本）控制率应写作「≤100%」这类可达成的上限。",
                       source: guangzhou, span: bound,
                       fix: Fix(span: bound, replacement: "≤100%", description: "改为「≤100%」"),
                       context: DiagnosticContext(department: "广州市人力资源和社会保障局", unit: "广州市公用事业技师学院",
                                                  project: "市公用事业技师学院校园物业管理保安项目",
                                                  indicatorSeq: 6, indicatorName: "预算（成本）控制率")),
            diagnostic("missing-cost", .info, "missing-cost", title: "项目没有成本指标",
                       message: "项目「2025年劳动保障监察执法工作经费」没有成本指标 <4-成本指标>, \"建议\"补充",
                       source: haizhu, span: project,
                       context: DiagnosticContext(department: "广州市海珠区人力资源和社会保障局",
                                                  unit: "广州市海珠区人力资源和社会保障局",
                                                  project: "2025年劳动保障监察执法工作经费")),
            diagnostic("parse-unknown-cell", .warning, "parse", title: "无法识别的单元格",
                       message: "无法识别「合计」行的金额 {53,606.52}", source: haizhu,
                       span: span(of: "53,606.52", in: haizhu), context: DiagnosticContext()),
        ]
        return LintReport(
            documents: [document(guangzhou), document(conghua), document(haizhu)],
            diagnostics: diagnostics,
            rules: rules,
            unreadable: [UnreadableInput(path: "报表/缺失.txt", reason: "文件不存在")],
            toolVersion: "0.1.0",
            invocation: Invocation(arguments: ["check", "Fixtures/tables", "报表", "--format", "sarif"],
                                   workingDirectory: "/work/project", startTime: start,
                                   endTime: start.addingTimeInterval(1.25), exitCode: 3, executionSuccessful: false))
    }
}
