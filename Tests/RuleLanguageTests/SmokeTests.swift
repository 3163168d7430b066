import Testing
import LintModel
@testable import RuleLanguage

@Test func theExampleRuleFlagsAZeroUpperBound() throws {
    let text = """
    let zeroTolerant = /事故|投诉|违规|差错|上访/
    rule nonsense-upper-bound on value {
      severity error
      category nonsense-bound
      title    "指标值上限为零，目标无法考核"
      when     op in ["≤", "<"] and number == 0 and not (indicator.name matches zeroTolerant)
      message  "「{indicator.name}」的{which}指标值「{text}」以 0 为上限，无法考核"
      help     "预算（成本）控制率应写作「≤100%」这类可达成的上限。"
      tags     ["bounds", "cost"]
      fix      "≤100%"
      at       text
      expect flag "1、4-成本指标；41-经济成本指标；项目预算控制率；实施周期指标值:≤0%；年度指标值:≤0%。"
      expect pass "1、4-成本指标；41-经济成本指标；项目预算控制率；实施周期指标值:≤100%；年度指标值:≤100%。"
    }
    """
    let pack = try compile(text).get()
    let doc = document(period: "≤0%", annual: "≤100%")
    let found = pack.rules[0].evaluate(doc)
    #expect(found.map(\.message) == ["「项目预算控制率」的实施周期指标值「≤0%」以 0 为上限，无法考核"])
    #expect(found.first?.evidence == "≤0%")
    #expect(found.first?.fix?.replacement == "≤100%")
    #expect(found.first?.context.indicatorName == "项目预算控制率")
    #expect(pack.rules[0].metadata.tags == ["bounds", "cost"])
    #expect(pack.rules[0].examples.count == 2)
}
