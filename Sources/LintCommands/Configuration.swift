import Foundation
import LintModel
import Reporters

/// A team's settings, from `indicator-lint.json` in the current folder or `--config FILE`.
///
/// ```json
/// {
///   "$schema": "…",                          // optional, ignored (for editors)
///   "rules": {
///     "enable":   ["rule-id", …],            // switch on rules that are off by default
///     "disable":  ["rule-id", …],            // switch rules off
///     "severity": { "rule-id": "warning" }   // error | warning | info
///   },
///   "ruleDirectories": ["rules/", …],        // folders of .rules files, added to the built-in pack
///   "defaultRules": true,                    // false: only the rules in ruleDirectories
///   "vocabulary": { "vague": ["…", …] },      // word lists the rule pack reads, by list name
///   "failOn": "error",                       // error | warning | info | never
///   "format": "text",                        // or a list: ["text", "sarif"] (needs outputDirectory)
///   "outputDirectory": "reports/",
///   "baseline": "indicator-lint-baseline.json",
///   "jobs": 4,
///   "color": "auto"                          // auto | always | never
/// }
/// ```
///
/// Relative paths are relative to the folder of the configuration file, so a file checked into a
/// repository works from any subfolder. Unknown keys and bad values are errors (with a "did you
/// mean"), never silently ignored. The command line overrides the file (``CheckOptions/resolve(with:)``).
public struct Configuration: Sendable, Equatable {
    public var path: String?
    public var enable: [String] = []
    public var disable: [String] = []
    public var severity: [String: Severity] = [:]
    public var ruleDirectories: [String] = []
    public var defaultRules: Bool?
    public var vocabulary: [String: [String]] = [:]
    public var failOn: FailLevel?
    public var formats: [ReportFormat]?
    public var outputDirectory: String?
    public var baseline: String?
    public var jobs: Int?
    public var color: ColorMode?

    public init() {}

    /// The file looked up in the current folder when `--config` is not given.
    public static let defaultFileName = "indicator-lint.json"
    static let topLevelKeys = ["$schema", "rules", "ruleDirectories", "defaultRules", "vocabulary", "failOn",
                               "format", "outputDirectory", "baseline", "jobs", "color"]
    static let ruleKeys = ["enable", "disable", "severity"]

    /// The configuration for a run: `--config FILE` if given (it must exist), else
    /// `indicator-lint.json` in `currentDirectory` if there is one, else nil.
    public static func load(explicitPath: String?, currentDirectory: String) throws(UsageError) -> Configuration? {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else {
            let candidate = currentDirectory.hasSuffix("/") ? currentDirectory + defaultFileName
                                                          : currentDirectory + "/" + defaultFileName
            guard FileManager.default.fileExists(atPath: candidate) else { return nil }
            path = candidate
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "无法打开" : "文件不存在"
            throw UsageError(.configUnreadable(path: explicitPath ?? defaultFileName, reason: reason))
        }
        return try parse(data, path: explicitPath ?? defaultFileName)
    }

    /// Reads a configuration from the bytes of a file (no file system access).
    public static func parse(_ data: Data, path: String) throws(UsageError) -> Configuration {
        let root: JSONNode
        do {
            root = try JSONDecoder().decode(JSONNode.self, from: data)
        } catch {
            throw UsageError(.configNotJSON(path: path, detail: JSONNode.describe(error)))
        }
        return try ConfigurationReader(path: path).read(root)
    }
}
