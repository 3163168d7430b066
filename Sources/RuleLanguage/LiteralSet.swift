/// A set of literal strings matched on UTF-8 bytes: the fast path for `contains [list]` and for
/// regexes that are plain alternations of literals.
///
/// The literals' bytes are stored one after another (no array per literal to retain while
/// scanning). A scan steps from character to character, where literals start, and compares
/// bytes only where the first three bytes (one Chinese character) hash to a bit that some literal
/// set, so a scan over Chinese text costs about one table lookup per character.
struct LiteralSet: Sendable {
    /// All literals' bytes; literal `k` is `bytes[starts[k]..<starts[k + 1]]`, in priority order
    /// (the order a regex alternation would try them).
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Literal indices grouped by first byte, in priority order within a group: the group of byte
    /// `b` is `byFirstByte[groupStarts[b]..<groupStarts[b + 1]]`.
    private let byFirstByte: [Int]
    private let groupStarts: [Int]
    /// One bit per hash of a literal's first three bytes (literals of three bytes or more).
    private let leadBits: [UInt64]
    /// True for a byte that starts a literal of one or two bytes (checked without the hash).
    private let shortStarts: [Bool]

    private static let leadBitCount = 1 << 16

    /// Nil when the set is empty or holds the empty string (which matches everywhere).
    init?(_ strings: [String]) {
        guard !strings.isEmpty, !strings.contains(where: \.isEmpty) else { return nil }
        let literals = strings.map { Array($0.utf8) }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var groups = [[Int]](repeating: [], count: 256)
        var leadBits = [UInt64](repeating: 0, count: LiteralSet.leadBitCount / 64)
        var shortStarts = [Bool](repeating: false, count: 256)
        for (index, literal) in literals.enumerated() {
            starts.append(bytes.count)
            bytes += literal
            groups[Int(literal[0])].append(index)
            if literal.count < 3 {
                shortStarts[Int(literal[0])] = true
            } else {
                let bit = LiteralSet.leadHash(literal[0], literal[1], literal[2])
                leadBits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
        byFirstByte = groups.flatMap { $0 }
        groupStarts = groups.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        self.leadBits = leadBits
        self.shortStarts = shortStarts
    }

    @inline(__always)
    private static func leadHash(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        let key = UInt32(b0) << 16 | UInt32(b1) << 8 | UInt32(b2)
        return Int((key &* 0x9E37_79B1) >> 16)
    }

    var strings: [String] {
        starts.indices.dropLast().map { String(decoding: bytes[starts[$0]..<starts[$0 + 1]], as: UTF8.self) }
    }

    /// The leftmost match (byte offsets into the text's UTF-8); at one position the literal that
    /// comes first in priority order wins, as in a backtracking regex.
    func firstMatch(in text: String) -> Range<Int>? {
        return text.withUTF8Bytes { firstMatch(in: $0) }
    }

    /// `text` is valid UTF-8 (a `String`'s bytes): the scan steps over whole characters.
    private func firstMatch(in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let count = text.count
        guard count > 0 else { return nil }
        return bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                byFirstByte.withUnsafeBufferPointer { byFirstByte in
                    groupStarts.withUnsafeBufferPointer { groupStarts in
                        leadBits.withUnsafeBufferPointer { leadBits in
                            shortStarts.withUnsafeBufferPointer { shortStarts -> Range<Int>? in
                                var i = 0
                                while i < count {
                                    let b0 = text[i]
                                    // Literals start on a character: step from one to the next.
                                    defer { i += b0 < 0xC0 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4 }
                                    var candidate = shortStarts[Int(b0)]
                                    if !candidate, i + 2 < count {
                                        let bit = LiteralSet.leadHash(b0, text[i + 1], text[i + 2])
                                        candidate = leadBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
                                    }
                                    guard candidate else { continue }
                                    for slot in groupStarts[Int(b0)]..<groupStarts[Int(b0) + 1] {
                                        let literal = byFirstByte[slot]
                                        let start = starts[literal]
                                        let n = starts[literal + 1] - start
                                        guard i + n <= count else { continue }
                                        var k = 1
                                        while k < n, bytes[start + k] == text[i + k] { k += 1 }
                                        if k == n { return i..<(i + n) }
                                    }
                                }
                                return nil
                            }
                        }
                    }
                }
            }
        }
    }

    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }
}

/// A set of literal prefixes or suffixes, for `startswith` / `endswith` a constant list: the
/// literals are grouped by the byte at the end they are tested at, so a text is compared only
/// with the few literals that end (or start) with its own last (or first) byte.
struct AffixSet: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int]
    private let byEdgeByte: [Int]
    private let groupStarts: [Int]
    private let atEnd: Bool

    /// Nil when the set is empty or holds the empty string (every text starts and ends with it).
    init?(_ strings: [String], atEnd: Bool) {
        guard !strings.isEmpty, !strings.contains(where: \.isEmpty) else { return nil }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var groups = [[Int]](repeating: [], count: 256)
        for (index, string) in strings.enumerated() {
            let literal = Array(string.utf8)
            starts.append(bytes.count)
            bytes += literal
            groups[Int(atEnd ? literal[literal.count - 1] : literal[0])].append(index)
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
        byEdgeByte = groups.flatMap { $0 }
        groupStarts = groups.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        self.atEnd = atEnd
    }

    func matches(_ text: String) -> Bool {
        return text.withUTF8Bytes { text in
            guard let edge = atEnd ? text.last : text.first else { return false }
            for slot in groupStarts[Int(edge)]..<groupStarts[Int(edge) + 1] {
                let literal = byEdgeByte[slot]
                let start = starts[literal]
                let n = starts[literal + 1] - start
                guard n <= text.count else { continue }
                let offset = atEnd ? text.count - n : 0
                var k = 0
                while k < n, bytes[start + k] == text[offset + k] { k += 1 }
                if k == n { return true }
            }
            return false
        }
    }
}
