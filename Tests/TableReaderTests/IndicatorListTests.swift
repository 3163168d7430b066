import LintModel
import Testing
@testable import TableReader

/// One indicator list as a reader should split it: (seq, level1, level2, name, period, annual).
struct ListCase: Sendable, CustomStringConvertible {
    var cell: String
    var expected: [[String?]]
    var description: String { String(cell.prefix(30)) }
}

let listCases: [ListCase] = [
    // `；` and `:`, both periods (海珠区).
    ListCase(cell: "1、1-产出指标；12-质量指标；劳动保障监察事项按时结案率(%)；实施周期指标值:≥95%；年度指标值:≥95%。2、3-满意度指标；31-服务对象满意度；服务对象满意度(%)；实施周期指标值:≥95%；年度指标值:≥95%。",
             expected: [["1", "1-产出指标", "12-质量指标", "劳动保障监察事项按时结案率(%)", "≥95%", "≥95%"],
                        ["2", "3-满意度指标", "31-服务对象满意度", "服务对象满意度(%)", "≥95%", "≥95%"]]),
    // `：` between levels.
    ListCase(cell: "1、1-产出指标：11-数量指标：就业驿站；实施周期指标值：推动就业服务；年度指标值：推动就业服务。",
             expected: [["1", "1-产出指标", "11-数量指标", "就业驿站", "推动就业服务", "推动就业服务"]]),
    // `,` between fields and a comma inside the name (番禺区).
    ListCase(cell: "1、3-满意度指标,31-服务对象满意度,满意度；实施周期指标值:>96%,年度指标值:>96%；,2、2-效益指标,24-可持续影响,订制工作服,提高执行形象；实施周期指标值:树立劳动保障监察执法形象,年度指标值:树立劳动保障监察执法形象；",
             expected: [["1", "3-满意度指标", "31-服务对象满意度", "满意度", ">96%", ">96%"],
                        ["2", "2-效益指标", "24-可持续影响", "订制工作服,提高执行形象", "树立劳动保障监察执法形象", "树立劳动保障监察执法形象"]]),
    // `;` and `;;` runs.
    ListCase(cell: "1、1-产出指标,11-数量指标,每年新增可供用人单位选用的储备人数;实施周期指标值:约2000人,年度指标值:约2000人;;,2、1-产出指标,12-质量指标,达到用人单位要求;实施周期指标值:符合要求,年度指标值:符合要求;;",
             expected: [["1", "1-产出指标", "11-数量指标", "每年新增可供用人单位选用的储备人数", "约2000人", "约2000人"],
                        ["2", "1-产出指标", "12-质量指标", "达到用人单位要求", "符合要求", "符合要求"]]),
    // A missing 年度 value (车辆购置经费, indicator 2).
    ListCase(cell: "1、1-产出指标,12-质量指标,设备质量检验合格率；实施周期指标值:100%,年度指标值:100%；,2、2-效益指标,24-可持续影响,提高行车安全和办案出行效率；实施周期指标值:提高行车安全和办案出行效率；,3、3-满意度指标,31-服务对象满意度,满意度；实施周期指标值:>95%,年度指标值:>95%；",
             expected: [["1", "1-产出指标", "12-质量指标", "设备质量检验合格率", "100%", "100%"],
                        ["2", "2-效益指标", "24-可持续影响", "提高行车安全和办案出行效率", "提高行车安全和办案出行效率", nil],
                        ["3", "3-满意度指标", "31-服务对象满意度", "满意度", ">95%", ">95%"]]),
    // Uncoded levels, 年度 only, `：` and `，` (黄埔区).
    ListCase(cell: "1、满意度指标：服务对象满意度（%），年度指标值：≥90%。2、效益指标：全区城镇新增就业人数，年度指标值：30000人。",
             expected: [["1", "满意度指标", nil, "服务对象满意度（%）", nil, "≥90%"],
                        ["2", "效益指标", nil, "全区城镇新增就业人数", nil, "30000人"]]),
    // Several indicators packed under one number, then a skipped number.
    ListCase(cell: "1、产出指标：企业监测企业数，年度指标值：180家；失业监测企业数，年度指标值：80家；\n3、产出指标：慰问金发放人次，年度指标值：完成344人次。",
             expected: [["1", "产出指标", nil, "企业监测企业数", nil, "180家"],
                        ["1", "产出指标", nil, "失业监测企业数", nil, "80家"],
                        ["3", "产出指标", nil, "慰问金发放人次", nil, "完成344人次"]]),
    // A missing name (the slot before the value is empty).
    ListCase(cell: "3、3-满意度指标；31-服务对象满意度；实施周期指标值:外来办事人员对服务大厅的环境评价，有效投诉率低于10%；年度指标值:外来办事人员对服务大厅的环境评价，有效投诉率低于10%。",
             expected: [["3", "3-满意度指标", "31-服务对象满意度", "", "外来办事人员对服务大厅的环境评价，有效投诉率低于10%", "外来办事人员对服务大厅的环境评价，有效投诉率低于10%"]]),
    // A value that holds `、`-separated quantities and a name that holds `、`.
    ListCase(cell: "1、1-产出指标,11-数量指标,完成农村劳动力和脱贫人员转移就业人数;实施周期指标值:1400名以上、150名以上,年度指标值:1400名以上、150名以上;;",
             expected: [["1", "1-产出指标", "11-数量指标", "完成农村劳动力和脱贫人员转移就业人数", "1400名以上、150名以上", "1400名以上、150名以上"]]),
    // Full-width `；` after a value that ends in `。` (番禺区 劳动关系工作经费).
    ListCase(cell: "1、1-产出指标,11-数量指标,审查；实施周期指标值:审查30单,信访回复500单。;年度指标值:审查30单,信访回复500单。;",
             expected: [["1", "1-产出指标", "11-数量指标", "审查", "审查30单,信访回复500单", "审查30单,信访回复500单"]]),
    // Ten and more.
    ListCase(cell: "10、2-效益指标；22-社会效益；零就业家庭帮扶率；实施周期指标值:≥98%；年度指标值:≥98%。11、3-满意度指标；31-服务对象满意度；就业扶持政策经办满意度；实施周期指标值:≥90%；年度指标值:≥90%。",
             expected: [["10", "2-效益指标", "22-社会效益", "零就业家庭帮扶率", "≥98%", "≥98%"],
                        ["11", "3-满意度指标", "31-服务对象满意度", "就业扶持政策经办满意度", "≥90%", "≥90%"]]),
    // `N.` numbering with levels joined by dashes.
    ListCase(cell: "1.产出指标-数量指标-培训人次，年度指标值：100人次。2.满意度指标-服务对象满意度-满意度，年度指标值：≥90%。",
             expected: [["1", "产出指标", "数量指标", "培训人次", nil, "100人次"],
                        ["2", "满意度指标", "服务对象满意度", "满意度", nil, "≥90%"]]),
    // `（N）` numbering; a bracketed number inside a name opens nothing.
    ListCase(cell: "（1）产出指标：培训人次（含(2)类人员），年度指标值：100人次；（2）满意度指标：服务对象满意度，年度指标值：≥90%。",
             expected: [["1", "产出指标", nil, "培训人次（含(2)类人员）", nil, "100人次"],
                        ["2", "满意度指标", nil, "服务对象满意度", nil, "≥90%"]]),
    // No numbering: each part that opens with a first level is an indicator.
    ListCase(cell: "产出指标：培训人次，年度指标值：100人次；满意度指标：服务对象满意度，年度指标值：≥90%",
             expected: [[nil, "产出指标", nil, "培训人次", nil, "100人次"],
                        [nil, "满意度指标", nil, "服务对象满意度", nil, "≥90%"]]),
    // No value label, and the word after the first level is the name, not a second level: what
    // follows its `：` is a bare quantity. Text that is not one stays the name.
    ListCase(cell: "1、满意度指标-满意度：≥90%；2、产出指标-数量指标：培训人数100人；3、效益指标-社会效益：服务质量：有所提高",
             expected: [["1", "满意度指标", nil, "满意度", nil, "≥90%"],
                        ["2", "产出指标", "数量指标", "培训人数100人", nil, nil],
                        ["3", "效益指标", "社会效益", "服务质量", nil, "有所提高"]]),
    // Unnumbered items on lines of their own (a spreadsheet cell with line breaks).
    ListCase(cell: "产出指标-数量指标-培训人数：年度指标值：100人\n效益指标-社会效益指标-就业率：年度指标值：≥90%\r\n满意度指标-服务对象满意度指标-学员满意度：年度指标值：≥95%",
             expected: [[nil, "产出指标", "数量指标", "培训人数", nil, "100人"],
                        [nil, "效益指标", "社会效益指标", "就业率", nil, "≥90%"],
                        [nil, "满意度指标", "服务对象满意度指标", "学员满意度", nil, "≥95%"]]),
    // Numbered in words, and in circled figures.
    ListCase(cell: "一、产出指标：培训人数，年度指标值：100人；二、满意度指标：学员满意度，年度指标值：≥95%",
             expected: [["1", "产出指标", nil, "培训人数", nil, "100人"],
                        ["2", "满意度指标", nil, "学员满意度", nil, "≥95%"]]),
    ListCase(cell: "①产出指标：培训人数，年度指标值：100人②满意度指标：学员满意度，年度指标值：≥95%",
             expected: [["1", "产出指标", nil, "培训人数", nil, "100人"],
                        ["2", "满意度指标", nil, "学员满意度", nil, "≥95%"]]),
    // No `：` and no label, but a comparator and a number after the name: they are its value.
    ListCase(cell: "1、产出指标：培训人数100人；2、效益指标：就业率≥90%；3、满意度指标：学员满意度>=95%；4、效益指标：月收入≥3000元人员就业人数",
             expected: [["1", "产出指标", nil, "培训人数100人", nil, nil],
                        ["2", "效益指标", nil, "就业率", nil, "≥90%"],
                        ["3", "满意度指标", nil, "学员满意度", nil, ">=95%"],
                        ["4", "效益指标", nil, "月收入≥3000元人员就业人数", nil, nil]]),
    // Only a first level and a quantity: the indicator has no name.
    ListCase(cell: "1、产出指标：培训人数，年度指标值：100人；2、满意度指标：≥90%",
             expected: [["1", "产出指标", nil, "培训人数", nil, "100人"],
                        ["2", "满意度指标", nil, "", nil, "≥90%"]]),
    // Ten and more in words; a word number that no level follows opens nothing.
    ListCase(cell: "十一、产出指标：第一、二批培训人数，年度指标值：100人；十二、效益指标：就业率，年度指标值：≥90%",
             expected: [["11", "产出指标", nil, "第一、二批培训人数", nil, "100人"],
                        ["12", "效益指标", nil, "就业率", nil, "≥90%"]]),
]

@Suite("Indicator lists")
struct IndicatorListTests {
    @Test(arguments: listCases)
    func splitsAsWritten(_ testCase: ListCase) {
        let bytes = Array(testCase.cell.utf8)
        let result = IndicatorListParser(bytes).parse()
        #expect(result.leftovers.isEmpty)
        let actual: [[String?]] = result.items.map { item in
            func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
            func level(_ level: IndicatorListParser.Level?) -> String? { level.map { text($0.range) } }
            let period = item.values.first { $0.which == .period }.map { text($0.range) }
            let annual = item.values.first { $0.which == .annual }.map { text($0.range) }
            return [item.seq.map(String.init), level(item.level1), level(item.level2), text(item.name), period, annual]
        }
        #expect(actual == testCase.expected)
    }

    @Test func levelsCarryCodesAndNames() {
        let bytes = Array("1、2-效益指标；23-可持续影响指标；提供决策信息资料；实施周期指标值：持续开展；年度指标值：持续开展。".utf8)
        let parser = IndicatorListParser(bytes)
        let item = parser.parse().items[0]
        #expect(item.level1?.code == 2)
        #expect(item.level1.map(parser.name(of:)) == "效益指标")
        #expect(item.level2?.code == 23)
        #expect(item.level2.map(parser.name(of:)) == "可持续影响指标")
    }

    @Test func textBeforeTheFirstIndicatorIsLeftOver() {
        let bytes = Array("见附件。1、1-产出指标；11-数量指标；培训人次；实施周期指标值:100人；年度指标值:100人。".utf8)
        let result = IndicatorListParser(bytes).parse()
        #expect(result.items.count == 1)
        #expect(result.leftovers.map { String(decoding: bytes[$0], as: UTF8.self) } == ["见附件"])
    }

    @Test func aValueWithoutItsLabelIsKeptAndMarked() {
        let bytes = Array("5、产出指标：仲裁满意度：邮寄案件95%。".utf8)
        let item = IndicatorListParser(bytes).parse().items[0]
        #expect(String(decoding: bytes[item.name], as: UTF8.self) == "仲裁满意度")
        #expect(item.values.count == 1)
        #expect(item.values[0].unlabeled)
        #expect(String(decoding: bytes[item.values[0].range], as: UTF8.self) == "邮寄案件95%")
    }
}
