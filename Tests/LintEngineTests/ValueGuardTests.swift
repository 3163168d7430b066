import Testing
import LintModel
@testable import RuleLanguage

/// The engine skips values whose own fields fail a rule's leading tests without evaluating the
/// condition. Skipping must never lose a finding: on every fixture, every built-in rule finds
/// exactly what it finds when its condition runs on every value.
@Suite struct ValueGuardTests {
    @Test(arguments: EngineFixtures.names)
    func skippingValuesLosesNoFinding(_ name: String) throws {
        let pack = try #require(EngineFixtures.builtIn)
        let document = EngineFixtures.document(name)
        var guarded = 0
        for rule in pack.rules where !rule.valueGuard.isEmpty {
            guarded += 1
            let fast = rule.evaluate(document).map { "\($0.span.map { "\($0.start)" } ?? "-") \($0.message)" }
            let full = rule.unguarded().evaluate(document).map { "\($0.span.map { "\($0.start)" } ?? "-") \($0.message)" }
            #expect(fast == full, "\(rule.metadata.id) on \(name)")
        }
        #expect(guarded >= 15, "most value rules start with tests of the value's own fields")
    }
}
