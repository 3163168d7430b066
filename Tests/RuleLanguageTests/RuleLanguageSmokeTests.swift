import Testing
@testable import RuleLanguage

@Test func moduleLoads() {
    #expect(Bool(true))
}
