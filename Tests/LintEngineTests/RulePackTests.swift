import Foundation
import LintEngine
import LintModel
import RuleLanguage
import Testing

@Suite("The built-in pack, user packs and selection")
struct RulePackTests {
    @Test func theBuiltInPackLoadsAndCoversEveryCategory() throws {
        let pack = try #require(EngineFixtures.builtIn)
        let categories = Set(pack.rules.map(\.metadata.category))
        for category in DiagnosticCategory.all where category != "parse" {
            #expect(categories.contains(category), "no rule for \(category)")
        }
    }

    /// `rules test` of the whole pack: every example through the real reader.
    @Test func everyExampleOfTheBuiltInPackHolds() throws {
        let pack = try #require(EngineFixtures.builtIn)
        var count = 0
        for rule in pack.rules {
            for outcome in ExampleRunner.run(rule) {
                #expect(outcome.passed, "\(outcome.explanation)")
                count += 1
            }
        }
        #expect(count >= 2 * pack.rules.count)
    }

    @Test func selectionDisablesEnablesAndOverridesSeverity() throws {
        let pack = try #require(EngineFixtures.builtIn)
        let selection = RuleSelection(pack: pack, disable: ["vague-value"], severity: ["missing-satisfaction": .error])
        #expect(!selection.active.contains { $0.rule.metadata.id == "vague-value" })
        #expect(selection.metadata.first { $0.id == "missing-satisfaction" }?.severity == .error)
        let findings = Linter(selection: selection).lint(EngineFixtures.document("haizhu-2025-hrss.txt"))
        #expect(!findings.contains { $0.ruleId == "vague-value" })
        #expect(findings.filter { $0.ruleId == "missing-satisfaction" }.allSatisfy { $0.severity == .error })
    }

    @Test func vocabularyFromTheConfigurationExtendsTheBuiltInLists() throws {
        let extended = try RulePackLoader.load(ruleDirectories: [], useDefaultRules: true,
                                               vocabulary: ["placeholders": ["暂缺"]]).get()
        let rule = try #require(extended.rule(id: "placeholder-in-value"))
        let document = ExampleRunner.document(for: "1、1-产出指标；11-数量指标；培训人次；实施周期指标值:暂缺；年度指标值:暂缺。")
        #expect(rule.evaluate(document).count == 1)
        let plain = try #require(EngineFixtures.builtIn?.rule(id: "placeholder-in-value"))
        #expect(plain.evaluate(document).isEmpty)
    }

    @Test func aUserRuleReplacesTheBuiltInOneWithTheSameId() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("user-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        rule vague-value on value {
          severity info
          category vague-value
          title    "本单位的含糊表述规则"
          when     text contains "良好"
          message  "「{text}」"
          expect flag "1、1-产出指标；11-数量指标；示范效应；实施周期指标值:良好；年度指标值:良好。"
          expect pass "1、1-产出指标；11-数量指标；示范效应；实施周期指标值:≥3次；年度指标值:≥3次。"
        }
        """.write(to: folder.appendingPathComponent("mine.rules"), atomically: true, encoding: .utf8)
        let pack = try RulePackLoader.load(ruleDirectories: [folder.path], useDefaultRules: true).get()
        #expect(pack.rules.filter { $0.metadata.id == "vague-value" }.count == 1)
        #expect(pack.rule(id: "vague-value")?.metadata.severity == .info)
        #expect(pack.rules.count == EngineFixtures.builtIn?.rules.count)
        let only = try RulePackLoader.load(ruleDirectories: [folder.path], useDefaultRules: false).get()
        #expect(only.rules.map(\.metadata.id) == ["vague-value"])
    }

    @Test func aBrokenUserPackIsAnErrorNotASilentFallback() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broken-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "rule x on valeu {\n}\n".write(to: folder.appendingPathComponent("bad.rules"), atomically: true, encoding: .utf8)
        let result = RulePackLoader.load(ruleDirectories: [folder.path], useDefaultRules: true)
        guard case .failure(let failure) = result else {
            Issue.record("a broken pack loaded")
            return
        }
        let text = failure.rendered()
        #expect(text.contains("bad.rules:1:"))
        #expect(text.contains("valeu"))
        #expect(text.contains("value"))
        guard case .failure = RulePackLoader.load(ruleDirectories: ["/no/such/folder"], useDefaultRules: true) else {
            Issue.record("a missing folder loaded")
            return
        }
    }
}
