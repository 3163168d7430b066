import Foundation
import Testing
@testable import LintCommands

/// `--baseline FILE`: only findings that are not in an earlier report are reported and counted.
@Suite("End to end: --baseline")
struct BaselineTests {
    typealias E = EndToEnd

    @Test("a run against its own SARIF or JSON report reports nothing and exits 0", arguments: ["sarif", "json"])
    func ownReport(format: String) throws {
        let directory = try TemporaryDirectory()
        let baseline = directory.path("baseline.\(format)")
        let first = E.run(["check", E.tables, "--format", format, "--output", baseline])
        #expect(first.code == 1)

        let (run, diagnostics) = try E.checkJSON([E.tables, "--baseline", baseline], in: directory)
        #expect(run.code == 0)
        #expect(diagnostics.isEmpty)
        let match = try #require(run.error.firstMatch(of: /忽略了 (\d+) 条已有问题，报告 0 条新问题/))
        #expect((Int(match.1) ?? 0) > 100)
        #expect(run.error.contains("「\(baseline)」"))
    }

    @Test("a new defect is reported even after rows were inserted above the old ones")
    func onlyNewFindings() throws {
        let directory = try TemporaryDirectory()
        let table = try directory.write("区/表.txt", E.sevenColumnTable(projects: [
            (E.project.name, E.project.goal, E.indicators(effect: "逐年提升"))]))
        let baseline = directory.path("baseline.sarif")
        let first = E.run(["check", table, "--format", "sarif", "--output", baseline, "--fail-on", "warning"])
        #expect(first.code == 1)

        // A new project above the old one (so every old finding moves down a line), and a new error in the old project.
        try directory.write("区/表.txt", E.sevenColumnTable(projects: [
            ("2025年新增就业服务经费", "通过开展就业服务，帮助劳动者就业。", E.indicators(prefix: "就业")),
            (E.project.name, E.project.goal, E.indicators(effect: "逐年提升", control: "≤0%")),
        ]))
        let (run, diagnostics) = try E.checkJSON([table, "--baseline", baseline, "--fail-on", "warning"], in: directory)
        #expect(run.code == 1)
        #expect(diagnostics.map { $0["ruleId"] as? String } == ["zero-control-rate"])
        #expect(diagnostics.first?["project"] as? String == E.project.name)
        #expect(run.error.contains("忽略了 1 条已有问题，报告 1 条新问题"))

        // Without the baseline the old warning is still there, on its new line.
        let (_, all) = try E.checkJSON([table, "--fail-on", "warning"], in: directory, name: "all.json")
        let vague = try #require(all.first { $0["ruleId"] as? String == "vague-value" })
        #expect(vague["line"] as? Int == 11)
    }

    @Test("a baseline that is missing exits 2 with a Chinese message naming it")
    func missingBaseline() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("没有.sarif")
        let run = E.run(["check", E.tables, "--baseline", path])
        #expect(run.code == 2)
        #expect(run.error.contains("无法读取基线文件「\(path)」：文件不存在"))
        #expect(run.output.isEmpty)
    }

    @Test("a baseline that is not a report exits 2", arguments: ["不是 JSON", "[1, 2]", #"{"version": "0.1.0"}"#,
                                                              #"{"diagnostics": [{"severity": "error"}]}"#])
    func notAReport(content: String) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("baseline.json", content)
        let run = E.run(["check", E.tables, "--baseline", path])
        #expect(run.code == 2)
        #expect(run.error.contains("基线文件「\(path)」不是 indicator-lint 写出的 SARIF 或 JSON 报告"))
    }

    @Test("a folder given as the baseline exits 2")
    func folderBaseline() throws {
        let directory = try TemporaryDirectory()
        let run = E.run(["check", E.tables, "--baseline", directory.url.path])
        #expect(run.code == 2)
        #expect(run.error.contains("这是一个文件夹"))
    }

    @Test("the baseline of the configuration file is used, relative to the file's folder")
    func baselineFromConfiguration() throws {
        let directory = try TemporaryDirectory()
        let table = E.table("conghua-2025-hrss-pdf.txt")
        let first = E.run(["check", table, "--format", "json", "--output", directory.path("team/known.json")])
        #expect(first.code == 0)
        let config = try directory.write("team/indicator-lint.json", #"{"baseline": "known.json", "failOn": "info"}"#)
        let (run, diagnostics) = try E.checkJSON([table, "--config", config], in: directory)
        #expect(run.code == 0)
        #expect(diagnostics.isEmpty)
    }
}
