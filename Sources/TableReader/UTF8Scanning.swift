import Foundation

/// Byte-level helpers: the reader scans UTF-8 and decodes a scalar only where a byte is ≥ 0x80.
enum UTF8Scanning {
    /// The scalar at `index` and its length in bytes (U+FFFD, 1 for a stray byte).
    @inline(__always)
    static func scalar(in bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int) {
        scalar(in: bytes, at: index, end: bytes.count)
    }

    /// The scalar at `index` as if the bytes ended at `end` (a cell within the source).
    @inline(__always)
    static func scalar(in bytes: [UInt8], at index: Int, end count: Int) -> (value: UInt32, length: Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (UInt32(byte), 1) }
        if byte >= 0xF0, index + 3 < count {
            let value = UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            return (value, 4)
        }
        if byte >= 0xE0, index + 2 < count {
            let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (value, 3)
        }
        if byte >= 0xC0, index + 1 < count {
            return (UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }

    /// The start of the scalar that ends just before `index`.
    @inline(__always)
    static func previousStart(in bytes: [UInt8], before index: Int) -> Int {
        previousStart(in: bytes, before: index, floor: 0)
    }

    /// The start of the scalar that ends just before `index`, as if the bytes began at `floor`.
    @inline(__always)
    static func previousStart(in bytes: [UInt8], before index: Int, floor: Int) -> Int {
        var position = index - 1
        while position > floor, bytes[position] & 0xC0 == 0x80 { position -= 1 }
        return max(floor, position)
    }

    /// The first position in `range` holding `first`, `second` or `third` (else the range's end).
    /// Eight bytes at a time: cells and lines are long and these bytes are rare in them.
    static func firstIndex(of first: UInt8, _ second: UInt8, _ third: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let upper = min(range.upperBound, buffer.count)
            var index = max(0, range.lowerBound)
            guard let base = buffer.baseAddress, index < upper else { return upper }
            let raw = UnsafeRawPointer(base)
            while index + 8 <= upper {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if hasByte(word, first) || hasByte(word, second) || hasByte(word, third) { break }
                index += 8
            }
            while index < upper {
                let byte = buffer[index]
                if byte == first || byte == second || byte == third { return index }
                index += 1
            }
            return upper
        }
    }

    /// The first position of `byte` in `bytes[from..<to]`, else `to`. libc's `memchr` looks at a
    /// vector register of bytes at a time: for the bytes that end cells and lines, which are far
    /// apart, it costs a fraction of a byte loop.
    static func next(_ byte: UInt8, in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        guard start < end else { return end }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return end }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// The first position of `byte` in `buffer` at or after `start`, else the buffer's count: for a
    /// scan that keeps the buffer open while it looks for several bytes in turn.
    @inline(__always)
    static func next(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < buffer.count, let base = buffer.baseAddress,
              let found = memchr(base + start, Int32(byte), buffer.count - start) else { return buffer.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Whether any of the eight bytes of `word` is `byte` (a zero byte after the XOR; exact).
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let masked = word ^ (ones &* UInt64(byte))
        return (masked &- ones) & ~masked & (ones << 7) != 0
    }

    /// Whether `literal` occurs at `index`. Eight bytes at a time: the literals are level names
    /// and labels of four to seven CJK scalars, which mostly share their first bytes.
    @inline(__always)
    static func hasPrefix(_ bytes: [UInt8], _ literal: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= bytes.count else { return false }
        return bytes.withUnsafeBytes { text in
            literal.withUnsafeBytes { word in
                var offset = 0
                while offset + 8 <= word.count {
                    guard text.loadUnaligned(fromByteOffset: index + offset, as: UInt64.self)
                        == word.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
                    offset += 8
                }
                // A literal of eight bytes or more ends with the word of its last eight bytes, which
                // overlaps bytes already compared; a shorter one is compared byte by byte.
                if offset < word.count, word.count >= 8 {
                    let last = word.count - 8
                    return text.loadUnaligned(fromByteOffset: index + last, as: UInt64.self)
                        == word.loadUnaligned(fromByteOffset: last, as: UInt64.self)
                }
                while offset < word.count {
                    if text[index + offset] != word[offset] { return false }
                    offset += 1
                }
                return true
            }
        }
    }

    /// The first position at or after `from` (and before `to`) where `literal` starts.
    static func find(_ literal: [UInt8], in bytes: [UInt8], from: Int = 0, to: Int? = nil) -> Int? {
        let end = (to ?? bytes.count) - literal.count
        guard let last = literal.last, from <= end else { return nil }
        // From one occurrence of the last byte to the next, found with memchr. The last byte of a
        // CJK word is a continuation byte, any one of which is rarer in Chinese text than the
        // usual lead bytes (E4–E9), where a search for the first byte stopped every few scalars.
        let offset = literal.count - 1
        var index = next(last, in: bytes, from: from + offset, to: end + offset + 1)
        while index <= end + offset {
            if hasPrefix(bytes, literal, at: index - offset) { return index - offset }
            index = next(last, in: bytes, from: index + 1, to: end + offset + 1)
        }
        return nil
    }

    /// The number of scalars in `range` when it holds only ASCII and three-byte scalars led by
    /// E1–EC or EE–EF (CJK and full-width forms, always well-formed); nil for anything else, where
    /// the caller decodes a `String` and counts what it holds after repair.
    static func plainScalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        var count = 0
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte >= 0xE1, byte != 0xED, byte <= 0xEF, index + 2 < range.upperBound,
                      bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                index += 3
            } else {
                return nil
            }
            count += 1
        }
        return count
    }

    /// Separators between the fields of an indicator: `；;：:，,。` and whitespace.
    @inline(__always)
    static func isSeparator(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3B, 0x3A, 0x2C, 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0xFF1B, 0xFF1A, 0xFF0C, 0x3002: true
        default: false
        }
    }

    @inline(__always)
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x09 || scalar == 0x0A || scalar == 0x0D || scalar == 0xA0 || scalar == 0x3000
    }

    /// ASCII or full-width digit value.
    @inline(__always)
    static func digit(_ scalar: UInt32) -> Int? {
        if scalar >= 0x30, scalar <= 0x39 { return Int(scalar - 0x30) }
        if scalar >= 0xFF10, scalar <= 0xFF19 { return Int(scalar - 0xFF10) }
        return nil
    }

    @inline(__always)
    static func isCJK(_ scalar: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar) || (0x20000...0x2FFFF).contains(scalar)
    }

    /// Trims `range` of separators (and `.`) at both ends.
    ///
    /// An ASCII byte at either end is told as it is, without a decoding and, at the end, a walk
    /// back to its start: most fields end with one (`%`, `)`, a digit) or with an ideograph, and
    /// the parser trims five ranges an indicator.
    static func trimSeparators(_ bytes: [UInt8], _ range: Range<Int>, alsoPeriod: Bool = true) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let byte = bytes[start]
            if byte < 0x80 {
                guard isSeparator(UInt32(byte)) || (alsoPeriod && byte == 0x2E) else { break }
                start += 1
                continue
            }
            // A scalar led by E4–EE (CJK ideographs and most of U+4000–U+EFFF) is no separator: the
            // usual first and last scalar of a name or a value, told without decoding it.
            if isIdeographLead(byte), start + 2 < bytes.count { break }
            let (value, length) = scalar(in: bytes, at: start)
            guard isSeparator(value) || (alsoPeriod && value == 0x2E) else { break }
            start += length
        }
        while end > start {
            let last = bytes[end - 1]
            if last < 0x80 {
                guard isSeparator(UInt32(last)) || (alsoPeriod && last == 0x2E && isLonePeriod(bytes, at: end - 1, from: start, end: end))
                else { break }
                end -= 1
                continue
            }
            if end - 3 >= start, isIdeographLead(bytes[end - 3]), bytes[end - 2] & 0xC0 == 0x80, last & 0xC0 == 0x80 {
                break
            }
            // `；` `：` `，` (EF BC 9B, 9A, 8C), which end most fields and values: taken off undecoded.
            if end - 3 >= start, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, last == 0x9B || last == 0x9A || last == 0x8C {
                end -= 3
                continue
            }
            let previous = previousStart(in: bytes, before: end)
            let value = scalar(in: bytes, at: previous).value
            guard isSeparator(value) || (alsoPeriod && value == 0x2E && isLonePeriod(bytes, at: previous, from: start, end: end))
            else { break }
            end = previous
        }
        return start..<end
    }

    /// Whether the `.` at `index`, which ends a range trimmed from `start` to `end`, is a lone one,
    /// which ends a sentence, rather than part of an ellipsis (`...`), which is part of the text.
    @inline(__always)
    private static func isLonePeriod(_ bytes: [UInt8], at index: Int, from start: Int, end: Int) -> Bool {
        !(index > start && bytes[index - 1] == 0x2E) && !(end < bytes.count && bytes[end] == 0x2E)
    }

    /// Whether `byte` leads a three-byte scalar of U+4000–U+EFFF, where no separator, space, digit
    /// or ASCII-folding form lies.
    @inline(__always)
    static func isIdeographLead(_ byte: UInt8) -> Bool {
        byte >= 0xE4 && byte <= 0xEE
    }

    /// Trims whitespace only.
    static func trimWhitespace(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        trimWhitespace(bytes, range, within: 0..<bytes.count)
    }

    /// Trims whitespace, decoding as if `bytes` held only `window` (a cell not yet copied out of
    /// the source trims exactly as its copy would).
    static func trimWhitespace(_ bytes: [UInt8], _ range: Range<Int>, within window: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let (value, length) = scalar(in: bytes, at: start, end: window.upperBound)
            guard isWhitespace(value) else { break }
            start += length
        }
        while end > start {
            let previous = previousStart(in: bytes, before: end, floor: window.lowerBound)
            guard isWhitespace(scalar(in: bytes, at: previous, end: window.upperBound).value) else { break }
            end = previous
        }
        return start..<end
    }
}

/// A literal of eight bytes or more with its first and last eight bytes read as words, so that a
/// place in a text is compared with it a word at a time: one of 16 bytes or fewer is told by the
/// two words alone.
struct WordLiteral {
    let bytes: [UInt8]
    let head: UInt64
    let tail: UInt64

    init(_ bytes: [UInt8]) {
        precondition(bytes.count >= 8, "a word literal is eight bytes or more")
        self.bytes = bytes
        head = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        tail = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self) }
    }

    /// Whether the literal is written at `index` in `text`, where its first eight bytes (`head`)
    /// are known to be: one of 16 bytes or fewer (most) is then told by its last eight.
    func isWritten(in text: [UInt8], at index: Int) -> Bool {
        guard index + bytes.count <= text.count else { return false }
        guard bytes.count <= 16 else { return UTF8Scanning.hasPrefix(text, bytes, at: index) }
        return text.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index + bytes.count - 8, as: UInt64.self) } == tail
    }
}
