import Foundation
import LintEngine
import LintModel
import RuleLanguage
import TableReader

enum EngineFixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let names = [
        "haizhu-2025-hrss.txt", "panyu-2023-hrss.txt", "guangzhou-city-2026-hrss.txt",
        "huangpu-2022-hrss.txt", "conghua-2025-hrss-pdf.txt",
    ]

    static func document(_ name: String) -> Document {
        let bytes = (try? [UInt8](Data(contentsOf: root.appendingPathComponent("Fixtures/tables/\(name)")))) ?? []
        return TableReader.read(bytes: bytes, path: "Fixtures/tables/\(name)")
    }

    static let builtIn: RulePack? = try? RulePackLoader.builtIn().get()

    /// One line a finding: what the golden lists hold.
    static func listing(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted(by: Diagnostic.reportOrder).map { diagnostic in
            let location = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(location) \(diagnostic.severity.rawValue) [\(diagnostic.ruleId)] \(diagnostic.message)"
        }.joined(separator: "\n") + "\n"
    }
}
