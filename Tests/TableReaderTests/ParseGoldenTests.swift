import FixtureTables
import Foundation
import LintModel
import Reporters
import Testing
@testable import TableReader

/// `parse --format json` of every fixture, compared with `Fixtures/expected/parse/`. With
/// `RECORD_GOLDEN=1` the files are rewritten and the test fails, so that recording is never silent.
@Suite("Parse output golden files")
struct ParseGoldenTests {
    @Test(arguments: Fixtures.names)
    func matchesTheGoldenFile(_ name: String) throws {
        let document = Fixtures.document(name)
        let output = ParseJSONReport.render([document])
        let golden = FixtureTables.repositoryRoot.appendingPathComponent("Fixtures/expected/parse/\(name).json")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try output.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(golden.path); run again without RECORD_GOLDEN to compare.")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if output != expected {
            let outputLines = output.components(separatedBy: "\n")
            let expectedLines = expected.components(separatedBy: "\n")
            let line = zip(outputLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("parse output differs from \(golden.lastPathComponent) at line \((line?.offset ?? 0) + 1): \(line?.element.0 ?? "") ≠ \(line?.element.1 ?? "")")
        }
    }
}
