import Testing
@testable import LintModel

/// Line and column of byte offsets: columns count Unicode scalars, on lines long enough for the
/// eight-bytes-at-a-time count, across CRLF, CR and LF line ends.
@Suite struct SourceFileTests {
    static let lines = [
        "项目名称\t总计\t绩效指标",
        String(repeating: "1、产出指标；11-数量指标；培训人次：≥100人次；ab\t", count: 40),
        "",
        "x",
        "ＡＢＣ１２３ and ASCII",
    ]

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyOffsetHasTheLineAndColumnOfItsScalar(_ lineEnd: String) {
        let text = SourceFileTests.lines.joined(separator: lineEnd)
        let source = SourceFile(path: "t.txt", string: text)
        var offset = 0
        for (lineIndex, line) in SourceFileTests.lines.enumerated() {
            var column = 1
            for scalar in line.unicodeScalars {
                // A byte inside a scalar counts the scalar as begun.
                for byte in 0..<String(scalar).utf8.count {
                    let position = source.position(of: offset + byte)
                    #expect(position.line == lineIndex + 1 && position.column == column + (byte == 0 ? 0 : 1),
                            "offset \(offset + byte) of line \(lineIndex + 1)")
                }
                offset += String(scalar).utf8.count
                column += 1
            }
            #expect(source.position(of: offset) == (line: lineIndex + 1, column: column))
            offset += lineEnd.utf8.count
        }
    }
}

/// A span's end on its start's line is counted on from the start: it must agree with the end's
/// position counted from the start of the line, for spans inside, across and at the ends of lines.
@Suite struct SourceFileLocationTests {
    @Test(arguments: ["\n", "\r\n"])
    func endColumnsCountedFromTheStartAgreeWithPositions(_ lineEnd: String) {
        let text = SourceFileTests.lines.joined(separator: lineEnd) + lineEnd
        let source = SourceFile(path: "t.txt", string: text)
        let count = text.utf8.count
        for start in stride(from: 0, to: count, by: 7) {
            for end in [start, start + 1, start + 3, start + 40, start + 3000, count, count + 5] where end >= start {
                let location = source.location(of: ByteSpan(start: start, end: end))
                // A span ending on a line break ends before it (a span past the end is only clamped).
                var endOffset = end
                let bytes = Array(text.utf8)
                while endOffset > start, endOffset <= count, bytes[endOffset - 1] == 0x0A || bytes[endOffset - 1] == 0x0D {
                    endOffset -= 1
                }
                let expected = source.position(of: endOffset)
                #expect(location.endLine == expected.line && location.endColumn == expected.column, "span \(start)..<\(end)")
                #expect(location.line == source.position(of: start).line && location.column == source.position(of: start).column)
            }
        }
    }

    @Test func normalisationFoldsFullWidthFormsAndTheIdeographicSpaceOnly() {
        #expect(TextWidth.normalized("≥95％") == "≥95%")
        #expect(TextWidth.normalized("ＡＢＣ１２３　x～") == "ABC123 x~")
        #expect(TextWidth.normalized("满意度（％）不低于９０") == "满意度(%)不低于90")
        // Neighbours of the folded ranges stay: U+FF00, U+FF5F, U+3001, and text without them is itself.
        #expect(TextWidth.normalized("\u{FF00}\u{FF5F}、。") == "\u{FF00}\u{FF5F}、。")
        #expect(TextWidth.normalized("服务对象满意度") == "服务对象满意度")
    }
}

/// Strings copied from valid UTF-8 without a second check are the strings decoding gives, for
/// every range: one on scalar boundaries is copied, one that cuts a scalar is decoded with repairs.
@Suite struct ValidUTF8CopyTests {
    @Test func everyRangeGivesTheDecodedString() {
        let bytes = Array("绩效目标：≥95%, ＡＢ 𠀀 and ASCII".utf8)
        var wrong: [Range<Int>] = []
        for lower in 0...bytes.count {
            for upper in lower...bytes.count {
                let copied = String(copyingValidUTF8: bytes, lower..<upper)
                if !copied.utf8.elementsEqual(String(decoding: bytes[lower..<upper], as: UTF8.self).utf8)
                    || String(validating: Array(copied.utf8), as: UTF8.self) == nil {
                    wrong.append(lower..<upper)
                }
            }
        }
        #expect(wrong.isEmpty)
    }

    @Test func onlyDecodedOrStringBuiltSourcesAreKnownValid() {
        #expect(SourceFile(path: "t", string: "项目名称").isKnownValidUTF8)
        // Bytes nobody has checked are decoded with repairs where they are read.
        let unchecked = SourceFile(path: "t", text: [0xE9, 0xA1, 0xB9, 0xFF, 0x41])
        #expect(!unchecked.isKnownValidUTF8)
        #expect(unchecked.string(in: ByteSpan(start: 0, end: 5)) == "项\u{FFFD}A")
    }
}
