import Testing
@testable import LintModel

@Test func moduleLoads() {
    #expect(Bool(true))
}
