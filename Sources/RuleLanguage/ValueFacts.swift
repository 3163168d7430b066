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
    /// The sibling value's (`other`'s) kind bit; 0 when the value has no sibling.
    private(set) var otherKindBit: UInt8 = 0
    /// The sibling's unit, as `other.unit` reads it.
    private(set) var otherUnit: PackedUnit?

    /// Reads the value where it lies, field by field: handed over as one value (from
    /// `values.map`), each value was copied whole, its text and quantities retained and released,
    /// for these few fields.
    init(_ values: UnsafeBufferPointer<IndicatorValue>, at index: Int) {
        kindBit = ValueGuard.bit(values[index].kind)
        which = values[index].which
        hasQuantity = values[index].kind == .quantity && !values[index].quantities.isEmpty
        if hasQuantity {
            opBit = values[index].quantities[0].op.map(ValueGuard.bit) ?? 0
            number = values[index].quantities[0].number
            unit = values[index].quantities[0].unit.map(PackedUnit.init)
        } else {
            opBit = 0
            number = 0
            unit = nil
        }
    }
}

extension ValueFacts {
    /// Records the facts of the value's sibling, its `other`.
    mutating func sibling(_ other: ValueFacts) {
        otherKindBit = other.kindBit
        otherUnit = other.unit
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
        var words: (UInt64, UInt64) = (0, 0)
        let count = text.utf8.count
        if count <= PackedUnit.maxLength {
            text.withUTF8Bytes { bytes in
                withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            }
        }
        low = words.0
        high = words.1
        self.count = count <= PackedUnit.maxLength ? UInt8(count) : .max
    }
}
