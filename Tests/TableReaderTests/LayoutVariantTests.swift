import Foundation
import LintModel
import Testing
@testable import TableReader

/// The same tables laid out differently must read to the same entities: what a finance office
/// receives after someone re-exports or re-extracts a table.
@Suite("Re-laid-out variants of the fixtures")
struct LayoutVariantTests {
    /// Names, levels and values of every indicator, in order.
    static func content(_ document: Document) -> [String] {
        document.indicators.map { indicator in
            let period = indicator.period.map { document.values[$0].text } ?? "-"
            let annual = indicator.annual.map { document.values[$0].text } ?? "-"
            let project = document.projects[indicator.project].name.value
            return "\(project)|\(indicator.level1?.name ?? "-")|\(indicator.level2?.name ?? "-")|\(indicator.name.value)|\(period)|\(annual)"
        }
    }

    static func text(_ name: String) -> String { String(decoding: Fixtures.bytes(name), as: UTF8.self) }

    /// Tab-separated → RFC 4180 comma-separated, CRLF.
    static func csv(_ text: String) -> String {
        text.components(separatedBy: "\n").map { line in
            line.components(separatedBy: "\t").map { cell in
                cell.contains(where: { $0 == "," || $0 == "\"" }) ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",")
        }.joined(separator: "\r\n")
    }

    @Test(arguments: ["haizhu-2025-hrss.txt", "panyu-2023-hrss.txt", "guangzhou-city-2026-hrss.txt", "huangpu-2022-hrss.txt"])
    func commaSeparatedExportsReadTheSame(_ name: String) {
        let original = Fixtures.document(name)
        let variant = TableReader.read(bytes: Array(Self.csv(Self.text(name)).utf8), path: name + ".csv")
        #expect(variant.layout == original.layout)
        #expect(variant.units.count == original.units.count)
        #expect(Self.content(variant) == Self.content(original))
        #expect(variant.diagnostics.count == original.diagnostics.count)
    }

    @Test func reorderedColumnsReadTheSame() {
        let name = "guangzhou-city-2026-hrss.txt"
        let reordered = Self.text(name).components(separatedBy: "\n").map { line -> String in
            let cells = line.components(separatedBy: "\t")
            guard cells.count == 7 else { return line }
            return [cells[0], cells[6], cells[5], cells[1], cells[2], cells[3], cells[4]].joined(separator: "\t")
        }.joined(separator: "\n")
        let original = Fixtures.document(name)
        let variant = TableReader.read(bytes: Array(reordered.utf8), path: "reordered.txt")
        #expect(Self.content(variant) == Self.content(original))
        #expect(variant.projects.map { $0.amounts.total?.value } == original.projects.map { $0.amounts.total?.value })
        #expect(variant.projects.map { $0.amounts.other?.value } == original.projects.map { $0.amounts.other?.value })
        #expect(variant.projects.map { $0.goal?.value } == original.projects.map { $0.goal?.value })
    }

    /// The PDF text re-wrapped at another width, header included.
    @Test(arguments: [13, 17, 29])
    func rewrappedPDFTextReadsTheSame(_ width: Int) {
        let name = "conghua-2025-hrss-pdf.txt"
        let isAmounts = { (line: String) -> Bool in
            let tokens = line.split(separator: " ")
            return !tokens.isEmpty && tokens.allSatisfy { $0.contains(".") && $0.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } }
        }
        var blocks: [[String]] = []
        var current: [String] = []
        for line in Self.text(name).components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || isAmounts(line) {
                if !current.isEmpty { blocks.append(current); current = [] }
                if isAmounts(line) { blocks.append([line]) }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        let rewrapped = blocks.map { block -> String in
            let indent = String(block[0].prefix { $0 == " " })
            let joined = block.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
            // Amount columns are never wrapped: a line that ends with amounts stays as it is.
            let endsWithAmount = joined.range(of: #"\d\.\d\d$"#, options: .regularExpression) != nil
            if block.count == 1, isAmounts(block[0]) || joined.count <= width || endsWithAmount { return block[0] }
            var pieces: [String] = []
            var rest = Substring(joined)
            while !rest.isEmpty {
                pieces.append(String(rest.prefix(width)))
                rest = rest.dropFirst(width)
            }
            pieces[0] = indent + pieces[0]
            return pieces.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
        let original = Fixtures.document(name)
        let variant = TableReader.read(bytes: Array(rewrapped.utf8), path: "rewrapped.txt")
        #expect(variant.diagnostics.isEmpty, "\(variant.diagnostics.map(\.message))")
        #expect(variant.total?.total?.value == original.total?.total?.value)
        #expect(variant.projects.map(\.name.value) == original.projects.map(\.name.value))
        #expect(variant.projects.map { $0.amounts.total?.value } == original.projects.map { $0.amounts.total?.value })
        let difference = zip(Self.content(variant), Self.content(original)).first { $0 != $1 }
        #expect(difference == nil, "\(String(describing: difference))")
        #expect(variant.indicators.count == original.indicators.count)
    }

    /// A tab-separated table as a PDF extraction prints it: the header on one line with spaces,
    /// then every cell hard-wrapped at `width` with a blank line after it, amounts on one line.
    /// With `mergedUnits`, 主管部门 and 预算单位 are printed only when they change (merged cells).
    /// Without `blankLines`, only records are parted by a blank line, and each cell wraps at its
    /// column's printed width, `width` wide characters (the goal's column twice as wide), as a
    /// PDF lays text out: an ASCII digit takes half the room of a CJK character.
    static func printedAsPDF(_ text: String, width: Int, mergedUnits: Bool, blankLines: Bool = true) -> String {
        var output = ["", "项目支出绩效目标表", ""]
        var header: [String]?
        var previous: [String?] = [nil, nil]
        for line in text.components(separatedBy: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let cells = line.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells[0].hasPrefix("项目名称") || cells[0].hasPrefix("主管部门") {
                if header == nil { header = cells; output += [cells.filter { !$0.isEmpty }.joined(separator: " "), ""] }
                continue
            }
            guard let header else {
                // The preamble (title, 部门名称) as printed.
                output += [cells.filter { !$0.isEmpty }.joined(separator: " "), ""]
                continue
            }
            guard cells.count == header.count else { continue }
            var amounts: [String] = []
            for (index, cell) in cells.enumerated() where !cell.isEmpty {
                let role = ColumnRole.recognise(header[index])
                if let role, ColumnRole.amountRoles.contains(role) { amounts.append(cell); continue }
                if !amounts.isEmpty { output += [amounts.joined(separator: " "), ""]; amounts = [] }
                if mergedUnits, role == .department || role == .unit {
                    let slot = role == .department ? 0 : 1
                    if previous[slot] == cell { continue }
                    previous[slot] = cell
                    if slot == 0 { previous[1] = nil }
                }
                if blankLines {
                    var rest = Substring(cell)
                    while !rest.isEmpty { output.append(String(rest.prefix(width))); rest = rest.dropFirst(width) }
                    output.append("")
                } else {
                    output += wrapped(cell, columns: (role == .goal ? 4 : 2) * width)
                }
            }
            if !amounts.isEmpty { output += [amounts.joined(separator: " "), ""] }
            if !blankLines { output.append("") }
        }
        return output.joined(separator: "\n")
    }

    /// A tab-separated table as a PDF extraction that keeps the layout prints it: the columns side
    /// by side, each cell wrapped within its column over its row's lines (top-aligned), text
    /// left-aligned and amounts right-aligned, headers centred, two spaces between columns, the
    /// header again every 25 rows. `cells`: positions count CJK characters as two, as a
    /// terminal shows them; otherwise every character takes one.
    static func printedSideBySide(_ text: String, widths: [Int], cells: Bool) -> String {
        func width(_ character: Character) -> Int { cells && !character.isASCII ? 2 : 1 }
        func width(_ text: String) -> Int { text.reduce(0) { $0 + width($1) } }
        func wrap(_ cell: String, _ columns: Int) -> [String] {
            var lines: [String] = []
            var line = ""
            for character in cell {
                if width(line) + width(character) > columns { lines.append(line); line = "" }
                line.append(character)
            }
            if !line.isEmpty { lines.append(line) }
            return lines
        }
        func pad(_ text: String, _ columns: Int, right: Bool = false, centred: Bool = false) -> String {
            let room = max(0, columns - width(text))
            if right { return String(repeating: " ", count: room) + text }
            if centred { return String(repeating: " ", count: room / 2) + text + String(repeating: " ", count: room - room / 2) }
            return text + String(repeating: " ", count: room)
        }
        let lines = text.components(separatedBy: "\n")
        let rows = lines.filter { $0.contains("\t") }.map { $0.components(separatedBy: "\t").map {
            $0.replacingOccurrences(of: "</p> <p>", with: "").replacingOccurrences(of: "<p>", with: "")
                .replacingOccurrences(of: "</p>", with: "").trimmingCharacters(in: .whitespaces)
        } }
        let header = rows[0]
        let amounts = Set(header.indices.filter { ["总计", "财政拨款", "财政专户拨款", "其他资金"].contains(header[$0]) })
        let headerLine = header.indices.map { pad(header[$0], widths[$0], centred: true) }.joined(separator: "  ")
        // The title and 部门名称 lines, as printed above the table.
        let preamble = lines.prefix { !$0.contains("\t") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var output = preamble + ["", headerLine]
        for (number, row) in rows.dropFirst().enumerated() where row != header {
            let wrapped = header.indices.map { $0 < row.count && !row[$0].isEmpty ? wrap(row[$0], widths[$0]) : [] }
            for line in 0..<max(1, wrapped.map(\.count).max() ?? 1) {
                let parts = header.indices.map { column in
                    pad(line < wrapped[column].count ? wrapped[column][line] : "", widths[column], right: amounts.contains(column))
                }
                output.append(parts.joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression))
            }
            if number % 25 == 24 { output += ["", headerLine] }
        }
        return output.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [("haizhu-2025-hrss.txt", [24, 10, 10, 12, 10, 36, 44], true),
                      ("panyu-2023-hrss.txt", [24, 10, 10, 12, 10, 36, 44], false),
                      ("huangpu-2022-hrss.txt", [20, 20, 24, 36, 44], true),
                      ("huangpu-2022-hrss.txt", [16, 16, 20, 30, 40], false)])
    func tablesPrintedSideBySideReadTheSame(_ name: String, widths: [Int], cells: Bool) {
        let original = Fixtures.document(name)
        let printed = Self.printedSideBySide(Self.text(name), widths: widths, cells: cells)
        let variant = TableReader.read(bytes: Array(printed.utf8), path: "side-by-side.txt")
        #expect(variant.layout == .pdfText)
        #expect(variant.units.map(\.name.value) == original.units.map(\.name.value))
        #expect(variant.projects.map(\.name.value) == original.projects.map(\.name.value))
        #expect(variant.projects.map { $0.amounts.total?.value } == original.projects.map { $0.amounts.total?.value })
        let goals = { (document: Document) in document.projects.map { $0.goal?.value.filter { $0 != " " } } }
        #expect(goals(variant) == goals(original))
        let difference = zip(Self.content(variant), Self.content(original)).first { $0 != $1 }
        #expect(difference == nil, "\(String(describing: difference))")
        #expect(variant.indicators.count == original.indicators.count)
        // Every value points at its own text in the printed page (the first of its lines).
        for value in variant.values.prefix(50) {
            let firstLine = variant.source.string(in: value.span).components(separatedBy: "\n")[0]
            #expect(value.text.hasPrefix(firstLine.trimmingCharacters(in: .whitespaces)), "\(value.text)")
        }
    }

    /// A cell's lines wrapped at `columns` printed columns (CJK characters take two).
    static func wrapped(_ cell: String, columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for character in cell {
            let width = character.isASCII ? 1 : 2
            if used + width > columns { lines.append(line); line = ""; used = 0 }
            line.append(character)
            used += width
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The five-column table printed without blank lines between its cells: the cells are told
    /// apart by where their lines wrap. A department or unit whose last line fills its column
    /// cannot be told from one that goes on, unless another record shows where it ends; at this
    /// width none does (at many others some do, and those records read with a merged name).
    @Test(arguments: [12], [false, true])
    func unitTablePrintedWithoutBlankLinesReadsTheSame(_ width: Int, merged: Bool) {
        let name = "huangpu-2022-hrss.txt"
        let original = Fixtures.document(name)
        let printed = Self.printedAsPDF(Self.text(name), width: width, mergedUnits: merged, blankLines: false)
        #expect(!printed.contains("\n\n广州市黄埔区人力资源和社会保障局\n"))
        let variant = TableReader.read(bytes: Array(printed.utf8), path: "printed.txt")
        #expect(variant.layout == .pdfText)
        #expect(variant.units.map(\.name.value) == original.units.map(\.name.value))
        #expect(variant.projects.map(\.name.value) == original.projects.map(\.name.value))
        #expect(variant.projects.map { $0.goal?.value } == original.projects.map { $0.goal?.value })
        let difference = zip(Self.content(variant), Self.content(original)).first { $0 != $1 }
        #expect(difference == nil, "\(String(describing: difference))")
        #expect(variant.indicators.count == original.indicators.count)
    }

    @Test(arguments: [("haizhu-2025-hrss.txt", 23), ("panyu-2023-hrss.txt", 31), ("huangpu-2022-hrss.txt", 11), ("huangpu-2022-hrss.txt", 40)])
    func tablesPrintedAsPDFTextReadTheSame(_ name: String, width: Int) {
        let original = Fixtures.document(name)
        for merged in [false, true] where !merged || original.layout == .unitTable {
            let printed = Self.printedAsPDF(Self.text(name), width: width, mergedUnits: merged)
            let variant = TableReader.read(bytes: Array(printed.utf8), path: "printed.txt")
            #expect(variant.layout == .pdfText)
            #expect(variant.units.map(\.name.value) == original.units.map(\.name.value))
            #expect(variant.units.map(\.projects.count) == original.units.map(\.projects.count))
            // A space that fell at a wrap is lost with the line break.
            let goals = { (document: Document) in document.projects.map { $0.goal?.value.filter { $0 != " " } } }
            #expect(goals(variant) == goals(original))
            #expect(variant.projects.map { $0.amounts.total?.value } == original.projects.map { $0.amounts.total?.value })
            let difference = zip(Self.content(variant), Self.content(original)).first { $0 != $1 }
            #expect(difference == nil, "\(String(describing: difference))")
            #expect(variant.indicators.count == original.indicators.count)
            #expect(variant.diagnostics.map(\.ruleId) == original.diagnostics.map(\.ruleId))
        }
    }

    /// The PDF text with amounts printed as whole numbers (`99 99`, `2880.92`): no thousands
    /// separators, no `.00`.
    @Test func pdfTextWithWholeAmountsReadsTheSame() {
        let name = "conghua-2025-hrss-pdf.txt"
        let whole = Self.text(name)
            .replacingOccurrences(of: #"(\d),(\d{3})"#, with: "$1$2", options: .regularExpression)
            .replacingOccurrences(of: #"(\d)\.00(?= |\n)"#, with: "$1", options: .regularExpression)
        #expect(whole.contains("\n99 99\n"))
        let original = Fixtures.document(name)
        let variant = TableReader.read(bytes: Array(whole.utf8), path: "whole.txt")
        #expect(variant.total?.total?.value == original.total?.total?.value)
        #expect(variant.projects.map(\.name.value) == original.projects.map(\.name.value))
        #expect(variant.projects.map { $0.amounts.total?.value } == original.projects.map { $0.amounts.total?.value })
        #expect(variant.projects.map { $0.goal?.value } == original.projects.map { $0.goal?.value })
        #expect(Self.content(variant) == Self.content(original))
    }
}
