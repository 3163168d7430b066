#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text encodings the reader recognises.
public enum SourceEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
}

/// One input file: its path, its text as UTF-8 bytes, and the way back to the original bytes.
///
/// Readers scan `text` directly (`[UInt8]`, never `Character`s). Every span in the model indexes
/// `text`; ``originalOffset(_:)`` maps an offset to the byte offset in the file as it was on disk,
/// which differs only when the file carried a byte-order mark or had to be transcoded.
public struct SourceFile: Sendable {
    /// The path as the user gave it (or as found under a folder they gave), used in reports.
    public let path: String
    /// UTF-8 text, without any byte-order mark. Line ends are kept as they were (LF, CRLF or CR).
    public let text: [UInt8]
    public let encoding: SourceEncoding
    /// Byte offset of the start of each line in `text`.
    public let lineStarts: [Int]
    /// For transcoded files: the original byte offset of every UTF-8 offset (count + 1 entries).
    private let originalOffsets: [Int32]?
    /// For UTF-8 files: the number of bytes before `text` in the original (the BOM).
    private let originalBase: Int
    /// True when `text` is known to be valid UTF-8: the decoder checked it, or made it from scalars.
    /// Strings of its ranges are then copied without checking the bytes again
    /// (``Swift/String/init(copyingValidUTF8:_:)``).
    public let isKnownValidUTF8: Bool

    /// A source whose text nobody has checked: strings of it are decoded with repairs.
    public init(path: String, text: [UInt8], encoding: SourceEncoding = .utf8,
                originalBase: Int = 0, originalOffsets: [Int32]? = nil) {
        self.init(path: path, text: text, encoding: encoding, originalBase: originalBase,
                  originalOffsets: originalOffsets, isKnownValidUTF8: false)
    }

    /// `isKnownValidUTF8`: only for a text the caller has checked or built from scalars; a wrong
    /// `true` would make strings that are not valid UTF-8.
    package init(path: String, text: [UInt8], encoding: SourceEncoding = .utf8,
                 originalBase: Int = 0, originalOffsets: [Int32]? = nil, isKnownValidUTF8: Bool) {
        self.path = path
        self.text = text
        self.encoding = encoding
        self.originalBase = originalBase
        self.originalOffsets = originalOffsets
        self.isKnownValidUTF8 = isKnownValidUTF8
        self.lineStarts = SourceFile.computeLineStarts(text)
    }

    /// Builds a UTF-8 source from a Swift string (tests, rule examples).
    public init(path: String, string: String) {
        self.init(path: path, text: Array(string.utf8), isKnownValidUTF8: true)
    }

    static func computeLineStarts(_ text: [UInt8]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(text.count / 40 + 1)
        text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            // Lines are long: libc's `memchr`, which looks at a vector register of bytes at a time,
            // finds the next LF and the next CR, each looked for again once passed.
            func next(_ byte: UInt8, from index: Int) -> Int {
                guard index < count, let found = memchr(base + index, Int32(byte), count - index) else { return count }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            }
            var nextLF = next(0x0A, from: 0)
            var nextCR = next(0x0D, from: 0)
            while true {
                let lineBreak = min(nextLF, nextCR)
                guard lineBreak < count else { break }
                var start = lineBreak + 1
                if lineBreak == nextCR, start < count, buffer[start] == 0x0A { start += 1 }
                starts.append(start)
                if nextLF < start { nextLF = next(0x0A, from: start) }
                if nextCR < start { nextCR = next(0x0D, from: start) }
            }
        }
        return starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line that holds `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, text.count))
        let line = lineIndex(of: clamped)
        // Rows of a table are single lines of several kilobytes, and every finding resolves two
        // positions: count the scalars eight bytes at a time (bytes minus continuation bytes).
        let column = text.withUnsafeBytes { bytes in
            1 + UTF8Count.scalars(in: UnsafeRawBufferPointer(rebasing: bytes[lineStarts[line]..<clamped]))
        }
        return (line + 1, column)
    }

    /// The resolved location of a span. An empty span resolves to a one-point location.
    public func location(of span: ByteSpan) -> SourceLocation {
        let start = position(of: span.start)
        var endOffset = span.end
        // A span that ends on a line break ends at the end of the text before it.
        while endOffset > span.start, endOffset <= text.count,
              text[endOffset - 1] == 0x0A || text[endOffset - 1] == 0x0D {
            endOffset -= 1
        }
        // On the start's line (most spans), the end's column counts on from the start's rather
        // than again from the start of a row that may be kilobytes long.
        let from = max(0, min(span.start, text.count))
        let to = max(0, min(endOffset, text.count))
        if to >= from, lineIndex(of: to) == start.line - 1 {
            let column = start.column + text.withUnsafeBytes { UTF8Count.scalars(in: UnsafeRawBufferPointer(rebasing: $0[from..<to])) }
            return SourceLocation(line: start.line, column: start.column, endLine: start.line, endColumn: column)
        }
        let end = position(of: endOffset)
        return SourceLocation(line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
    }

    /// The byte range of a 1-based line, without its line break.
    public func lineSpan(_ line: Int) -> ByteSpan {
        let index = max(0, min(line - 1, lineStarts.count - 1))
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : text.count
        while end > start, text[end - 1] == 0x0A || text[end - 1] == 0x0D { end -= 1 }
        return ByteSpan(start: start, end: end)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String { string(in: lineSpan(line)) }

    /// The text of a span, decoded from UTF-8 (invalid bytes become U+FFFD).
    public func string(in span: ByteSpan) -> String {
        let start = max(0, min(span.start, text.count))
        let end = max(start, min(span.end, text.count))
        return isKnownValidUTF8 ? String(copyingValidUTF8: text, start..<end) : String(decoding: text[start..<end], as: UTF8.self)
    }

    /// The byte offset in the original file of an offset into `text`.
    public func originalOffset(_ offset: Int) -> Int {
        if let originalOffsets {
            return Int(originalOffsets[max(0, min(offset, originalOffsets.count - 1))])
        }
        return originalBase + offset
    }

    /// The byte range in the original file of a span of `text`.
    public func originalSpan(_ span: ByteSpan) -> ByteSpan {
        ByteSpan(start: originalOffset(span.start), end: originalOffset(span.end))
    }
}
