import Foundation

/// A regex compiled once when the pack loads, with the cheaper tests that decide most texts
/// without running it.
///
/// `NSRegularExpression` is not `Sendable`, but an instance is immutable after creation and safe
/// to match from several threads (documented by Foundation), so this wrapper is `@unchecked Sendable`.
final class CompiledPattern: @unchecked Sendable {
    let pattern: String
    let flags: String
    let regex: NSRegularExpression
    /// Set when the pattern is a finite set of literals: it decides every text on its own.
    let literals: LiteralSet?
    /// A literal every match contains: a text without it cannot match.
    let prefilter: LiteralSet?
    /// Set when the pattern is one character class (`[0-9０-９]`): it decides every text on its own.
    let scalarClass: ScalarClass?

    init(pattern: String, flags: String) throws {
        self.pattern = pattern
        self.flags = flags
        var options: NSRegularExpression.Options = []
        if flags.contains("i") { options.insert(.caseInsensitive) }
        regex = try NSRegularExpression(pattern: pattern, options: options)
        let caseMatters = flags.contains("i")
        if let expansion = RegexAnalysis.literalExpansion(pattern),
           !caseMatters || !expansion.contains(where: { $0.unicodeScalars.contains { $0.properties.isAlphabetic && $0.isASCII } }) {
            literals = LiteralSet(expansion)
        } else {
            literals = nil
        }
        scalarClass = caseMatters ? nil : RegexAnalysis.scalarClass(pattern).map(ScalarClass.init)
        if literals == nil, !caseMatters, let required = RegexAnalysis.requiredLiteral(pattern) {
            prefilter = LiteralSet([required])
        } else {
            prefilter = nil
        }
    }

    /// The first match as a UTF-8 byte range of `text`.
    func firstMatch(in text: String) -> Range<Int>? {
        if let literals { return literals.firstMatch(in: text) }
        if let scalarClass { return scalarClass.firstMatch(in: text) }
        if let prefilter, !prefilter.matches(text) { return nil }
        return regexMatch(in: text)
    }

    /// Always runs the regex (tests compare it with the fast paths).
    func regexMatch(in text: String) -> Range<Int>? {
        let ns = text as NSString
        let found = regex.rangeOfFirstMatch(in: text, options: [], range: NSRange(location: 0, length: ns.length))
        guard found.location != NSNotFound else { return nil }
        return utf8Range(of: found, in: text)
    }

    /// Capture group `group` of the first match (group 0 is the whole match).
    func group(_ group: Int, in text: String) -> String? {
        let ns = text as NSString
        guard let match = regex.firstMatch(in: text, options: [], range: NSRange(location: 0, length: ns.length)),
              group <= match.numberOfRanges - 1 else { return nil }
        let range = match.range(at: group)
        guard range.location != NSNotFound else { return nil }
        return ns.substring(with: range)
    }

    private func utf8Range(of range: NSRange, in text: String) -> Range<Int>? {
        guard let r = Range(range, in: text) else { return nil }
        let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
        let length = text.utf8.distance(from: r.lowerBound, to: r.upperBound)
        return start..<(start + length)
    }
}

/// The scalars of a one-class regex (`[0-9０-９]`) as ranges of scalar values, tested on the UTF-8
/// bytes of a text as they are decoded: no `Unicode.Scalar` view and no closure per scalar.
struct ScalarClass: Sendable {
    private let lower: [UInt32]
    private let upper: [UInt32]

    init(_ ranges: [ClosedRange<Unicode.Scalar>]) {
        lower = ranges.map(\.lowerBound.value)
        upper = ranges.map(\.upperBound.value)
    }

    /// The UTF-8 byte range of the first scalar in the class (`text` is valid UTF-8).
    func firstMatch(in text: String) -> Range<Int>? {
        text.withUTF8Bytes { bytes in
            lower.withUnsafeBufferPointer { lower in
                upper.withUnsafeBufferPointer { upper -> Range<Int>? in
                    var i = 0
                    while i < bytes.count {
                        let b0 = UInt32(bytes[i])
                        var value = b0
                        var width = 1
                        if b0 >= 0xF0, i + 3 < bytes.count {
                            value = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                                | (UInt32(bytes[i + 3]) & 0x3F)
                            width = 4
                        } else if b0 >= 0xE0, i + 2 < bytes.count {
                            value = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
                            width = 3
                        } else if b0 >= 0xC0, i + 1 < bytes.count {
                            value = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
                            width = 2
                        }
                        for k in 0..<lower.count where lower[k] <= value && value <= upper[k] { return i..<(i + width) }
                        i += width
                    }
                    return nil
                }
            }
        }
    }
}
