import Foundation
import LintModel
import Testing
@testable import Reporters

@Suite("SARIF reporter")
struct SARIFReporterTests {
    static func parse(_ report: LintReport) throws -> [String: Any] {
        let text = SARIFReporter().render(report)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func results(_ root: [String: Any]) throws -> [[String: Any]] {
        let runs = try #require(root["runs"] as? [[String: Any]])
        return try #require(runs.first?["results"] as? [[String: Any]])
    }

    static let validator = ReportFixtures.repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/tools/validate-sarif.py")

    /// python3 (from PATH) with the `jsonschema` package, and the validator next to this repository.
    static var canValidate: Bool {
        guard FileManager.default.fileExists(atPath: validator.path) else { return false }
        return (try? python(["-c", "import jsonschema"]).status) == 0
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test("passes validate-sarif.py --strict --github with no warnings", .enabled(if: SARIFReporterTests.canValidate))
    func validates() throws {
        for report in [ReportFixtures.sampleReport(), { var r = ReportFixtures.sampleReport(); r.diagnostics = []; r.unreadable = []; return r }()] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("indicator-lint-\(UUID().uuidString).sarif")
            try Data(SARIFReporter().render(report).utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let (status, output) = try Self.python([Self.validator.path, file.path, "--strict", "--github"])
            #expect(status == 0, "validator said:\n\(output)")
            #expect(!output.lowercased().contains("warning"), "validator warned:\n\(output)")
        }
    }

    @Test("columns are UTF-16 code units: a character outside the BMP counts two")
    func utf16Columns() throws {
        let source = SourceFile(path: "a.txt", string: "𠮷字；≤0%\n")
        let span = ReportFixtures.span(of: "≤0%", in: source)
        var diagnostic = Diagnostic(ruleId: "r", severity: .error, category: "nonsense-bound", message: "m", file: "a.txt", span: span)
        diagnostic.resolve(in: source)
        #expect(diagnostic.location?.column == 4) // scalars: 𠮷 字 ； then ≤
        let report = LintReport(documents: [Document(source: source, layout: .unknown)], diagnostics: [diagnostic], rules: [],
                                toolVersion: "0.1.0", invocation: ReportFixtures.sampleReport().invocation)
        let result = try #require(try Self.results(Self.parse(report)).first)
        let locations = try #require(result["locations"] as? [[String: Any]])
        let region = try #require((locations.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["startColumn"] as? Int == 5)
        #expect(region["endColumn"] as? Int == 8)
        #expect(region["startLine"] as? Int == 1 && region["endLine"] as? Int == 1)
    }

    @Test("Chinese paths are percent-encoded and relative to %SRCROOT%", arguments: [
        ("报表/海珠区 2025.txt", nil as String?, "%E6%8A%A5%E8%A1%A8/%E6%B5%B7%E7%8F%A0%E5%8C%BA%202025.txt", "%SRCROOT%" as String?),
        ("./a/./b.txt", nil, "a/b.txt", "%SRCROOT%"),
        ("/work/project/表.txt", "/work/project", "%E8%A1%A8.txt", "%SRCROOT%"),
        ("/data/x:y.txt", "/work/project", "file:///data/x%3Ay.txt", nil),
        ("../other/a.txt", "/work/project", "file:///work/other/a.txt", nil),
        ("C:\\表\\a.txt", nil, "C%3A/%E8%A1%A8/a.txt", "%SRCROOT%"),
    ])
    func uris(path: String, workingDirectory: String?, uri: String, baseId: String?) {
        let artifact = ArtifactURI(path: path, workingDirectory: workingDirectory)
        #expect(artifact.uri == uri)
        #expect(artifact.baseId == baseId)
    }

    @Test("fingerprints do not change when rows are added above a finding")
    func stableFingerprints() throws {
        func fingerprints(_ text: String) throws -> [String] {
            let source = SourceFile(path: "a.txt", string: text)
            let diagnostics = (1...2).map { occurrence in
                var diagnostic = Diagnostic(ruleId: "nonsense-upper-bound", severity: .error, category: "nonsense-bound",
                                            message: "m", file: "a.txt",
                                            span: ReportFixtures.span(of: "≤0%", in: source, occurrence: occurrence),
                                            context: DiagnosticContext(project: "项目甲", indicatorName: "预算（成本）控制率"))
                diagnostic.resolve(in: source)
                return diagnostic
            }
            let report = LintReport(documents: [Document(source: source, layout: .unknown)], diagnostics: diagnostics,
                                    rules: [], toolVersion: "0.1.0", invocation: ReportFixtures.sampleReport().invocation)
            return try Self.results(Self.parse(report)).map {
                try #require(($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"])
            }
        }
        let row = "项目甲\t1、4-成本指标；预算（成本）控制率；实施周期指标值:≤0%；年度指标值:≤0%。\n"
        let before = try fingerprints(row)
        let after = try fingerprints("项目乙\t1、1-产出指标；培训人次；年度指标值:≥95%。\n\n" + row)
        #expect(before == after)
        #expect(before.count == 2 && before[0] != before[1])
        #expect(before[0].hasSuffix(":1") && before[1].hasSuffix(":2"))
        #expect(before[0].split(separator: ":").first == before[1].split(separator: ":").first)
    }

    @Test("rules, logical locations, fixes and notifications are all there")
    func structure() throws {
        let root = try Self.parse(ReportFixtures.sampleReport())
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["nonsense-upper-bound", "vague-value", "missing-cost", "parse-unknown-cell"])
        #expect(rules.map { $0["name"] as? String }.first == "NonsenseUpperBound")
        let levels = rules.map { ($0["defaultConfiguration"] as? [String: String])?["level"] }
        #expect(levels == ["error", "warning", "note", "warning"])

        let results = try Self.results(root)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let bound = try #require(results.first { $0["ruleId"] as? String == "nonsense-upper-bound" })
        let fixes = try #require(bound["fixes"] as? [[String: Any]])
        let change = try #require((fixes.first?["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == "≤100%")
        let deleted = try #require(replacement["deletedRegion"] as? [String: Int])
        #expect(deleted["startLine"] == 354 && deleted["endColumn"].map { $0 - (deleted["startColumn"] ?? 0) } == 3)

        let logical = try #require(run["logicalLocations"] as? [[String: Any]])
        let location = try #require((bound["locations"] as? [[String: Any]])?.first)
        let reference = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
        let cached = logical[try #require(reference["index"] as? Int)]
        #expect(cached["kind"] as? String == "member")
        #expect(cached["fullyQualifiedName"] as? String
                == "广州市人力资源和社会保障局 ▸ 广州市公用事业技师学院 ▸ 市公用事业技师学院校园物业管理保安项目 ▸ 指标 6「预算（成本）控制率」")
        // Every ancestor is cached, top-down: namespace ▸ module ▸ function ▸ member.
        var kinds: [String] = []
        var node: [String: Any]? = cached
        while let current = node {
            kinds.insert(current["kind"] as? String ?? "?", at: 0)
            node = (current["parentIndex"] as? Int).map { logical[$0] }
        }
        #expect(kinds == ["namespace", "module", "function", "member"])

        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["startTimeUtc"] as? String == "2025-03-01T08:00:00.000Z")
        #expect(invocation["endTimeUtc"] as? String == "2025-03-01T08:00:01.250Z")
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect(invocation["exitCode"] as? Int == 3)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect((notifications.first?["message"] as? [String: String])?["text"] == "无法读取「报表/缺失.txt」：文件不存在")
        // Braces in messages are doubled (SARIF §3.11.5).
        let parse = try #require(results.first { $0["ruleId"] as? String == "parse-unknown-cell" })
        #expect((parse["message"] as? [String: String])?["text"] == "无法识别「合计」行的金额 {{53,606.52}}")
    }
}
