import Foundation
import LintModel
import Testing
@testable import TableReader

/// What a parse must keep the same whatever the encoding and line ends: every entity's text and
/// its line and column.
func parseSignature(_ document: Document) -> [String] {
    let source = document.source
    func at(_ span: ByteSpan) -> String {
        let location = source.location(of: span)
        return "\(location.line):\(location.column)-\(location.endLine):\(location.endColumn)"
    }
    var lines = ["layout \(document.layout.rawValue) \(document.department?.value ?? "-") \(document.year ?? 0)"]
    for unit in document.units { lines.append("unit \(unit.name.value) \(unit.amounts.total?.value ?? -1) \(at(unit.name.span))") }
    for project in document.projects {
        lines.append("project \(project.name.value) \(project.amounts.total?.value ?? -1) \(at(project.name.span)) goal \(project.goal?.value.count ?? -1)")
    }
    for indicator in document.indicators {
        lines.append("indicator \(indicator.seq?.value ?? -1) \(indicator.level1?.name ?? "-") \(indicator.level2?.name ?? "-") \(indicator.name.value) \(at(indicator.span))")
    }
    for value in document.values {
        lines.append("value \(value.which.rawValue) \(value.text) \(value.kind.rawValue) \(value.op?.rawValue ?? "-") \(value.number ?? -1) \(value.unit ?? "-") \(at(value.span))")
    }
    for diagnostic in document.diagnostics { lines.append("diagnostic \(diagnostic.ruleId) \(diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-")") }
    return lines
}

enum Variant: String, CaseIterable, Sendable {
    case utf8BOM, utf16LE, utf16BE, gb18030, crlf, cr

    func encode(_ text: String) -> [UInt8] {
        switch self {
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LE: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .utf16BE: return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case .gb18030: return [UInt8](text.data(using: SourceDecoder.gb18030) ?? Data())
        case .crlf: return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case .cr: return Array(text.replacingOccurrences(of: "\n", with: "\r").utf8)
        }
    }
}

struct VariantCase: Sendable, CustomStringConvertible {
    var file: String
    var variant: Variant
    var description: String { "\(file) as \(variant.rawValue)" }
}

@Suite("Encodings and line ends")
struct EncodingVariantTests {
    static let cases = Fixtures.names.flatMap { file in Variant.allCases.map { VariantCase(file: file, variant: $0) } }

    @Test(arguments: cases)
    func variantsParseIdentically(_ testCase: VariantCase) {
        let original = String(decoding: Fixtures.bytes(testCase.file), as: UTF8.self)
        let reference = parseSignature(TableReader.read(bytes: Array(original.utf8), path: testCase.file))
        let bytes = testCase.variant.encode(original)
        #expect(!bytes.isEmpty)
        let document = TableReader.read(bytes: bytes, path: testCase.file)
        let signature = parseSignature(document)
        #expect(signature.count == reference.count)
        let firstDifference = zip(signature, reference).first { $0 != $1 }
        #expect(firstDifference == nil, "\(String(describing: firstDifference))")
        // Spans map back to the original bytes: a one-line value decodes to its text.
        if let value = document.values.first(where: { document.source.location(of: $0.span).line == document.source.location(of: $0.span).endLine }) {
            let original = document.source.originalSpan(value.span)
            let slice = Array(bytes[original.start..<original.end])
            let decoded: String? = switch testCase.variant {
            case .utf16LE: String(data: Data(slice), encoding: .utf16LittleEndian)
            case .utf16BE: String(data: Data(slice), encoding: .utf16BigEndian)
            case .gb18030: String(data: Data(slice), encoding: SourceDecoder.gb18030)
            default: String(decoding: slice, as: UTF8.self)
            }
            #expect(decoded == value.text)
        }
    }

    @Test func detectsTheEncoding() {
        let text = "项目名称\t绩效指标\n"
        #expect(SourceDecoder.decode(Variant.utf8BOM.encode(text), path: "t").encoding == .utf8BOM)
        #expect(SourceDecoder.decode(Variant.utf16LE.encode(text), path: "t").encoding == .utf16LE)
        #expect(SourceDecoder.decode(Variant.utf16BE.encode(text), path: "t").encoding == .utf16BE)
        #expect(SourceDecoder.decode(Variant.gb18030.encode(text), path: "t").encoding == .gb18030)
        #expect(SourceDecoder.decode(Array(text.utf8), path: "t").encoding == .utf8)
    }

    /// Every decoded text is valid UTF-8 and says so (its strings are then copied without a second
    /// check), except a text after a UTF-8 byte-order mark that is not valid: kept as it is, with
    /// its strings decoded with repairs.
    @Test func decodedTextsAreKnownValidUTF8() {
        let text = "项目名称\t绩效指标：满意度≥90%\n"
        for variant in Variant.allCases {
            let source = SourceDecoder.decode(variant.encode(text), path: "t")
            #expect(source.isKnownValidUTF8, "\(variant)")
            #expect(String(validating: source.text, as: UTF8.self) != nil, "\(variant)")
        }
        #expect(SourceDecoder.decode(Array(text.utf8), path: "t").isKnownValidUTF8)
        let broken: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("项目".utf8) + [0xFF] + Array("名称".utf8)
        let source = SourceDecoder.decode(broken, path: "t")
        #expect(source.encoding == .utf8BOM && !source.isKnownValidUTF8)
        #expect(source.string(in: ByteSpan(start: 0, end: source.text.count)) == "项目\u{FFFD}名称")
    }

    /// A table whose cells hold a broken byte reads the cell with a replacement character, the
    /// same whether or not the rest of the file is valid.
    @Test func cellsOfUncheckedTextAreDecodedWithRepairs() {
        let header = "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n"
        let row = "就业补助\t10\t10\t0\t0\t目标\t1、产出指标；11-数量指标；培训人次；年度指标值：≥100人次\n"
        var bytes = [0xEF, 0xBB, 0xBF] + Array((header + row).utf8)
        let nameStart = 3 + header.utf8.count
        bytes.insert(0xFF, at: nameStart + "就业".utf8.count)
        let document = TableReader.read(bytes: bytes, path: "t.txt")
        #expect(document.projects.map(\.name.value) == ["就业\u{FFFD}补助"])
        #expect(document.indicators.map(\.name.value) == ["培训人次"])
    }
}

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// The validator agrees with the standard library on valid text, on every malformed
    /// three-byte form (overlongs, surrogates, truncations) and on random bytes.
    @Test func agreesWithTheStandardLibrary() {
        var samples: [[UInt8]] = [
            Array("项目名称\t总计 ≥95% 𠀀".utf8),
            [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
            [0xEF, 0xBF, 0xBF], [0xEF, 0xBF], [0xE4, 0xB8], [0xE4, 0x41, 0x80], [0xF0, 0x80, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80], [0xC0, 0xAF], [0xFF, 0xFE, 0xFD],
        ]
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x41, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF8, 0xA0, 0x9F]
        for _ in 0..<2000 {
            samples.append((0..<Int.random(in: 1...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for bytes in samples {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(SourceDecoder.isValidUTF8(bytes) == expected, "\(bytes.map { String($0, radix: 16) })")
        }
    }

    /// Within a run of CJK text, which the validator takes several scalars a step, a malformed
    /// form is found at every place in a step, and a byte changed anywhere is judged as the
    /// standard library judges it.
    @Test func agreesWithinCJKRuns() {
        let run = Array("项目名称绩效指标年度指标值".utf8)
        let forms: [[UInt8]] = [[0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
                                [0xE4, 0x41, 0x80], [0xC2, 0x80, 0x80], [0x80, 0x80, 0x80], [0xA4, 0xB8, 0xAD]]
        var samples: [[UInt8]] = []
        for form in forms {
            for scalar in 0..<(run.count / 3) {
                var bytes = run
                bytes.replaceSubrange((scalar * 3)..<(scalar * 3 + 3), with: form)
                samples.append(bytes)
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var bytes = run + run
            bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            samples.append(bytes)
        }
        for bytes in samples {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(SourceDecoder.isValidUTF8(bytes) == expected, "\(bytes.map { String($0, radix: 16) })")
        }
    }
}
