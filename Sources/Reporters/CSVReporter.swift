import Foundation
import LintModel

/// One finding per row, for Excel and WPS: UTF-8 with a byte-order mark (without it Excel reads
/// the Chinese as GBK mojibake), RFC 4180 quoting, CRLF line ends.
///
/// Columns: file, line, column, severity, rule, category, 部门, 单位, 项目, 指标序号, 指标名称, evidence, message.
public struct CSVReporter: Reporter {
    public static let format = ReportFormat.csv
    public static let header = ["file", "line", "column", "severity", "rule", "category",
                                "部门", "单位", "项目", "指标序号", "指标名称", "evidence", "message"]

    public init() {}

    public func render(_ report: LintReport) -> String {
        let sources = report.sourcesByPath
        var out = "\u{FEFF}"
        out += CSVReporter.row(CSVReporter.header)
        for diagnostic in report.sortedDiagnostics {
            let source = sources[diagnostic.file]
            let location = diagnostic.location ?? diagnostic.span.flatMap { source?.location(of: $0) }
            let evidence = diagnostic.evidence ?? diagnostic.span.flatMap { source?.string(in: $0) }
            let context = diagnostic.context
            out += CSVReporter.row([
                diagnostic.file,
                location.map { String($0.line) } ?? "",
                location.map { String($0.column) } ?? "",
                diagnostic.severity.rawValue,
                diagnostic.ruleId,
                diagnostic.category,
                context.department ?? "",
                context.unit ?? "",
                context.project ?? "",
                context.indicatorSeq.map(String.init) ?? "",
                context.indicatorName ?? "",
                evidence ?? "",
                diagnostic.message,
            ])
        }
        for input in report.unreadable {
            out += CSVReporter.row([input.path, "", "", "error", "unreadable-input", "parse",
                                    "", "", "", "", "", "", "无法读取：\(input.reason)"])
        }
        return out
    }

    static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled.
    /// A field that a spreadsheet would run as a formula is first made text (``defused(_:)``).
    static func quoted(_ field: String) -> String {
        let field = defused(field)
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The tables hold text typed by many hands, and formulas among it (`=A1*B1`, the subject of
    /// `formula-in-name`): Excel and WPS run a cell that opens with `=` `+` `-` `@`, a tab or a CR
    /// as a formula, which can fetch or run anything. Such a field gets a leading `'`, the usual
    /// guard, which shows it as text. Numbers (`-5`, `+3.5`) and a lone sign are left as they are.
    static func defused(_ field: String) -> String {
        guard let first = field.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first),
              field.utf8.count > 1, Double(field) == nil else { return field }
        return "'" + field
    }
}
