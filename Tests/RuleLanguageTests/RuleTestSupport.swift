import LintModel
@testable import RuleLanguage

/// Wraps a rule body in a complete rule with examples, so tests state only what they test.
func rule(_ id: String = "test-rule", on scope: String = "value", when condition: String,
          message: String = "「{text}」", extra: String = "") -> String {
    """
    rule \(id) on \(scope) {
      severity warning
      category vague-value
      when     \(condition)
      message  "\(message)"
      \(extra)
      expect flag "x"
      expect pass "y"
    }

    """
}

func compile(_ text: String, name: String = "test.rules", base: RulePack? = nil) -> Result<RulePack, RuleLoadFailure> {
    RulePack.compile([RuleSource(name: name, text: text)], base: base)
}

func errors(_ text: String) -> [RuleFileError] {
    if case .failure(let failure) = compile(text) { return failure.errors }
    return []
}

/// Compiles one rule and returns the messages it reports on `document`; nil if the pack failed.
func messages(_ text: String, on document: Document) -> [String]? {
    guard case .success(let pack) = compile(text) else { return nil }
    return pack.rules.flatMap { $0.evaluate(document) }.map(\.message)
}

/// A one-project document whose single indicator carries these values.
func document(name: String = "项目预算控制率", level1: (Int?, String)? = (4, "成本指标"), level2: (Int?, String)? = (41, "经济成本指标"),
              period: String?, annual: String? = nil) -> Document {
    TestDocument.make(projects: [.init(name: "2025年劳动保障监察执法工作经费", goal: "维护劳动关系和谐稳定", total: 10, fiscal: 10,
                                       indicators: [.init(level1, level2, name: name, period: period, annual: annual)])])
}
