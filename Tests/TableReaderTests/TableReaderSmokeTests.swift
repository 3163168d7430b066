import Testing
@testable import TableReader

@Test func moduleLoads() {
    #expect(Bool(true))
}
