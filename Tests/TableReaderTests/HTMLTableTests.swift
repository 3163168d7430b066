import Foundation
import LintModel
import Testing
@testable import TableReader

/// What a table says, without where it says it: units, projects, indicators and values.
func contentSignature(_ document: Document) -> [String] {
    var lines = ["layout \(document.layout.rawValue) \(document.department?.value ?? "-") \(document.year ?? 0) \(document.title?.value ?? "-")"]
    for unit in document.units { lines.append("unit \(unit.name.value) \(unit.amounts.total?.value ?? -1) \(unit.projects.count)") }
    for project in document.projects {
        lines.append("project \(project.name.value) \(project.unit) \(project.amounts.total?.value ?? -1) \(project.amounts.fiscal?.value ?? -1) goal \(project.goal?.value ?? "-")")
    }
    for indicator in document.indicators {
        lines.append("indicator \(indicator.project) \(indicator.seq?.value ?? -1) \(indicator.level1?.name ?? "-") \(indicator.level2?.name ?? "-") \(indicator.name.value)")
    }
    for value in document.values {
        lines.append("value \(value.indicator) \(value.which.rawValue) \(value.text) \(value.kind.rawValue) \(value.op?.rawValue ?? "-") \(value.number ?? -1) \(value.unit ?? "-")")
    }
    for diagnostic in document.diagnostics { lines.append("diagnostic \(diagnostic.ruleId)") }
    return lines
}

/// A fixture's tab-separated table as a web page would hold it: the lines before the header as
/// paragraphs, the header in `<th>`, attributes on every tag, `≥` written `&ge;`, indicators
/// broken with `<br>` and cells wrapped over source lines between CJK characters.
func htmlPage(of fixture: String) -> String {
    let text = String(decoding: Fixtures.bytes(fixture), as: UTF8.self)
    var preamble: [String] = []
    var rows: [[String]] = []
    for line in text.components(separatedBy: "\n") {
        if line.contains("\t") {
            rows.append(line.components(separatedBy: "\t"))
        } else if rows.isEmpty, !line.trimmingCharacters(in: .whitespaces).isEmpty {
            preamble.append(line.trimmingCharacters(in: .whitespaces))
        }
    }
    func escaped(_ cell: String) -> String {
        // Cells wrapped in `<p>…</p>` in the text export are plain text in the page.
        let plain = cell.replacingOccurrences(of: "</p> <p>", with: "").replacingOccurrences(of: "</p><p>", with: "")
            .replacingOccurrences(of: "<p>", with: "").replacingOccurrences(of: "</p>", with: "")
        var html = plain.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "≥", with: "&ge;")
        // `。2、` → `。<br>2、`: one indicator a line, as pages show lists.
        html = html.replacingOccurrences(of: "。(?=[0-9]+、)", with: "。<br>", options: .regularExpression)
        // A long line wrapped where two CJK characters meet, as page writers do.
        let scalars = Array(html.unicodeScalars)
        if scalars.count > 80, let cut = (60..<scalars.count).first(where: { scalars[$0 - 1].value >= 0x4E00 && scalars[$0].value >= 0x4E00 }) {
            var wrapped = String.UnicodeScalarView(scalars[..<cut])
            wrapped.append(contentsOf: "\n      ".unicodeScalars)
            wrapped.append(contentsOf: scalars[cut...])
            html = String(wrapped)
        }
        return html
    }
    var page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>\(escaped(preamble.first ?? ""))</title>\n"
    page += "<style>td { border: 1px solid #000; }</style></head>\n<body>\n"
    for line in preamble.dropFirst() { page += "<p class=\"note\">\(escaped(line))</p>\n" }
    page += "<table border=\"1\" cellspacing=\"0\">\n"
    for (index, row) in rows.enumerated() {
        let tag = index == 0 ? "th" : "td"
        page += " <tr height=\"40\">\n" + row.map { "  <\(tag) class='xl65' style='width:90pt'>\(escaped($0))</\(tag)>\n" }.joined() + " </tr>\n"
    }
    return page + "</table>\n</body></html>\n"
}

/// A span's text as a browser shows it: tags left out, the references used here decoded,
/// white space between CJK characters dropped.
func shownText(_ source: SourceFile, _ span: ByteSpan) -> String {
    var text = source.string(in: span)
    text = text.replacingOccurrences(of: "<[a-zA-Z/][^>]*>", with: "\n", options: .regularExpression)
    text = text.replacingOccurrences(of: "\\s*\\n\\s*", with: "", options: .regularExpression)
    for (reference, character) in [("&ge;", "≥"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
        text = text.replacingOccurrences(of: reference, with: character)
    }
    return text
}

@Suite("Tables in web pages")
struct HTMLTableTests {
    static let delimitedFixtures = ["haizhu-2025-hrss.txt", "panyu-2023-hrss.txt", "guangzhou-city-2026-hrss.txt", "huangpu-2022-hrss.txt"]

    @Test("a fixture as a web page reads as the same table", arguments: delimitedFixtures)
    func pageReadsAsTheText(_ fixture: String) {
        let text = Fixtures.document(fixture)
        let page = TableReader.read(bytes: Array(htmlPage(of: fixture).utf8), path: "page.html")
        // The text export joins the `<p>` blocks of a goal; the page breaks lines between
        // indicators only, so goals and lists read alike once line breaks are left out.
        let expected = contentSignature(text).map { $0.replacingOccurrences(of: "\n", with: "") }
        let actual = contentSignature(page).map { $0.replacingOccurrences(of: "\n", with: "") }
        #expect(actual.count == expected.count)
        for (line, (actualLine, expectedLine)) in zip(actual, expected).enumerated() where actualLine != expectedLine {
            Issue.record("line \(line): \(actualLine)\n   expected: \(expectedLine)")
            break
        }
        #expect(page.indicators.count == text.indicators.count && !page.indicators.isEmpty)
    }

    @Test("names and values point at their text in the page, references and wrapped lines included",
          arguments: delimitedFixtures)
    func locationsPointIntoThePage(_ fixture: String) {
        let page = TableReader.read(bytes: Array(htmlPage(of: fixture).utf8), path: "page.html")
        for value in page.values {
            #expect(shownText(page.source, value.span) == value.text.replacingOccurrences(of: "\n", with: ""))
        }
        for indicator in page.indicators where !indicator.name.value.isEmpty {
            #expect(shownText(page.source, indicator.name.span) == indicator.name.value)
        }
        for project in page.projects {
            #expect(shownText(page.source, project.name.span) == project.name.value)
        }
    }

    static let spanningPage = """
        <html><body>
        <h2>2024年部门项目支出绩效目标表</h2>
        <TABLE>
        <tr><th rowspan="2">项目名称</th><th colspan="4">资金情况（万元）</th><th rowspan="2">绩效目标</th><th rowspan="2">绩效指标</th></tr>
        <tr><th>总计</th><th>财政拨款</th><th>财政专户拨款</th><th>其他资金</th></tr>
        <tr><td>甲单位</td><td>30</td><td>30</td><td></td><td></td><td></td><td></td></tr>
        <tr><td>培训项目</td><td>10</td><td>10</td><td>&nbsp;</td><td></td><td>开展职业技能培训，提升就业能力</td>
        <td>1、产出指标：培训人次，年度指标值：&ge;100人次；<br/>2、满意度指标：服务对象满意度，年度指标值：&#8805;90%</td></tr>
        <tr><td>宣传项目</td><td>20</td><td>20</td><td></td><td></td><td>开展政策宣传，扩大政策知晓面</td><td>1、产出指标：宣传场次，年度指标值：&gt;5场</td></tr>
        </TABLE>
        </body></html>

        """

    @Test("a header over two rows takes the amounts from the lower one; references decode")
    func twoRowHeader() {
        let document = TableReader.read(bytes: Array(Self.spanningPage.utf8), path: "spanning.html")
        #expect(document.layout == .projectTable)
        #expect(document.title?.value == "2024年部门项目支出绩效目标表")
        #expect(document.year == 2024)
        #expect(document.units.map(\.name.value) == ["甲单位"])
        #expect(document.projects.map(\.name.value) == ["培训项目", "宣传项目"])
        #expect(document.projects.map { $0.amounts.total?.value } == [10, 20])
        #expect(document.projects.map { $0.amounts.fiscal?.value } == [10, 20])
        #expect(document.indicators.map(\.name.value) == ["培训人次", "服务对象满意度", "宣传场次"])
        #expect(document.values.map(\.text) == ["≥100人次", "≥90%", ">5场"])
        #expect(document.values.map(\.op) == [.greaterOrEqual, .greaterOrEqual, .greater])
        #expect(document.values.map { document.source.string(in: $0.span) } == ["&ge;100人次", "&#8805;90%", "&gt;5场"])
        #expect(document.diagnostics.isEmpty)
    }

    @Test("cells merged down rows (rowspan) belong to every row they cover")
    func mergedUnitCells() {
        let page = """
            <table>
            <tr><td>主管部门</td><td>预算单位</td><td>项目名称</td><td>绩效目标</td><td>绩效指标</td></tr>
            <tr><td rowspan=3>区人社局</td><td rowspan=2>甲中心</td><td>项目一</td><td>开展培训，提升就业能力</td><td>1、产出指标：培训人次，年度指标值：100人次</td></tr>
            <tr><td>项目二</td><td>开展宣传，扩大政策知晓</td><td>1、产出指标：宣传场次，年度指标值：5场</td></tr>
            <tr><td>乙中心</td><td>项目三</td><td>完成调查，掌握用工情况</td><td>1、产出指标：调查企业数，年度指标值：30家</td></tr>
            </table>
            """
        let document = TableReader.read(bytes: Array(page.utf8), path: "units.html")
        #expect(document.layout == .unitTable)
        #expect(document.projects.map(\.name.value) == ["项目一", "项目二", "项目三"])
        #expect(document.projects.map { document.units[$0.unit].name.value } == ["甲中心", "甲中心", "乙中心"])
        #expect(document.projects.map { $0.goal?.value } == ["开展培训，提升就业能力", "开展宣传，扩大政策知晓", "完成调查，掌握用工情况"])
        #expect(document.values.map(\.text) == ["100人次", "5场", "30家"])
        #expect(document.diagnostics.isEmpty)
    }

    static let wordPage = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
        <style><!-- p.MsoNormal {margin:0cm;} --></style></head>
        <body lang=ZH-CN>
        <p class=MsoNormal align=center><b><span style='font-size:16.0pt'>2025年项目支出绩效目标表<o:p></o:p></span></b></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
         <tr>
          <td width=100 valign=top><p class=MsoNormal><span style='font-family:宋体'>项目名称</span><o:p></o:p></p></td>
          <td width=60><p class=MsoNormal>总计<o:p></o:p></p></td>
          <td width=60><p class=MsoNormal>财政拨款<o:p></o:p></p></td>
          <td width=300><p class=MsoNormal>绩效目标<o:p></o:p></p></td>
          <td width=400><p class=MsoNormal>绩效指标<o:p></o:p></p></td>
         </tr>
         <tr>
          <td><p class=MsoNormal><span lang=EN-US>2025</span><span style='font-family:宋体'>年职业技能培训</span><o:p></o:p></p></td>
          <td><p class=MsoNormal><span lang=EN-US>100.00<o:p></o:p></span></p></td>
          <td><p class=MsoNormal><span lang=EN-US>100.00<o:p></o:p></span></p></td>
          <td><p class=MsoNormal>开展职业技能培训，提升劳动者就业能力。<o:p></o:p></p></td>
          <td><p class=MsoNormal><span lang=EN-US>1</span>、产出指标；<span lang=EN-US>11</span>-数量指标；培训人次；年度指标值：<span
          lang=EN-US>&ge;1000</span>人次。<o:p></o:p></p>
          <p class=MsoNormal><span lang=EN-US>2</span>、满意度指标；<span lang=EN-US>31</span>-服务对象满意度；培训满意度；年度指标值：<span lang=EN-US>&ge;90%</span>。<o:p></o:p></p></td>
         </tr>
        </table>
        </body></html>
        """

    @Test("a page Word saves: namespaced tags, runs of spans, paragraphs in cells")
    func wordPage() {
        let document = TableReader.read(bytes: Array(Self.wordPage.utf8), path: "word.htm")
        #expect(document.title?.value == "2025年项目支出绩效目标表")
        #expect(document.projects.map(\.name.value) == ["2025年职业技能培训"])
        #expect(document.projects.map { $0.amounts.total?.value } == [100])
        #expect(document.projects.map { $0.goal?.value } == ["开展职业技能培训，提升劳动者就业能力。"])
        #expect(document.indicators.map(\.name.value) == ["培训人次", "培训满意度"])
        #expect(document.indicators.map { $0.level2?.code } == [11, 31])
        #expect(document.values.map(\.text) == ["≥1000人次", "≥90%"])
        #expect(document.diagnostics.isEmpty)
    }

    @Test("a page whose table is not one of these says so at the table")
    func unknownTable() {
        let page = "<html><body><p>通知</p>\n<table><tr><td>姓名</td><td>电话</td></tr><tr><td>张三</td><td>123</td></tr></table></body></html>\n"
        let document = TableReader.read(bytes: Array(page.utf8), path: "other.html")
        #expect(document.projects.isEmpty)
        #expect(document.diagnostics.map(\.ruleId) == ["parse-unknown-layout"])
        #expect(document.diagnostics.first?.message.contains("HTML") == true)
        #expect(document.diagnostics.first?.span.map { document.source.string(in: $0) } == "<table>")
    }

    @Test("markup that is not a table, scripts and comments do not become cells")
    func scriptsAndComments() {
        let page = """
            <html><head><script>var x = "<tr><td>假</td></tr>";</script></head><body>
            <!-- <tr><td>注释</td></tr> -->
            <table><tr><th>项目名称</th><th>绩效目标</th><th>绩效指标</th></tr>
            <tr><td>项目一</td><td>开展培训，提升就业能力</td><td>1、产出指标：培训人次，年度指标值：<100人次</td></tr></table>
            </body></html>
            """
        let document = TableReader.read(bytes: Array(page.utf8), path: "script.html")
        #expect(document.projects.map(\.name.value) == ["项目一"])
        #expect(document.values.map(\.text) == ["<100人次"])
    }
}
