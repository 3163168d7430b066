import Testing
@testable import RuleLanguage

@Suite struct LexerTests {
    @Test(arguments: [
        (#""a\"b\\c\nd\te""#, "a\"b\\c\nd\te"),
        (#""「{text}」以 0 为上限""#, "「{text}」以 0 为上限"),
        ("\"\"\"\n1、1-产出指标\t实施周期指标值:≥95%\n2、第二行\n\"\"\"", "1、1-产出指标\t实施周期指标值:≥95%\n2、第二行"),
    ])
    func stringsAreUnescaped(source: String, expected: String) {
        let (tokens, problems) = Lexer.tokenize(source)
        #expect(problems.isEmpty)
        #expect(tokens.first?.kind == .string(expected))
    }

    @Test func slashAfterAnOperandDividesElsewhereItOpensARegex() {
        let (tokens, _) = Lexer.tokenize("number / 2 matches /逐年(提升|提高)\\//i")
        let kinds = tokens.map(\.kind)
        #expect(kinds[1] == .symbol("/"))
        #expect(kinds[4] == .regex(pattern: "逐年(提升|提高)/", flags: "i"))
    }

    @Test func commentsAndIdeographicSpacesAreSkipped() {
        let (tokens, problems) = Lexer.tokenize("let x = 1 # 注释：不算\n\u{3000}let y = 2")
        #expect(problems.isEmpty)
        #expect(tokens.compactMap(\.identifier) == ["let", "x", "let", "y"])
        #expect(tokens[4].startsLine)
    }

    @Test(arguments: [
        ("\"没有结束", "字符串没有结束：同一行内缺少右引号 \""),
        ("\"\"\"没有结束", "多行字符串没有结束：缺少 \"\"\""),
        ("x == /abc", "正则表达式没有结束：同一行内缺少结尾的 /"),
        (#""\q""#, "未知的转义序列「\\q」；可用 \\\" \\\\ \\n \\t"),
        ("x ≥ 1", "无法识别的字符「≥」"),
    ])
    func malformedTokensAreReportedNotThrown(source: String, message: String) {
        let (tokens, problems) = Lexer.tokenize(source)
        #expect(problems.map(\.message) == [message])
        #expect(problems.first?.suggestion == (source == "x ≥ 1" ? ">=" : nil))
        #expect(tokens.last?.kind == .end)
    }
}

@Suite struct ChineseNameTests {
    @Test func constantsMayHaveChineseNames() throws {
        let pack = try compile("let 含糊词 = [\"有所改善\", \"逐年提升\"]\n" + rule(when: "text contains 含糊词", message: "{match}")).get()
        #expect(pack.rules[0].evaluate(document(period: "有所改善")).map(\.message) == ["有所改善"])
    }

    @Test func fullWidthPunctuationIsStillNotALetter() {
        let (tokens, problems) = Lexer.tokenize("词表，≥「")
        #expect(tokens.first?.identifier == "词表")
        #expect(problems.map(\.message) == ["无法识别的字符「，」", "无法识别的字符「≥」", "无法识别的字符「「」"])
    }
}
