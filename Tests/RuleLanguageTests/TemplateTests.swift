import Testing
import LintModel
@testable import RuleLanguage

@Suite struct TemplateTests {
    static func render(_ message: String, when condition: String = "true", period: String = "≥95%", annual: String? = "≥90%") -> [String]? {
        messages(rule(when: condition, message: message), on: document(name: "服务对象满意度(%)", period: period, annual: annual))
    }

    @Test(arguments: [
        ("「{text}」", "「1.32万人」"),
        ("{number}|{value}|{unit}", "1.32|13200|万人"),
        ("{number * 100}", "132"),
        ("{round(number / 3, 2)}", "0.44"),
        ("{op}", ""),
        ("{which}的{indicator.name}", "实施周期的服务对象满意度(%)"),
        ("{indicator}", "服务对象满意度(%)"),
        ("{indicator.level1}", "4-成本指标"),
        ("{project.name}", "2025年劳动保障监察执法工作经费"),
        ("{other.text}", "≥90%"),
        ("{count(indicator.values)}个值", "2个值"),
        ("{[1, 2.5, \\\"三\\\"]}", "1、2.5、三"),
        ("\\\\{text}", "{text}"),
        ("{kind == \\\"quantity\\\"}", "true"),
    ])
    func rendersFieldsAndExpressions(message: String, expected: String) {
        #expect(TemplateTests.render(message, when: "which == \"实施周期\"", period: "1.32万人") == [expected])
    }

    @Test func matchIsTheLastSuccessfulMatchAndItsGroups() {
        #expect(TemplateTests.render("{match}|{match.1}|{match.2}", when: "text matches /逐年(提升|提高)/", period: "群众满意度逐年提高")
                == ["逐年提高|提高|"])
        #expect(TemplateTests.render("{match}", when: "text contains [\"持续\", \"有所\"] or text matches /改善/", period: "有所改善")
                == ["有所"])
        #expect(TemplateTests.render("{match}", when: "not (text contains \"逐年\") and text contains \"改善\"", period: "有所改善")
                == ["改善"])
    }

    @Test func fixAndHelpAreTemplatesToo() throws {
        let pack = try compile(rule(when: "op == \"≤\" and number == 0", message: "m",
                                    extra: "fix \"≤100{unit}\"\n  help \"应为「≤100{unit}」\"")).get()
        let found = pack.rules[0].evaluate(document(period: "≤0%"))
        #expect(found.first?.fix?.replacement == "≤100%")
        #expect(found.first?.help == "应为「≤100%」")
        #expect(found.first?.fix?.span == found.first?.span)
    }

    @Test func numbersRenderWithoutTrailingZero() {
        #expect(RValue.number(100).rendered == "100")
        #expect(RValue.number(95.5).rendered == "95.5")
        #expect(RValue.number(-3).rendered == "-3")
        #expect(RValue.number(0.1 + 0.2).rendered == "0.30000000000000004")
        #expect(RValue.null.rendered == "")
    }
}
