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
        // Full-width forms are EF BC xx / EF BD xx in UTF-8 and the ideographic space E3 80 80:
        // most texts have neither lead byte, and are returned after one pass over their bytes.
        guard text.utf8.contains(where: { $0 == 0xEF || $0 == 0xE3 }) else { return text }
        var needsWork = false
        for scalar in text.unicodeScalars where (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000 {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(folded)
            } else if scalar.value == 0x3000 {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
