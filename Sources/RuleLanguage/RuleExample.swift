import LintModel

/// `expect flag "…"` / `expect pass "…"`.
public struct RuleExample: Sendable, Equatable {
    public enum Expectation: String, Sendable, Equatable {
        /// The rule must report at least one finding on the text.
        case flag
        /// The rule must report nothing on the text.
        case pass
    }

    public var expectation: Expectation
    public var text: String
    /// The line of the `expect` clause in its file.
    public var line: Int

    public init(expectation: Expectation, text: String, line: Int) {
        self.expectation = expectation
        self.text = text
        self.line = line
    }
}

extension RuleExample {
    /// Whether the findings of the rule on the example's document meet the expectation:
    /// at least one for `flag`, none for `pass`.
    public func isSatisfied(by findings: [Diagnostic]) -> Bool {
        switch expectation {
        case .flag: !findings.isEmpty
        case .pass: findings.isEmpty
        }
    }
}
