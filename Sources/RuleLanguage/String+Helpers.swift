/// Small text helpers, kept free of Foundation so that this module's hot paths do not bridge strings.
extension String {
    /// The text's UTF-8 bytes, read in place: unlike `withUTF8`, no mutable copy of the string
    /// (and no retain and release of its storage) for every comparison of the evaluator.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }

    /// Without leading and trailing spaces, tabs and line breaks (ASCII and ideographic).
    /// Works on UTF-8 bytes and returns the text itself when there is nothing to trim (`norm`
    /// runs on every value of some rules).
    func trimmingBlanks() -> String {
        withUTF8Bytes { bytes -> String in
            /// The length of the blank that starts at `i` (0 when none): ASCII blanks or U+3000 (E3 80 80).
            func blank(at i: Int) -> Int {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: return 1
                case 0xE3 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80: return 3
                default: return 0
                }
            }
            var start = 0
            while start < bytes.count, case let n = blank(at: start), n > 0 { start += n }
            var end = bytes.count
            while end > start {
                let last = bytes[end - 1]
                if last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D {
                    end -= 1
                } else if end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 {
                    end -= 3
                } else {
                    break
                }
            }
            if start == 0, end == bytes.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
