/// The layouts the reader knows. Detected from the content, never from the file name.
public enum TableLayout: String, Sendable, Codable, CaseIterable {
    /// 项目名称, 总计, 财政拨款, 财政专户拨款, 其他资金, 绩效目标, 绩效指标 (tab- or comma-separated, or HTML).
    case projectTable = "project-table"
    /// 主管部门, 预算单位, 项目名称, 绩效目标, 绩效指标.
    case unitTable = "unit-table"
    /// Text extracted from a PDF: no column separators, every cell hard-wrapped.
    case pdfText = "pdf-text"
    /// One indicator per row (Excel exports): 一级指标, 二级指标, 三级指标, 指标值 columns.
    case indicatorRows = "indicator-rows"
    /// Nothing the reader recognises.
    case unknown
}

/// A budget unit (预算单位 / 资金使用单位). Tables without unit rows get one implicit unit.
public struct BudgetUnit: Sendable {
    public var name: Located<String>
    public var amounts: Amounts
    /// Indices into ``Document/projects``.
    public var projects: [Int]
    /// The unit's own row, or the name's span for an implicit unit.
    public var span: ByteSpan
    /// True when the table has no row for the unit and it was taken from the department.
    public var isImplicit: Bool

    public init(name: Located<String>, amounts: Amounts = Amounts(), projects: [Int] = [],
                span: ByteSpan, isImplicit: Bool = false) {
        self.name = name
        self.amounts = amounts
        self.projects = projects
        self.span = span
        self.isImplicit = isImplicit
    }
}

/// A spending project: its money, its 绩效目标 and its 绩效指标.
public struct Project: Sendable {
    /// The name without any budget-code prefix.
    public var name: Located<String>
    /// A budget-code prefix found before the name (`24.1` in `24.1-医疗保险补助资金`).
    public var code: String?
    /// The year written in the name (`2025年…`), if any.
    public var year: Int?
    public var amounts: Amounts
    public var goal: Located<String>?
    /// The whole 绩效指标 cell, when the row has one.
    public var indicatorCell: ByteSpan?
    /// Indices into ``Document/indicators``.
    public var indicators: [Int]
    /// Index into ``Document/units``.
    public var unit: Int
    /// The project's row (all of its cells).
    public var span: ByteSpan
    /// An earlier project of the same document whose indicator list is the same, item for item
    /// (names and values; three indicators or more). Set by the reader.
    public var copyOf: Int?
}

extension Project {
    /// Declared in an extension so that the memberwise initialiser stays, and made by it: an
    /// initialiser that sets the fields one by one kept `self` in memory and copied it out (every
    /// string retained, and released again with the original), whether inlined or not.
    public init(name: Located<String>, code: String? = nil, year: Int? = nil, amounts: Amounts = Amounts(),
                goal: Located<String>? = nil, indicatorCell: ByteSpan? = nil, indicators: [Int] = [],
                unit: Int, span: ByteSpan) {
        self.init(name: name, code: code, year: year, amounts: amounts, goal: goal, indicatorCell: indicatorCell,
                  indicators: indicators, unit: unit, span: span, copyOf: nil)
    }
}

/// A first- or second-level category as written: `1-产出指标`, `22-社会效益`, `满意度指标`.
public struct IndicatorLevel: Sendable, Equatable {
    public var code: Int?
    public var name: String
    public var span: ByteSpan

    @inlinable
    public init(code: Int?, name: String, span: ByteSpan) {
        self.code = code
        self.name = name
        self.span = span
    }
}

/// One 绩效指标.
public struct Indicator: Sendable {
    /// The number as written (`3` in `3、`); nil when the list is not numbered.
    public var seq: Located<Int>?
    public var level1: IndicatorLevel?
    public var level2: IndicatorLevel?
    /// The third-level name; empty (with an empty span where it should be) when missing.
    public var name: Located<String>
    /// Index into ``Document/values`` of the 实施周期指标值, if written.
    public var period: Int?
    /// Index into ``Document/values`` of the 年度指标值, if written.
    public var annual: Int?
    /// Index into ``Document/projects``.
    public var project: Int
    /// The whole text of the indicator.
    public var span: ByteSpan
    /// An earlier indicator of the same project with the same name. Set by the reader.
    public var duplicateOf: Int?
}

extension Indicator {
    /// Made by the memberwise initialiser, as ``Project`` is: set field by field, the indicator was
    /// copied out of its initialiser and the original destroyed, three strings retained and released.
    public init(seq: Located<Int>?, level1: IndicatorLevel?, level2: IndicatorLevel?, name: Located<String>,
                period: Int? = nil, annual: Int? = nil, project: Int, span: ByteSpan) {
        self.init(seq: seq, level1: level1, level2: level2, name: name, period: period, annual: annual,
                  project: project, span: span, duplicateOf: nil)
    }
}
