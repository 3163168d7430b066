/// A set of literal strings matched on UTF-8 bytes: the fast path for `contains [list]` and for
/// regexes that are plain alternations of literals.
///
/// The literals' bytes are stored one after another (no array per literal to retain while
/// scanning). A scan steps from character to character, where literals start, and compares
/// bytes only where the first three bytes (one Chinese character) hash to a bit that some literal
/// set, so a scan over Chinese text costs about one table lookup per character.
///
/// A class: a set handed out of a table or an optional is one reference to retain, not six arrays.
final class LiteralSet: Sendable {
    /// In priority order (the order a regex alternation would try them), grouped by first byte.
    private let literals: PackedLiterals
    /// One bit per hash of a literal's first three bytes (literals of three bytes or more).
    private let leadBits: [UInt64]
    /// For each byte, in one load: the UTF-8 length of the character it starts (low four bits,
    /// 1 for continuation bytes) and what starting with it says (high four bits): 0 no literal
    /// starts with it, 1 a literal of one or two bytes does (a candidate without the hash), 2 only
    /// longer literals do (the hash decides).
    private let firstByte: [UInt8]

    private static let leadBitCount = 1 << 16

    /// Nil when the set is empty or holds the empty string (which matches everywhere).
    init?(_ strings: [String]) {
        guard !strings.isEmpty, !strings.contains(where: \.isEmpty) else { return nil }
        let literals = strings.map { Array($0.utf8) }
        var leadBits = [UInt64](repeating: 0, count: LiteralSet.leadBitCount / 64)
        var firstByte = [UInt8](repeating: 0, count: 256)
        for literal in literals {
            if literal.count < 3 {
                firstByte[Int(literal[0])] = 1
            } else {
                if firstByte[Int(literal[0])] == 0 { firstByte[Int(literal[0])] = 2 }
                let bit = LiteralSet.leadHash(literal[0], literal[1], literal[2])
                leadBits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        self.literals = PackedLiterals(literals) { $0[0] }
        self.leadBits = leadBits
        self.firstByte = firstByte.indices.map { byte in
            let width: UInt8 = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            return firstByte[byte] << 4 | width
        }
    }

    @inline(__always)
    private static func leadHash(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        let key = UInt32(b0) << 16 | UInt32(b1) << 8 | UInt32(b2)
        return Int((key &* 0x9E37_79B1) >> 16)
    }

    var strings: [String] {
        let starts = literals.starts
        return starts.indices.dropLast().map { String(decoding: literals.bytes[starts[$0]..<starts[$0 + 1]], as: UTF8.self) }
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
        return literals.bytes.withUnsafeBufferPointer { bytes in
            literals.starts.withUnsafeBufferPointer { starts in
                literals.members.withUnsafeBufferPointer { byFirstByte in
                    literals.groupStarts.withUnsafeBufferPointer { groupStarts in
                        leadBits.withUnsafeBufferPointer { leadBits in
                            firstByte.withUnsafeBufferPointer { firstByte -> Range<Int>? in
                                var next = 0
                                while next < count {
                                    let i = next
                                    let b0 = text[i]
                                    // Literals start on a character: step from one to the next.
                                    let entry = firstByte[Int(b0)]
                                    next += Int(entry & 0x0F)
                                    switch entry >> 4 {
                                    case 0: continue
                                    case 1: break
                                    default:
                                        guard i + 2 < count else { continue }
                                        let bit = LiteralSet.leadHash(b0, text[i + 1], text[i + 2])
                                        guard leadBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                                    }
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
    private let literals: PackedLiterals
    private let atEnd: Bool

    /// Nil when the set is empty or holds the empty string (every text starts and ends with it).
    init?(_ strings: [String], atEnd: Bool) {
        guard !strings.isEmpty, !strings.contains(where: \.isEmpty) else { return nil }
        literals = PackedLiterals(strings.map { Array($0.utf8) }) { atEnd ? $0[$0.count - 1] : $0[0] }
        self.atEnd = atEnd
    }

    func matches(_ text: String) -> Bool {
        text.withUTF8Bytes { text in
            guard let edge = atEnd ? text.last : text.first else { return false }
            let (bytes, starts) = (literals.bytes, literals.starts)
            for slot in literals.groupStarts[Int(edge)]..<literals.groupStarts[Int(edge) + 1] {
                let literal = literals.members[slot]
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

/// Literals stored one after another, so that matching retains no array per literal, with their
/// indices grouped by one byte of each (the first, or the last for suffixes): the literals of
/// byte `b` are `members[groupStarts[b]..<groupStarts[b + 1]]`, in the order they were given.
/// Literal `k` is `bytes[starts[k]..<starts[k + 1]]`.
struct PackedLiterals: Sendable {
    let bytes: [UInt8]
    let starts: [Int]
    let members: [Int]
    let groupStarts: [Int]

    /// `literals` are not empty.
    init(_ literals: [[UInt8]], groupedBy key: ([UInt8]) -> UInt8) {
        var groups = [[Int]](repeating: [], count: 256)
        for (index, literal) in literals.enumerated() { groups[Int(key(literal))].append(index) }
        bytes = literals.flatMap { $0 }
        starts = literals.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        members = groups.flatMap { $0 }
        groupStarts = groups.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    }
}
