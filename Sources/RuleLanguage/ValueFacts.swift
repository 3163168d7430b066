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
    let unit: String?

    init(_ value: borrowing IndicatorValue) {
        kindBit = ValueGuard.bit(value.kind)
        which = value.which
        hasQuantity = value.kind == .quantity && !value.quantities.isEmpty
        if hasQuantity {
            opBit = value.quantities[0].op.map(ValueGuard.bit) ?? 0
            number = value.quantities[0].number
            unit = value.quantities[0].unit
        } else {
            opBit = 0
            number = 0
            unit = nil
        }
    }
}
