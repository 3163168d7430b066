import Testing
import Foundation
import LintModel
@testable import RuleLanguage

/// Rule evaluation over a corpus the size of the real one (~350,000 values). Off by default;
/// run it in a release build:
///
///     RULE_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter BenchmarkTests
@Suite(.enabled(if: ProcessInfo.processInfo.environment["RULE_BENCH"] != nil))
struct BenchmarkTests {
    static let pack = """
    let vague = ["逐年提升", "持续改善", "不断提高", "有所改善", "稳步", "显著", "进一步", "有效", "明显", "大幅", "较好", "良好"]
    let zeroTolerant = /事故|投诉|违规|差错|上访|遗失|故障/
    \(rule("vague-list", when: "text contains vague", message: "「{text}」含糊词「{match}」"))
    \(rule("vague-regex", when: "text matches /逐年(提升|提高)|持续(提升|改善)|不断(提高|完善)|有所(提高|降低|改善)|显著|稳步/", message: "{match}"))
    \(rule("nonsense-upper-bound", when: "op in [\"≤\", \"<\"] and number == 0 and not (indicator.name matches zeroTolerant)", message: "{text}"))
    \(rule("times-or-more", when: "text matches /\\d+次以上/", message: "{text}"))
    \(rule("period-annual", when: "which == \"年度\" and other != null and other.number < number and unit == other.unit", message: "{text}"))
    \(rule("missing-satisfaction", on: "project", when: "none(indicators, level1.code == 3)", message: "{name}"))
    """

    static func corpus(projects: Int) -> Document {
        let texts = RegexTests.seedTexts
        let names = ["劳动保障监察事项按时结案率(%)", "有效投诉次数", "服务对象满意度(%)", "享受补贴的人数", "项目预算控制率"]
        var specs: [TestDocument.ProjectSpec] = []
        specs.reserveCapacity(projects)
        var k = 0
        for p in 0..<projects {
            var indicators: [TestDocument.IndicatorSpec] = []
            for i in 0..<5 {
                indicators.append(.init((i % 4 + 1, "产出指标"), (11, "数量指标"), name: names[(p + i) % names.count],
                                        period: texts[k % texts.count], annual: texts[(k * 7 + 3) % texts.count]))
                k += 1
            }
            specs.append(.init(name: "2025年项目\(p)", goal: "目标", total: 10, fiscal: 10, indicators: indicators))
        }
        return TestDocument.make(projects: specs)
    }

    @Test func evaluateTheCorpus() throws {
        let document = BenchmarkTests.corpus(projects: 35_000)
        let pack = try compile(BenchmarkTests.pack).get()
        var report = "values: \(document.values.count)\n"
        for rule in pack.rules {
            let env = Environment(document: document, slotCount: rule.slotCount)
            var hits = 0
            let start = Date()
            let count = rule.entityCount(in: document)
            for i in 0..<count {
                env.slots[0] = rule.metadata.scope == "value" ? RValue.record(.value(i)) : RValue.record(.project(i))
                if rule.condition(env) { hits += 1 }
            }
            let conditionTime = Date().timeIntervalSince(start)
            let fullStart = Date()
            let found = rule.evaluate(document).count
            let fullTime = Date().timeIntervalSince(fullStart)
            report += rule.metadata.id.padding(toLength: 22, withPad: " ", startingAt: 0)
            report += String(format: " %7d hits  condition %7.1f ms (%5.2f µs/entity)  with diagnostics %7.1f ms\n",
                             hits, conditionTime * 1000, conditionTime * 1e6 / Double(count), fullTime * 1000)
            #expect(found == hits)
        }
        print(report)
    }
}
