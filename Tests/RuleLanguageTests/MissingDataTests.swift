import Testing
import LintModel
@testable import RuleLanguage

/// A rule must never fire because something is missing, unless it asks about `null`.
@Suite struct MissingDataTests {
    /// No title, no department, no year, no amounts; one indicator without levels, name or values.
    static let bare = TestDocument.make(title: nil, department: nil, year: nil, projects: [
        .init(name: "项目", indicators: [.init(nil, nil, name: "", period: "", annual: nil)]),
    ])

    @Test(arguments: [
        ("value", "number == 0"), ("value", "number != 0"), ("value", "op in [\"≤\"]"), ("value", "op not in [\"≤\"]"),
        ("value", "unit != \"%\""), ("value", "other.number != number"), ("value", "date.year < 2025"),
        ("value", "indicator.level1.code != 3"), ("value", "not (indicator.level1.code == 3) and indicator.level1.name != \"x\""),
        ("value", "label contains \"满意\""), ("value", "trailing matches /保障/"), ("value", "value / number > 1"),
        ("indicator", "level1.code not in [1, 2, 3, 4]"), ("indicator", "level2.code - level1.code * 10 > 9"),
        ("indicator", "period.text startswith \"≥\""), ("indicator", "annual.number != period.number"),
        ("project", "amounts.total != amounts.fiscal"), ("project", "goal contains \"提升\""), ("project", "year != document.year"),
        ("project", "amounts.total < sum(indicators, 1)"), ("project", "code startswith \"24\""),
        ("unit", "amounts.total > 0"), ("document", "total.total != sum(projects, amounts.total)"), ("document", "year < 2020"),
        ("document", "title contains \"绩效\""), ("document", "department endswith \"局\""),
    ])
    func nothingFires(scope: String, condition: String) throws {
        let pack = try compile(rule(on: scope, when: condition, message: "m")).get()
        #expect(pack.rules[0].evaluate(MissingDataTests.bare).isEmpty)
    }

    @Test(arguments: [
        ("value", "number == null", 1), ("indicator", "level1 == null", 1), ("indicator", "annual == null and period.kind == \"empty\"", 1),
        ("document", "title == null and department == null", 1), ("project", "not exists(goal)", 1),
    ])
    func askingAboutNullDoesFire(scope: String, condition: String, expected: Int) throws {
        let pack = try compile(rule(on: scope, when: condition, message: "m")).get()
        #expect(pack.rules[0].evaluate(MissingDataTests.bare).count == expected)
    }

    @Test func defaultSpansPerScope() throws {
        let doc = EvaluatorTests.project
        func evidence(_ scope: String, _ extra: String = "") throws -> String? {
            try compile(rule(on: scope, when: "true", message: "m", extra: extra)).get().rules[0].evaluate(doc).first?.evidence
        }
        #expect(try evidence("document") == "项目支出绩效目标表")
        #expect(try evidence("unit") == "广州市某局")
        #expect(try evidence("project") == "2025年劳动保障监察执法工作经费")
        #expect(try evidence("indicator") == "1、1-产出指标；12-质量指标；劳动保障监察事项按时结案率(%)；实施周期指标值:≥95%；年度指标值:≥95%。")
        #expect(try evidence("value") == "≥95%")
        #expect(try evidence("value", "at indicator.name") == "劳动保障监察事项按时结案率(%)")
        #expect(try evidence("value", "at project") == "2025年劳动保障监察执法工作经费")
        #expect(try evidence("indicator", "at level1") == "1-产出指标")
        #expect(try evidence("project", "at amounts.total") == "10.0")
        #expect(try evidence("document", "at department") == "广州市某局")
    }

    @Test func aDocumentWithoutTitlePointsAtItsFirstLine() throws {
        let pack = try compile(rule(on: "document", when: "title == null", message: "m")).get()
        let found = pack.rules[0].evaluate(MissingDataTests.bare)
        #expect(found.first?.location?.line == 1)
        #expect(found.first?.file == "test.txt")
    }
}
