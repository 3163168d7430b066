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
