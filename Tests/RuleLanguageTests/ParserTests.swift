import Testing
@testable import RuleLanguage

@Suite struct ParserTests {
    @Test func parsesRulesAndConstants() {
        let syntax = Parser.parse("""
        let vague = ["逐年提升", "持续改善"]
        let vague += ["不断提高"]
        rule rate-over-100-percent on value {
          severity error
          category rate-out-of-range
          when unit == "%" and number > 100
          message "「{text}」"
          tags ["rate"]
          expect flag "a"
          expect pass \"\"\"
        b
        \"\"\"
        }
        """, file: 0)
        #expect(syntax.problems.isEmpty)
        #expect(syntax.constants.map(\.name) == ["vague", "vague"])
        #expect(syntax.constants.map(\.extends) == [false, true])
        #expect(syntax.rules.map(\.id) == ["rate-over-100-percent"])
        #expect(syntax.rules.first?.category?.0 == "rate-out-of-range")
        #expect(syntax.rules.first?.examples.map(\.1.text) == ["a", "b"])
        #expect(syntax.rules.first?.tags == ["rate"])
    }

    @Test func precedenceBindsComparisonTighterThanAndTighterThanOr() {
        let syntax = Parser.parse("let x = 1 + 2 * 3 == 7 and not false or false", file: 0)
        guard case .binary("or", let left, _, _, _)? = syntax.constants.first?.value,
              case .binary("and", let comparison, let negation, _, _) = left,
              case .binary("==", let sum, _, _, _) = comparison,
              case .binary("+", _, let product, _, _) = sum,
              case .binary("*", _, _, _, _) = product,
              case .unary("not", _, _) = negation else {
            Issue.record("unexpected tree \(String(describing: syntax.constants.first?.value))")
            return
        }
    }

    @Test func bindingFormOfAQuantifier() {
        let syntax = Parser.parse("let x = any(i in indicators, i.name == name)", file: 0)
        guard case .call("any", _, let binding, let arguments, _)? = syntax.constants.first?.value else {
            Issue.record("not a call")
            return
        }
        #expect(binding?.0 == "i")
        #expect(arguments.count == 2)
    }

    @Test func recoversAndReportsEveryBrokenClause() {
        let syntax = Parser.parse("""
        rule a on value {
          when (number ==
          message "m"
          bogus 1
          severity
          category x
        }
        oops
        let = 3
        rule b on value { when number > 1 }
        """, file: 0)
        #expect(syntax.problems.count == 5)
        #expect(syntax.rules.map(\.id) == ["a", "b"])
        #expect(syntax.rules.first?.message?.text == "m")
        #expect(syntax.rules.first?.category?.0 == "x")
    }

    @Test func nestingDeeperThanTheLimitIsAnError() {
        let deep = String(repeating: "(", count: 70) + "1" + String(repeating: ")", count: 70)
        let syntax = Parser.parse("let x = \(deep)\nlet y = 2", file: 0)
        #expect(syntax.problems.map(\.1) == ["表达式嵌套超过 64 层；请拆成几个 `let` 常量或几条规则"])
        #expect(syntax.constants.map(\.name) == ["y"])
    }

    @Test func nestingWithinTheLimitParses() {
        let deep = String(repeating: "(", count: 40) + "1" + String(repeating: ")", count: 40)
        let syntax = Parser.parse("let x = \(deep)", file: 0)
        #expect(syntax.problems.isEmpty)
    }
}
