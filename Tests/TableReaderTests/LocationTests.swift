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
