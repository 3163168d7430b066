import Foundation
import LintModel
import Testing
@testable import Reporters

@Suite("JSON, CSV and HTML reporters")
struct TableReportersTests {
    @Test("JSON parses and carries the documented fields")
    func json() throws {
        let text = JSONReporter().render(ReportFixtures.sampleReport())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1 && summary["warnings"] as? Int == 2 && summary["infos"] as? Int == 1)
        #expect(summary["files"] as? Int == 4)
        let byCategory = try #require(summary["byCategory"] as? [String: [String: Int]])
        #expect(byCategory["nonsense-bound"] == ["error": 1, "warning": 0, "info": 0, "total": 1])
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        let bound = try #require(diagnostics.first { $0["ruleId"] as? String == "nonsense-upper-bound" })
        #expect(bound["line"] as? Int == 354)
        #expect(bound["evidence"] as? String == "≤0%")
        #expect(bound["indicator"] as? Int == 6)
        #expect(bound["project"] as? String == "市公用事业技师学院校园物业管理保安项目")
        let fix = try #require(bound["fix"] as? [String: Any])
        #expect(fix["replacement"] as? String == "≤100%" && fix["line"] as? Int == 354)
        let cost = try #require(diagnostics.first { $0["ruleId"] as? String == "missing-cost" })
        #expect(cost["indicator"] is NSNull)
        #expect(cost["fix"] == nil)
        let keys = ["ruleId", "severity", "category", "title", "message", "help", "file", "line", "column", "endLine",
                    "endColumn", "department", "unit", "project", "indicator", "indicatorName", "evidence"]
        for diagnostic in diagnostics {
            #expect(Set(diagnostic.keys).subtracting(["fix"]) == Set(keys))
        }
        // The fixed key order is the documented one.
        let ruleIdAt = try #require(text.range(of: "\"ruleId\""))
        let evidenceAt = try #require(text.range(of: "\"evidence\""))
        #expect(ruleIdAt.lowerBound < evidenceAt.lowerBound)
    }

    @Test("JSON strings escape quotes, backslashes and control characters, not Chinese")
    func jsonEscaping() {
        var out = ""
        JSONValue.writeString("「a\"b\\c」\n\t\u{1}", to: &out)
        #expect(out == "\"「a\\\"b\\\\c」\\n\\t\\u0001\"")
    }

    @Test("CSV starts with a BOM, ends rows with CRLF and has the documented header")
    func csvShape() {
        let csv = CSVReporter().render(ReportFixtures.sampleReport())
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(csv.hasPrefix("\u{FEFF}file,line,column,severity,rule,category,部门,单位,项目,指标序号,指标名称,evidence,message\r\n"))
        let rows = String(csv.dropFirst()).components(separatedBy: "\r\n")
        #expect(rows.count == 1 + 4 + 1 + 1) // header, findings, unreadable, final empty
        #expect(rows.last == "")
        #expect(csv.contains("\"项目「2025年劳动保障监察执法工作经费」没有成本指标 <4-成本指标>, \"\"建议\"\"补充\""))
        // A wrapped span keeps its line break inside one quoted field.
        #expect(csv.contains(",\"逐年\n提升\","))
    }

    @Test("CSV quoting follows RFC 4180", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("cr\r", "\"cr\r\""), ("≤0%；逐年提升", "≤0%；逐年提升"), ("", ""),
    ])
    func csvQuoting(field: String, expected: String) {
        #expect(CSVReporter.quoted(field) == expected)
    }

    @Test("CSV fields a spreadsheet would run as formulas are made text", arguments: [
        ("=A1*B1", "'=A1*B1"), ("+1+2", "'+1+2"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""), ("\t=1", "'\t=1"),
        ("-5", "-5"), ("+3.5", "+3.5"), ("-", "-"), ("≥=90%", "≥=90%"), ("a=b", "a=b"),
    ])
    func csvFormulaGuard(field: String, expected: String) {
        #expect(CSVReporter.quoted(field) == expected)
    }

    @Test("HTML is self-contained and escapes everything from the input")
    func html() {
        let html = HTMLReporter().render(ReportFixtures.sampleReport())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<link"))
        #expect(html.contains("没有成本指标 &lt;4-成本指标&gt;, &quot;建议&quot;补充"))
        #expect(html.contains("<mark>≤0%</mark>"))
        #expect(html.contains("<h4>市公用事业技师学院校园物业管理保安项目</h4>"))
        #expect(html.contains("<span class=\"badge error\">错误</span>"))
        #expect(html.contains("@media print"))
    }

    @Test("HTML groups findings by file, then project, in report order")
    func htmlGrouping() throws {
        let html = HTMLReporter().render(ReportFixtures.sampleReport())
        let files = html.components(separatedBy: "<h3>").dropFirst().map { $0.components(separatedBy: "</h3>")[0] }
        #expect(files == ["Fixtures/tables/conghua-2025-hrss-pdf.txt", "Fixtures/tables/guangzhou-city-2026-hrss.txt",
                          "报表/海珠区 2025.txt"])
        #expect(html.contains("<h4>（不属于任何项目）</h4>"))
    }

    @Test("the summary counts by severity and by category")
    func summary() {
        let summary = RunSummary(ReportFixtures.sampleReport())
        #expect(summary.headline == "1 个错误, 2 个警告, 1 个提示; 4 个文件（1 个无法读取）")
        #expect(summary.byCategory.map(\.category) == ["nonsense-bound", "missing-cost", "vague-value", "parse"])
        #expect(summary.byCategory.map(\.total) == [1, 1, 1, 1])
    }

    @Test("each format names its output file", arguments: zip(ReportFormat.allCases,
        ["indicator-lint.txt", "indicator-lint.json", "indicator-lint.sarif", "indicator-lint.csv", "indicator-lint.html"]))
    func fileNames(format: ReportFormat, name: String) {
        #expect(format.defaultFileName == name)
        #expect(type(of: Reporters.reporter(for: format)).format == format)
    }
}
