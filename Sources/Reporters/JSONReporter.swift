import LintModel

/// Machine-readable findings for scripts and dashboards.
///
/// Keys are written in a fixed, documented order (not alphabetical) and every documented key is
/// always present (`null` when unknown), except `fix`, which appears only on findings that have
/// one. Lines and columns are 1-based; columns count characters (Unicode scalars), `endColumn`
/// is exclusive.
///
/// ```
/// { "version", "summary": { errors, warnings, infos, total, files, unreadable, projects, indicators,
///                           bySeverity: {error, warning, info}, byCategory: {<category>: {error, warning, info, total}} },
///   "diagnostics": [ { ruleId, severity, category, title, message, help, file, line, column, endLine, endColumn,
///                      department, unit, project, indicator, indicatorName, evidence,
///                      fix?: {replacement, description, line, column, endLine, endColumn} } ],
///   "unreadable": [ { path, reason } ] }
/// ```
public struct JSONReporter: Reporter {
    public static let format = ReportFormat.json

    public init() {}

    public func render(_ report: LintReport) -> String {
        let sources = report.sourcesByPath
        let summary = RunSummary(report)
        let root = JSONValue.fields([
            ("version", .string(report.toolVersion)),
            ("summary", JSONReporter.summary(summary)),
            ("diagnostics", .array(report.sortedDiagnostics.map { JSONReporter.diagnostic($0, source: sources[$0.file]) })),
            ("unreadable", .array(report.unreadable.map {
                .fields([("path", .string($0.path)), ("reason", .string($0.reason))])
            })),
        ])
        return root.serialized()
    }

    static func summary(_ summary: RunSummary) -> JSONValue {
        .fields([
            ("errors", .int(summary.errors)),
            ("warnings", .int(summary.warnings)),
            ("infos", .int(summary.infos)),
            ("total", .int(summary.total)),
            ("files", .int(summary.files)),
            ("unreadable", .int(summary.unreadable)),
            ("projects", .int(summary.projects)),
            ("indicators", .int(summary.indicators)),
            ("bySeverity", .fields(Severity.descending.map { ($0.rawValue, .int(summary.count($0))) })),
            ("byCategory", .fields(summary.byCategory.map { entry in
                (entry.category, .fields(Severity.descending.map { ($0.rawValue, .int(entry.count($0))) }
                                         + [("total", .int(entry.total))]))
            })),
        ])
    }

    static func diagnostic(_ diagnostic: Diagnostic, source: SourceFile?) -> JSONValue {
        let location = diagnostic.location ?? diagnostic.span.flatMap { source?.location(of: $0) }
        let evidence = diagnostic.evidence ?? diagnostic.span.flatMap { source?.string(in: $0) }
        let context = diagnostic.context
        var fields: [(String, JSONValue?)] = [
            ("ruleId", .string(diagnostic.ruleId)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("category", .string(diagnostic.category)),
            ("title", .string(diagnostic.title)),
            ("message", .string(diagnostic.message)),
            ("help", .string(diagnostic.help)),
            ("file", .string(diagnostic.file)),
            ("line", .int(location?.line)),
            ("column", .int(location?.column)),
            ("endLine", .int(location?.endLine)),
            ("endColumn", .int(location?.endColumn)),
            ("department", .string(context.department)),
            ("unit", .string(context.unit)),
            ("project", .string(context.project)),
            ("indicator", .int(context.indicatorSeq)),
            ("indicatorName", .string(context.indicatorName)),
            ("evidence", .string(evidence)),
        ]
        if let fix = diagnostic.fix {
            let fixLocation = source?.location(of: fix.span)
            fields.append(("fix", .fields([
                ("replacement", .string(fix.replacement)),
                ("description", .string(fix.description)),
                ("line", .int(fixLocation?.line)),
                ("column", .int(fixLocation?.column)),
                ("endLine", .int(fixLocation?.endLine)),
                ("endColumn", .int(fixLocation?.endColumn)),
            ])))
        }
        return .fields(fields)
    }
}
