import Foundation
import Testing

/// Golden files under `Tests/ReportersTests/Golden/`. With `RECORD_GOLDEN=1` in the environment
/// the file is rewritten and the test fails, so recording never passes silently.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            do {
                try Data(actual.utf8).write(to: url)
                Issue.record("recorded \(name); run again without RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(name); run with RECORD_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if data != Data(actual.utf8) {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = actual.components(separatedBy: "\n")
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
                \(name) differs from the golden file at line \(first + 1):
                  expected: \(first < expectedLines.count ? expectedLines[first] : "<end of file>")
                  actual:   \(first < actualLines.count ? actualLines[first] : "<end of file>")
                (RECORD_GOLDEN=1 rewrites it)
                """, sourceLocation: sourceLocation)
        }
    }
}
