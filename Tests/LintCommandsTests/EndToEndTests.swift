import Foundation
import Testing
@testable import LintCommands

/// The command line as users and CI scripts see it: exit codes, messages and reports, on the real
/// fixtures and on small tables written for one purpose.
@Suite("End to end: the command line")
struct EndToEndTests {
    typealias E = EndToEnd

    // MARK: Exit codes of check

    @Test("check on the fixtures exits 1: they contain errors")
    func fixturesFail() throws {
        let directory = try TemporaryDirectory()
        let (run, diagnostics) = try E.checkJSON([E.tables], in: directory)
        #expect(run.code == 1)
        #expect(diagnostics.contains { $0["severity"] as? String == "error" })
        #expect(Set(diagnostics.compactMap { $0["file"] as? String }).count == 5)
    }

    @Test("--fail-on never exits 0 with the same findings")
    func failOnNever() throws {
        let directory = try TemporaryDirectory()
        let (run, diagnostics) = try E.checkJSON([E.tables, "--fail-on", "never"], in: directory)
        #expect(run.code == 0)
        #expect(!diagnostics.isEmpty)
    }

    @Test("--fail-on warning: a warning fails, a clean table passes, the default lets warnings through")
    func failOnWarning() throws {
        let directory = try TemporaryDirectory()
        let warned = try directory.write("warned.txt", E.sevenColumnTable(projects: [
            (E.project.name, E.project.goal, E.indicators(effect: "逐年提升"))]))
        let clean = try directory.write("clean.txt", E.sevenColumnTable(projects: [
            (E.project.name, E.project.goal, E.indicators())]))

        let (warning, found) = try E.checkJSON([warned, "--fail-on", "warning"], in: directory, name: "w.json")
        #expect(warning.code == 1)
        #expect(found.map { $0["ruleId"] as? String } == ["vague-value"])
        #expect(found.allSatisfy { $0["severity"] as? String == "warning" })

        let (byDefault, _) = try E.checkJSON([warned], in: directory, name: "d.json")
        #expect(byDefault.code == 0)

        let (passing, none) = try E.checkJSON([clean, "--fail-on", "warning"], in: directory, name: "c.json")
        #expect(passing.code == 0)
        #expect(none.isEmpty)
        let (strictest, _) = try E.checkJSON([clean, "--fail-on", "info"], in: directory, name: "i.json")
        #expect(strictest.code == 0)
    }

    @Test("a missing input exits 3, even when other inputs have errors")
    func missingInput() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.path("没有这个文件.txt")
        let (run, _) = try E.checkJSON([E.table("haizhu-2025-hrss.txt"), missing], in: directory)
        #expect(run.code == 3)
        let report = try #require(try E.jsonObject(atPath: directory.path("report.json")) as? [String: Any])
        let unreadable = try #require(report["unreadable"] as? [[String: String]])
        #expect(unreadable == [["path": missing, "reason": "文件不存在"]])
    }

    @Test("a folder without any table exits 3: nothing could be checked")
    func emptyFolder() throws {
        let directory = try TemporaryDirectory()
        try directory.write("tables/readme.md", "不是表格")
        let run = E.run(["check", directory.path("tables"), "--quiet"])
        #expect(run.code == 3)
        #expect(run.output.contains("error[unreadable-input]: 无法读取：文件夹中没有表格文件"))
    }

    @Test("a PDF in a folder of tables is listed with what to do, not skipped unseen")
    func documentInFolder() throws {
        let directory = try TemporaryDirectory()
        try directory.write("tables/a.txt", try String(contentsOfFile: E.table("haizhu-2025-hrss.txt"), encoding: .utf8))
        let pdf = try directory.write("tables/b.pdf", "%PDF-1.7\n1 0 obj\n")
        try directory.write("tables/notes.md", "不是表格")
        let (run, diagnostics) = try E.checkJSON([directory.path("tables")], in: directory)
        #expect(run.code == 1)
        let binary = diagnostics.filter { $0["ruleId"] as? String == "parse-binary-file" }
        #expect(binary.map { $0["file"] as? String } == [pdf])
        #expect(diagnostics.contains { $0["file"] as? String == directory.path("tables/a.txt") })
        #expect(!diagnostics.contains { ($0["file"] as? String)?.hasSuffix("notes.md") == true })
    }

    @Test("a file that is read but not understood is a parse finding (exit 1), not an unreadable input (3)")
    func unknownLayout() throws {
        let directory = try TemporaryDirectory()
        let junk = try directory.write("junk.txt", "hello\u{0}\u{1} world\nfoo bar\n")
        let (run, diagnostics) = try E.checkJSON([junk], in: directory)
        #expect(run.code == 1)
        #expect(diagnostics.map { $0["ruleId"] as? String } == ["parse-unknown-layout"])
        #expect(diagnostics.first?["line"] as? Int == 1)
        let (never, _) = try E.checkJSON([junk, "--fail-on", "never"], in: directory, name: "never.json")
        #expect(never.code == 0)
    }

    // MARK: Usage errors: exit 2, a Chinese message naming the offending text

    @Test("a misspelt option exits 2 and suggests the right one")
    func badOption() {
        let run = E.run(["check", E.tables, "--formt", "json"])
        #expect(run.code == 2)
        #expect(run.error.contains("「--formt」"))
        #expect(run.error.contains("你是不是想用「--format」？"))
        #expect(run.output.isEmpty)
    }

    @Test("a bad option value exits 2")
    func badValue() {
        let run = E.run(["check", E.tables, "--fail-on", "sometimes"])
        #expect(run.code == 2)
        #expect(run.error.contains("「sometimes」"))
    }

    @Test("a rule folder with an error exits 2 with file:line:col: error: on standard error")
    func brokenRules() throws {
        let directory = try TemporaryDirectory()
        let rules = try directory.write("rules/broken.rules", "rule broken-one {\n  severity error\n}\n")
        let run = E.run(["check", E.table("conghua-2025-hrss-pdf.txt"), "--rules", directory.path("rules")])
        #expect(run.code == 2)
        #expect(run.error.hasPrefix("\(rules):1:17: error: "))
        #expect(run.error.contains("broken-one"))
        #expect(run.output.isEmpty)
    }

    @Test("an unknown rule id in --disable exits 2 and suggests the nearest id")
    func unknownDisable() {
        let run = E.run(["check", E.tables, "--disable", "vague-valu"])
        #expect(run.code == 2)
        #expect(run.error.contains("未知规则「vague-valu」"))
        #expect(run.error.contains("「vague-value」"))
    }

    // MARK: rules

    @Test("rules test passes every example of the built-in pack")
    func rulesTest() throws {
        let run = E.run(["rules", "test"])
        #expect(run.code == 0)
        let last = try #require(run.output.split(separator: "\n").last.map(String.init))
        let match = try #require(last.wholeMatch(of: /(\d+) passed, 0 failed/))
        #expect((Int(match.1) ?? 0) > 0)
        #expect(!run.output.contains("FAIL"))
    }

    @Test("rules list --format json is an array of {id, severity, category, title, scope, file, line}")
    func rulesListJSON() throws {
        let run = E.run(["rules", "list", "--format", "json"])
        #expect(run.code == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(rules.count > 10)
        for rule in rules {
            #expect(Set(rule.keys) == ["id", "severity", "category", "title", "scope", "file", "line"])
            #expect(["error", "warning", "info"].contains(rule["severity"] as? String ?? ""))
            #expect((rule["line"] as? Int ?? 0) >= 1)
            #expect((rule["file"] as? String ?? "").hasSuffix(".rules"))
        }
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == rules.count)
        #expect(ids.contains("zero-control-rate"))
    }

    @Test("rules explain shows a rule; a misspelt id exits 2 with a suggestion")
    func rulesExplain() {
        let found = E.run(["rules", "explain", "zero-control-rate"])
        #expect(found.code == 0)
        #expect(found.output.hasPrefix("zero-control-rate  [error]"))
        #expect(found.output.contains("示例："))

        let misspelt = E.run(["rules", "explain", "zero-control-rat"])
        #expect(misspelt.code == 2)
        #expect(misspelt.error.contains("没有规则「zero-control-rat」"))
        #expect(misspelt.error.contains("「zero-control-rate」"))
        #expect(misspelt.output.isEmpty)
    }

    // MARK: parse

    @Test("parse --format json reads the 37 projects of the Haizhu table")
    func parseJSON() throws {
        let run = E.run(["parse", E.table("haizhu-2025-hrss.txt")])
        #expect(run.code == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let units = try #require(document["units"] as? [[String: Any]])
        let projects = units.flatMap { $0["projects"] as? [[String: Any]] ?? [] }
        #expect(projects.count == 37)
        #expect(projects.first?["name"] as? String == "2025年劳动保障监察执法工作经费")
        #expect(projects.allSatisfy { !($0["indicators"] as? [Any] ?? []).isEmpty })
    }

    // MARK: Outputs

    @Test("--format text,sarif,csv,json,html --output-dir writes all five reports")
    func allFormats() throws {
        let directory = try TemporaryDirectory()
        let run = E.run(["check", E.table("conghua-2025-hrss-pdf.txt"), "--format", "text,sarif,csv,json,html",
                         "--output-dir", directory.path("reports"), "--fail-on", "warning"])
        #expect(run.code == 1)
        #expect(run.output.isEmpty)
        for name in ["txt", "sarif", "csv", "json", "html"].map({ "reports/indicator-lint.\($0)" }) {
            let text = try directory.read(name)
            #expect(text.contains("zero-control-rate") || text.contains("vague-value"), "\(name) has no findings")
        }
        let sarif = try #require(try E.jsonObject(atPath: directory.path("reports/indicator-lint.sarif")) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        // The command line names the tool once; the arguments are those after it.
        let run0 = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run0["invocations"] as? [[String: Any]])?.first)
        #expect((invocation["commandLine"] as? String)?.hasPrefix("indicator-lint check ") == true)
        #expect((invocation["arguments"] as? [String])?.first == "check")
        #expect(try directory.read("reports/indicator-lint.csv").hasPrefix("\u{FEFF}"))
        #expect(try directory.read("reports/indicator-lint.html").contains("<html"))
    }

    @Test("--quiet keeps only the finding lines and the summary")
    func quiet() throws {
        let directory = try TemporaryDirectory()
        let table = try directory.write("warned.txt", E.sevenColumnTable(projects: [
            (E.project.name, E.project.goal, E.indicators(effect: "逐年提升"))]))
        let quiet = E.run(["check", table, "--quiet", "--color", "always", "--output", directory.path("q.txt")])
        let full = E.run(["check", table, "--color", "never", "--output", directory.path("f.txt")])
        #expect(quiet.code == 0 && full.code == 0)
        let quietText = try directory.read("q.txt")
        let fullText = try directory.read("f.txt")
        #expect(quietText == """
            \(table):10:294: warning[vague-value]: 「服务质量」的实施周期指标值「逐年提升」是含糊表述（「逐年提升」），无法考核

            0 个错误, 1 个警告, 0 个提示; 1 个文件
            按类别:
              vague-value  1（警告 1）

            """)
        #expect(fullText.contains(" │ "))
        #expect(fullText.contains("= help: "))
        #expect(fullText.hasPrefix(quietText.components(separatedBy: "\n")[0] + "\n"))
    }

    @Test("--jobs 1 and --jobs 2 give the same report")
    func jobs() throws {
        let directory = try TemporaryDirectory()
        let one = E.run(["check", E.tables, "--jobs", "1", "--format", "json", "--output", directory.path("1.json")])
        let two = E.run(["check", E.tables, "--jobs", "2", "--format", "json", "--output", directory.path("2.json")])
        let many = E.run(["check", E.tables, E.tables, "-j", "7", "--format", "json", "--output", directory.path("7.json")])
        #expect(one.code == 1 && two.code == 1 && many.code == 1)
        let single = try directory.read("1.json")
        #expect(single.count > 1000)
        #expect(single == (try directory.read("2.json")))
        // The same folder twice: every finding twice, still in a fixed order.
        let doubled = try #require(try E.jsonObject(atPath: directory.path("7.json")) as? [String: Any])
        let once = try #require(try E.jsonObject(atPath: directory.path("1.json")) as? [String: Any])
        #expect((doubled["diagnostics"] as? [Any])?.count == 2 * ((once["diagnostics"] as? [Any])?.count ?? -1))
    }

    @Test("the worker count follows --jobs, never exceeds the files and is at least one")
    func workerCount() {
        #expect(CheckCommand.workerCount(jobs: 1, files: 5) == 1)
        #expect(CheckCommand.workerCount(jobs: 2, files: 5) == 2)
        #expect(CheckCommand.workerCount(jobs: 8, files: 3) == 3)
        #expect(CheckCommand.workerCount(jobs: 4, files: 0) == 1)
        #expect(CheckCommand.workerCount(jobs: nil, files: 1000) == ProcessInfo.processInfo.activeProcessorCount)
    }

    // MARK: Configuration file

    @Test("indicator-lint.json disabling vague-value removes those findings")
    func configurationDisables() throws {
        let directory = try TemporaryDirectory()
        let config = try directory.write("team/indicator-lint.json", #"{"rules": {"disable": ["vague-value"]}}"#)
        let table = E.table("conghua-2025-hrss-pdf.txt")
        let (_, before) = try E.checkJSON([table], in: directory, name: "before.json")
        let (run, after) = try E.checkJSON([table, "--config", config], in: directory, name: "after.json")
        let vague = before.filter { $0["ruleId"] as? String == "vague-value" }
        #expect(!vague.isEmpty)
        #expect(!after.contains { $0["ruleId"] as? String == "vague-value" })
        #expect(after.count == before.count - vague.count)
        #expect(run.code == 0) // the Conghua table has warnings and infos, no errors
    }

    @Test("an unknown key in the configuration file exits 2 and names it")
    func configurationUnknownKey() throws {
        let directory = try TemporaryDirectory()
        let config = try directory.write("indicator-lint.json", #"{"failon": "warning"}"#)
        let run = E.run(["check", E.tables, "--config", config])
        #expect(run.code == 2)
        #expect(run.error.contains("未知的键「failon」"))
        #expect(run.error.contains("「failOn」"))
    }
}

/// The one thing an in-process run cannot show: `indicator-lint.json` found in the current folder
/// of a real process. Runs the built executable, which sits next to the test bundle.
@Suite("End to end: the executable")
struct ExecutableTests {
    static let executable: URL? = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let candidate = bundle.appendingPathComponent("indicator-lint")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }()

    @Test("indicator-lint.json in the current folder is read; its bad key exits 2 with a message on stderr",
          .enabled(if: executable != nil, "the indicator-lint executable is not built next to the tests"))
    func configurationInCurrentFolder() throws {
        let executable = try #require(Self.executable)
        let directory = try TemporaryDirectory()
        let table = EndToEnd.table("conghua-2025-hrss-pdf.txt")

        func run(_ arguments: [String]) throws -> (code: Int32, error: String) {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = directory.url
            let errorPipe = Pipe()
            process.standardError = errorPipe
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let error = errorPipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: error, as: UTF8.self))
        }

        try directory.write("indicator-lint.json", #"{"rules": {"disable": ["vague-value"]}, "failOn": "warning"}"#)
        let strict = try run(["check", table, "--format", "json", "--output", directory.path("r.json")])
        #expect(strict.code == 1) // failOn from the file: the table's warnings now fail the run
        let report = try #require(try EndToEnd.jsonObject(atPath: directory.path("r.json")) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.isEmpty)
        #expect(!diagnostics.contains { $0["ruleId"] as? String == "vague-value" })

        try directory.write("indicator-lint.json", #"{"rulez": {}}"#)
        let broken = try run(["check", table])
        #expect(broken.code == 2)
        #expect(broken.error.contains("配置文件「indicator-lint.json」中有未知的键「rulez」"))
        #expect(broken.error.contains("你是不是想用「rules」？"))
    }
}
