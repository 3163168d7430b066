import Testing
import LintModel
@testable import RuleLanguage

@Suite struct RulePackTests {
    static let builtIn = """
    let vague = ["逐年提升", "持续改善"]
    let minimum = 60
    \(rule("vague-value", when: "text contains vague", message: "「{text}」含糊：{match}"))
    \(rule("low-rate", when: "unit == \"%\" and number < minimum", message: "「{text}」过低"))
    """

    static func basePack() throws -> RulePack {
        try RulePack.compile([RuleSource(name: "Rules/values.rules", text: builtIn)]).get()
    }

    @Test func userListsExtendBuiltInVocabularies() throws {
        let base = try RulePackTests.basePack()
        #expect(base.rules[0].evaluate(document(period: "有所改善")).isEmpty)
        let user = try compile("let vague += [\"有所改善\"]", name: "my.rules", base: base).get()
        #expect(user.rules.map(\.metadata.id) == ["vague-value", "low-rate"])
        #expect(user.rules[0].evaluate(document(period: "有所改善")).map(\.message) == ["「有所改善」含糊：有所改善"])
        #expect(user.rules[0].metadata.file == "Rules/values.rules")
    }

    @Test func userConstantsAndRulesReplaceBuiltInOnes() throws {
        let base = try RulePackTests.basePack()
        let user = try compile("let minimum = 90\n" + rule("vague-value", on: "indicator", when: "false", message: "m"),
                               name: "my.rules", base: base).get()
        #expect(user.rules.count == 2)
        #expect(user.rule(id: "vague-value")?.metadata.scope == "indicator")
        #expect(user.rule(id: "vague-value")?.metadata.file == "my.rules")
        #expect(user.rule(id: "low-rate")?.evaluate(document(period: "85%")).count == 1)
        #expect(base.rule(id: "low-rate")?.evaluate(document(period: "85%")).count == 0)
    }

    @Test func userPackErrorsNameTheUserFile() throws {
        let base = try RulePackTests.basePack()
        guard case .failure(let failure) = compile("let vague += [1]", name: "my.rules", base: base) else {
            Issue.record("should fail")
            return
        }
        #expect(failure.errors.map(\.file) == ["my.rules"])
    }

    @Test func constantsAreVisibleAcrossFilesInLoadOrder() throws {
        let pack = try RulePack.compile([
            RuleSource(name: "a.rules", text: "let words = [\"逐年提升\"]"),
            RuleSource(name: "b.rules", text: "let more = words + [\"持续改善\"]\n" + rule(when: "text in more", message: "m")),
        ]).get()
        #expect(pack.rules[0].evaluate(document(period: "持续改善")).count == 1)
        #expect(pack.constantNames == ["more", "words"])
    }

    @Test func metadataAndExamples() throws {
        let pack = try compile("""
        # 注释
        rule placeholder-value on value {
          severity error
          category placeholder
          title    "指标值是占位符"
          when     text in ["/", "无", "-"]
          message  "「{text}」"
          help     "请填写实际目标值"
          tags     ["placeholder"]
          expect flag "1、1-产出指标；11-数量指标；培训人次；实施周期指标值:/；年度指标值:/。"
          expect pass \"\"\"
        项目名称\t绩效指标
        测试项目\t1、1-产出指标；11-数量指标；培训人次；实施周期指标值:≥30人次；年度指标值:≥30人次。
        \"\"\"
        }
        """).get()
        let rule = try #require(pack.rules.first)
        #expect(rule.metadata == RuleMetadata(id: "placeholder-value", severity: .error, category: "placeholder", title: "指标值是占位符",
                                              help: "请填写实际目标值", tags: ["placeholder"], scope: "value", file: "test.rules", line: 2))
        #expect(rule.examples.map(\.expectation) == [.flag, .pass])
        #expect(rule.examples.map(\.line) == [10, 11])
        #expect(rule.examples[1].text.hasPrefix("项目名称\t绩效指标\n测试项目\t1、"))
        #expect(rule.examples[1].text.hasSuffix("。"))
        #expect(rule.entityCount(in: document(period: "/", annual: "/")) == 2)
        #expect(rule.evaluate(document(period: "/", annual: "/")).count == 2)
    }
}

@Suite struct RuleExampleTests {
    @Test func expectationsAreCheckedAgainstFindings() throws {
        let pack = try compile(rule(when: "op == \"≤\" and number == 0", message: "m"))
            .get()
        let rule = try #require(pack.rules.first)
        let flag = RuleExample(expectation: .flag, text: "", line: 1)
        let pass = RuleExample(expectation: .pass, text: "", line: 2)
        let bad = rule.evaluate(document(period: "≤0%"))
        let good = rule.evaluate(document(period: "≤100%"))
        #expect(flag.isSatisfied(by: bad) && !flag.isSatisfied(by: good))
        #expect(pass.isSatisfied(by: good) && !pass.isSatisfied(by: bad))
    }
}
