import LintModel
import Testing
@testable import TableReader

/// Counts established by reading the tables by hand (and by an independent script).
struct FixtureExpectation: Sendable, CustomStringConvertible {
    var file: String
    var layout: TableLayout
    var department: String
    var year: Int?
    var units: Int
    var projects: Int
    var indicators: Int
    var parseDiagnostics: Int
    var description: String { file }
}

let fixtureExpectations: [FixtureExpectation] = [
    FixtureExpectation(file: "haizhu-2025-hrss.txt", layout: .projectTable, department: "广州市海珠区人力资源和社会保障局",
                       year: 2025, units: 10, projects: 37, indicators: 135, parseDiagnostics: 0),
    FixtureExpectation(file: "panyu-2023-hrss.txt", layout: .projectTable, department: "广州市番禺区人力资源和社会保障局（本级）",
                       year: nil, units: 1, projects: 22, indicators: 149, parseDiagnostics: 0),
    FixtureExpectation(file: "guangzhou-city-2026-hrss.txt", layout: .projectTable, department: "广州市人力资源和社会保障局",
                       year: 2026, units: 17, projects: 244, indicators: 1307, parseDiagnostics: 0),
    FixtureExpectation(file: "huangpu-2022-hrss.txt", layout: .unitTable, department: "广州市黄埔区人力资源和社会保障局（部门）",
                       year: 2022, units: 9, projects: 52, indicators: 202, parseDiagnostics: 1),
    FixtureExpectation(file: "conghua-2025-hrss-pdf.txt", layout: .pdfText, department: "广州市从化区人力资源和社会保障局",
                       year: 2025, units: 1, projects: 14, indicators: 63, parseDiagnostics: 0),
]

@Suite("Structure of the five real tables")
struct FixtureStructureTests {
    @Test(arguments: fixtureExpectations)
    func countsMatchTheTable(_ expected: FixtureExpectation) {
        let document = Fixtures.document(expected.file)
        #expect(document.layout == expected.layout)
        #expect(document.department?.value == expected.department)
        #expect(document.year == expected.year)
        #expect(document.units.count == expected.units)
        #expect(document.projects.count == expected.projects)
        #expect(document.indicators.count == expected.indicators)
        #expect(document.diagnostics.count == expected.parseDiagnostics, "\(document.diagnostics.map(\.message))")
        // Every project belongs to exactly one unit, in file order.
        let listed = document.units.flatMap(\.projects)
        #expect(listed.sorted() == Array(document.projects.indices))
        // Every indicator has a value and a name or a level; values point back at their indicator.
        for (index, value) in document.values.enumerated() {
            let indicator = document.indicators[value.indicator]
            #expect(indicator.period == index || indicator.annual == index)
        }
    }

    @Test func unitSubtotalsAndTheTotalRowAreRead() {
        let document = Fixtures.document("haizhu-2025-hrss.txt")
        #expect(document.total?.total?.value == 53_606.52)
        #expect(document.units.map(\.name.value).prefix(3) == ["广州市海珠区人力资源和社会保障局", "广州市海珠区雇员管理中心", "广州市海珠区退休职工管理服务中心"])
        #expect(document.units[0].amounts.total?.value == 1_243.32)
        #expect(document.units[0].projects.count == 9)
    }

    @Test func rowsThatLostAColumnAreAlignedByContent() {
        let document = Fixtures.document("guangzhou-city-2026-hrss.txt")
        // 6 cells: name, total, fiscal, (lost), other, indicators — no goal.
        let assistance = document.projects.first { $0.name.value == "机构运行辅助经费" && $0.amounts.total?.value == 1000 }
        #expect(assistance?.amounts.other?.value == 1000)
        #expect(assistance?.goal == nil)
        #expect(assistance?.indicators.count == 6)
        // 6 cells: name, total, fiscal, other, goal, indicators; the unit has no 财政专户 money.
        let exam = document.projects.first { $0.name.value == "考试业务经费" }
        #expect(exam?.amounts.total?.value == 8_844.24)
        #expect(exam?.amounts.fiscal?.value == 8_141.82)
        #expect(exam?.amounts.other?.value == 702.42)
        #expect(exam?.amounts.special == nil)
        #expect(exam?.goal?.value.hasPrefix("通过组织国家、省、市人事考试") == true)
        // A goal but no indicator cell.
        let health = document.projects.first { $0.name.value == "广州市市直机关干部健康管理项目" }
        #expect(health?.goal != nil)
        #expect(health?.indicators.isEmpty == true)
        #expect(health?.amounts.other?.value == 741)
        // A goal that is itself numbered `1、…2、…` is still the goal.
        let base = document.projects.first { $0.name.value == "广州市高技能人才公共实训鉴定基地运营管理经费" }
        #expect(base?.goal?.value.hasPrefix("1、根据局有关资产管理") == true)
        #expect(base?.indicators.count == 3)
    }

    @Test func unitTableGroupsProjectsByBudgetUnit() {
        let document = Fixtures.document("huangpu-2022-hrss.txt")
        let bureau = document.units.first { $0.name.value == "广州市黄埔区人力资源和社会保障局" }
        #expect(bureau?.projects.count == 13)
        #expect(document.projects.first?.name.value == "就业服务补助")
        #expect(document.projects.first.map { $0.indicators.count } == 7)
    }

    @Test func pdfProjectsLoseTheirBudgetCodeAndKeepTheirWrappedName() {
        let document = Fixtures.document("conghua-2025-hrss-pdf.txt")
        let names = document.projects.map(\.name.value)
        #expect(names.contains("医疗保险补助资金（代广州市医疗保险服务中心从化分中心申报）"))
        #expect(names.contains("事业单位公开招聘经费"))
        let insurance = document.projects.first { $0.name.value.hasPrefix("医疗保险补助资金") }
        #expect(insurance?.code == "24.1")
        #expect(insurance?.amounts.total?.value == 99.73)
        #expect(insurance?.amounts.fiscal?.value == 99.73)
        #expect(document.units.first?.name.value == "广州市从化区人力资源和社会保障局")
        #expect(document.total?.total?.value == 2_880.92)
    }
}
