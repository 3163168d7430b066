import LintModel

/// The exit-code contract, in one place. Scripts and CI depend on these numbers; never renumber.
public enum ExitCode: Int32, Sendable, CaseIterable {
    /// Nothing at or above `--fail-on`.
    case success = 0
    /// At least one finding at or above `--fail-on`.
    case findings = 1
    /// Usage, configuration or rule-file error: nothing was checked.
    case usage = 2
    /// An input could not be read at all.
    case unreadableInput = 3

    /// The code for a finished run. An unreadable input wins over findings: the run is incomplete,
    /// and "no findings" would be a lie.
    public static func forRun(findings: [Severity], failOn: FailLevel, unreadableInputs: Int) -> ExitCode {
        if unreadableInputs > 0 { return .unreadableInput }
        return findings.contains(where: failOn.fails) ? .findings : .success
    }
}

/// `--fail-on`: the least severe finding that makes the run fail.
public enum FailLevel: String, Sendable, CaseIterable, Codable {
    case error, warning, info, never

    /// True when a finding of this severity fails the run.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .never: false
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
        }
    }
}

/// `--color`.
public enum ColorMode: String, Sendable, CaseIterable, Codable {
    case auto, always, never

    /// Whether to colour: `auto` colours a terminal unless `NO_COLOR` is set to anything non-empty
    /// (no-color.org) or `TERM` is `dumb`.
    public func isEnabled(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto:
            outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}
