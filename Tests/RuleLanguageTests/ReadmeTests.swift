import Testing
import Foundation
import LintModel
@testable import RuleLanguage

/// The reference's first example is the one reviewers copy: it must load and behave as described.
@Suite struct ReadmeTests {
    static let readme: String? = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rules/README.md").path
        return try? String(contentsOfFile: path, encoding: .utf8)
    }()

    /// The code blocks of the README that hold whole rules or constants.
    static func blocks() -> [String] {
        guard let readme else { return [] }
        return readme.components(separatedBy: "```").enumerated()
            .filter { $0.offset % 2 == 1 }
            .map { $0.element.hasPrefix("\n") ? String($0.element.dropFirst()) : $0.element }
    }

    @Test func theFirstExampleLoadsAndFlagsAZeroUpperBound() throws {
        let example = try #require(ReadmeTests.blocks().first { $0.contains("rule nonsense-upper-bound") })
        let pack = try compile(example).get()
        let found = pack.rules[0].evaluate(document(period: "≤0%", annual: "≤100%"))
        #expect(found.map(\.message) == ["「项目预算控制率」的实施周期指标值「≤0%」以 0 为上限，无法考核"])
    }

    @Test func theConstantsExampleLoads() throws {
        let example = try #require(ReadmeTests.blocks().first { $0.hasPrefix("let vague = [\"逐年提升\", \"持续改善\", \"不断提高\"]\nlet moreVague") })
        let pack = try compile(example).get()
        #expect(pack.constantNames == ["limit", "moreVague", "parents", "rateUnits", "vague"])
    }

    @Test func everyCategoryIsDocumented() throws {
        let readme = try #require(ReadmeTests.readme)
        for category in DiagnosticCategory.all {
            #expect(readme.contains("`\(category)`"), "\(category)")
        }
    }
}
