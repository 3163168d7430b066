import FixtureTables
import Foundation
import LintEngine
import LintModel
import RuleLanguage
import TableReader

enum EngineFixtures {
    static let names = FixtureTables.names
    static func document(_ name: String) -> Document { FixtureTables.document(name) }

    static let builtIn: RulePack? = try? RulePackLoader.builtIn().get()

    /// One line a finding: what the golden lists hold.
    static func listing(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted(by: Diagnostic.reportOrder).map { diagnostic in
            let location = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(location) \(diagnostic.severity.rawValue) [\(diagnostic.ruleId)] \(diagnostic.message)"
        }.joined(separator: "\n") + "\n"
    }
}
