/// How serious a finding is. `error` means "must be fixed before approval".
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Where in the budget hierarchy a finding sits: 部门 ▸ 单位 ▸ 项目 ▸ 指标.
public struct DiagnosticContext: Sendable, Equatable, Codable {
    public var department: String?
    public var unit: String?
    public var project: String?
    public var indicatorSeq: Int?
    public var indicatorName: String?

    public init(department: String? = nil, unit: String? = nil, project: String? = nil,
                indicatorSeq: Int? = nil, indicatorName: String? = nil) {
        self.department = department
        self.unit = unit
        self.project = project
        self.indicatorSeq = indicatorSeq
        self.indicatorName = indicatorName
    }
}

/// A suggested replacement of the text at a span.
public struct Fix: Sendable, Equatable, Codable {
    public var span: ByteSpan
    public var replacement: String
    public var description: String?

    public init(span: ByteSpan, replacement: String, description: String? = nil) {
        self.span = span
        self.replacement = replacement
        self.description = description
    }
}

/// One finding: from a rule, or from the reader (category `parse`).
public struct Diagnostic: Sendable, Equatable {
    /// Stable kebab-case id (`nonsense-upper-bound`, `parse-unknown-layout`).
    public var ruleId: String
    public var severity: Severity
    /// One of ``DiagnosticCategory/all``.
    public var category: String
    /// The rule's title, if it has one.
    public var title: String?
    /// The message for this finding (Chinese, quoting the offending text in 「」).
    public var message: String
    public var help: String?
    /// The path of the file, as reported.
    public var file: String
    /// The offending text. Nil only when the file could not be read at all.
    public var span: ByteSpan?
    /// Line and column of `span`, resolved once the source is known.
    public var location: SourceLocation?
    /// The offending text itself.
    public var evidence: String?
    public var fix: Fix?
    public var context: DiagnosticContext

    public init(ruleId: String, severity: Severity, category: String, title: String? = nil, message: String,
                help: String? = nil, file: String, span: ByteSpan?, location: SourceLocation? = nil,
                evidence: String? = nil, fix: Fix? = nil, context: DiagnosticContext = DiagnosticContext()) {
        self.ruleId = ruleId
        self.severity = severity
        self.category = category
        self.title = title
        self.message = message
        self.help = help
        self.file = file
        self.span = span
        self.location = location
        self.evidence = evidence
        self.fix = fix
        self.context = context
    }

    /// Fills `location` and `evidence` from the source, where they are still missing.
    public mutating func resolve(in source: SourceFile) {
        guard let span else { return }
        if location == nil { location = source.location(of: span) }
        if evidence == nil { evidence = source.string(in: span) }
    }

    /// Reports sort by file, line, column, then rule id.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        let l = lhs.location ?? SourceLocation(line: 0, column: 0, endLine: 0, endColumn: 0)
        let r = rhs.location ?? SourceLocation(line: 0, column: 0, endLine: 0, endColumn: 0)
        if l.line != r.line { return l.line < r.line }
        if l.column != r.column { return l.column < r.column }
        if lhs.ruleId != rhs.ruleId { return lhs.ruleId < rhs.ruleId }
        return lhs.message < rhs.message
    }
}

/// The categories every rule must use; reports group by them.
public enum DiagnosticCategory {
    public static let all: [String] = [
        "placeholder", "nonsense-bound", "rate-out-of-range", "period-annual-mismatch", "missing-value",
        "missing-satisfaction", "missing-output", "missing-effect", "missing-cost", "missing-indicators",
        "missing-goal", "level-code-mismatch", "unknown-category", "satisfaction-misuse", "cost-misuse",
        "vague-value", "formula-as-value", "value-is-label", "unit-mismatch", "name-defect",
        "duplicate-indicator", "numbering", "amount-mismatch", "copied-content", "parse",
    ]

    public static func isKnown(_ category: String) -> Bool { all.contains(category) }
}

/// What reports need to know about a rule, whatever defined it.
public struct RuleMetadata: Sendable, Equatable, Codable {
    public var id: String
    public var severity: Severity
    public var category: String
    public var title: String
    public var help: String?
    public var tags: [String]
    /// `document`, `unit`, `project`, `indicator` or `value`.
    public var scope: String
    /// The `.rules` file that defines it (relative for the built-in pack: `Rules/values.rules`).
    public var file: String
    public var line: Int

    public init(id: String, severity: Severity, category: String, title: String, help: String? = nil,
                tags: [String] = [], scope: String, file: String, line: Int) {
        self.id = id
        self.severity = severity
        self.category = category
        self.title = title
        self.help = help
        self.tags = tags
        self.scope = scope
        self.file = file
        self.line = line
    }
}
