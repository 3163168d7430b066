import Foundation
import LintModel
import Testing
@testable import TableReader

@Suite("Locations point at the text in the original file")
struct LocationTests {
    /// For every indicator name and value of every fixture, the text at the reported span (with
    /// the PDF's line breaks taken out) is the text the reader read.
    @Test(arguments: Fixtures.names)
    func everySpanHoldsItsText(_ name: String) {
        let document = Fixtures.document(name)
        let source = document.source
        for value in document.values {
            #expect(Fixtures.joinedText(source, value.span) == value.text)
            for quantity in value.quantities {
                #expect(value.span.contains(quantity.span))
                #expect(value.text.contains(Fixtures.joinedText(source, quantity.span)))
            }
            for (quantity, next) in zip(value.quantities, value.quantities.dropFirst()) {
                #expect(quantity.span.end <= next.span.start, "quantities of 「\(value.text)」 out of order")
            }
        }
        for indicator in document.indicators {
            #expect(Fixtures.joinedText(source, indicator.name.span) == indicator.name.value)
            if let level = indicator.level1 { #expect(Fixtures.joinedText(source, level.span).hasSuffix(level.name)) }
            if let seq = indicator.seq { #expect(Fixtures.joinedText(source, seq.span).hasPrefix(String(seq.value))) }
        }
        for project in document.projects {
            #expect(Fixtures.joinedText(source, project.name.span) == project.name.value)
            if let goal = project.goal { #expect(Fixtures.joinedText(source, goal.span) == goal.value) }
        }
    }

    /// Each quantity of a value of several, the first (held inline in the value) and the others
    /// (held apart), spans its own text in the file.
    @Test(arguments: [
        ("panyu-2023-hrss.txt", "2场,50人", ["2场", "50人"]),
        ("panyu-2023-hrss.txt", "1000宗；500家企业", ["1000宗", "500家企业"]),
        ("huangpu-2022-hrss.txt", "完成人事档案业务档案672箱，资助资料27.1米，劳务派遣资料1250卷等数",
         ["完成人事档案业务档案672箱", "资助资料27.1米", "劳务派遣资料1250卷等数"]),
        ("guangzhou-city-2026-hrss.txt", "开展调研不少于5次，外出交流调研不少于20人", ["开展调研不少于5次", "外出交流调研不少于20人"]),
    ])
    func everyQuantityOfSeveralSpansItsText(_ name: String, _ text: String, _ parts: [String]) {
        let document = Fixtures.document(name)
        let values = document.values.filter { $0.text == text }
        #expect(!values.isEmpty)
        for value in values {
            #expect(value.kind == .quantities)
            #expect(value.quantities.map { Fixtures.joinedText(document.source, $0.span) } == parts)
        }
    }

    @Test func aTabSeparatedValueHasItsLineAndColumn() {
        let document = Fixtures.document("guangzhou-city-2026-hrss.txt")
        // 市公用事业技师学院校园物业管理保安项目, 预算（成本）控制率 ≤0%, line 354.
        let indicator = document.indicators.first { $0.name.value == "预算（成本）控制率" }
        let value = indicator.flatMap { $0.annual }.map { document.values[$0] }
        #expect(value?.text == "≤0%")
        let location = value.map { document.source.location(of: $0.span) }
        #expect(location?.line == 354)
        let line = document.source.lineText(354)
        let prefix = line.unicodeScalars.prefix((location?.column ?? 1) - 1)
        #expect(String(String.UnicodeScalarView(prefix)).hasSuffix("年度指标值:"))
        #expect(location.map { $0.endColumn - $0.column } == 3)
    }

    @Test func aWrappedPDFValueStartsAndEndsOnTheRightLines() {
        let document = Fixtures.document("conghua-2025-hrss-pdf.txt")
        // `实施周期指标值:≥\n95%` (本年度网络舆情处置率), lines 32–33.
        let indicator = document.indicators.first { $0.name.value == "本年度网络舆情处置率" }
        let value = indicator.flatMap { $0.period }.map { document.values[$0] }
        #expect(value?.text == "≥95%")
        let location = value.map { document.source.location(of: $0.span) }
        #expect(location?.line == 32)
        #expect(location?.endLine == 33)
        #expect(location?.endColumn == 4)
        // The indicator whose label is wrapped as `实\n施周期指标值` starts on line 27.
        let first = document.indicators.first { $0.name.value == "劳动保障监察举报投诉案件结案率" }
        #expect(first.map { document.source.location(of: $0.span).line } == 27)
        #expect(first.flatMap { $0.period }.map { document.values[$0].text } == "≥98%")
    }
}
