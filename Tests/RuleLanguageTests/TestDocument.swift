import LintModel
@testable import TableReader

/// Builds small documents by hand: a text buffer that every span points into, and the entities.
/// Values are read by the table reader's value parser, as in a real document.
struct TestDocument {
    struct IndicatorSpec {
        var level1: (Int?, String)?
        var level2: (Int?, String)?
        var name: String
        var period: String?
        var annual: String?
        var seq: Int?

        init(_ level1: (Int?, String)? = (1, "产出指标"), _ level2: (Int?, String)? = (11, "数量指标"), name: String,
             period: String? = nil, annual: String? = nil, seq: Int? = nil) {
            self.level1 = level1
            self.level2 = level2
            self.name = name
            self.period = period
            self.annual = annual
            self.seq = seq
        }
    }

    struct ProjectSpec {
        var name: String
        var goal: String?
        var total: Double?
        var fiscal: Double?
        var indicators: [IndicatorSpec]

        init(name: String, goal: String? = nil, total: Double? = nil, fiscal: Double? = nil, indicators: [IndicatorSpec]) {
            self.name = name
            self.goal = goal
            self.total = total
            self.fiscal = fiscal
            self.indicators = indicators
        }
    }

    private var text: [UInt8] = []

    private mutating func append(_ string: String) -> ByteSpan {
        let start = text.count
        text.append(contentsOf: string.utf8)
        return ByteSpan(start: start, end: text.count)
    }

    static func make(title: String? = "项目支出绩效目标表", department: String? = "广州市某局", year: Int? = 2025,
                     projects: [ProjectSpec]) -> Document {
        var builder = TestDocument()
        var titleLocated: Located<String>?
        if let title { titleLocated = Located(title, at: builder.append(title)); _ = builder.append("\n") }
        var departmentLocated: Located<String>?
        if let department { departmentLocated = Located(department, at: builder.append(department)); _ = builder.append("\n") }
        var unit = BudgetUnit(name: Located(department ?? "单位", at: departmentLocated?.span ?? ByteSpan(start: 0, end: 0)),
                              span: departmentLocated?.span ?? ByteSpan(start: 0, end: 0), isImplicit: true)
        var projectList: [Project] = []
        var indicators: [Indicator] = []
        var values: [IndicatorValue] = []
        for (p, spec) in projects.enumerated() {
            let nameSpan = builder.append(spec.name)
            _ = builder.append("\t")
            var amounts = Amounts()
            if let total = spec.total { amounts.total = Located(total, at: builder.append(String(total))); _ = builder.append("\t") }
            if let fiscal = spec.fiscal { amounts.fiscal = Located(fiscal, at: builder.append(String(fiscal))); _ = builder.append("\t") }
            var goal: Located<String>?
            if let g = spec.goal { goal = Located(g, at: builder.append(g)); _ = builder.append("\t") }
            var project = Project(name: Located(spec.name, at: nameSpan), year: spec.name.hasPrefix("2025") ? 2025 : nil,
                                  amounts: amounts, goal: goal, unit: 0, span: nameSpan)
            for (k, ind) in spec.indicators.enumerated() {
                let start = builder.text.count
                let seq = ind.seq ?? (k + 1)
                let seqSpan = builder.append(String(seq))
                _ = builder.append("、")
                var level1: IndicatorLevel?
                if let (code, name) = ind.level1 {
                    let span = builder.append((code.map { "\($0)-" } ?? "") + name)
                    level1 = IndicatorLevel(code: code, name: name, span: span)
                    _ = builder.append("；")
                }
                var level2: IndicatorLevel?
                if let (code, name) = ind.level2 {
                    let span = builder.append((code.map { "\($0)-" } ?? "") + name)
                    level2 = IndicatorLevel(code: code, name: name, span: span)
                    _ = builder.append("；")
                }
                let nameSpan = builder.append(ind.name)
                let indicatorIndex = indicators.count
                var periodIndex: Int?
                var annualIndex: Int?
                if let v = ind.period {
                    _ = builder.append("；实施周期指标值:")
                    periodIndex = values.count
                    values.append(TestDocument.value(v, span: builder.append(v), which: .period, indicator: indicatorIndex))
                }
                if let v = ind.annual {
                    _ = builder.append("；年度指标值:")
                    annualIndex = values.count
                    values.append(TestDocument.value(v, span: builder.append(v), which: .annual, indicator: indicatorIndex))
                }
                _ = builder.append("。")
                indicators.append(Indicator(seq: Located(seq, at: seqSpan), level1: level1, level2: level2,
                                            name: Located(ind.name, at: nameSpan), period: periodIndex, annual: annualIndex,
                                            project: p, span: ByteSpan(start: start, end: builder.text.count)))
                project.indicators.append(indicatorIndex)
            }
            _ = builder.append("\n")
            projectList.append(project)
            unit.projects.append(p)
        }
        let source = SourceFile(path: "test.txt", text: builder.text)
        return Document(source: source, layout: .projectTable, title: titleLocated, department: departmentLocated, year: year,
                        units: [unit], projects: projectList, indicators: indicators, values: values)
    }

    /// One value, read by the table reader's own value parser.
    static func value(_ text: String, span: ByteSpan, which: ValuePeriod, indicator: Int) -> IndicatorValue {
        ValueParser.parse(text).value(text: text, span: span, which: which, indicator: indicator) { range in
            ByteSpan(start: span.start + range.lowerBound, end: span.start + range.upperBound)
        }
    }
}
