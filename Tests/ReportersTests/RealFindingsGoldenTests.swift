import FixtureTables
import Foundation
import LintEngine
import LintModel
import TableReader
import Testing
@testable import Reporters

/// Every format on real findings: the PDF-extracted Conghua table (findings on wrapped lines,
/// Chinese everywhere) read by the real reader and checked by the built-in pack, rendered with a
/// fixed invocation so the outputs are reproducible byte for byte.
@Suite("Golden reports on real findings")
struct RealFindingsGoldenTests {
    static let fixture = "conghua-2025-hrss-pdf.txt"

    static func report() throws -> LintReport {
        let document = FixtureTables.document(fixture)
        let pack = try RulePackLoader.builtIn().get()
        let linter = Linter(selection: RuleSelection(pack: pack))
        let diagnostics = linter.lint(document)
        return LintReport(
            documents: [document], diagnostics: diagnostics, rules: linter.selection.metadata,
            toolVersion: "0.1.0",
            invocation: Invocation(arguments: ["check", "Fixtures/tables/\(fixture)", "--format", "sarif"],
                                   workingDirectory: "/work/project", startTime: ReportFixtures.start,
                                   endTime: ReportFixtures.start.addingTimeInterval(0.5), exitCode: 0,
                                   executionSuccessful: true))
    }

    @Test("every format matches its golden file", arguments: ReportFormat.allCases)
    func matchesGolden(format: ReportFormat) throws {
        let report = try Self.report()
        #expect(report.diagnostics.count > 10)
        GoldenFile.check(Reporters.reporter(for: format).render(report), against: "conghua.\(format.fileExtension)")
    }

    @Test("the quiet text report is the first line of each finding and the summary")
    func quietText() throws {
        let report = try Self.report()
        let quiet = TextReporter(quiet: true).render(report)
        GoldenFile.check(quiet, against: "conghua-quiet.txt")
        let full = TextReporter().render(report)
        let findingLines = quiet.split(separator: "\n").filter { $0.hasPrefix("Fixtures/tables/") }
        #expect(findingLines.count == report.diagnostics.count)
        #expect(findingLines.allSatisfy { full.contains($0 + "\n") })
        #expect(!quiet.contains("│"))
        #expect(!quiet.contains("= help:"))
    }

    @Test("a finding on PDF-wrapped lines shows both lines in the text report")
    func wrappedLines() throws {
        let report = try Self.report()
        let multiLine = report.diagnostics.filter { ($0.location?.endLine ?? 0) > ($0.location?.line ?? 0) }
        #expect(!multiLine.isEmpty)
    }
}
