import LintModel
import Reporters

/// What a `check` run uses: the command line over the configuration file over the defaults.
public struct CheckSettings: Sendable, Equatable {
    public var paths: [String]
    /// Where each report goes, one per format.
    public var outputs: [ReportOutput]
    public var ruleDirectories: [String]
    public var useDefaultRules: Bool
    /// Rules switched on that are off by default.
    public var enable: [String]
    public var disable: [String]
    /// Severity by rule id, for rules whose severity was changed.
    public var severity: [String: Severity]
    public var failOn: FailLevel
    public var baseline: String?
    /// nil: as many as there are cores.
    public var jobs: Int?
    public var color: ColorMode
    public var quiet: Bool
    /// Word lists for the rule pack (`vague`, …) from the configuration file.
    public var vocabulary: [String: [String]]

    /// Every rule id the settings name (enable, disable, severity), to check with ``validateRuleIds(_:known:)``
    /// once the rule pack is loaded.
    public var referencedRuleIds: [String] {
        var seen = Set<String>()
        return (enable + disable + severity.keys.sorted()).filter { seen.insert($0).inserted }
    }
}

/// One report to write: a format and a file, or standard output.
public struct ReportOutput: Sendable, Equatable {
    public var format: ReportFormat
    /// nil: standard output.
    public var path: String?

    public init(format: ReportFormat, path: String?) {
        self.format = format
        self.path = path
    }
}

extension CheckOptions {
    /// Merges the configuration file under the command line and checks the combination.
    ///
    /// Scalars on the command line replace the file's; lists add to it. `--enable X` overrides a
    /// `disable` of X in the file and the other way round; `--severity` overrides the file per rule.
    public func resolve(with configuration: Configuration? = nil) throws(UsageError) -> CheckSettings {
        let file = configuration ?? Configuration()
        let formats = self.formats ?? file.formats ?? [.text]
        let outputDirectory = self.outputDirectory ?? (self.output == nil ? file.outputDirectory : nil)

        if output != nil, self.outputDirectory != nil {
            throw UsageError(.conflictingOptions("--output", "--output-dir"), helpTopic: "check")
        }
        let outputs: [ReportOutput]
        if let outputDirectory {
            let base = outputDirectory.hasSuffix("/") ? String(outputDirectory.dropLast()) : outputDirectory
            outputs = formats.map { ReportOutput(format: $0, path: base + "/" + $0.defaultFileName) }
        } else if formats.count > 1 {
            throw UsageError(.multipleFormatsNeedOutputDirectory(formats.map(\.rawValue)), helpTopic: "check")
        } else {
            outputs = formats.map { ReportOutput(format: $0, path: output) }
        }

        var enable = file.enable.filter { !self.disable.contains($0) }
        var disable = file.disable.filter { !self.enable.contains($0) }
        for id in self.enable where !enable.contains(id) { enable.append(id) }
        for id in self.disable where !disable.contains(id) { disable.append(id) }
        if let both = self.enable.first(where: { self.disable.contains($0) }) {
            throw UsageError(.sameRuleEnabledAndDisabled(both), helpTopic: "check")
        }
        var severity = file.severity
        for override in self.severity { severity[override.ruleId] = override.severity }

        return CheckSettings(
            paths: paths,
            outputs: outputs,
            ruleDirectories: file.ruleDirectories + ruleDirectories.filter { !file.ruleDirectories.contains($0) },
            useDefaultRules: noDefaultRules ? false : (file.defaultRules ?? true),
            enable: enable,
            disable: disable,
            severity: severity,
            failOn: failOn ?? file.failOn ?? .error,
            baseline: baseline ?? file.baseline,
            jobs: jobs ?? file.jobs,
            color: color ?? file.color ?? .auto,
            quiet: quiet,
            vocabulary: file.vocabulary)
    }
}

/// Checks rule ids named on the command line or in the configuration against the loaded rule
/// pack: one error per unknown id, each with the nearest known id as a suggestion.
public func validateRuleIds(_ ids: [String], known: [String]) -> [UsageError] {
    let knownSet = Set(known)
    var seen = Set<String>()
    return ids.filter { !knownSet.contains($0) && seen.insert($0).inserted }
        .map { UsageError(.unknownRuleId($0, known: known.sorted()), helpTopic: nil) }
}
