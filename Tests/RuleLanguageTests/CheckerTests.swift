import Testing
import LintModel
@testable import RuleLanguage

/// Every load-time error, pinned with its position. The offending text sits after Chinese text
/// where it can, so that columns (scalars) and carets (display cells) are both exercised.
@Suite struct CheckerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var source: String
        var line: Int
        var column: Int
        var message: String
        var suggestion: String? = nil
        /// How many errors the source gives (the first is the one pinned).
        var count = 1
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(source: rule(when: "nmber == 0"), line: 4, column: 12,
             message: "未知的名称「nmber」：它不是 value 的字段（text、kind、op、number、unit、value、which、label、trailing、approximate、parts、date、other、indicator、project、document），也不是常量",
             suggestion: "number"),
        Case(source: rule(when: "indicator.level1.cod == 1"), line: 4, column: 29,
             message: "记录 level 没有字段「cod」；可用：code、name", suggestion: "code"),
        Case(source: rule(when: "text == \"中文\" and lenn(text) > 1"), line: 4, column: 29,
             message: "未知的函数「lenn」；可用：any、all、none、count、sum、min、max、abs、round、len、norm、lower、number、exists",
             suggestion: "len"),
        Case(source: rule(when: "text < 3"), line: 4, column: 17, message: "`<` 只能比较数字，这里是文字 (text)和数字 (number)"),
        Case(source: rule(when: "text == 3"), line: 4, column: 17, message: "不能用 `==` 比较文字 (text)和数字 (number)"),
        // and/or chains compile as one, but report each operand as the operator it belongs to did
        Case(source: rule(when: "text and number > 1 and unit"), line: 4, column: 12,
             message: "`and` 两边应为条件（布尔值），左边是文字 (text)", count: 2),
        Case(source: rule(when: "number > 1 or 3 or kind == \"x\""), line: 4, column: 26,
             message: "`or` 两边应为条件（布尔值），右边是数字 (number)"),
        Case(source: rule(when: "(text and 1) or (unit or 2 or number)"), line: 4, column: 13,
             message: "`and` 两边应为条件（布尔值），左边是文字 (text)", count: 5),
        Case(source: rule(when: "sum([\"a\"]) > 1"), line: 4, column: 16,
             message: "sum(列表) 需要数字列表，这里是列表 (list of text)；请写 sum(列表, 数字字段)"),
        Case(source: rule(when: "text matches \"逐年\""), line: 4, column: 25,
             message: "`matches` 右边应为正则表达式 /…/，这里是文字 (text)；比较文字请用 == 或 contains"),
        Case(source: rule(on: "indicator", when: "sum(values, text) > 1", message: "m"), line: 4, column: 24,
             message: "sum 的第二个参数应为数字表达式，这里是文字 (text)"),
        Case(source: rule(on: "indicator", when: "any(name, true)", message: "m"), line: 4, column: 16,
             message: "any 的第一个参数应为列表（如 indicators、values、parts），这里是文字 (text)"),
        Case(source: rule(when: "number in 3"), line: 4, column: 22, message: "`in` 右边应为列表 […] 或映射 {…}，这里是数字 (number)"),
        Case(source: rule(when: "number + 1"), line: 4, column: 12,
             message: "`when` 应为条件（结果为 true/false），这里是数字 (number)；例如 number == 0"),
        Case(source: rule(when: "text matches /逐年(提升/"), line: 4, column: 25, message: "无效的正则表达式「逐年(提升」：括号、方括号或转义不完整"),
        Case(source: rule(when: "text matches /(\\d+)+元/"), line: 4, column: 25,
             message: "正则表达式「(\\d+)+元」含嵌套的无界重复（如 (a+)+、(.*)*），遇到不匹配的长文本会极慢；请去掉外层或内层的 + / *"),
        Case(source: rule(when: "text matches /(.*)*/"), line: 4, column: 25,
             message: "正则表达式「(.*)*」含嵌套的无界重复（如 (a+)+、(.*)*），遇到不匹配的长文本会极慢；请去掉外层或内层的 + / *"),
        Case(source: rule(when: "text matches /逐年/g"), line: 4, column: 25, message: "未知的正则标志「g」；只支持 i（不区分大小写）"),
        Case(source: rule(when: "text == \"x\"", message: "「{txt}」"), line: 5, column: 15,
             message: "未知的名称「txt」：它不是 value 的字段（text、kind、op、number、unit、value、which、label、trailing、approximate、parts、date、other、indicator、project、document），也不是常量",
             suggestion: "text"),
        Case(source: rule(when: "text == \"x\"", message: "「{text」"), line: 5, column: 14,
             message: "模板中的 `{` 没有对应的 `}`；要写字面的大括号请用 \\{"),
        Case(source: rule(when: "text == \"x\"", message: "「{match}」"), line: 5, column: 12,
             message: "规则「test-rule」用了 {match} 或 at match，但 `when` 中没有 matches / contains，match 永远为空"),
        Case(source: rule(when: "text == \"x\"", extra: "at kind"), line: 6, column: 6,
             message: "字段「kind」没有自己的位置；`at` 应指向带位置的字段（text、name、goal、seq、title、department、amounts.total…）、记录（indicator、level1…）或 match"),
        Case(source: rule(on: "valeu", when: "true"), line: 1, column: 19,
             message: "未知的范围「valeu」；可用 document、unit、project、indicator、value", suggestion: "value"),
        Case(source: rule("Rate_Rule", when: "true"), line: 1, column: 6,
             message: "规则 id「Rate_Rule」应为小写英文短横线格式（kebab-case），如 nonsense-upper-bound"),
        Case(source: rule(when: "true").replacingOccurrences(of: "severity warning", with: "severity critcal"), line: 2, column: 12,
             message: "未知的严重程度「critcal」；可用 error、warning、info"),
        Case(source: rule(when: "true").replacingOccurrences(of: "severity warning", with: "severity eror"), line: 2, column: 12,
             message: "未知的严重程度「eror」；可用 error、warning、info", suggestion: "error"),
        Case(source: rule(when: "true").replacingOccurrences(of: "category vague-value", with: "category vage-value"), line: 3, column: 12,
             message: "未知的类别「vage-value」；类别必须是 Rules/README.md 所列之一", suggestion: "vague-value"),
        Case(source: rule(when: "true").replacingOccurrences(of: "  expect pass \"y\"\n", with: ""), line: 1, column: 6,
             message: "规则「test-rule」缺少 `expect pass` 示例：至少给出一段不应报告的文字"),
        Case(source: rule(when: "true").replacingOccurrences(of: "  expect flag \"x\"\n", with: ""), line: 1, column: 6,
             message: "规则「test-rule」缺少 `expect flag` 示例：至少给出一段应当报告的文字"),
        Case(source: rule(when: "true").replacingOccurrences(of: "  severity warning\n", with: ""), line: 1, column: 6,
             message: "规则「test-rule」缺少 `severity` 子句（如 severity warning）"),
        Case(source: rule(when: "true") + rule(when: "false"), line: 10, column: 6,
             message: "规则 id「test-rule」重复（第一次在 test.rules:1）；id 必须唯一"),
        Case(source: "let x = [1， 2]", line: 1, column: 11, message: "无法识别的字符「，」", suggestion: ","),
        Case(source: rule(when: "number ≥ 95"), line: 4, column: 19, message: "无法识别的字符「≥」", suggestion: ">="),
        Case(source: rule(when: "0 < number < 100"), line: 4, column: 23, message: "比较运算符不能连写：`0 < x < 100` 请写作 `x > 0 and x < 100`"),
        Case(source: "let vague = [\"逐年提升\"]\nlet vague = [\"持续改善\"]", line: 2, column: 5,
             message: "常量「vague」重复定义（第一次在 test.rules:1）；扩展列表请写 `let vague += […]`"),
        Case(source: "let vague += [\"持续改善\"]", line: 1, column: 5,
             message: "`let vague +=` 扩展的常量不存在；新常量请写 `let vague = …`"),
        Case(source: "let limit = 100\nlet limit += [1]", line: 2, column: 5, message: "`+=` 只能扩展列表常量；「limit」是数字 (number)"),
        Case(source: "let vague = [\"逐年提升\"]\nlet vague += [1]", line: 2, column: 14,
             message: "`let vague +=` 的值应为与原列表同类的列表（列表 (list of text)），这里是列表 (list of number)"),
        Case(source: "let parents = {11: 1, 11: 2}", line: 1, column: 23, message: "映射中重复的键「11」"),
        Case(source: "rul x on value {}", line: 1, column: 1, message: "文件顶层只能写 `rule` 或 `let`，却是 'rul'", suggestion: "rule"),
        Case(source: "let x = vauge", line: 1, column: 9, message: "未知的名称「vauge」：没有这个常量"),
        Case(source: rule(when: "true", extra: "expect maybe \"z\""), line: 6, column: 10,
             message: "`expect` 之后应为 flag 或 pass，却是 'maybe'", suggestion: nil),
        Case(source: rule(when: "true", extra: "whne true"), line: 6, column: 3,
             message: "规则中应为子句（severity、category、title、when、message、help、tags、fix、at、expect），却是 'whne'",
             suggestion: "when"),
        Case(source: rule(when: "containz(text, \"x\")"), line: 4, column: 12, message: "未知的函数「containz」；contains 是运算符，写作 text contains …"),
        Case(source: rule(when: "name == \"满意度\""), line: 4, column: 12,
             message: "未知的名称「name」：它不是 value 的字段（text、kind、op、number、unit、value、which、label、trailing、approximate、parts、date、other、indicator、project、document），也不是常量",
             suggestion: "indicator.name"),
        Case(source: rule(on: "project", when: "round(name) > 1", message: "m"), line: 4, column: 18, message: "函数 round 需要数字，这里是文字 (text)"),
        Case(source: rule(on: "project", when: "indicators.name == 1", message: "m"), line: 4, column: 23,
             message: "列表没有字段「name」；对列表的每一项用 any(…)、all(…)、count(…) 或 sum(…)"),
    ]

    @Test(arguments: cases)
    func eachErrorIsReportedWhereItIs(_ c: Case) {
        let found = errors(c.source)
        #expect(found.count == c.count, "\(found)")
        #expect(found.first?.message == c.message)
        #expect(found.first?.line == c.line)
        #expect(found.first?.column == c.column)
        #expect(found.first?.suggestion == c.suggestion)
    }

    @Test func oneFileReportsAllItsErrorsInOrder() {
        let source = """
        let bad = /(a+)+/
        rule two on value {
          severity critical
          category vage-value
          when     indicater.name matches bad and nmber < 1
          message  "「{txt}」"
          expect flag "x"
          expect pass "y"
        }
        """
        let found = errors(source)
        #expect(found.map { "\($0.line):\($0.column)" } == ["1:11", "3:12", "4:12", "5:12", "5:35", "5:43", "6:15"])
    }

    @Test func caretsAlignByDisplayWidthUnderChineseText() throws {
        let source = rule(when: "indicator.name == \"项目\" and nmber == 0")
        guard case .failure(let failure) = compile(source) else {
            Issue.record("should not compile")
            return
        }
        let rendered = failure.rendered(sources: [RuleSource(name: "test.rules", text: source)], color: false)
        #expect(rendered == """
        test.rules:4:39: error: 未知的名称「nmber」：它不是 value 的字段（text、kind、op、number、unit、value、which、label、trailing、approximate、parts、date、other、indicator、project、document），也不是常量
          │
        4 │   when     indicator.name == "项目" and nmber == 0
          │                                         ^~~~~
        note: did you mean 'number'?

        """)
    }

    @Test func caretUnderAChineseTokenCoversItsCells() {
        let error = RuleFileError(file: "a.rules", line: 1, column: 5, length: 2, message: "m")
        let rendered = RuleErrorFormatter(sources: [RuleSource(name: "a.rules", text: "中文 「词语」")]).render(error)
        #expect(rendered.split(separator: "\n").last == "  │        ^~~~")
    }

    @Test func colorWrapsTheParts() {
        let error = RuleFileError(file: "a.rules", line: 1, column: 1, message: "m", suggestion: "x")
        let rendered = RuleErrorFormatter(sources: [], color: true).render(error)
        #expect(rendered.hasPrefix("\u{1B}[1ma.rules:1:1: \u{1B}[1;31merror:"))
        #expect(rendered.contains("did you mean 'x'?"))
    }

    @Test func tooLargeAFileIsRejectedBeforeParsing() {
        let big = String(repeating: "# 注释\n", count: RulePack.maximumFileSize / 8 + 1)
        let found = errors(big)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("规则文件过大") == true)
    }

    @Test func tooLongARegexIsRejected() {
        let found = errors(rule(when: "text matches /\(String(repeating: "a", count: 1001))/"))
        #expect(found.map(\.message) == ["正则表达式过长（1001 个字符，上限 1000）；请改用文字列表和 contains"])
    }
}

@Suite struct LineEndingTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func errorsPointAtTheRightLineWhateverTheLineEnds(ending: String) {
        let source = rule(when: "nmber == 0").replacingOccurrences(of: "\n", with: ending)
        guard case .failure(let failure) = compile(source) else {
            Issue.record("should not compile")
            return
        }
        #expect(failure.errors.map { "\($0.line):\($0.column)" } == ["4:12"])
        let rendered = failure.rendered(sources: [RuleSource(name: "test.rules", text: source)], color: false)
        #expect(rendered.contains("4 │   when     nmber == 0\n"))
    }
}
