/// The money columns of a row, in 万元: 总计, 财政拨款, 财政专户拨款, 其他资金.
public struct Amounts: Sendable, Equatable {
    public var total: Located<Double>?
    public var fiscal: Located<Double>?
    public var special: Located<Double>?
    public var other: Located<Double>?

    public init(total: Located<Double>? = nil, fiscal: Located<Double>? = nil,
                special: Located<Double>? = nil, other: Located<Double>? = nil) {
        self.total = total
        self.fiscal = fiscal
        self.special = special
        self.other = other
    }

    public var isEmpty: Bool { total == nil && fiscal == nil && special == nil && other == nil }

    /// The span that covers every amount present.
    public var span: ByteSpan? {
        [total, fiscal, special, other].compactMap { $0?.span }.reduce(nil) { $0?.union($1) ?? $1 }
    }
}
