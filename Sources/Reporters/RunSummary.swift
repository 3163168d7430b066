import LintModel

/// The counts a report opens or closes with.
public struct RunSummary: Sendable, Equatable {
    /// The findings of one category, by severity.
    public struct CategoryCount: Sendable, Equatable {
        public var category: String
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        public var total: Int { errors + warnings + infos }

        public func count(_ severity: Severity) -> Int {
            switch severity {
            case .error: errors
            case .warning: warnings
            case .info: infos
            }
        }
    }

    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// Files read plus files that could not be read.
    public var files: Int
    public var unreadable: Int
    public var projects: Int
    public var indicators: Int
    /// Only categories with findings, in the order of ``DiagnosticCategory/all`` (unknown ones after, by name).
    public var byCategory: [CategoryCount]

    public var total: Int { errors + warnings + infos }

    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .info: infos
        }
    }

    public init(_ report: LintReport) {
        var errors = 0, warnings = 0, infos = 0
        var categories: [String: CategoryCount] = [:]
        for diagnostic in report.diagnostics {
            var entry = categories[diagnostic.category]
                ?? CategoryCount(category: diagnostic.category, errors: 0, warnings: 0, infos: 0)
            switch diagnostic.severity {
            case .error: errors += 1; entry.errors += 1
            case .warning: warnings += 1; entry.warnings += 1
            case .info: infos += 1; entry.infos += 1
            }
            categories[diagnostic.category] = entry
        }
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        let paths = Set(report.documents.map(\.path)).union(report.unreadable.map(\.path))
        self.files = paths.count
        self.unreadable = report.unreadable.count
        self.projects = report.documents.reduce(0) { $0 + $1.projects.count }
        self.indicators = report.documents.reduce(0) { $0 + $1.indicators.count }
        let known = DiagnosticCategory.all.compactMap { categories[$0] }
        let unknown = categories.keys.filter { !DiagnosticCategory.isKnown($0) }.sorted().compactMap { categories[$0] }
        self.byCategory = known + unknown
    }

    /// `2 个错误, 1 个警告, 0 个提示; 3 个文件`: one line, for people.
    public var headline: String {
        var line = "\(errors) 个错误, \(warnings) 个警告, \(infos) 个提示; \(files) 个文件"
        if unreadable > 0 { line += "（\(unreadable) 个无法读取）" }
        return line
    }
}

extension Severity {
    /// The Chinese name shown to users.
    public var chineseName: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }

    /// From the most to the least serious.
    static let descending: [Severity] = [.error, .warning, .info]
}
