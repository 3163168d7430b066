import Testing
@testable import Reporters

@Test func moduleLoads() {
    #expect(Bool(true))
}
