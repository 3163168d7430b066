/// A half-open range of byte offsets into a ``SourceFile``'s UTF-8 text.
///
/// Every cell, indicator, value and diagnostic carries one. Line and column are computed only
/// when reporting, from the file's line-start table.
public struct ByteSpan: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span ends before it starts")
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// The smallest span that covers both.
    public func union(_ other: ByteSpan) -> ByteSpan {
        ByteSpan(start: min(start, other.start), end: max(end, other.end))
    }

    public func contains(_ other: ByteSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: ByteSpan, rhs: ByteSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

/// A value together with the span of the source text it was read from.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var span: ByteSpan

    public init(_ value: Value, at span: ByteSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
