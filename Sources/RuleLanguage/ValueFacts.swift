import LintModel

/// What a value rule's guard reads of one value, worked out once per document for all the rules
/// that run on it: a compact record in one array instead of the value's fields behind its
/// quantities array, read again by every value rule.
struct ValueFacts {
    /// One bit per ``ValueKind`` case (see ``ValueGuard``).
    let kindBit: UInt8
    let which: ValuePeriod
    /// True for a `quantity` value with its quantity: only then are `op`, `unit`, `number` not null.
    let hasQuantity: Bool
    /// One bit per ``Comparator`` case; 0 when the value has no comparator (or no quantity).
    let opBit: UInt8
    let number: Double
    /// The unit's bytes, when there is one: a fact holds no string to retain each time a rule's
    /// guard reads it.
    let unit: PackedUnit?

    init(_ value: borrowing IndicatorValue) {
        kindBit = ValueGuard.bit(value.kind)
        which = value.which
        hasQuantity = value.kind == .quantity && !value.quantities.isEmpty
        if hasQuantity {
            opBit = value.quantities[0].op.map(ValueGuard.bit) ?? 0
            number = value.quantities[0].number
            unit = value.quantities[0].unit.map(PackedUnit.init)
        } else {
            opBit = 0
            number = 0
            unit = nil
        }
    }
}

/// A unit's UTF-8 bytes packed into two words (units are short: `%`, `人次`, `万元/人`), compared
/// as the bytes would be. A unit longer than ``maxLength`` bytes packs to a marker equal to no
/// packed constant (guards compare only with constants that fit).
struct PackedUnit: Equatable {
    static let maxLength = 16
    private let low: UInt64
    private let high: UInt64
    private let count: UInt8

    init(_ text: String) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0
        for byte in text.utf8 {
            guard count < PackedUnit.maxLength else {
                (low, high, count) = (0, 0, Int(UInt8.max))
                break
            }
            if count < 8 { low |= UInt64(byte) << (8 * count) } else { high |= UInt64(byte) << (8 * (count - 8)) }
            count += 1
        }
        self.low = low
        self.high = high
        self.count = UInt8(count)
    }
}
