import Foundation
import LintCommands
import Testing

/// Runs the command line in-process on real files, with absolute paths only: tests run in
/// parallel, so nothing here changes the current directory or prints to the process's streams.
enum EndToEnd {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tables = repositoryRoot.appendingPathComponent("Fixtures/tables").path

    static func table(_ name: String) -> String { tables + "/" + name }

    struct Run {
        var code: Int32
        var output: String
        var error: String
    }

    static func run(_ arguments: [String]) -> Run {
        let result = IndicatorLint.capturing(arguments: arguments)
        return Run(code: result.code, output: result.output, error: result.error)
    }

    /// Runs `check` with a JSON report written into `directory`, and returns the report's diagnostics.
    static func checkJSON(_ arguments: [String], in directory: TemporaryDirectory,
                          name: String = "report.json") throws -> (run: Run, diagnostics: [[String: Any]]) {
        let path = directory.path(name)
        let run = run(["check"] + arguments + ["--format", "json", "--output", path])
        let report = try #require(try jsonObject(atPath: path) as? [String: Any], "no JSON report: \(run.error)")
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        return (run, diagnostics)
    }

    static func jsonObject(atPath path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// A small seven-column table: one unit, one project per entry, each with the given indicators
    /// (`1、1-产出指标；11-数量指标；…。` text).
    static func sevenColumnTable(projects: [(name: String, goal: String, indicators: String)]) -> String {
        var lines = ["项目支出绩效目标表（含转移支付项目）", "", "部门名称：测试局", "", "单位：万元", "",
                     "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"]
        let total = String(format: "%.2f", Double(projects.count) * 10)
        lines.append("合计\t\(total)\t\(total)\t\t\t\t")
        lines.append("测试局\t\(total)\t\(total)\t\t\t\t")
        for project in projects {
            lines.append("\(project.name)\t10.00\t10.00\t\t\t\(project.goal)\t\(project.indicators)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Six indicators the built-in pack accepts as they are; `effect` and `control` put defects in.
    static func indicators(effect: String = "≥90%", control: String = "≤100%", prefix: String = "") -> String {
        "1、1-产出指标；11-数量指标；\(prefix)培训人数(人次)；实施周期指标值:≥100人次；年度指标值:≥100人次。"
            + "2、1-产出指标；12-质量指标；\(prefix)培训合格率(%)；实施周期指标值:≥95%；年度指标值:≥95%。"
            + "3、1-产出指标；13-时效指标；\(prefix)完成及时率(%)；实施周期指标值:100%；年度指标值:100%。"
            + "4、4-成本指标；41-经济成本指标；预算（成本）控制率(%)；实施周期指标值:\(control)；年度指标值:\(control)。"
            + "5、2-效益指标；22-社会效益；\(prefix)服务质量；实施周期指标值:\(effect)；年度指标值:\(effect)。"
            + "6、3-满意度指标；31-服务对象满意度；服务对象满意度(%)；实施周期指标值:≥95%；年度指标值:≥95%。"
    }

    static let project = (name: "2025年测试项目经费", goal: "通过开展本项目，提升服务质量，保障工作顺利开展。")
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryDirectory: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("indicator-lint-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
    }
}
