import Foundation
import LintModel
import Reporters
import Testing
@testable import LintCommands

@Suite("Settings: command line over configuration over defaults")
struct CheckSettingsTests {
    static func options(_ arguments: [String]) throws -> CheckOptions {
        guard case .check(let options) = try CommandLineParser.parse(["check"] + arguments) else {
            Issue.record("not a check command")
            return CheckOptions()
        }
        return options
    }

    @Test("defaults: text to standard output, fail on errors, built-in rules, colour auto")
    func defaults() throws {
        let settings = try Self.options(["a"]).resolve()
        #expect(settings.outputs == [ReportOutput(format: .text, path: nil)])
        #expect(settings.failOn == .error)
        #expect(settings.useDefaultRules)
        #expect(settings.color == .auto)
        #expect(settings.jobs == nil && settings.baseline == nil && !settings.quiet)
    }

    @Test("several formats go to the output folder, one file each")
    func outputDirectory() throws {
        let settings = try Self.options(["a", "--format", "sarif,html", "--output-dir", "out/"]).resolve()
        #expect(settings.outputs == [ReportOutput(format: .sarif, path: "out/indicator-lint.sarif"),
                                     ReportOutput(format: .html, path: "out/indicator-lint.html")])
    }

    @Test("the command line overrides the file; lists add up")
    func merge() throws {
        var file = Configuration()
        file.enable = ["a", "b"]
        file.disable = ["c", "d"]
        file.severity = ["a": .info, "c": .warning]
        file.ruleDirectories = ["team/rules"]
        file.defaultRules = false
        file.failOn = .warning
        file.formats = [.json, .sarif]
        file.outputDirectory = "team/reports"
        file.color = .never
        file.jobs = 2
        file.vocabulary = ["vague": ["逐年提升"]]
        let settings = try Self.options(["x", "--disable", "a", "--enable", "c", "--severity", "a=error", "--fail-on", "never",
                                         "--rules", "mine", "-j", "8"]).resolve(with: file)
        #expect(settings.enable == ["b", "c"])
        #expect(settings.disable == ["d", "a"])
        #expect(settings.severity == ["a": .error, "c": .warning])
        #expect(settings.ruleDirectories == ["team/rules", "mine"])
        #expect(!settings.useDefaultRules)
        #expect(settings.failOn == .never)
        #expect(settings.jobs == 8)
        #expect(settings.color == .never)
        #expect(settings.outputs.map(\.path) == ["team/reports/indicator-lint.json", "team/reports/indicator-lint.sarif"])
        #expect(settings.vocabulary == ["vague": ["逐年提升"]])
        #expect(settings.referencedRuleIds == ["b", "c", "d", "a"])
        // --output on the command line replaces the file's output folder for a single format.
        let single = try Self.options(["x", "--format", "csv", "-o", "r.csv"]).resolve(with: file)
        #expect(single.outputs == [ReportOutput(format: .csv, path: "r.csv")])
    }

    @Test("several formats from the file without an output folder is a usage error")
    func formatsFromFile() throws {
        var file = Configuration()
        file.formats = [.text, .sarif]
        #expect(throws: UsageError(.multipleFormatsNeedOutputDirectory(["text", "sarif"]), helpTopic: "check")) {
            try Self.options(["x"]).resolve(with: file)
        }
    }

    @Test("rule ids are checked against the loaded pack, with suggestions")
    func ruleIds() {
        let errors = validateRuleIds(["vague-valu", "nonsense-upper-bound", "zzz", "zzz"],
                                     known: ["vague-value", "nonsense-upper-bound"])
        #expect(errors.map(\.message) == ["未知规则「vague-valu」", "未知规则「zzz」"])
        #expect(errors.map(\.suggestion) == ["你是不是想用「vague-value」？", nil])
    }
}

@Suite("Exit codes")
struct ExitCodeTests {
    @Test("the contract numbers", arguments: zip(ExitCode.allCases, [0, 1, 2, 3] as [Int32]))
    func numbers(code: ExitCode, value: Int32) {
        #expect(code.rawValue == value)
    }

    @Test("findings against --fail-on", arguments: [
        ([Severity](), FailLevel.error, 0, ExitCode.success),
        ([.warning, .info], .error, 0, .success),
        ([.warning, .error], .error, 0, .findings),
        ([.warning], .warning, 0, .findings),
        ([.info], .warning, 0, .success),
        ([.info], .info, 0, .findings),
        ([.error], .never, 0, .success),
        ([.error], .error, 1, .unreadableInput),
        ([], .never, 2, .unreadableInput),
    ])
    func mapping(findings: [Severity], failOn: FailLevel, unreadable: Int, expected: ExitCode) {
        #expect(ExitCode.forRun(findings: findings, failOn: failOn, unreadableInputs: unreadable) == expected)
    }

    @Test("colour: auto follows the terminal and NO_COLOR", arguments: [
        (ColorMode.auto, true, [String: String](), true),
        (.auto, false, [:], false),
        (.auto, true, ["NO_COLOR": "1"], false),
        (.auto, true, ["NO_COLOR": ""], true),
        (.auto, true, ["TERM": "dumb"], false),
        (.always, false, ["NO_COLOR": "1"], true),
        (.never, true, [:], false),
    ])
    func colour(mode: ColorMode, terminal: Bool, environment: [String: String], expected: Bool) {
        #expect(mode.isEnabled(outputIsTerminal: terminal, environment: environment) == expected)
    }

    @Test("main returns 2 on a usage error and 0 for --version")
    func main() {
        #expect(IndicatorLint.main(arguments: ["chek"]) == ExitCode.usage.rawValue)
        #expect(IndicatorLint.main(arguments: ["--version"]) == ExitCode.success.rawValue)
    }
}
