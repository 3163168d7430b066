import Foundation
import Testing
@testable import TableReader

/// The byte shortcuts must answer exactly as the `String` and Foundation operations they replace,
/// on the text of real cells and on text where bytes and Unicode disagree.
@Suite("Plain text shortcuts")
struct PlainTextTests {
    static let texts = [
        "合计", "总计", "合  计", "广州市人力资源和社会保障局（本级）", "项目名称", "2025年劳动保障监察执法工作经费",
        "≥95%", "１００％", "e\u{301}", "é", "合计\u{301}", "\u{F900}", "\u{8C48}", "", "a\tb", "〇〡",
    ]

    @Test(arguments: texts, texts)
    func equalsAnswersAsStringEquality(_ text: String, _ other: String) {
        #expect(PlainText.equals(text, other) == (text == other))
        let bytes = Array(text.utf8)
        #expect(PlainText.equals(bytes, 0..<bytes.count, other) == (text == other))
    }

    @Test(arguments: texts, ["局", "计", "e", "合计", "\u{8C48}", "%"])
    func containsAndSuffixAnswerAsFoundationAndString(_ text: String, _ word: String) {
        #expect(PlainText.contains(text, word) == text.contains(word))
        #expect(PlainText.hasSuffix(text, word) == text.hasSuffix(word))
    }

    @Test func cellTextIsPlainButCombiningMarksAndCompatibilityIdeographsAreNot() {
        #expect(PlainText.isPlain("2025年（一）项目：≥95%".replacingOccurrences(of: "≥", with: "＞")))
        #expect(!PlainText.isPlain("e\u{301}"))
        #expect(!PlainText.isPlain("\u{F900}"))
    }
}
