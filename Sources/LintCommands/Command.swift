import LintModel
import Reporters

/// What the user asked for, parsed and validated, before anything runs.
public enum Command: Sendable, Equatable {
    case check(CheckOptions)
    case parse(ParseOptions)
    case rulesList(RulesListOptions)
    /// `rules test [DIR]`: run the `expect` examples of a rule folder (nil: the built-in pack).
    case rulesTest(directory: String?)
    case rulesExplain(id: String)
    /// `--help`, `help`, `help COMMAND`, `COMMAND --help`.
    case help(HelpTopic)
    case version
}

/// The topics of `help`.
public enum HelpTopic: String, Sendable, CaseIterable {
    case general = ""
    case check, parse, rules
}

/// `check PATH...` as written on the command line; nil means "not given" so the configuration
/// file can supply it. ``resolve(with:)`` gives the settings the run uses.
public struct CheckOptions: Sendable, Equatable {
    public var paths: [String] = []
    /// `--format a,b` and repeated `--format`, in order, without repeats.
    public var formats: [ReportFormat]?
    public var output: String?
    public var outputDirectory: String?
    /// `--rules DIR`, repeatable: user rule folders added to (or, with `--no-default-rules`, replacing) the built-in pack.
    public var ruleDirectories: [String] = []
    public var noDefaultRules = false
    public var enable: [String] = []
    public var disable: [String] = []
    /// `--severity ID=LEVEL`, repeatable; a later one for the same id wins.
    public var severity: [SeverityOverride] = []
    public var failOn: FailLevel?
    public var baseline: String?
    public var jobs: Int?
    public var config: String?
    public var color: ColorMode?
    public var quiet = false

    public init() {}
}

/// `--severity ID=LEVEL`.
public struct SeverityOverride: Sendable, Equatable, Hashable {
    public var ruleId: String
    public var severity: Severity

    public init(ruleId: String, severity: Severity) {
        self.ruleId = ruleId
        self.severity = severity
    }
}

/// `parse PATH... [--format json|csv] [--output FILE]`.
public struct ParseOptions: Sendable, Equatable {
    public var paths: [String] = []
    public var format: ReportFormat = .json
    public var output: String?

    public init() {}
    /// The formats `parse` can write.
    public static let formats: [ReportFormat] = [.json, .csv]
}

/// `rules list [--format text|json] [--rules DIR]... [--no-default-rules]`.
public struct RulesListOptions: Sendable, Equatable {
    public var format: ReportFormat = .text
    public var ruleDirectories: [String] = []
    public var noDefaultRules = false

    public init() {}
    public static let formats: [ReportFormat] = [.text, .json]
}
