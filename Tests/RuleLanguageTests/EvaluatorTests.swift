import Testing
import LintModel
@testable import RuleLanguage

/// What conditions mean, on documents built by hand with real values from the seed tables.
@Suite struct EvaluatorTests {
    /// Does `condition` (on value scope) hold for the 实施周期 value `text`?
    static func fires(_ condition: String, period: String, annual: String? = nil, name: String = "项目预算控制率",
                      constants: String = "") -> Bool? {
        let doc = document(name: name, period: period, annual: annual)
        guard case .success(let pack) = compile(constants + "\n" + rule(when: condition)) else { return nil }
        return pack.rules[0].evaluate(doc).contains { $0.span == doc.values[0].span }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var condition: String
        var value: String
        var fires: Bool
        var testDescription: String { "\(condition) on 「\(value)」" }
    }

    @Test(arguments: [
        // null never fires a rule on its own
        Case(condition: "number == 0", value: "有所改善", fires: false),
        Case(condition: "number != 0", value: "有所改善", fires: false),
        Case(condition: "number < 1", value: "完成当年度市下达目标任务", fires: false),
        Case(condition: "not (number >= 1)", value: "完成当年度市下达目标任务", fires: true),
        Case(condition: "number == null", value: "完成当年度市下达目标任务", fires: true),
        Case(condition: "number != null", value: "≥95%", fires: true),
        Case(condition: "op == null", value: "100%", fires: true),
        Case(condition: "op in [\"≤\", \"<\"]", value: "有所改善", fires: false),
        Case(condition: "op not in [\"≤\", \"<\"]", value: "有所改善", fires: false),
        Case(condition: "op not in [\"≤\", \"<\"]", value: "≥95%", fires: true),
        Case(condition: "number + 1 == null", value: "有所改善", fires: true),
        // constant lists and maps: whole-number keys are looked up in a table, others hashed
        Case(condition: "number in [1, 95, 2000]", value: "≥95%", fires: true),
        Case(condition: "number in [1, 2000]", value: "≥95%", fires: false),
        Case(condition: "number in [-3, 1.32]", value: "1.32万人", fires: true),
        Case(condition: "number not in [1.5, 95]", value: "1.32万人", fires: true),
        Case(condition: "number not in [1, 95]", value: "有所改善", fires: false),
        Case(condition: "number in {95: \"a\", \"x\": \"b\"}", value: "≥95%", fires: true),
        Case(condition: "number in {1.32: \"a\"}", value: "1.32万人", fires: true),
        Case(condition: "unit in {\"%\": 1, 3: 2}", value: "≥95%", fires: true),
        Case(condition: "unit not in {\"人\": 1}", value: "≥95%", fires: true),
        Case(condition: "number not in {1: 1}", value: "有所改善", fires: false),
        Case(condition: "{95: \"高\", -1: \"负\"}[number] == \"高\"", value: "≥95%", fires: true),
        Case(condition: "{2000: \"高\", 1.32: \"小数\"}[number] == \"小数\"", value: "1.32万人", fires: true),
        Case(condition: "text in [\"无\", \"/\", \"--\", \"不适用\", \"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]", value: "不适用", fires: true),
        Case(condition: "text in [\"无\", \"/\", \"--\", \"不适用\", \"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]", value: "不适", fires: false),
        Case(condition: "text matches /改善/ or number > 1", value: "有所改善", fires: true),
        Case(condition: "date.year == 2025", value: "≥95%", fires: false),
        Case(condition: "other.number == number", value: "≥95%", fires: false),   // no 年度 value: other is null
        // arithmetic and comparisons
        Case(condition: "value == 13200", value: "1.32万人", fires: true),
        Case(condition: "number * 2 - 1 == 1.64", value: "1.32万人", fires: true),
        Case(condition: "number / 0 == null", value: "≥95%", fires: true),
        Case(condition: "-number < -90", value: "≥95%", fires: true),
        Case(condition: "unit == \"%\" and number > 100", value: "≥120%", fires: true),
        Case(condition: "unit == \"%\" and number > 100", value: "≥90%", fires: false),
        Case(condition: "abs(number - 100) < 0.5", value: "100%", fires: true),
        Case(condition: "round(number, 1) == 0.7", value: "≥0.66万人", fires: true),
        // text predicates
        Case(condition: "text contains [\"逐年\", \"持续\", \"有所\"]", value: "有所改善", fires: true),
        Case(condition: "text contains [\"逐年\", \"持续\"]", value: "有所改善", fires: false),
        Case(condition: "text contains \"改善\"", value: "有所改善", fires: true),
        Case(condition: "text startswith [\"不超\", \"不高于\"]", value: "不超过单位缴费部分金额", fires: true),
        Case(condition: "text endswith \"金额\"", value: "不超过单位缴费部分金额", fires: true),
        Case(condition: "norm(text) == \"≥95%\"", value: "≥95％", fires: true),
        Case(condition: "lower(text) == \"psam\"", value: "PSAM", fires: true),
        Case(condition: "len(text) == 4", value: "有所改善", fires: true),
        Case(condition: "number(\"1,200\") == 1200", value: "x", fires: true),
        Case(condition: "number(text) == null", value: "有所改善", fires: true),
        Case(condition: "kind == \"text\"", value: "预算成本控制率=支出金额/预算金额*100%", fires: true),
        Case(condition: "kind == \"quantity\" and which == \"实施周期\"", value: "0次", fires: true),
        Case(condition: "indicator.level1.code == 4 and indicator.level2.name == \"经济成本指标\"", value: "≤100%", fires: true),
        Case(condition: "project.amounts.total == 10 and project.document.year == 2025", value: "≤100%", fires: true),
        Case(condition: "indicator.project.unit.implicit", value: "≤100%", fires: true),
        Case(condition: "exists(indicator.seq) and indicator.seq == 1", value: "≤100%", fires: true),
        // tests of the value's own fields, which the engine checks before the condition
        Case(condition: "unit == null", value: "有所改善", fires: true),
        Case(condition: "unit == null and number > 1", value: "12", fires: true),
        Case(condition: "unit == null", value: "≥95%", fires: false),
        Case(condition: "unit != null", value: "有所改善", fires: false),
        Case(condition: "unit == \"%\" and number != 5", value: "≥95%", fires: true),
        Case(condition: "number != 5", value: "有所改善", fires: false),
        Case(condition: "op == \"≥\" and number >= 95 and number < 95.5 and number == 95", value: "≥95%", fires: true),
        Case(condition: "op in [\"≤\", \"<\"] and number <= 0", value: "≤0%", fires: true),
        Case(condition: "op in [\"≤\", \"<\"] and number <= 0", value: "≥0%", fires: false),
        Case(condition: "op == \"≈\"", value: "≥95%", fires: false),
        Case(condition: "op != \"≥\" and number > -1", value: "95%", fires: false),
        Case(condition: "op == null and number > -1 and number == -(-95)", value: "95%", fires: true),
        Case(condition: "kind == \"quantity\" and unit == \"人次\" and value == 13200", value: "1.32万人次", fires: false),
        Case(condition: "which == \"实施周期\" and which == \"年度\"", value: "≥95%", fires: false),
        Case(condition: "not (indicator.name in [\"\", \"x\"]) and \"\" in [\"\", \"x\"] and \"\" not in [\"y\"]", value: "≥95%", fires: true),
        Case(condition: "which == \"实施周期\" and (which == \"年度\" or kind == \"quantity\")", value: "≥95%", fires: true),
        Case(condition: "unit == \"%\" and unit == \"人\"", value: "≥95%", fires: false),
        Case(condition: "unit == \"%\" and unit == \"%\" and unit != null", value: "≥95%", fires: true),
        Case(condition: "unit == null and unit != null", value: "≥95%", fires: false),
        Case(condition: "kind == \"quantity\" and kind in [\"text\", \"quantity\"] and unit != null and unit == \"%\"", value: "≥95%", fires: true),
        Case(condition: "kind == \"text\" and kind == \"quantity\"", value: "≥95%", fires: false),
        Case(condition: "kind == \"quantity\"", value: "2场,50人", fires: false),
        Case(condition: "kind == \"quantities\" and number == null and unit == null", value: "2场,50人", fires: true),
        Case(condition: "kind == \"quantity\" and unit == \"万人次\" and value == 13200", value: "1.32万人次", fires: true),
        // len() against a constant, decided from the byte count where it can be: CJK, ASCII, mixed
        Case(condition: "len(text) <= 4", value: "有所改善", fires: true),
        Case(condition: "len(text) <= 4", value: "有所改善了", fires: false),
        Case(condition: "len(text) < 5 and len(text) > 3 and len(text) >= 4", value: "有所改善", fires: true),
        Case(condition: "len(text) == 3 or len(text) != 4", value: "有所改善", fires: false),
        Case(condition: "len(text) == 12", value: "abcdefghijkl", fires: true),
        Case(condition: "len(text) >= 4 and len(text) < 6", value: "ab改善", fires: true),
        Case(condition: "len(text) == 4.0000000001", value: "有所改善", fires: true),
        Case(condition: "len(text) != 3.5 and len(text) > 3.5 and len(text) < 4.5", value: "有所改善", fires: true),
        Case(condition: "len(indicator.name) >= 7 and len(indicator.name) == 7", value: "≥95%", fires: true),
        // sum / min / max of a written-out list: items that are null or not numbers are skipped
        Case(condition: "sum([number, null, 1]) == 96 and sum([]) == 0", value: "≥95%", fires: true),
        Case(condition: "min([other.number, number]) == 95 and max([number, 100]) == 100", value: "≥95%", fires: true),
        Case(condition: "min([other.number]) == null and max([]) == null", value: "≥95%", fires: true),
        Case(condition: "sum([number, other.number]) == 0", value: "有所改善", fires: true),
        // long chains keep their order and short circuit; `or` inside `and` and the reverse
        Case(condition: "kind == \"quantity\" and number > 1 and number < 100 and unit == \"%\" and op == \"≥\" and text == \"≥95%\"",
             value: "≥95%", fires: true),
        Case(condition: "number == 1 or number == 2 or number == 3 or number == 4 or number == 95", value: "≥95%", fires: true),
        Case(condition: "number == 1 or number == 2 or number == 3 or number == 4 or number == 5", value: "≥95%", fires: false),
        Case(condition: "(number == 1 or number == 95) and (text == \"x\" or text == \"≥95%\") and not (unit == null)",
             value: "≥95%", fires: true),
        Case(condition: "text contains \"95\" and text contains \"%\" and text contains \"≥\" and text contains \"9\" and text contains \"x\"",
             value: "≥95%", fires: false),
        // absence read through a path: the record at the end of the path, or a field of it
        Case(condition: "other == null and other.unit == null and other.text == null", value: "≥95%", fires: true),
        Case(condition: "indicator.duplicateOf == null and indicator.project.copyOf == null", value: "≥95%", fires: true),
        Case(condition: "other.text != text", value: "≥95%", fires: false),
        Case(condition: "indicator.level1 != null and indicator.level1.name != null and date == null", value: "≥95%", fires: true),
        // a one-class regex decided on the bytes, full-width and four-byte scalars included
        Case(condition: "text matches /[0-9０-９]/", value: "第二季度前完成", fires: false),
        Case(condition: "text matches /[0-9０-９]/", value: "😀完成９成", fires: true),
        Case(condition: "text matches /[😀-😂]/ and not (text matches /[0-9]/)", value: "完成😁", fires: true),
    ])
    func conditions(_ c: Case) {
        #expect(EvaluatorTests.fires(c.condition, period: c.value) == c.fires)
    }

    @Test func constantsListsMapsAndIndexing() {
        let constants = """
        let vague = ["逐年提升", "持续改善"]
        let vague2 = vague + ["有所改善"]
        let parents = {11: 1, 12: 1, 21: 2, 31: 3, 41: 4}
        let units = {"%": "比率", "人": "人数"}
        """
        #expect(EvaluatorTests.fires("text in vague2", period: "有所改善", constants: constants) == true)
        #expect(EvaluatorTests.fires("op in [atLeast] and unit == percent", period: "≥95%",
                                     constants: "let atLeast = \"≥\"\nlet percent = \"%\"") == true)
        #expect(EvaluatorTests.fires("text in vague", period: "有所改善", constants: constants) == false)
        #expect(EvaluatorTests.fires("parents[indicator.level2.code] == indicator.level1.code", period: "≤100%", constants: constants) == true)
        #expect(EvaluatorTests.fires("indicator.level2.code in parents", period: "≤100%", constants: constants) == true)
        #expect(EvaluatorTests.fires("units[unit] == \"比率\"", period: "≤100%", constants: constants) == true)
        #expect(EvaluatorTests.fires("units[unit] == \"比率\"", period: "有所改善", constants: constants) == false)
        #expect(EvaluatorTests.fires("vague[0] == \"逐年提升\" and vague[-1] == \"持续改善\" and vague[5] == null", period: "x", constants: constants) == true)
    }

    @Test func matchOfARegexClassIsTheScalarItFound() throws {
        let document = document(period: "完成😀９成")
        let found = messages(rule(when: "text matches /[0-9０-９]/", message: "{match}"), on: document)
        #expect(found == ["９"])
    }

    /// `kind`, `which` and `op` compared with a constant by case, through a path: as the texts would compare.
    @Test(arguments: [
        ("other.kind == \"quantity\" and other.which == \"年度\" and other.op == \"≥\"", "≥95%", true),
        ("other.kind != \"nonsense\" and other.which != \"实施周期\" and other.op != \"≤\"", "≥95%", true),
        ("other.kind == \"nonsense\" or other.which == \"年\" or other.op == \"≥95\"", "≥95%", false),
        ("other.op == \"≥\" or other.op != \"≥\"", "95%", false),
        ("other.op == null and other.kind == \"quantity\"", "95%", true),
        ("other.kind == \"text\" and other.op != \"=\"", "有所改善", false),
        ("other.kind == \"text\" and other.op == null", "有所改善", true),
    ])
    func enumFieldsAgainstConstants(_ condition: String, _ annual: String, _ expected: Bool) {
        #expect(EvaluatorTests.fires(condition, period: "≥90%", annual: annual) == expected)
        // Without a 年度 value every comparison with `other`'s fields is false.
        #expect(EvaluatorTests.fires(condition, period: "≥90%") == false)
    }

    @Test func otherIsTheSiblingValue() {
        #expect(EvaluatorTests.fires("other.number > number", period: "≥90%", annual: "≥95%") == true)
        #expect(EvaluatorTests.fires("other.which == \"年度\"", period: "≥90%", annual: "≥95%") == true)
    }

    static let project = TestDocument.make(projects: [
        .init(name: "2025年劳动保障监察执法工作经费", goal: "维护劳动关系和谐稳定", total: 10, fiscal: 10, indicators: [
            .init((1, "产出指标"), (12, "质量指标"), name: "劳动保障监察事项按时结案率(%)", period: "≥95%", annual: "≥95%"),
            .init((2, "效益指标"), (22, "社会效益"), name: "有效投诉次数", period: "0次", annual: "0次"),
            .init((3, "满意度指标"), (31, "服务对象满意度"), name: "服务对象满意度(%)", period: "≥95%", annual: "≥90%"),
        ]),
        .init(name: "2025年自谋职业随军家属补贴", total: 120, fiscal: 100, indicators: [
            .init((1, "产出指标"), (11, "数量指标"), name: "享受补贴的人数", period: "25人", annual: "25人"),
            .init((1, "产出指标"), (11, "数量指标"), name: "享受补贴的人数", period: "25人", annual: ""),
        ]),
    ])

    @Test(arguments: [
        ("none(indicators, level1.code == 3)", ["2025年自谋职业随军家属补贴"]),
        ("any(indicators, level1.code == 3 and annual.number < period.number)", ["2025年劳动保障监察执法工作经费"]),
        ("all(indicators, level1.code == 1)", ["2025年自谋职业随军家属补贴"]),
        ("count(indicators) == 3", ["2025年劳动保障监察执法工作经费"]),
        ("count(indicators, any(values, kind == \"empty\")) > 0", ["2025年自谋职业随军家属补贴"]),
        ("sum(indicators, count(values)) == 6", ["2025年劳动保障监察执法工作经费"]),
        ("max(indicators, period.number) == 95 and min(indicators, period.number) == 0", ["2025年劳动保障监察执法工作经费"]),
        ("min(indicators, seq * 0 + null) == null", ["2025年劳动保障监察执法工作经费", "2025年自谋职业随军家属补贴"]),
        ("amounts.fiscal < amounts.total", ["2025年自谋职业随军家属补贴"]),
        ("goal == null", ["2025年自谋职业随军家属补贴"]),
        ("any(i in indicators, count(j in indicators, j.name == i.name) > 1)", ["2025年自谋职业随军家属补贴"]),
        ("any(i in indicators, i.name contains \"投诉\" and name startswith \"2025年劳动\")", ["2025年劳动保障监察执法工作经费"]),
        ("sum([1, 2, 3]) == 6 and sum(indicators, seq) == 6", ["2025年劳动保障监察执法工作经费"]),
        ("any([\"投诉\", \"事故\"], goal contains it)", []),
        ("any([\"和谐\", \"事故\"], goal contains it)", ["2025年劳动保障监察执法工作经费"]),
        ("any(w in [\"和谐\", \"事故\"], goal contains w)", ["2025年劳动保障监察执法工作经费"]),
        ("unit.amounts.total == null and document.total == null", ["2025年劳动保障监察执法工作经费", "2025年自谋职业随军家属补贴"]),
    ])
    func quantifiersAndAggregatesOverProjects(condition: String, expected: [String]) throws {
        let pack = try compile(rule(on: "project", when: condition, message: "{name}")).get()
        #expect(pack.rules[0].evaluate(EvaluatorTests.project).map(\.message) == expected)
    }

    @Test func everyScopeIsVisited() throws {
        let counts = try ["document", "unit", "project", "indicator", "value"].map { scope in
            try compile(rule(on: scope, when: "true", message: "m")).get().rules[0].evaluate(EvaluatorTests.project).count
        }
        #expect(counts == [1, 1, 2, 5, 10])
    }

    @Test func inconsistentIndicesGiveNullNotACrash() throws {
        var doc = EvaluatorTests.project
        doc.indicators[0].project = 99
        doc.indicators[1].annual = 999
        doc.values[0].indicator = -1
        let pack = try compile(rule(when: "indicator.project.name == null or other.text == null", message: "{indicator.name}{other}")).get()
        #expect(pack.rules[0].evaluate(doc).count >= 1)
    }

    @Test func severityOverrideAndSpans() throws {
        let pack = try compile(rule(on: "indicator", when: "name contains \"投诉\"", message: "m", extra: "at level2")).get()
        let found = pack.rules[0].evaluate(EvaluatorTests.project, severity: .error)
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.evidence == "22-社会效益")
        #expect(found.first?.location?.line == 3)
        #expect(found.first?.context.project == "2025年劳动保障监察执法工作经费")
    }

    @Test func atMatchPointsAtTheMatchedWords() throws {
        let pack = try compile(rule(on: "indicator", when: "name matches /投诉(次数|率)/", message: "{match}/{match.1}", extra: "at match")).get()
        let found = pack.rules[0].evaluate(EvaluatorTests.project)
        #expect(found.map(\.message) == ["投诉次数/次数"])
        #expect(found.first?.evidence == "投诉次数")
    }

    /// `unit == "…"` is decided by the value guard from the unit's packed bytes: as the texts
    /// compare, for units up to the packed length and beyond (a longer constant is left to the
    /// condition), with the guard and without.
    @Test(arguments: [
        ("%", "%", true), ("%", "％", false), ("万元", "万元", true), ("万元", "元", false), ("", "", true),
        ("万元/人·年", "万元/人·年", true), ("万元/人·年度", "万元/人·年", false),
        ("每人每年度万元整", "每人每年度万元整", true), ("每人每年度万元整", "每人每年度万元", false),
        ("每人每年度万元整", "每人每年度万元整x", false), ("每人每年度万元整x", "每人每年度万元整", false),
        ("每人每年度万元整x", "每人每年度万元整x", true), ("abcdefghijklmnop", "abcdefghijklmnop", true),
        ("abcdefghijklmnop", "abcdefghijklmnoq", false), ("abcdefghXjklmnop", "abcdefghYjklmnop", false),
        ("abcdefghijklmnopq", "abcdefghijklmnop", false), ("abcdefghijklmnop", "abcdefghijklmnopq", false),
    ])
    func unitEqualityInTheGuard(_ unit: String, _ constant: String, _ expected: Bool) throws {
        var doc = document(period: "≥95%")
        doc.values[0].quantities[0].unit = unit
        let pack = try compile(rule(when: "kind == \"quantity\" and unit == \"\(constant)\"")).get()
        #expect(pack.rules[0].evaluate(doc).count == (expected ? 1 : 0))
        #expect(pack.rules[0].unguarded().evaluate(doc).count == (expected ? 1 : 0))
    }

    /// Tests of the sibling value (`other != null`, `other.kind`, `other.unit`) are decided by the
    /// value guard from the sibling's facts: as the condition decides them, with a sibling and without.
    @Test(arguments: [
        ("other != null", "≥90%", "≥95%", true), ("other != null", "≥90%", nil, false),
        ("other.kind == \"quantity\"", "≥90%", "≥95%", true), ("other.kind == \"quantity\"", "≥90%", "有所改善", false),
        ("other.kind == \"quantity\"", "≥90%", nil, false), ("other.kind == \"nonsense\"", "≥90%", "≥95%", false),
        ("other.kind in [\"text\", \"empty\"]", "≥90%", "有所改善", true), ("other.kind in [\"text\"]", "≥90%", nil, false),
        ("other.kind == \"quantity\" and other.kind == \"text\"", "≥90%", "≥95%", false),
        ("other.unit != null", "≥90%", "≥95%", true), ("other.unit != null", "≥90%", "有所改善", false),
        ("other.unit != null", "≥90%", nil, false), ("other.unit == \"%\"", "≥90%", "≥95%", true),
        ("other.unit == \"%\"", "≥90%", "95人", false), ("other.unit == \"%\"", "≥90%", nil, false),
        ("other.unit == \"%\" and other.unit == \"人\"", "≥90%", "≥95%", false),
        ("other.unit == \"人\" and other != null and which == \"实施周期\"", "≥90%", "95人", true),
        ("kind == \"quantity\" and other.unit == unit", "≥90%", "≥95%", true),
    ] as [(String, String, String?, Bool)])
    func siblingTestsInTheGuard(_ condition: String, _ period: String, _ annual: String?, _ expected: Bool) throws {
        let doc = document(period: period, annual: annual)
        let pack = try compile(rule(when: condition)).get()
        let fired = { (rule: CompiledRule) in rule.evaluate(doc).contains { $0.span == doc.values[0].span } }
        #expect(fired(pack.rules[0]) == expected)
        #expect(fired(pack.rules[0].unguarded()) == expected)
    }

    /// Searches of a field reached from the entity (`indicator.name` on a value) are made once per
    /// record and document and shared by every rule and value that makes the same one: each still
    /// sees its own first match, word order included, and a cached miss stays a miss.
    @Test func sharedSearchesKeepEachRulesMatch() throws {
        let rules = [
            ("a", "indicator.name contains [\"按时\", \"按时结案\"]", "{match}"),
            ("b", "indicator.name contains [\"按时结案\", \"按时\"]", "{match}"),
            ("c", "indicator.name contains [\"按时\", \"按时结案\"] and which == \"年度\"", "{match}"),
            ("d", "indicator.name matches /(投诉|满意)(次数|度)/", "{match}/{match.2}"),
            ("e", "text contains \"≥9\" and indicator.name matches /(投诉|满意)(次数|度)/", "{match.1}"),
            ("f", "indicator.name contains [\"事故\"] or indicator.name contains [\"满意度(\"]", "{match}"),
        ].map { rule($0.0, when: $0.1, message: $0.2) }.joined(separator: "\n")
        let pack = try compile(rules).get()
        let prepared = PreparedDocument(EvaluatorTests.project, for: pack.rules)
        let found = pack.rules.map { rule in rule.evaluate(prepared).map(\.message) }
        #expect(found == [
            ["按时", "按时"], ["按时结案", "按时结案"], ["按时"],
            ["投诉次数/次数", "投诉次数/次数", "满意度/度", "满意度/度"], ["满意", "满意"], ["满意度(", "满意度("],
        ])
        // The same as each rule alone, searching afresh.
        #expect(found == pack.rules.map { rule in rule.evaluate(EvaluatorTests.project).map(\.message) })
    }
}

/// Whatever numbers a rule writer types, nothing traps.
@Suite struct HostileNumberTests {
    @Test(arguments: [
        "round(number, 1e400 * 0) == null or true", "round(number, 99999999999999999999) >= 0 or true",
        "[1, 2][99999999999999999999999] == null", "[1, 2][-5] == null", "[1, 2][0.5] == null",
        "number / 0 == null", "-(1 / 0 * 0) == null or true",
    ])
    func noTrap(condition: String) throws {
        let digits = String(repeating: "9", count: 400)
        let pack = try compile(rule(when: condition.replacingOccurrences(of: "1e400", with: digits), message: "{number / 0}")).get()
        #expect(pack.rules[0].evaluate(document(period: "≥95%")).count == 1)
    }

    @Test func aHugeNumberInARuleIdDoesNotTrap() {
        let id = "rate-" + String(repeating: "9", count: 400)
        #expect(errors(rule(id, when: "true")).count <= 1)
    }
}
