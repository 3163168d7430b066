/// The quantities of a value, held so that the common cases allocate nothing.
///
/// Most values hold one quantity (`≥90%`), many none (text, dates), a few several (`2场,50人`).
/// As an array, every value with a quantity cost a heap block, allocated for each occurrence (its
/// spans are its own) and freed with the document: the largest allocation site of a parse. The
/// first quantity is therefore kept inline and only the second and later in an array, which stays
/// empty, and unallocated, for the values with one quantity or none.
public struct QuantityList: Sendable, Equatable {
    /// Stored, and the first quantity is no optional: the rule engine asks for the count in its
    /// inner loops, and a `Quantity?` was tested for nil and copied through the runtime's generic
    /// value witnesses (`bench rules` 1.35 G instructions against 1.10 G).
    @usableFromInline var storedCount: Int
    /// The first quantity; while the list is empty, a placeholder that is the same for every
    /// empty list, so that two empty lists compare equal.
    @usableFromInline var head: Quantity
    /// The second and later quantities.
    @usableFromInline var tail: [Quantity]

    @inlinable
    public init() {
        storedCount = 0
        head = Quantity(op: nil, number: 0, unit: nil, span: ByteSpan(start: 0, end: 0))
        tail = []
    }

    /// A list of one quantity, made without first making the placeholder of an empty one (what
    /// the reader does for most values).
    @inlinable
    public init(_ first: Quantity) {
        storedCount = 1
        head = first
        tail = []
    }

    @inlinable
    public init<Quantities: Sequence>(_ quantities: Quantities) where Quantities.Element == Quantity {
        self.init()
        for quantity in quantities { append(quantity) }
    }

    @inlinable
    public mutating func append(_ quantity: Quantity) {
        if storedCount == 0 { head = quantity } else { tail.append(quantity) }
        storedCount += 1
    }
}

extension QuantityList: RandomAccessCollection, MutableCollection {
    public typealias Index = Int
    public typealias Indices = Range<Int>

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storedCount }
    @inlinable public var count: Int { storedCount }
    @inlinable public var isEmpty: Bool { storedCount == 0 }
    @inlinable public var first: Quantity? { storedCount == 0 ? nil : head }

    /// Out of range traps, as an array's subscript does: position 0 of an empty list reaches the
    /// tail at -1. A plain getter and setter: with `_read` and `_modify` coroutines instead, the
    /// rule engine's reads of `quantities[0]` made `bench rules` a fifth slower.
    @inlinable
    public subscript(position: Int) -> Quantity {
        get {
            if position == 0, storedCount != 0 { return head }
            return tail[position - 1]
        }
        set {
            if position == 0, storedCount != 0 { head = newValue } else { tail[position - 1] = newValue }
        }
    }
}

extension QuantityList: ExpressibleByArrayLiteral {
    @inlinable
    public init(arrayLiteral quantities: Quantity...) {
        self.init(quantities)
    }
}
