import Foundation
import LintModel
import Testing
@testable import TableReader

@Suite("Bad input gets a diagnostic, never a crash or a silent empty result")
struct RobustnessTests {
    @Test(arguments: [
        "这是一封信，不是绩效目标表。\n请查收。\n",
        "",
        "\n\n\n",
        "a,b,c\n1,2,3\n",
        "\u{0}\u{1}\u{2}binary\u{FF}",
    ])
    func unknownLayoutIsReported(_ text: String) {
        let document = TableReader.read(bytes: Array(text.utf8), path: "letter.txt")
        #expect(document.layout == .unknown)
        #expect(document.projects.isEmpty)
        let diagnostic = document.diagnostics.first
        #expect(diagnostic?.ruleId == "parse-unknown-layout")
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.category == "parse")
        #expect(diagnostic?.message.contains("项目名称") == true)
        #expect(diagnostic?.location?.line ?? 0 >= 1)
    }

    @Test(arguments: [
        (Array("%PDF-1.7\n%\u{E2}\n1 0 obj\n".utf8), "PDF 文件本身"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xFF, 0xFE, 0x00], "Excel（.xlsx）"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x3E, 0x00], "旧版 Excel（.xls）"),
    ])
    func binaryFilesSayWhatTheyAre(_ bytes: [UInt8], says: String) {
        let document = TableReader.read(bytes: bytes, path: "submission")
        #expect(document.projects.isEmpty)
        #expect(document.diagnostics.map(\.ruleId) == ["parse-binary-file"])
        #expect(document.diagnostics.first?.severity == .error)
        #expect(document.diagnostics.first?.message.contains(says) == true)
        #expect(document.diagnostics.first?.location.map { [$0.line, $0.column] } == [1, 1])
    }

    @Test func htmlTableSourceIsReadAsItsTable() {
        let rows = Self.haizhuRows.prefix(4).map { "<tr>" + $0.map { "<td><p>\($0)</p></td>" }.joined() + "</tr>" }
        let html = "<html><body>\n<TABLE border=\"1\">\n" + rows.joined(separator: "\n") + "\n</TABLE></body></html>\n"
        let document = TableReader.read(bytes: Array(html.utf8), path: "table.html")
        let text = TableReader.read(bytes: Array(Self.haizhuRows.prefix(4).map { $0.joined(separator: "\t") }.joined(separator: "\n").utf8),
                                    path: "table.txt")
        #expect(document.layout == .projectTable)
        #expect(!document.projects.isEmpty)
        #expect(contentSignature(document) == contentSignature(text))
    }

    static var haizhuRows: [[String]] {
        String(decoding: Fixtures.bytes("haizhu-2025-hrss.txt"), as: UTF8.self).components(separatedBy: "\n")
            .filter { $0.contains("\t") }.map { $0.components(separatedBy: "\t") }
    }

    @Test func aHeaderWithoutRowsIsReported() {
        let text = "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n"
        let document = TableReader.read(bytes: Array(text.utf8), path: "empty.txt")
        #expect(document.diagnostics.map(\.ruleId) == ["parse-no-projects"])
    }

    @Test func aTableWithoutItsHeaderIsStillRead() {
        let text = String(decoding: Fixtures.bytes("haizhu-2025-hrss.txt"), as: UTF8.self)
            .components(separatedBy: "\n").filter { !$0.hasPrefix("项目名称") }.joined(separator: "\n")
        let document = TableReader.read(bytes: Array(text.utf8), path: "headless.txt")
        #expect(document.projects.count == 37)
        #expect(document.indicators.count == 135)
        #expect(document.diagnostics.map(\.ruleId) == ["parse-missing-header"])
    }

    @Test(arguments: [
        ("2024-2026年信息化运维项目", nil as String?, "2024-2026年信息化运维项目", 2024 as Int?),
        ("2023—2025年就业补助", nil, "2023—2025年就业补助", 2023),
        ("440101-2025年公费医疗", "440101", "2025年公费医疗", 2025),
    ])
    func aLeadingYearRangeStaysInTheName(written: String, code: String?, name: String, year: Int?) {
        let text = "项目名称\t总计\t绩效目标\t绩效指标\n\(written)\t10.00\t保障运行。\t1、1-产出指标；11-数量指标；培训人次；年度指标值:100人次。\n"
        let document = TableReader.read(bytes: Array(text.utf8), path: "years.txt")
        let project = document.projects.first
        #expect(project?.code == code)
        #expect(project?.name.value == name)
        #expect(project?.year == year)
        #expect(project.map { document.source.string(in: $0.name.span) } == name)
    }

    @Test func reorderedColumnsAreReadByTheirHeaders() {
        // 绩效指标 before 绩效目标, amounts after the texts, comma-separated with quotes.
        let text = """
        项目名称,绩效指标,绩效目标,总计,财政拨款
        "2025年公费医疗","1、1-产出指标；12-质量指标；资金到位率；实施周期指标值:≥90%；年度指标值:≥90%。","做好参保经办管理工作,确保待遇",32000.00,32000.00
        """
        let document = TableReader.read(bytes: Array(text.utf8), path: "reordered.csv")
        #expect(document.layout == .projectTable)
        #expect(document.projects.count == 1)
        #expect(document.projects.first?.goal?.value == "做好参保经办管理工作,确保待遇")
        #expect(document.projects.first?.amounts.total?.value == 32000)
        #expect(document.indicators.first?.name.value == "资金到位率")
        let value = document.indicators.first?.annual.map { document.values[$0] }
        #expect(value.map { document.source.string(in: $0.span) } == "≥90%")
    }

    @Test func oneIndicatorPerRowIsRead() {
        let text = """
        项目名称\t绩效目标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t年度指标值
        2025年公费医疗\t做好参保经办管理工作\t产出指标\t质量指标\t资金到位率\t≥90%\t≥90%
        \t\t满意度指标\t服务对象满意度指标\t服务对象满意度\t≥95%\t≥95%
        """
        let document = TableReader.read(bytes: Array(text.utf8), path: "rows.txt")
        #expect(document.layout == .indicatorRows)
        #expect(document.projects.count == 1)
        #expect(document.indicators.map(\.name.value) == ["资金到位率", "服务对象满意度"])
        #expect(document.indicators.last?.level1?.name == "满意度指标")
        #expect(document.indicators.last?.annual.map { document.values[$0].number } == 95)
    }

    /// Nothing lost: every character of every indicator cell that is not a separator lies in an
    /// indicator or in a parse diagnostic.
    @Test(arguments: Fixtures.names)
    func everyIndicatorCharacterIsAccountedFor(_ name: String) {
        let document = Fixtures.document(name)
        let text = document.source.text
        var covered = document.indicators.map(\.span) + document.diagnostics.compactMap(\.span)
        covered.sort()
        for project in document.projects {
            guard let cell = project.indicatorCell else { continue }
            var index = cell.start
            while index < cell.end {
                let (value, length) = UTF8Scanning.scalar(in: text, at: index)
                if !UTF8Scanning.isSeparator(value), value != 0x2E {
                    let inside = covered.contains { $0.start <= index && index < $0.end }
                    #expect(inside, "\(name): 「\(document.source.string(in: ByteSpan(start: index, end: min(cell.end, index + 30))))」 at \(document.source.location(of: ByteSpan(start: index, end: index + 1)).line)")
                    if !inside { return }
                }
                index += length
            }
        }
    }
}

@Suite("Excel Unicode-text exports")
struct ExcelExportTests {
    /// Excel saves "Unicode text" as UTF-16LE, tab-separated, quoting cells that hold line breaks.
    @Test func quotedCellsMayHoldLineBreaks() {
        let text = "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\r\n"
            + "2025年公费医疗\t32000.00\t32000.00\t\t\t\"做好参保经办管理工作，\r\n确保待遇\"\t\"1、1-产出指标；12-质量指标；资金到位率；实施周期指标值:≥90%；年度指标值:≥90%。\r\n"
            + "2、3-满意度指标；31-服务对象满意度；服务对象满意度；实施周期指标值:≥95%；年度指标值:≥95%。\"\r\n"
            + "2025年人社运行保障经费\t180.00\t180.00\t\t\t用于支付物业管理费\t1、1-产出指标；11-数量指标；人社服务大厅正常运行；实施周期指标值:100%；年度指标值:100%。\r\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let document = TableReader.read(bytes: bytes, path: "export.txt")
        #expect(document.diagnostics.isEmpty)
        #expect(document.projects.map(\.name.value) == ["2025年公费医疗", "2025年人社运行保障经费"])
        #expect(document.projects.first?.goal?.value == "做好参保经办管理工作，\r\n确保待遇")
        #expect(document.projects.first?.indicators.count == 2)
        let second = document.indicators[1]
        #expect(second.name.value == "服务对象满意度")
        // Line 1 header, 2–3 the goal (it wraps), 3–4 the indicators.
        #expect(document.source.location(of: second.span).line == 4)
    }

    @Test func aLoneQuoteIsPlainText() {
        let text = "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n"
            + "\"2025年项目\t10.00\t10.00\t\t\t目标\t1、1-产出指标；11-数量指标；培训人次；实施周期指标值:100人次；年度指标值:100人次。\n"
        let document = TableReader.read(bytes: Array(text.utf8), path: "quote.txt")
        #expect(document.projects.count == 1)
        #expect(document.indicators.count == 1)
    }
}

@Suite("Column headers")
struct ColumnHeaderTests {
    @Test(arguments: [
        ("项目名称（资金使用单位）", ColumnRole.name), ("资金总额（万元）", .total), ("总计", .total),
        ("财政拨款", .fiscal), ("财政专户拨款", .special), ("其他资金", .other), ("自筹资金", .other),
        ("单位自筹", .other), ("年度绩效目标", .goal), ("绩效指标", .indicators), ("主管部门", .department),
        ("预算单位", .unit), ("实施周期指标值", .periodValue), ("年度指标值", .annualValue), ("三级指标", .indicatorName),
    ])
    func headerWordsNameTheirColumn(_ header: String, role: ColumnRole) {
        #expect(ColumnRole.recognise(header) == role)
    }

    @Test func anUnknownHeaderNamesNothing() {
        #expect(ColumnRole.recognise("备注") == nil)
    }
}
