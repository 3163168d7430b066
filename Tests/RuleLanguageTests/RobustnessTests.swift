import Testing
@testable import RuleLanguage

/// Truncated and mangled files load to errors, never to a crash or a hang.
@Suite struct RobustnessTests {
    static let source = """
    let vague = ["逐年提升", "持续改善"]        # 词表
    let parents = {11: 1, 12: 1}
    rule nonsense-upper-bound on value {
      severity error
      category nonsense-bound
      title    "指标值上限为零"
      when     op in ["≤", "<"] and number == 0 and not (indicator.name matches /事故|投诉/) and any(i in indicator.project.indicators, i.seq > 0)
      message  "「{indicator.name}」的{which}指标值「{text}」{match}"
      fix      "≤100%"
      at       text
      expect flag "1、4-成本指标；41-经济成本指标；项目预算控制率；实施周期指标值:≤0%。"
      expect pass \"\"\"
    表格
    \"\"\"
    }
    """

    @Test func everyTruncationLoadsWithoutCrashing() {
        let scalars = Array(RobustnessTests.source.unicodeScalars)
        var failures = 0
        for end in 0..<scalars.count {
            let text = String(String.UnicodeScalarView(scalars[0..<end]))
            if case .failure(let failure) = compile(text) {
                failures += 1
                #expect(failure.errors.allSatisfy { $0.line >= 1 && $0.column >= 1 })
            }
        }
        #expect(failures > scalars.count / 2)
        #expect((try? compile(RobustnessTests.source).get()) != nil)
    }

    @Test func deletingAnyOneCharacterLoadsWithoutCrashing() {
        let scalars = Array(RobustnessTests.source.unicodeScalars)
        var loaded = 0
        for index in scalars.indices {
            var mangled = scalars
            mangled.remove(at: index)
            if case .success = compile(String(String.UnicodeScalarView(mangled))) { loaded += 1 }
        }
        #expect(loaded < scalars.count)
    }
}
