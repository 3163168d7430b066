import FixtureTables
import Foundation
import LintEngine
import LintModel
import Testing

/// The reviewed findings of the default pack on every fixture (`Fixtures/expected/findings/`).
/// A change in what the pack finds shows up here; with `RECORD_GOLDEN=1` the lists are rewritten
/// and the test fails, so that a new finding is always looked at.
@Suite("Golden findings of the default rule pack")
struct GoldenFindingsTests {
    @Test(arguments: EngineFixtures.names)
    func findingsMatchTheReviewedList(_ name: String) throws {
        let pack = try #require(EngineFixtures.builtIn)
        let linter = Linter(selection: RuleSelection(pack: pack))
        let output = EngineFixtures.listing(linter.lint(EngineFixtures.document(name)))
        let golden = FixtureTables.repositoryRoot.appendingPathComponent("Fixtures/expected/findings/\(name).findings")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try output.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(golden.lastPathComponent); review it, then run again without RECORD_GOLDEN.")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let missing = Set(expected.split(separator: "\n")).subtracting(output.split(separator: "\n"))
        let extra = Set(output.split(separator: "\n")).subtracting(expected.split(separator: "\n"))
        #expect(missing.isEmpty, "no longer found: \(missing.sorted().prefix(5))")
        #expect(extra.isEmpty, "newly found: \(extra.sorted().prefix(5))")
    }

    @Test func theFourNamedDefectsAreFound() throws {
        let pack = try #require(EngineFixtures.builtIn)
        let linter = Linter(selection: RuleSelection(pack: pack))
        let city = linter.lint(EngineFixtures.document("guangzhou-city-2026-hrss.txt"))
        // Placeholders.
        #expect(city.contains { $0.category == "placeholder" && $0.evidence?.hasPrefix("待单位补充") == true })
        // Dozens of ≤0% budget-control rates.
        #expect(city.filter { $0.ruleId == "zero-control-rate" && $0.evidence == "≤0%" }.count >= 20)
        // Period text against an annual number.
        #expect(city.contains { $0.ruleId == "period-annual-text-vs-number" && $0.evidence == "民办技工学校党支部书记" })
        let panyu = linter.lint(EngineFixtures.document("panyu-2023-hrss.txt"))
        #expect(panyu.contains { $0.ruleId == "period-annual-text-vs-number" && $0.evidence == "各级部门和机构组织的培训人次" })
        #expect(panyu.contains { $0.ruleId == "missing-annual-value" && $0.context.project == "车辆购置经费" })
        // Missing satisfaction.
        let haizhu = linter.lint(EngineFixtures.document("haizhu-2025-hrss.txt"))
        #expect(haizhu.contains { $0.ruleId == "missing-satisfaction" && $0.context.project == "仲裁办案人员2025年办案补助" })
        // A legitimate cumulative difference (12 backups over the period, 6 this year) is not flagged.
        #expect(!city.contains { $0.category == "period-annual-mismatch" && $0.context.indicatorName == "备份频次" })
    }

    @Test func everyFindingPointsAtItsEvidence() throws {
        let pack = try #require(EngineFixtures.builtIn)
        let linter = Linter(selection: RuleSelection(pack: pack))
        for name in EngineFixtures.names {
            let document = EngineFixtures.document(name)
            for diagnostic in linter.lint(document) {
                let span = try #require(diagnostic.span)
                #expect(document.source.string(in: span) == diagnostic.evidence)
                #expect(DiagnosticCategory.isKnown(diagnostic.category))
            }
        }
    }
}
