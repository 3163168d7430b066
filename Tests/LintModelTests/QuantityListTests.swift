import Testing
@testable import LintModel

/// A quantity list behaves as the array it replaces, for no quantity (`有所改善`), one (`≥90%`)
/// and several (`2场,50人,3次`): the first is kept apart from the rest, so every operation is
/// tested across that seam.
@Suite struct QuantityListTests {
    /// Quantities as the reader makes them, each with its own unit, label and span.
    static func quantities(_ count: Int) -> [Quantity] {
        (0..<count).map { index in
            Quantity(op: index == 0 ? .greaterOrEqual : nil, number: Double(index + 1) * 10,
                     unit: ["场", "人", "次"][index % 3], label: index == 1 ? "参加人数" : nil,
                     span: ByteSpan(start: index * 10, end: index * 10 + 5))
        }
    }

    @Test(arguments: [0, 1, 2, 3])
    func holdsWhatTheArrayHolds(_ count: Int) {
        let array = Self.quantities(count)
        let list = QuantityList(array)
        #expect(list.count == count)
        #expect(list.isEmpty == (count == 0))
        #expect(list.first == array.first)
        #expect(list.indices == array.indices)
        #expect(Array(list) == array)
        for index in array.indices { #expect(list[index] == array[index]) }
        #expect(list.allSatisfy { $0.span.count == 5 })
        #expect(list == QuantityList(array))
        #expect(list.elementsEqual(array))
    }

    @Test(arguments: [0, 1, 2, 3])
    func appendingOneByOneMakesTheSameList(_ count: Int) {
        var list = QuantityList()
        for quantity in Self.quantities(count) { list.append(quantity) }
        #expect(list == QuantityList(Self.quantities(count)))
        #expect(Array(list) == Self.quantities(count))
    }

    @Test(arguments: [1, 2, 3])
    func aQuantityChangedThroughTheSubscriptChangesOnlyItself(_ count: Int) {
        for index in 0..<count {
            var list = QuantityList(Self.quantities(count))
            list[index].unit = "万人"
            list[index].span = ByteSpan(start: 100, end: 104)
            var expected = Self.quantities(count)
            expected[index].unit = "万人"
            expected[index].span = ByteSpan(start: 100, end: 104)
            #expect(Array(list) == expected)
            #expect(list != QuantityList(Self.quantities(count)))
        }
    }

    /// Two lists compare by their quantities: empty lists are equal however they were made, and a
    /// list differs from one with a quantity more or less.
    @Test func equalityCountsEveryQuantity() {
        #expect(QuantityList() == [])
        #expect(QuantityList() == QuantityList([]))
        #expect(QuantityList(EmptyCollection()) == QuantityList())
        #expect(QuantityList(Self.quantities(1)[0]) == QuantityList(Self.quantities(1)))
        #expect(QuantityList(Self.quantities(2)) != QuantityList(Self.quantities(3)))
        #expect(QuantityList(Self.quantities(2)) != QuantityList(Self.quantities(1)))
        #expect(QuantityList(Self.quantities(0)) != QuantityList(Self.quantities(1)))
        let literal: QuantityList = [Self.quantities(2)[0], Self.quantities(2)[1]]
        #expect(literal == QuantityList(Self.quantities(2)))
    }

    /// A value made from an array (as callers made them before the list) holds the same
    /// quantities as one made from a list, and a value made without quantities holds none.
    @Test func aValueTakesAnArrayOrAList() {
        let array = Self.quantities(2)
        let span = ByteSpan(start: 0, end: 20)
        let fromArray = IndicatorValue(text: "10场,20人", span: span, kind: .quantities, which: .annual,
                                       indicator: 0, quantities: array)
        let fromList = IndicatorValue(text: "10场,20人", span: span, kind: .quantities, which: .annual,
                                      indicator: 0, quantities: QuantityList(array))
        let fromLiteral = IndicatorValue(text: "10场", span: span, kind: .quantity, which: .annual,
                                         indicator: 0, quantities: [array[0]])
        let none = IndicatorValue(text: "有所改善", span: span, kind: .text, which: .annual, indicator: 0)
        #expect(fromArray.quantities == fromList.quantities)
        #expect(fromLiteral.quantity == array[0])
        #expect(fromLiteral.unit == "场")
        #expect(none.quantities.isEmpty)
        #expect(none.quantity == nil)
    }
}
