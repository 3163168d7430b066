import Foundation
import LintModel

/// The command line: `check`, `parse`, `rules`. Returns the exit code.
public enum IndicatorLint {
    /// The version printed by `--version` and written into reports.
    public static let version = "0.1.0"

    public static func main(arguments: [String]) -> Int32 {
        // A development command, kept out of the user-facing parser and help.
        if arguments.first == "bench" { return BenchCommand.run(arguments: Array(arguments.dropFirst())) }
        let command: Command
        do {
            command = try CommandLineParser.parse(arguments)
        } catch {
            Console.error(error.description + "\n")
            return ExitCode.usage.rawValue
        }
        switch command {
        case .help(let topic):
            Console.output(HelpText.text(for: topic))
            return arguments.isEmpty ? ExitCode.usage.rawValue : ExitCode.success.rawValue
        case .version:
            Console.output("indicator-lint \(version)\n")
            return ExitCode.success.rawValue
        case .parse(let options):
            return ParseCommand.run(options).rawValue
        case .check(let options):
            return CheckCommand.run(options, arguments: arguments).rawValue
        case .rulesList(let options):
            return RulesCommand.list(options).rawValue
        case .rulesTest(let directory):
            return RulesCommand.test(directory: directory).rawValue
        case .rulesExplain(let id):
            return RulesCommand.explain(id: id).rawValue
        }
    }

    public static func exit(_ code: Int32) -> Never { Foundation.exit(code) }
}
