import LintModel
import Testing
@testable import TableReader

/// A value as written in the seeds and what it means.
struct ValueCase: Sendable, CustomStringConvertible {
    var text: String
    var kind: ValueKind
    var op: Comparator? = nil
    var number: Double? = nil
    var unit: String? = nil
    var value: Double? = nil
    var parts: Int? = nil
    var description: String { text }
}

let valueCases: [ValueCase] = [
    ValueCase(text: "≥95%", kind: .quantity, op: .greaterOrEqual, number: 95, unit: "%", value: 95),
    ValueCase(text: "≤0%", kind: .quantity, op: .lessOrEqual, number: 0, unit: "%", value: 0),
    ValueCase(text: "≤0", kind: .quantity, op: .lessOrEqual, number: 0, unit: nil, value: 0),
    ValueCase(text: ">90%", kind: .quantity, op: .greater, number: 90, unit: "%"),
    ValueCase(text: "＞90%", kind: .quantity, op: .greater, number: 90, unit: "%"),
    ValueCase(text: "<5%", kind: .quantity, op: .less, number: 5, unit: "%"),
    ValueCase(text: "≦3人", kind: .quantity, op: .lessOrEqual, number: 3, unit: "人"),
    ValueCase(text: "<=15个月", kind: .quantity, op: .lessOrEqual, number: 15, unit: "个月"),
    ValueCase(text: "≤ 15个工作日", kind: .quantity, op: .lessOrEqual, number: 15, unit: "个工作日"),
    ValueCase(text: "提高2个百分点", kind: .quantity, op: nil, number: 2, unit: "个百分点"),
    ValueCase(text: "=50元/人次", kind: .quantity, op: .equal, number: 50, unit: "元/人次"),
    ValueCase(text: "＝100％", kind: .quantity, op: .equal, number: 100, unit: "%"),
    ValueCase(text: "１００％", kind: .quantity, op: nil, number: 100, unit: "%"),
    ValueCase(text: "100%", kind: .quantity, op: nil, number: 100, unit: "%"),
    ValueCase(text: "0次", kind: .quantity, op: nil, number: 0, unit: "次"),
    ValueCase(text: "≥ 95 %", kind: .quantity, op: .greaterOrEqual, number: 95, unit: "%", value: 95),
    ValueCase(text: "完成 3 项", kind: .quantity, op: nil, number: 3, unit: "项"),
    ValueCase(text: "0起", kind: .quantity, number: 0, unit: "起"),
    ValueCase(text: "1000人次", kind: .quantity, number: 1000, unit: "人次"),
    ValueCase(text: "≥1.32万人", kind: .quantity, op: .greaterOrEqual, number: 1.32, unit: "万人", value: 13_200),
    ValueCase(text: "≥14.5万人", kind: .quantity, op: .greaterOrEqual, number: 14.5, unit: "万人", value: 145_000),
    ValueCase(text: "≥0.0045万人", kind: .quantity, op: .greaterOrEqual, number: 0.0045, unit: "万人", value: 45),
    ValueCase(text: "≥4.7亿元", kind: .quantity, op: .greaterOrEqual, number: 4.7, unit: "亿元", value: 470_000_000),
    ValueCase(text: "≥5亿", kind: .quantity, op: .greaterOrEqual, number: 5, unit: "亿", value: 500_000_000),
    ValueCase(text: "82.53亿元", kind: .quantity, number: 82.53, unit: "亿元"),
    ValueCase(text: "2000万或以上", kind: .quantity, op: .greaterOrEqual, number: 2000, unit: "万", value: 20_000_000),
    ValueCase(text: "≤9.72万元/条", kind: .quantity, op: .lessOrEqual, number: 9.72, unit: "万元/条", value: 97_200),
    ValueCase(text: "1,000人", kind: .quantity, number: 1000, unit: "人"),
    ValueCase(text: "≥18000人", kind: .quantity, op: .greaterOrEqual, number: 18000, unit: "人"),
    ValueCase(text: "不低于95%", kind: .quantity, op: .greaterOrEqual, number: 95, unit: "%"),
    ValueCase(text: "不少于60次", kind: .quantity, op: .greaterOrEqual, number: 60, unit: "次"),
    ValueCase(text: "不超过86人", kind: .quantity, op: .lessOrEqual, number: 86, unit: "人"),
    ValueCase(text: "不超550元/人/天", kind: .quantity, op: .lessOrEqual, number: 550, unit: "元/人/天"),
    ValueCase(text: "大于或等于1500人", kind: .quantity, op: .greaterOrEqual, number: 1500, unit: "人"),
    ValueCase(text: "大于95%", kind: .quantity, op: .greater, number: 95, unit: "%"),
    ValueCase(text: "少于2次", kind: .quantity, op: .less, number: 2, unit: "次"),
    ValueCase(text: "小于5宗", kind: .quantity, op: .less, number: 5, unit: "宗"),
    ValueCase(text: "高于95%", kind: .quantity, op: .greater, number: 95, unit: "%"),
    ValueCase(text: "低于45万/每台", kind: .quantity, op: .less, number: 45, unit: "万/每台", value: 450_000),
    ValueCase(text: "95%以上", kind: .quantity, op: .greaterOrEqual, number: 95, unit: "%"),
    ValueCase(text: "90%或以上", kind: .quantity, op: .greaterOrEqual, number: 90, unit: "%"),
    ValueCase(text: "95%及以上", kind: .quantity, op: .greaterOrEqual, number: 95, unit: "%"),
    ValueCase(text: "3%以内", kind: .quantity, op: .lessOrEqual, number: 3, unit: "%"),
    ValueCase(text: "50%以内", kind: .quantity, op: .lessOrEqual, number: 50, unit: "%"),
    ValueCase(text: "达95%以上", kind: .quantity, op: .greaterOrEqual, number: 95, unit: "%"),
    ValueCase(text: "约2000人", kind: .quantity, op: nil, number: 2000, unit: "人"),
    ValueCase(text: "≥1.1", kind: .quantity, op: .greaterOrEqual, number: 1.1, unit: nil),
    ValueCase(text: "80", kind: .quantity, number: 80, unit: nil),
    ValueCase(text: "375539.02平方米", kind: .quantity, number: 375_539.02, unit: "平方米"),
    ValueCase(text: "15667.58㎡", kind: .quantity, number: 15_667.58, unit: "㎡"),
    ValueCase(text: "≤42元/平方米·年", kind: .quantity, op: .lessOrEqual, number: 42, unit: "元/平方米·年"),
    ValueCase(text: "2次/月", kind: .quantity, number: 2, unit: "次/月"),
    ValueCase(text: "≤1320元/人/月", kind: .quantity, op: .lessOrEqual, number: 1320, unit: "元/人/月"),
    ValueCase(text: "≥90分", kind: .quantity, op: .greaterOrEqual, number: 90, unit: "分"),
    ValueCase(text: "满意度>90%", kind: .quantity, op: .greater, number: 90, unit: "%"),
    ValueCase(text: "人均费用≤5万元", kind: .quantity, op: .lessOrEqual, number: 5, unit: "万元", value: 50_000),
    ValueCase(text: "上半年<338件", kind: .quantity, op: .less, number: 338, unit: "件"),
    ValueCase(text: "每季度≥2万人次", kind: .quantity, op: .greaterOrEqual, number: 2, unit: "万人次", value: 20_000),
    ValueCase(text: "有效投诉率为0", kind: .quantity, op: .equal, number: 0, unit: nil),
    ValueCase(text: "100%保障", kind: .quantity, number: 100, unit: "%"),
    ValueCase(text: "2场,50人", kind: .quantities, parts: 2),
    ValueCase(text: "1400名以上、150名以上", kind: .quantities, parts: 2),
    ValueCase(text: "1000宗；500家企业", kind: .quantities, parts: 2),
    ValueCase(text: "1期,约100人", kind: .quantities, parts: 2),
    ValueCase(text: "合同审查30单,咨询法务约50单、行政诉讼及非诉执行案件约100单", kind: .quantities, parts: 3),
    ValueCase(text: "逐年提升", kind: .text),
    ValueCase(text: "和谐稳定", kind: .text),
    ValueCase(text: "按合同支付", kind: .text),
    ValueCase(text: "待单位补充...", kind: .text),
    ValueCase(text: "完成人工成本监测企业填报数除以目标数", kind: .text),
    ValueCase(text: "抽查准确数量/抽查总数量×100%", kind: .text),
    ValueCase(text: "受补贴学生就业率=受补贴学生就业人数/受补贴就业人数*100%", kind: .text),
    ValueCase(text: "4-6家以上新闻媒体", kind: .text),
    ValueCase(text: "7天×24小时", kind: .text),
    ValueCase(text: "低于2019年178人", kind: .text),
    ValueCase(text: "2021年50人、2022年100人", kind: .text),
    ValueCase(text: "有效（不超出2019年编外聘用人员经费预算数）", kind: .text),
    ValueCase(text: "", kind: .empty),
    ValueCase(text: "  ", kind: .empty),
]

@Suite("Indicator values")
struct ValueParserTests {
    @Test(arguments: valueCases)
    func readsTheMeaning(_ testCase: ValueCase) {
        let parsed = ValueParser.parse(testCase.text)
        #expect(parsed.kind == testCase.kind)
        if testCase.kind == .quantity {
            let quantity = parsed.quantities.first
            #expect(quantity?.op == testCase.op)
            #expect(quantity?.number == testCase.number)
            #expect(quantity?.unit == testCase.unit)
            if let value = testCase.value {
                let actual = (quantity?.number ?? .nan) * (quantity?.magnitude ?? .nan)
                #expect(abs(actual - value) < 1e-6 * max(1, value))
            }
        }
        if let parts = testCase.parts { #expect(parsed.quantities.count == parts) }
    }

    @Test(arguments: [
        ("2025年12月31日前", DeadlineDate(year: 2025, month: 12, day: 31, isDeadline: true)),
        ("年底前完成", DeadlineDate(year: nil, month: nil, day: nil, isDeadline: true)),
        ("2026年底", DeadlineDate(year: 2026, month: nil, day: nil, isDeadline: true)),
        ("每月25日前发放", DeadlineDate(year: nil, month: nil, day: 25, isDeadline: true)),
        ("每年8月份之前完成", DeadlineDate(year: nil, month: 8, day: nil, isDeadline: true)),
    ])
    func readsDatesAndDeadlines(_ text: String, _ expected: DeadlineDate) {
        let parsed = ValueParser.parse(text)
        #expect(parsed.kind == .text)
        #expect(parsed.date == expected)
    }

    @Test func aLabelAndTrailingWordsAreKept() {
        let parsed = ValueParser.parse("每宗劳动争议处置人力成本不高于500元")
        #expect(parsed.kind == .quantity)
        #expect(parsed.quantities.first?.label == "每宗劳动争议处置人力成本")
        #expect(parsed.quantities.first?.op == .lessOrEqual)
        #expect(ValueParser.parse("100%保障").quantities.first?.trailing == "保障")
        #expect(ValueParser.parse("约2000人").quantities.first?.approximate == true)
    }
}
