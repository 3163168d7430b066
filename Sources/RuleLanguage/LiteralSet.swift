/// A set of literal strings matched on UTF-8 bytes: the fast path for `contains [list]` and for
/// regexes that are plain alternations of literals.
///
/// Literals are bucketed by their first byte and prefiltered by their first two bytes (a 64 K-bit
/// table), so a scan over Chinese text touches one table entry per byte and compares bytes only
/// where a literal can start.
struct LiteralSet: Sendable {
    /// In priority order (the order a regex alternation would try them).
    let literals: [[UInt8]]
    /// Indices into `literals` by first byte, in priority order.
    private let buckets: [[Int]]
    /// Bit `b0 << 8 | b1` is set when some literal starts with bytes b0 b1 (or is one byte long, b0).
    private let pairs: [UInt64]
    private let oneByteStarts: [Bool]

    /// Nil when the set is empty or holds the empty string (which matches everywhere).
    init?(_ strings: [String]) {
        guard !strings.isEmpty, !strings.contains(where: \.isEmpty) else { return nil }
        literals = strings.map { Array($0.utf8) }
        var buckets = [[Int]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 1024)
        var oneByte = [Bool](repeating: false, count: 256)
        for (index, literal) in literals.enumerated() {
            buckets[Int(literal[0])].append(index)
            if literal.count == 1 {
                oneByte[Int(literal[0])] = true
            } else {
                let key = Int(literal[0]) << 8 | Int(literal[1])
                pairs[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        self.buckets = buckets
        self.pairs = pairs
        self.oneByteStarts = oneByte
    }

    var strings: [String] { literals.map { String(decoding: $0, as: UTF8.self) } }

    /// The leftmost match (byte offsets into the text's UTF-8); at one position the literal that
    /// comes first in priority order wins, as in a backtracking regex.
    func firstMatch(in text: String) -> Range<Int>? {
        var text = text
        return text.withUTF8 { firstMatch(in: $0) }
    }

    func firstMatch(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let count = bytes.count
        guard count > 0 else { return nil }
        return pairs.withUnsafeBufferPointer { pairs -> Range<Int>? in
            var i = 0
            while i < count {
                let b0 = Int(bytes[i])
                let candidate: Bool
                if i + 1 < count {
                    let key = b0 << 8 | Int(bytes[i + 1])
                    candidate = pairs[key >> 6] & (1 << UInt64(key & 63)) != 0 || oneByteStarts[b0]
                } else {
                    candidate = oneByteStarts[b0]
                }
                if candidate {
                    for index in buckets[b0] {
                        let literal = literals[index]
                        let n = literal.count
                        if i + n <= count, literal.withUnsafeBufferPointer({ lit in
                            var k = 1
                            while k < n, lit[k] == bytes[i + k] { k += 1 }
                            return k == n
                        }) {
                            return i..<(i + n)
                        }
                    }
                }
                i += 1
            }
            return nil
        }
    }

    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }
}
