import Testing
@testable import LintEngine

@Test func moduleLoads() {
    #expect(Bool(true))
}
