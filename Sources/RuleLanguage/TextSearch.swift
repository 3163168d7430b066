import Foundation
import LintModel

/// Byte-level text comparisons for the evaluator: texts are compared as written (UTF-8), which
/// is what rules on Chinese tables need and much faster than grapheme-aware `String` operations.
enum TextSearch {
    static func bytesEqual(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8Bytes { left in
            b.withUTF8Bytes { right in
                left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
    }

    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        affix(text, prefix, atEnd: false)
    }

    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        affix(text, suffix, atEnd: true)
    }

    private static func affix(_ text: String, _ affix: String, atEnd: Bool) -> Bool {
        let count = affix.utf8.count
        guard count <= text.utf8.count else { return false }
        guard count > 0 else { return true }
        return text.withUTF8Bytes { whole in
            affix.withUTF8Bytes { part in
                memcmp(whole.baseAddress! + (atEnd ? whole.count - count : 0), part.baseAddress!, count) == 0
            }
        }
    }

    /// The number of Unicode scalars: the UTF-8 bytes that are not continuation bytes.
    static func scalarCount(_ text: String) -> Int {
        text.withUTF8Bytes { UTF8Count.scalars(in: UnsafeRawBufferPointer($0)) }
    }

    /// The UTF-8 byte range of the first occurrence of `needle` in `text`.
    static func firstRange(of needle: String, in text: String) -> Range<Int>? {
        return text.withUTF8Bytes { haystack in
            needle.withUTF8Bytes { pattern -> Range<Int>? in
                let count = pattern.count
                guard count > 0, count <= haystack.count else { return nil }
                // The first and last bytes decide most positions without a call: in Chinese text
                // the first byte alone (one of a few lead bytes) matches almost everywhere.
                let first = pattern[0]
                let final = pattern[count - 1]
                var index = 0
                let last = haystack.count - count
                while index <= last {
                    if haystack[index] == first, haystack[index + count - 1] == final,
                       memcmp(haystack.baseAddress! + index, pattern.baseAddress!, count) == 0 {
                        return index..<(index + count)
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}
