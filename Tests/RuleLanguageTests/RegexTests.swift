import Testing
import Foundation
@testable import RuleLanguage

/// The fast paths must give the answers NSRegularExpression gives.
@Suite struct RegexTests {
    @Test(arguments: [
        ("逐年(提升|提高)|持续改善", ["逐年提升", "逐年提高", "持续改善"]),
        ("持续(提升|改善)|不断(提高|完善)|显著|稳步", ["持续提升", "持续改善", "不断提高", "不断完善", "显著", "稳步"]),
        ("(?:有所)?(提高|降低)", ["有所提高", "有所降低", "提高", "降低"]),
        ("满意度?", ["满意度", "满意"]),
        ("\\(%\\)|（%）", ["(%)", "（%）"]),
        ("a(b|c)(d|e)", ["abd", "abe", "acd", "ace"]),
    ])
    func finiteAlternationsExpand(pattern: String, expected: [String]) {
        #expect(RegexAnalysis.literalExpansion(pattern) == expected)
    }

    @Test(arguments: ["\\d+%", "逐年.*", "[0-9]", "^0$", "a{2}", "a+", "(?i)x", "a??", "\\bword"])
    func otherPatternsDoNotExpand(pattern: String) {
        #expect(RegexAnalysis.literalExpansion(pattern) == nil)
    }

    @Test(arguments: [
        ("(a+)+", true), ("(.*)*", true), ("(\\d+,?)*", true), ("((ab)*c)+", true), ("(a*){2,}", true),
        ("(a+)?", false), ("(ab)+", false), ("a+b*", false), ("([a+])+", false), ("\\(a+\\)+", false), ("(a{1,3})+", false),
    ])
    func nestedUnboundedQuantifiersAreFound(pattern: String, pathological: Bool) {
        #expect(RegexAnalysis.hasNestedUnboundedQuantifier(pattern) == pathological)
    }

    @Test(arguments: [
        ("\\d+次以上", "次以上"), ("不(低于|少于)\\d+", "不"), ("满意度≥\\d+%", "满意度≥"), ("a|b", nil), ("[逐年]+", nil),
        ("完成率?100%", "完成"),
        // A counted quantifier is not literal text.
        ("(成本|预算)[^，]{0,4}率", "率"), ("投诉.{0,10}次数", "投诉"),
    ] as [(String, String?)])
    func requiredLiterals(pattern: String, literal: String?) {
        #expect(RegexAnalysis.requiredLiteral(pattern) == literal)
    }

    /// Values and indicator names as written in the seed tables.
    static let seedTexts = [
        "不超计划预算", "1辆", "1.3万元/人/月", "≥20000次", "≤5宗", "2次/年", "1期,约100人", "100%发放高层次人才补贴,促进人才品牌效应稳步提升",
        "≥0.7万人", "100%按市人力资源社会保障局要求完成", "0次", "宣传劳动保障法律法规，保障劳动者合法权益", "≥85%", "2场,50人",
        "不超配置标准", "24000人次", "不超过86人", "有效投诉率为零", "参与度100%", "16人（以市最终下达的安置人数为准）",
        "预算成本控制率=支出金额/预算金额*100%", "办结率100%", "节前完成上门慰问", "100%保障", "维护劳动者权益", "大于3%",
        "提高市民满意度", "案件调解率达75%", "每5年对所属单位审计一次", "高于95%", "≤42元/平方米·年", "完成率100%",
        "每季度≥2万人次", "服务对象满意度大于或等于90%", "累计培育人才≥250人", "不少于30000人次", "100%贯彻执行政策",
        "有所改善", "逐年提升", "持续改善服务质量", "不断提高", "服务质量显著提升", "稳步推进", "有所提高", "群众满意度逐年提高",
        "完成当年度市下达目标任务", "每人每月按当地最低工资标准给予补贴", "和谐稳定", "非量化指标", "定量指标",
        "不发生因劳资纠纷引发的系统性、区域性、群体性事件聚集上访及涉访极端事件", "重大安全事故次数", "收到有效投诉率",
        "社保档案遗失数量", "服务对象满意度(%)", "劳动保障监察事项按时结案率(%)", "≥95％", "ABC逐年提升xyz", "",
    ]

    static let patterns = [
        "逐年(提升|提高)|持续(提升|改善)|不断(提高|完善)|有所(提高|降低|改善)|显著|稳步",
        "事故|投诉|违规|差错|上访",
        "(?:服务对象)?满意度?",
        "\\(%\\)|（%）",
        "完成|执行",
        "\\d+次",
        "满意度(大于|高于|≥)\\d+",
        "不(低于|少于|超过?)\\d*",
        "[0-9]+(\\.[0-9]+)?万人",
        "[0-9０-９]",
        "[（(\\-]",
    ]

    @Test(arguments: patterns)
    func fastPathsAgreeWithTheRegex(pattern: String) throws {
        let compiled = try CompiledPattern(pattern: pattern, flags: "")
        for text in RegexTests.seedTexts {
            let fast = compiled.firstMatch(in: text)
            let slow = compiled.regexMatch(in: text)
            #expect(fast == slow, "「\(text)」 with /\(pattern)/")
        }
    }

    @Test func alternationsOfLiteralsUseTheLiteralSet() throws {
        #expect(try CompiledPattern(pattern: RegexTests.patterns[0], flags: "").literals != nil)
        #expect(try CompiledPattern(pattern: "\\d+次", flags: "").literals == nil)
        #expect(try CompiledPattern(pattern: "\\d+次", flags: "").prefilter?.strings == ["次"])
        #expect(try CompiledPattern(pattern: "psam|PSAM卡", flags: "i").literals == nil)
    }

    @Test func singleCharacterClassesAreMatchedWithoutTheRegex() {
        #expect(RegexAnalysis.scalarClass("[0-9０-９]") == ["0"..."9", "０"..."９"])
        #expect(RegexAnalysis.scalarClass("[（(\\-]") == ["（"..."（", "("..."(", "-"..."-"])
        #expect(RegexAnalysis.scalarClass("[^0-9]") == nil)
        #expect(RegexAnalysis.scalarClass("[0-9]+") == nil)
        #expect(RegexAnalysis.scalarClass("[\\d]") == nil)
        #expect(RegexAnalysis.scalarClass("[9-0]") == nil)
        #expect(RegexAnalysis.scalarClass("[0-9][a-z]") == nil)
    }

    @Test func literalSetFindsTheLeftmostThenFirstListedMatch() throws {
        let set = try #require(LiteralSet(["改善", "持续改善", "持续"]))
        let text = "服务持续改善"
        // 持续改善: listed before 持续, and both start at the leftmost position, as in /改善|持续改善|持续/.
        #expect(set.firstMatch(in: text) == 6..<18)
        #expect(try CompiledPattern(pattern: "改善|持续改善|持续", flags: "").regexMatch(in: text) == 6..<18)
        #expect(LiteralSet(["a", ""]) == nil)
        #expect(LiteralSet(["%"])?.firstMatch(in: "≥95%") == 5..<6)
        #expect(LiteralSet(["x"])?.firstMatch(in: "") == nil)
    }

    static let mixedWords = ["XX", "待补充", "%", "÷", "*100", "人次", "满意度", "……", "度≥"]
    static let mixedTexts = ["≥95%", "满意度≥90%", "待单位补充", "待补充XX", "XX人次", "a÷b", "成本*100", "……", "", "x",
                             "人", "次人次", "服务对象满意度", "人次数", "%人次", "ＸＸ"]

    @Test func literalSetAgreesWithAPlainSearch() throws {
        let set = try #require(LiteralSet(RegexTests.mixedWords))
        let words = RegexTests.mixedWords.map { Array($0.utf8) }
        for text in RegexTests.mixedTexts {
            let bytes = Array(text.utf8)
            var expected: Range<Int>?
            search: for start in bytes.indices {
                for word in words where bytes[start...].starts(with: word) {
                    expected = start..<(start + word.count)
                    break search
                }
            }
            #expect(set.firstMatch(in: text) == expected, "「\(text)」")
        }
    }

    @Test func affixSetAgreesWithPrefixAndSuffixTests() throws {
        let prefixes = try #require(AffixSet(RegexTests.mixedWords, atEnd: false))
        let suffixes = try #require(AffixSet(RegexTests.mixedWords, atEnd: true))
        for text in RegexTests.mixedTexts {
            let bytes = Array(text.utf8)
            let words = RegexTests.mixedWords.map { Array($0.utf8) }
            #expect(prefixes.matches(text) == words.contains { bytes.starts(with: $0) }, "「\(text)」")
            #expect(suffixes.matches(text) == words.contains { bytes.reversed().starts(with: $0.reversed()) }, "「\(text)」")
        }
        #expect(AffixSet(["数", ""], atEnd: true) == nil)
        #expect(AffixSet([], atEnd: true) == nil)
    }

    /// Every value of the seed corpus, when the shared folder is there.
    static let seedFolder = "/work/shared/seeds"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedFolder)))
    func fastPathsAgreeOnTheWholeSeedCorpus() throws {
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: RegexTests.seedFolder) where name.hasSuffix(".txt") {
            let content = (try? String(contentsOfFile: RegexTests.seedFolder + "/" + name, encoding: .utf8)) ?? ""
            texts += content.split(whereSeparator: { "；。\t\n".contains($0) }).map(String.init)
        }
        #expect(texts.count > 1000)
        for pattern in RegexTests.patterns {
            let compiled = try CompiledPattern(pattern: pattern, flags: "")
            let disagreements = texts.filter { compiled.firstMatch(in: $0) != compiled.regexMatch(in: $0) }
            #expect(disagreements.isEmpty, "/\(pattern)/: \(disagreements.prefix(3))")
        }
    }
}

@Suite struct RegexCacheTests {
    @Test func aPatternUsedByTwoRulesIsCompiledOnce() {
        var compiler = Compiler()
        let a = compiler.compileRegex("\\d+次", flags: "", range: SourceRange(start: 0, end: 1))
        let b = compiler.compileRegex("\\d+次", flags: "", range: SourceRange(start: 0, end: 1))
        let c = compiler.compileRegex("\\d+次", flags: "i", range: SourceRange(start: 0, end: 1))
        #expect(a != nil && a === b)
        #expect(c !== a)
    }
}
