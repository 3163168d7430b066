import Foundation
import LintModel

/// Bytes → ``SourceFile``: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, GB18030 otherwise.
///
/// The text is kept as UTF-8 bytes; for transcoded files a table maps every UTF-8 offset back to
/// the byte offset in the original, so that locations always point into the file as it is on disk.
public enum SourceDecoder {
    /// GB18030 (kCFStringEncodingGB_18030_2000), which Foundation on Linux decodes.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ bytes: [UInt8], path: String) -> SourceFile {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            // Invalid bytes after the mark stay as they are, to be decoded with repairs where they are read.
            let text = Array(bytes[3...])
            return SourceFile(path: path, text: text, encoding: .utf8BOM, originalBase: 3, isKnownValidUTF8: isValidUTF8(text))
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return decodeUTF16(bytes, from: 2, bigEndian: false, path: path, encoding: .utf16LE)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return decodeUTF16(bytes, from: 2, bigEndian: true, path: path, encoding: .utf16BE)
        }
        if isValidUTF8(bytes) {
            return SourceFile(path: path, text: bytes, encoding: .utf8, isKnownValidUTF8: true)
        }
        if let bigEndian = looksLikeBOMlessUTF16(bytes) {
            return decodeUTF16(bytes, from: 0, bigEndian: bigEndian, path: path,
                               encoding: bigEndian ? .utf16BE : .utf16LE)
        }
        if let decoded = decodeGB18030(bytes, path: path) { return decoded }
        // Last resort: UTF-8 with replacement characters, offsets kept one to one where possible.
        return SourceFile(path: path, text: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: .utf8,
                          isKnownValidUTF8: true)
    }

    /// A strict UTF-8 validator (rejects overlongs and surrogates), fast on ASCII runs.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 { index += 1; continue }
                // Tables are mostly CJK: two three-byte scalars at a time, tested as one word (leads
                // E_, continuations 10xxxxxx), then the leads E0 and ED, which need range checks.
                // A run of them stays in this loop rather than going back to the ASCII test.
                var cursor = index
                // Four at a time while they last: two words, six bytes apart, and their four leads'
                // low nibbles gathered into one word for the E0 and ED test.
                while cursor + 14 <= count {
                    let first = raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)
                    let second = raw.loadUnaligned(fromByteOffset: cursor + 6, as: UInt64.self)
                    guard ((first & 0x0000_C0C0_F0C0_C0F0) ^ 0x0000_8080_E080_80E0)
                            | ((second & 0x0000_C0C0_F0C0_C0F0) ^ 0x0000_8080_E080_80E0) == 0,
                          !hasRangeCheckedLead(first & 0x0F00_000F | (second & 0x0F00_000F) << 8) else { break }
                    cursor += 12
                }
                while cursor + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)
                    let first = UInt8(truncatingIfNeeded: word)
                    let second = UInt8(truncatingIfNeeded: word >> 24)
                    guard word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0,
                          first != 0xE0, first != 0xED, second != 0xE0, second != 0xED else { break }
                    cursor += 6
                }
                if cursor > index {
                    index = cursor
                    continue
                }
                // Fast path for the common three-byte scalar (CJK): E1–EC, EE–EF need no range checks.
                if byte >= 0xE1, byte <= 0xEF, byte != 0xED, index + 2 < count,
                   buffer[index + 1] & 0xC0 == 0x80, buffer[index + 2] & 0xC0 == 0x80 {
                    index += 3
                    continue
                }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch byte {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
                default: return false
                }
                guard index + length <= count else { return false }
                for offset in 1..<length {
                    let next = buffer[index + offset]
                    guard next & 0xC0 == 0x80 else { return false }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return false }
                index += length
            }
            return true
        }
    }

    /// Whether a lead nibble in byte 0, 1, 3 or 4 of `nibbles` (the other bytes zero) is 0 or D: a
    /// lead E0 or ED, whose scalars need range checks. A nibble plus 7F sets its byte's high bit
    /// unless the nibble is zero, and carries into no other byte.
    @inline(__always)
    private static func hasRangeCheckedLead(_ nibbles: UInt64) -> Bool {
        let highBits: UInt64 = 0x0000_0080_8000_8080
        let notZero = nibbles &+ 0x7F7F_7F7F_7F7F_7F7F
        let notD = (nibbles ^ 0x0D0D_0D0D_0D0D_0D0D) &+ 0x7F7F_7F7F_7F7F_7F7F
        return notZero & notD & highBits != highBits
    }

    /// UTF-16 without a BOM shows as many zero bytes in one parity of positions; nil when it does not.
    static func looksLikeBOMlessUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 8, bytes.count % 2 == 0 else { return nil }
        let sample = min(bytes.count, 4096)
        var evenZeros = 0
        var oddZeros = 0
        for index in 0..<sample where bytes[index] == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        if oddZeros > sample / 8, evenZeros == 0 { return false }
        if evenZeros > sample / 8, oddZeros == 0 { return true }
        return nil
    }

    static func decodeUTF16(_ bytes: [UInt8], from start: Int, bigEndian: Bool, path: String,
                            encoding: SourceEncoding) -> SourceFile {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 3 / 2)
        var offsets: [Int32] = []
        offsets.reserveCapacity(bytes.count * 3 / 2 + 1)
        var index = start
        func unit(at position: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[position]) << 8 | UInt16(bytes[position + 1])
                : UInt16(bytes[position + 1]) << 8 | UInt16(bytes[position])
        }
        while index + 1 < bytes.count {
            let first = unit(at: index)
            var scalar = Unicode.Scalar(0xFFFD as UInt32)!
            var consumed = 2
            if (0xD800...0xDBFF).contains(first), index + 3 < bytes.count {
                let second = unit(at: index + 2)
                if (0xDC00...0xDFFF).contains(second) {
                    let value = 0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00)
                    scalar = Unicode.Scalar(value) ?? scalar
                    consumed = 4
                }
            } else if let plain = Unicode.Scalar(UInt32(first)) {
                scalar = plain
            }
            let before = text.count
            text.append(contentsOf: String(Character(scalar)).utf8)
            for _ in before..<text.count { offsets.append(Int32(index)) }
            index += consumed
        }
        offsets.append(Int32(bytes.count))
        return SourceFile(path: path, text: text, encoding: encoding, originalOffsets: offsets, isKnownValidUTF8: true)
    }

    /// GB18030: Foundation decodes; the byte structure (1, 2 or 4 bytes a character, one scalar
    /// each) gives the map back to original offsets.
    static func decodeGB18030(_ bytes: [UInt8], path: String) -> SourceFile? {
        guard let decoded = String(data: Data(bytes), encoding: gb18030) else { return nil }
        var characterStarts: [Int] = []
        characterStarts.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            characterStarts.append(index)
            let byte = bytes[index]
            if byte < 0x80 || byte == 0x80 || byte == 0xFF {
                index += 1
            } else if index + 1 < bytes.count, (0x30...0x39).contains(bytes[index + 1]) {
                index += min(4, bytes.count - index)
            } else {
                index += min(2, bytes.count - index)
            }
        }
        let scalars = Array(decoded.unicodeScalars)
        guard scalars.count == characterStarts.count else {
            // The structure did not line up; keep the text and map offsets proportionally.
            let text = Array(decoded.utf8)
            let ratio = Double(bytes.count) / Double(max(1, text.count))
            let offsets = (0...text.count).map { Int32(min(Double(bytes.count), (Double($0) * ratio).rounded())) }
            return SourceFile(path: path, text: text, encoding: .gb18030, originalOffsets: offsets, isKnownValidUTF8: true)
        }
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 3 / 2)
        var offsets: [Int32] = []
        offsets.reserveCapacity(bytes.count * 3 / 2 + 1)
        for (position, scalar) in scalars.enumerated() {
            let before = text.count
            text.append(contentsOf: String(Character(scalar)).utf8)
            for _ in before..<text.count { offsets.append(Int32(characterStarts[position])) }
        }
        offsets.append(Int32(bytes.count))
        return SourceFile(path: path, text: text, encoding: .gb18030, originalOffsets: offsets, isKnownValidUTF8: true)
    }
}
