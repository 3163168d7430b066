import Foundation
import LintModel
import Testing
@testable import Reporters

@Suite("Golden reports")
struct GoldenReportTests {
    @Test("every format matches its golden file", arguments: ReportFormat.allCases)
    func matchesGolden(format: ReportFormat) {
        let output = Reporters.reporter(for: format).render(ReportFixtures.sampleReport())
        GoldenFile.check(output, against: "sample.\(format.fileExtension)")
    }

    @Test("coloured text matches its golden file")
    func colouredText() {
        let output = TextReporter(color: true).render(ReportFixtures.sampleReport())
        GoldenFile.check(output, against: "sample-color.txt")
    }

    @Test("an empty run renders in every format", arguments: ReportFormat.allCases)
    func emptyRun(format: ReportFormat) {
        var report = ReportFixtures.sampleReport()
        report.diagnostics = []
        report.unreadable = []
        report.invocation.exitCode = 0
        report.invocation.executionSuccessful = true
        GoldenFile.check(Reporters.reporter(for: format).render(report), against: "empty.\(format.fileExtension)")
    }

    @Test("the order of the input does not change the output", arguments: ReportFormat.allCases)
    func orderIndependent(format: ReportFormat) {
        let report = ReportFixtures.sampleReport()
        var reversed = report
        reversed.diagnostics.reverse()
        let reporter = Reporters.reporter(for: format)
        #expect(reporter.render(report) == reporter.render(reversed))
    }
}
