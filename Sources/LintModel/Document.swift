/// Everything read from one file: the entities, in arrays that refer to each other by index.
///
/// Entities are stored flat (an arena) so that rules navigate to parents and children with an
/// index, never a lookup by name, and so that a document is a plain `Sendable` value.
public struct Document: Sendable {
    public var source: SourceFile
    public var layout: TableLayout
    /// The table title line (`项目支出绩效目标表（含转移支付项目）`).
    public var title: Located<String>?
    /// 部门名称 or 主管部门.
    public var department: Located<String>?
    /// The budget year, from the title or, failing that, from the project names.
    public var year: Int?
    /// The amounts of the 合计 row.
    public var total: Amounts?
    public var units: [BudgetUnit]
    public var projects: [Project]
    public var indicators: [Indicator]
    public var values: [IndicatorValue]
    /// What the reader could not make sense of (category `parse`).
    public var diagnostics: [Diagnostic]
    /// True when the table uses the framework with first-level 4-成本指标 (2021 and later).
    public var usesCostFramework: Bool = false

    public init(source: SourceFile, layout: TableLayout, title: Located<String>? = nil,
                department: Located<String>? = nil, year: Int? = nil, total: Amounts? = nil,
                units: [BudgetUnit] = [], projects: [Project] = [], indicators: [Indicator] = [],
                values: [IndicatorValue] = [], diagnostics: [Diagnostic] = []) {
        self.source = source
        self.layout = layout
        self.title = title
        self.department = department
        self.year = year
        self.total = total
        self.units = units
        self.projects = projects
        self.indicators = indicators
        self.values = values
        self.diagnostics = diagnostics
    }

    public var path: String { source.path }

    /// The context of an indicator, for diagnostics.
    // Fields are read in place: `let indicator = indicators[index]` copied (and retained) every
    // text of the entity for one finding.

    public func context(ofIndicator index: Int) -> DiagnosticContext {
        var context = self.context(ofProject: indicators[index].project)
        context.indicatorSeq = indicators[index].seq?.value
        context.indicatorName = indicators[index].name.value
        return context
    }

    public func context(ofProject index: Int) -> DiagnosticContext {
        var context = self.context(ofUnit: projects[index].unit)
        context.project = projects[index].name.value
        return context
    }

    public func context(ofUnit index: Int) -> DiagnosticContext {
        DiagnosticContext(department: department?.value, unit: units.indices.contains(index) ? units[index].name.value : nil)
    }
}
