import Foundation

/// Text made only of ASCII, CJK ideographs and CJK or full-width punctuation: what table cells
/// hold. Such text has no combining marks, joiners or compatibility ideographs and is already in
/// NFC, so Swift's `==` (canonical equivalence) and Foundation's `contains` (canonical, cluster by
/// cluster) come down to comparing bytes there. These helpers do that, and fall back to the
/// `String` operation for any other text.
enum PlainText {
    /// Whether a scalar is one of those: all of them but ASCII are three bytes in UTF-8.
    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0x00..<0x80, 0x2010...0x2027, 0x3001...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D: true
        default: false
        }
    }

    /// Whether well-formed UTF-8 `bytes` hold plain scalars only.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            guard byte & 0xF0 == 0xE0, index + 2 < bytes.count,
                  bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return false }
            let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            guard isPlain(value) else { return false }
            index += 3
        }
        return true
    }

    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isPlain($0) }
    }

    /// `text == other`.
    static func equals(_ text: String, _ other: String) -> Bool {
        var text = text
        return text.withUTF8 { equals($0, other) } ?? (text == other)
    }

    /// `text == other` for a text still in `bytes[range]` (decoded only when bytes cannot tell).
    static func equals(_ bytes: [UInt8], _ range: Range<Int>, _ other: String) -> Bool {
        bytes.withUnsafeBufferPointer { equals(UnsafeBufferPointer(rebasing: $0[range]), other) }
            ?? (String(decoding: bytes[range], as: UTF8.self) == other)
    }

    /// A text that many others are compared with (a header's first cell, with every row's first
    /// cell): its bytes, whether it is plain and how many scalars it has, taken once.
    struct Literal {
        let text: String
        let bytes: [UInt8]
        let isPlain: Bool
        let scalarCount: Int

        init(_ text: String) {
            self.text = text
            bytes = Array(text.utf8)
            isPlain = bytes.withUnsafeBufferPointer { PlainText.isPlain($0) }
            scalarCount = bytes.withUnsafeBufferPointer { PlainText.scalarCount($0) }
        }
    }

    /// `text == literal.text` for a text still in `bytes[range]` (decoded only when bytes cannot tell).
    static func equals(_ bytes: [UInt8], _ range: Range<Int>, _ literal: Literal) -> Bool {
        let answer = bytes.withUnsafeBufferPointer { buffer in
            literal.bytes.withUnsafeBufferPointer { other in
                equals(UnsafeBufferPointer(rebasing: buffer[range]), other,
                       otherIsPlain: literal.isPlain, otherScalarCount: literal.scalarCount)
            }
        }
        return answer ?? (String(decoding: bytes[range], as: UTF8.self) == literal.text)
    }

    private static func equals(_ text: UnsafeBufferPointer<UInt8>, _ other: String) -> Bool? {
        ByteHash.withBytes(of: other) { otherBytes in
            equals(text, otherBytes, otherIsPlain: isPlain(otherBytes), otherScalarCount: scalarCount(otherBytes))
        }
    }

    /// The answer of `==` when the bytes give it, else nil. Text canonically equal to plain `other`
    /// decomposes to `other`'s scalars, and no scalar takes more than four bytes: longer text
    /// differs without being looked at.
    private static func equals(_ text: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>,
                               otherIsPlain: @autoclosure () -> Bool, otherScalarCount: @autoclosure () -> Int) -> Bool? {
        if ByteHash.sameBytes(text, other) { return true }
        guard otherIsPlain() else { return nil }
        if text.count > 4 * otherScalarCount() { return false }
        return isPlain(text) ? false : nil
    }

    /// The number of scalars in well-formed UTF-8: its bytes that are not continuation bytes.
    /// Counted on the bytes: a row's first cell is compared with the header's for every row, and
    /// counting through `unicodeScalars` cost more than the rest of the comparison.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// `range` of plain text without Foundation's `.whitespaces` around it: in plain text those
    /// are the space and the tab only.
    static func trimmingWhitespaces(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    /// Foundation's `text.contains(word)`.
    static func contains(_ text: String, _ word: String) -> Bool {
        guard isPlain(text), isPlain(word) else { return text.contains(word) }
        return UTF8Scanning.find(Array(word.utf8), in: Array(text.utf8)) != nil
    }

    /// `text.hasSuffix(word)`.
    static func hasSuffix(_ text: String, _ word: String) -> Bool {
        guard isPlain(text), isPlain(word) else { return text.hasSuffix(word) }
        return text.utf8.count >= word.utf8.count && text.utf8.reversed().starts(with: word.utf8.reversed())
    }
}
