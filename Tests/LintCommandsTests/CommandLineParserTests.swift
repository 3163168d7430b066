import Foundation
import LintModel
import Reporters
import Testing
@testable import LintCommands

@Suite("Command-line parsing")
struct CommandLineParserTests {
    static func check(_ build: (inout CheckOptions) -> Void) -> Command {
        var options = CheckOptions()
        build(&options)
        return .check(options)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var expected: Command
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test("valid command lines", arguments: [
        Case(arguments: [], expected: .help(.general)),
        Case(arguments: ["--help"], expected: .help(.general)),
        Case(arguments: ["-h"], expected: .help(.general)),
        Case(arguments: ["--version"], expected: .version),
        Case(arguments: ["help", "check"], expected: .help(.check)),
        Case(arguments: ["check", "--help"], expected: .help(.check)),
        Case(arguments: ["rules", "--help"], expected: .help(.rules)),
        Case(arguments: ["check", "a.txt"], expected: check { $0.paths = ["a.txt"] }),
        Case(arguments: ["check", "表/海珠.txt", "dir", "--format", "sarif", "-o", "out.sarif"],
             expected: check { $0.paths = ["表/海珠.txt", "dir"]; $0.formats = [.sarif]; $0.output = "out.sarif" }),
        Case(arguments: ["check", "a", "--format=json,sarif", "--format", "csv", "--format", "json", "--output-dir", "reports"],
             expected: check { $0.paths = ["a"]; $0.formats = [.json, .sarif, .csv]; $0.outputDirectory = "reports" }),
        Case(arguments: ["check", "a", "--rules", "r1", "--rules=r2", "--no-default-rules", "--enable", "x", "--disable", "y",
                         "--severity", "vague-value=info", "--severity", "z=ERROR"],
             expected: check {
                 $0.paths = ["a"]; $0.ruleDirectories = ["r1", "r2"]; $0.noDefaultRules = true; $0.enable = ["x"]; $0.disable = ["y"]
                 $0.severity = [SeverityOverride(ruleId: "vague-value", severity: .info), SeverityOverride(ruleId: "z", severity: .error)]
             }),
        Case(arguments: ["check", "a", "--fail-on", "warning", "--baseline", "b.json", "-j", "4", "--config", "c.json",
                         "--color", "always", "-q"],
             expected: check {
                 $0.paths = ["a"]; $0.failOn = .warning; $0.baseline = "b.json"; $0.jobs = 4; $0.config = "c.json"
                 $0.color = .always; $0.quiet = true
             }),
        Case(arguments: ["check", "--", "--odd-name.txt", "-"], expected: check { $0.paths = ["--odd-name.txt", "-"] }),
        Case(arguments: ["parse", "a.txt"], expected: .parse({ var o = ParseOptions(); o.paths = ["a.txt"]; return o }())),
        Case(arguments: ["parse", "a.txt", "--format", "csv", "--output", "a.csv"],
             expected: .parse({ var o = ParseOptions(); o.paths = ["a.txt"]; o.format = .csv; o.output = "a.csv"; return o }())),
        Case(arguments: ["rules", "list"], expected: .rulesList(RulesListOptions())),
        Case(arguments: ["rules", "list", "--format", "json", "--rules", "mine", "--no-default-rules"],
             expected: .rulesList({ var o = RulesListOptions(); o.format = .json; o.ruleDirectories = ["mine"]; o.noDefaultRules = true; return o }())),
        Case(arguments: ["rules", "test"], expected: .rulesTest(directory: nil)),
        Case(arguments: ["rules", "test", "Rules"], expected: .rulesTest(directory: "Rules")),
        Case(arguments: ["rules", "explain", "nonsense-upper-bound"], expected: .rulesExplain(id: "nonsense-upper-bound")),
    ])
    func parses(_ testCase: Case) throws {
        #expect(try CommandLineParser.parse(testCase.arguments) == testCase.expected)
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var message: String
        var suggestion: String?
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let checkOptions = "--baseline, --color, --config, --disable, --enable, --fail-on, --format, --help, --jobs, --no-default-rules, --output, --output-dir, --quiet, --rules, --severity"

    @Test("every usage error, word for word", arguments: [
        ErrorCase(arguments: ["chek", "a"], message: "未知命令「chek」。可用的命令：check, parse, rules, help",
                  suggestion: "你是不是想用「check」？"),
        ErrorCase(arguments: ["lint", "a"], message: "未知命令「lint」。可用的命令：check, parse, rules, help", suggestion: nil),
        ErrorCase(arguments: ["--verison"], message: "indicator-lint 没有选项「--verison」。可用的选项：--help, --version",
                  suggestion: "你是不是想用「--version」？"),
        ErrorCase(arguments: ["help", "chekc"], message: "未知命令「chekc」。可用的命令：check, parse, rules",
                  suggestion: "你是不是想用「check」？"),
        ErrorCase(arguments: ["check", "a", "--fromat", "json"], message: "check 没有选项「--fromat」。可用的选项：\(checkOptions)",
                  suggestion: "你是不是想用「--format」？"),
        ErrorCase(arguments: ["check", "a", "--format", "sarf"], message: "选项 --format 的值「sarf」无效。可用的值：text, json, sarif, csv, html",
                  suggestion: "你是不是想用「sarif」？"),
        ErrorCase(arguments: ["check", "a", "--format", "json,xml"], message: "选项 --format 的值「xml」无效。可用的值：text, json, sarif, csv, html",
                  suggestion: nil),
        ErrorCase(arguments: ["check", "a", "--format"], message: "选项 --format 后面缺少格式（text, json, sarif, csv, html）", suggestion: nil),
        ErrorCase(arguments: ["check", "a", "--output", "--quiet"], message: "选项 --output 后面缺少文件路径", suggestion: nil),
        ErrorCase(arguments: ["check", "a", "--format="], message: "选项 --format 后面缺少格式（text, json, sarif, csv, html）", suggestion: nil),
        ErrorCase(arguments: ["check"], message: "check 需要至少一个 PATH（文件或文件夹）", suggestion: nil),
        ErrorCase(arguments: ["check", "a", "--fail-on", "warn"], message: "选项 --fail-on 的值「warn」无效。可用的值：error, warning, info, never",
                  suggestion: "你是不是想用「warning」？"),
        ErrorCase(arguments: ["check", "a", "--color", "alway"], message: "选项 --color 的值「alway」无效。可用的值：auto, always, never",
                  suggestion: "你是不是想用「always」？"),
        ErrorCase(arguments: ["check", "a", "--jobs", "0"], message: "选项 --jobs 的值「0」不是正整数", suggestion: nil),
        ErrorCase(arguments: ["check", "a", "--jobs", "many"], message: "选项 --jobs 的值「many」不是正整数", suggestion: nil),
        ErrorCase(arguments: ["check", "a", "--severity", "vague-value"],
                  message: "--severity 的值「vague-value」应写作 规则ID=级别，例如 vague-value=warning（级别：error, warning, info）", suggestion: nil),
        ErrorCase(arguments: ["check", "a", "--severity", "vague-value=eror"], message: "选项 --severity 的值「eror」无效。可用的值：error, warning, info",
                  suggestion: "你是不是想用「error」？"),
        ErrorCase(arguments: ["check", "a", "--output", "x", "--output-dir", "d"], message: "选项 --output 与 --output-dir 不能同时使用",
                  suggestion: "一种格式用 --output FILE；多种格式用 --output-dir DIR。"),
        ErrorCase(arguments: ["check", "a", "--format", "json,sarif", "--output", "x"],
                  message: "同时输出多种格式（json, sarif）需要 --output-dir DIR，每种格式写入 DIR/indicator-lint.<扩展名>",
                  suggestion: "或者只选一种格式，用 --output FILE 写入文件。"),
        ErrorCase(arguments: ["check", "a", "--enable", "x", "--disable", "x"], message: "规则「x」同时出现在 --enable 和 --disable 中",
                  suggestion: "只保留其中一个。"),
        ErrorCase(arguments: ["parse", "a", "--format", "sarif"], message: "parse 不支持格式「sarif」。可用的格式：json, csv", suggestion: nil),
        ErrorCase(arguments: ["parse", "a", "--format", "json,csv"], message: "选项 --format 的值「json,csv」无效。可用的值：json, csv", suggestion: nil),
        ErrorCase(arguments: ["parse"], message: "parse 需要至少一个 PATH（文件或文件夹）", suggestion: nil),
        ErrorCase(arguments: ["parse", "a", "--rules", "r"], message: "parse 没有选项「--rules」。可用的选项：--format, --help, --output", suggestion: nil),
        ErrorCase(arguments: ["rules"], message: "rules 需要子命令：list, test 或 explain", suggestion: nil),
        ErrorCase(arguments: ["rules", "lst"], message: "未知命令「lst」。可用的命令：list, test, explain", suggestion: "你是不是想用「list」？"),
        ErrorCase(arguments: ["rules", "list", "--format", "html"], message: "rules list 不支持格式「html」。可用的格式：text, json", suggestion: nil),
        ErrorCase(arguments: ["rules", "list", "extra"], message: "rules list 不接受参数「extra」", suggestion: nil),
        ErrorCase(arguments: ["rules", "explain"], message: "rules explain 需要一个规则 ID", suggestion: nil),
        ErrorCase(arguments: ["rules", "explain", "a", "b"], message: "rules explain 不接受参数「b」", suggestion: nil),
        ErrorCase(arguments: ["rules", "test", "a", "b"], message: "rules test 不接受参数「b」", suggestion: nil),
    ])
    func usageErrors(_ testCase: ErrorCase) {
        do {
            let command = try CommandLineParser.parse(testCase.arguments)
            Issue.record("expected a usage error, got \(command)")
        } catch {
            #expect(error.message == testCase.message)
            #expect(error.suggestion == testCase.suggestion)
        }
    }

    @Test("the printed error has the message, the suggestion and where to read more")
    func printedError() {
        do {
            _ = try CommandLineParser.parse(["check", "a", "--format", "sarf"])
            Issue.record("expected a usage error")
        } catch {
            #expect(error.description == """
                indicator-lint: 错误：选项 --format 的值「sarf」无效。可用的值：text, json, sarif, csv, html
                提示：你是不是想用「sarif」？
                运行「indicator-lint help check」查看用法。
                """)
        }
    }

    @Test("did you mean: typos and transpositions, not unrelated words", arguments: [
        ("--fromat", ["--format", "--output"], "--format" as String?),
        ("sarf", ["text", "json", "sarif"], "sarif"),
        ("jsno", ["text", "json", "sarif"], "json"),
        ("--form", ["--format", "--fail-on"], "--format"),
        ("rule", ["rules", "ruleDirectories"], "rules"),
        ("xml", ["text", "json", "sarif", "csv", "html"], nil),
        ("vague-valu", ["vague-value", "value-is-label"], "vague-value"),
    ])
    func suggestions(input: String, candidates: [String], expected: String?) {
        #expect(Suggestion.closest(to: input, in: candidates) == expected)
    }

    @Test("help covers every command, option and exit code")
    func help() {
        for command in ["check", "parse", "rules list", "rules test", "rules explain"] {
            #expect(HelpText.general.contains("indicator-lint \(command)"))
        }
        for option in CommandLineParser.checkSpec.allNames {
            #expect(HelpText.check.contains(option), "check help misses \(option)")
        }
        for code in ExitCode.allCases {
            #expect(HelpText.general.contains("  \(code.rawValue)  "))
        }
    }
}
