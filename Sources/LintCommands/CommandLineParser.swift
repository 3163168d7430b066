import Foundation
import LintModel
import Reporters

/// Turns the arguments (without the program name) into a ``Command``, or a ``UsageError`` that
/// says what is wrong and what was probably meant. Pure: reads no files, no environment.
///
/// Options take their value as the next argument or after `=` (`--format=sarif`); `--` ends the
/// options. `--format` accepts a comma-separated list and may be repeated.
public enum CommandLineParser {
    public static let commands = ["check", "parse", "rules", "help"]
    public static let rulesSubcommands = ["list", "test", "explain"]

    public static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { return .help(.general) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h": return .help(.general)
        case "--version", "-V": return .version
        case "help":
            guard let topic = rest.first else { return .help(.general) }
            guard let known = HelpTopic(rawValue: topic), known != .general else {
                throw UsageError(.unknownCommand(topic, valid: HelpTopic.allCases.dropFirst().map(\.rawValue)))
            }
            return .help(known)
        case "check": return try parseCheck(rest)
        case "parse": return try parseParse(rest)
        case "rules": return try parseRules(rest)
        default:
            if first.hasPrefix("-") {
                throw UsageError(.unknownOption(first, command: "indicator-lint", valid: ["--help", "--version"]))
            }
            throw UsageError(.unknownCommand(first, valid: commands))
        }
    }

    // MARK: Commands

    static let checkSpec = OptionSpec(command: "check", valued: [
        "--format": "格式（text, json, sarif, csv, html）", "--output": "文件路径", "--output-dir": "文件夹路径",
        "--rules": "规则文件夹路径", "--enable": "规则 ID", "--disable": "规则 ID", "--severity": "规则ID=级别",
        "--fail-on": "级别（error, warning, info, never）", "--baseline": "基线文件路径", "--jobs": "并行数",
        "--config": "配置文件路径", "--color": "颜色模式（auto, always, never）",
    ], flags: ["--no-default-rules", "--quiet", "--help"], aliases: ["-f": "--format", "-o": "--output", "-j": "--jobs", "-q": "--quiet", "-h": "--help"])

    static func parseCheck(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try checkSpec.scan(arguments)
        var options = CheckOptions()
        options.paths = scanned.positionals
        for (name, value) in scanned.options {
            switch name {
            case "--help": return .help(.check)
            case "--format":
                var formats = options.formats ?? []
                for format in try formatList(value, option: name, allowed: ReportFormat.allCases, command: "check")
                where !formats.contains(format) { formats.append(format) }
                options.formats = formats
            case "--output": options.output = value
            case "--output-dir": options.outputDirectory = value
            case "--rules": options.ruleDirectories.append(value)
            case "--no-default-rules": options.noDefaultRules = true
            case "--enable": options.enable.append(value)
            case "--disable": options.disable.append(value)
            case "--severity": options.severity.append(try severityOverride(value))
            case "--fail-on": options.failOn = try choice(value, option: name, of: FailLevel.self, command: "check")
            case "--baseline": options.baseline = value
            case "--jobs": options.jobs = try positiveInteger(value, option: name)
            case "--config": options.config = value
            case "--color": options.color = try choice(value, option: name, of: ColorMode.self, command: "check")
            case "--quiet": options.quiet = true
            default: break
            }
        }
        guard !options.paths.isEmpty else {
            throw UsageError(.missingArgument(command: "check", what: "至少一个 PATH（文件或文件夹）"), helpTopic: "check")
        }
        if options.output != nil, options.outputDirectory != nil {
            throw UsageError(.conflictingOptions("--output", "--output-dir"), helpTopic: "check")
        }
        if let formats = options.formats, formats.count > 1, options.output != nil {
            throw UsageError(.multipleFormatsNeedOutputDirectory(formats.map(\.rawValue)), helpTopic: "check")
        }
        if let both = options.enable.first(where: options.disable.contains) {
            throw UsageError(.sameRuleEnabledAndDisabled(both), helpTopic: "check")
        }
        return .check(options)
    }

    static let parseSpec = OptionSpec(command: "parse", valued: ["--format": "格式（json, csv）", "--output": "文件路径"],
                                      flags: ["--help"], aliases: ["-f": "--format", "-o": "--output", "-h": "--help"])

    static func parseParse(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try parseSpec.scan(arguments)
        var options = ParseOptions()
        options.paths = scanned.positionals
        for (name, value) in scanned.options {
            switch name {
            case "--help": return .help(.parse)
            case "--format":
                let formats = try formatList(value, option: name, allowed: ParseOptions.formats, command: "parse")
                if formats.count > 1 {
                    throw UsageError(.invalidValue(option: name, value: value, valid: ParseOptions.formats.map(\.rawValue)), helpTopic: "parse")
                }
                options.format = formats[0]
            case "--output": options.output = value
            default: break
            }
        }
        guard !options.paths.isEmpty else {
            throw UsageError(.missingArgument(command: "parse", what: "至少一个 PATH（文件或文件夹）"), helpTopic: "parse")
        }
        return .parse(options)
    }

    static let rulesListSpec = OptionSpec(command: "rules list", valued: ["--format": "格式（text, json）", "--rules": "规则文件夹路径"],
                                          flags: ["--no-default-rules", "--help"], aliases: ["-f": "--format", "-h": "--help"])
    static let rulesOtherSpec = OptionSpec(command: "rules", valued: [:], flags: ["--help"], aliases: ["-h": "--help"])

    static func parseRules(_ arguments: [String]) throws(UsageError) -> Command {
        guard let subcommand = arguments.first else {
            throw UsageError(.missingArgument(command: "rules", what: "子命令：list, test 或 explain"), helpTopic: "rules")
        }
        let rest = Array(arguments.dropFirst())
        switch subcommand {
        case "--help", "-h": return .help(.rules)
        case "list":
            let scanned = try rulesListSpec.scan(rest)
            if let extra = scanned.positionals.first {
                throw UsageError(.unexpectedArgument(command: "rules list", value: extra), helpTopic: "rules")
            }
            var options = RulesListOptions()
            for (name, value) in scanned.options {
                switch name {
                case "--help": return .help(.rules)
                case "--format":
                    let formats = try formatList(value, option: name, allowed: RulesListOptions.formats, command: "rules list")
                    if formats.count > 1 {
                        throw UsageError(.invalidValue(option: name, value: value, valid: RulesListOptions.formats.map(\.rawValue)), helpTopic: "rules")
                    }
                    options.format = formats[0]
                case "--rules": options.ruleDirectories.append(value)
                case "--no-default-rules": options.noDefaultRules = true
                default: break
                }
            }
            return .rulesList(options)
        case "test":
            let scanned = try rulesOtherSpec.scan(rest)
            if scanned.options.contains(where: { $0.name == "--help" }) { return .help(.rules) }
            if scanned.positionals.count > 1 {
                throw UsageError(.unexpectedArgument(command: "rules test", value: scanned.positionals[1]), helpTopic: "rules")
            }
            return .rulesTest(directory: scanned.positionals.first)
        case "explain":
            let scanned = try rulesOtherSpec.scan(rest)
            if scanned.options.contains(where: { $0.name == "--help" }) { return .help(.rules) }
            guard let id = scanned.positionals.first else {
                throw UsageError(.missingArgument(command: "rules explain", what: "一个规则 ID"), helpTopic: "rules")
            }
            if scanned.positionals.count > 1 {
                throw UsageError(.unexpectedArgument(command: "rules explain", value: scanned.positionals[1]), helpTopic: "rules")
            }
            return .rulesExplain(id: id)
        default:
            throw UsageError(.unknownCommand(subcommand, valid: rulesSubcommands), helpTopic: "rules")
        }
    }

    // MARK: Values

    static func formatList(_ value: String, option: String, allowed: [ReportFormat], command: String) throws(UsageError) -> [ReportFormat] {
        var formats: [ReportFormat] = []
        let names = value.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for name in names {
            guard let format = ReportFormat(rawValue: name) else {
                throw UsageError(.invalidValue(option: option, value: name, valid: allowed.map(\.rawValue)), helpTopic: command)
            }
            guard allowed.contains(format) else {
                throw UsageError(.formatNotAvailable(command: command, format: name, valid: allowed.map(\.rawValue)), helpTopic: command)
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    static func choice<Choice: RawRepresentable & CaseIterable>(_ value: String, option: String, of type: Choice.Type,
                                                                  command: String) throws(UsageError) -> Choice
        where Choice.RawValue == String {
        guard let choice = Choice(rawValue: value.lowercased()) else {
            throw UsageError(.invalidValue(option: option, value: value, valid: Choice.allCases.map(\.rawValue)), helpTopic: command)
        }
        return choice
    }

    static func positiveInteger(_ value: String, option: String) throws(UsageError) -> Int {
        guard let number = Int(value), number >= 1 else {
            throw UsageError(.invalidNumber(option: option, value: value), helpTopic: "check")
        }
        return number
    }

    static func severityOverride(_ value: String) throws(UsageError) -> SeverityOverride {
        guard let equals = value.lastIndex(of: "="), equals != value.startIndex else {
            throw UsageError(.invalidSeverityOverride(value), helpTopic: "check")
        }
        let id = String(value[..<equals]).trimmingCharacters(in: .whitespaces)
        let level = String(value[value.index(after: equals)...]).trimmingCharacters(in: .whitespaces).lowercased()
        guard !id.isEmpty, !level.isEmpty else { throw UsageError(.invalidSeverityOverride(value), helpTopic: "check") }
        guard let severity = Severity(rawValue: level) else {
            throw UsageError(.invalidValue(option: "--severity", value: level, valid: ["error", "warning", "info"]), helpTopic: "check")
        }
        return SeverityOverride(ruleId: id, severity: severity)
    }
}
