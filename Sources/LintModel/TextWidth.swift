/// Display width and full-width normalisation of text.
public enum TextWidth {
    /// Terminal cells a scalar takes: 2 for CJK and full-width forms, 0 for combining marks, else 1.
    public static func cells(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x1100 { return (0x0300...0x036F).contains(v) ? 0 : 1 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        if (0x20D0...0x20FF).contains(v) || (0xFE20...0xFE2F).contains(v) || v == 0x200B { return 0 }
        return 1
    }

    /// Terminal cells a string takes.
    public static func cells(of text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cells(of: $1) }
    }

    /// Folds full-width ASCII forms (`：；，（）％＞＜＝`, full-width digits and letters) and the
    /// ideographic space to their half-width forms. Used for a value's meaning, never for spans.
    public static func normalized(_ text: String) -> String {
        // Full-width forms are EF BC 81 … EF BD 9E in UTF-8 and the ideographic space E3 80 80:
        // most texts have none, and are returned after one pass over their bytes in place.
        let found = text.utf8.withContiguousStorageIfAvailable { hasFoldable($0) }
            ?? text.unicodeScalars.contains { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }
        guard found else { return text }
        // Folded into UTF-8 bytes and made a string once (appending scalar by scalar grew the
        // string's storage many times per text).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value) {
                bytes.append(UInt8(scalar.value - 0xFEE0))
            } else if scalar.value == 0x3000 {
                bytes.append(0x20)
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether UTF-8 `bytes` hold a scalar `normalized` folds: U+FF01…U+FF5E or U+3000.
    private static func hasFoldable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 2 < bytes.count {
            let lead = bytes[i]
            if lead == 0xEF {
                // EF BC 81 … EF BD 9E: U+FF01 … U+FF5E.
                let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                if (b1 == 0xBC && b2 >= 0x81) || (b1 == 0xBD && b2 <= 0x9E) { return true }
            } else if lead == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                return true
            }
            i += 1
        }
        return false
    }
}
