import Testing
@testable import LintCommands

@Test func moduleLoads() {
    #expect(Bool(true))
}
