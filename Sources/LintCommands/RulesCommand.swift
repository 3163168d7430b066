import Foundation
import LintEngine
import LintModel
import Reporters
import RuleLanguage

/// `rules list | test [DIR] | explain ID`.
enum RulesCommand {
    static func list(_ options: RulesListOptions) -> ExitCode {
        guard let pack = load(directories: options.ruleDirectories, useDefault: !options.noDefaultRules) else { return .usage }
        let rules = pack.rules.map(\.metadata)
        var output = ""
        if options.format == .json {
            output = "[\n" + rules.map { rule in
                "  {\"id\": \(quoted(rule.id)), \"severity\": \(quoted(rule.severity.rawValue)), \"category\": \(quoted(rule.category)), "
                    + "\"title\": \(quoted(rule.title)), \"scope\": \(quoted(rule.scope)), \"file\": \(quoted(rule.file)), \"line\": \(rule.line)}"
            }.joined(separator: ",\n") + "\n]\n"
        } else {
            let width = rules.map { $0.id.count }.max() ?? 0
            for rule in rules {
                let padding = String(repeating: " ", count: max(0, width - rule.id.count))
                output += "\(rule.id)\(padding)  \(rule.severity.rawValue.padding(7))  \(rule.category.padding(22))  \(rule.title)\n"
            }
            output += "共 \(rules.count) 条规则\n"
        }
        Console.output(output)
        return .success
    }

    /// Runs every example through the reader and its rule; `N passed, M failed`.
    static func test(directory: String?) -> ExitCode {
        let pack: RulePack
        var onlyFiles: Set<String>?
        if let directory {
            guard case .success(let sources) = RulePackLoader.sources(in: directory).mapError({ report($0) }),
                  let loaded = load(directories: [directory], useDefault: true) else { return .usage }
            pack = loaded
            onlyFiles = Set(sources.map(\.name))
        } else {
            guard let loaded = load(directories: [], useDefault: true) else { return .usage }
            pack = loaded
        }
        var passed = 0
        var failed = 0
        var output = ""
        for rule in pack.rules where onlyFiles.map({ $0.contains(rule.metadata.file) }) ?? true {
            for outcome in ExampleRunner.run(rule) {
                if outcome.passed {
                    passed += 1
                } else {
                    failed += 1
                    output += "FAIL " + outcome.explanation + "\n"
                }
            }
        }
        output += "\(passed) passed, \(failed) failed\n"
        Console.output(output)
        return failed == 0 ? .success : .findings
    }

    static func explain(id: String) -> ExitCode {
        guard let pack = load(directories: [], useDefault: true) else { return .usage }
        guard let rule = pack.rule(id: id) else {
            let known = pack.rules.map(\.metadata.id)
            var message = "indicator-lint: 没有规则「\(id)」"
            if let suggestion = Suggestion.closest(to: id, in: known) { message += "\n提示：你是不是想找「\(suggestion)」？" }
            Console.error(message + "\n")
            return .usage
        }
        let metadata = rule.metadata
        var output = "\(metadata.id)  [\(metadata.severity.rawValue)] [\(metadata.category)] 适用于 \(metadata.scope)\n"
        output += "\(metadata.title)\n"
        output += "定义于 \(metadata.file):\(metadata.line)\n"
        if !metadata.tags.isEmpty { output += "标签：\(metadata.tags.joined(separator: "、"))\n" }
        if let help = metadata.help { output += "\n\(help)\n" }
        output += "\n示例：\n"
        for example in rule.examples {
            let label = example.expectation == .flag ? "应报告" : "不报告"
            output += "  [\(label)] \(example.text.replacingOccurrences(of: "\n", with: "\n           "))\n"
        }
        Console.output(output)
        return .success
    }

    static func load(directories: [String], useDefault: Bool) -> RulePack? {
        switch RulePackLoader.load(ruleDirectories: directories, useDefaultRules: useDefault) {
        case .success(let pack): return pack
        case .failure(let failure):
            _ = report(failure)
            return nil
        }
    }

    @discardableResult
    static func report(_ failure: RulePackLoader.Failure) -> RulePackLoader.Failure {
        Console.error(failure.rendered(color: Console.errorIsTerminal))
        return failure
    }

    static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}

private extension String {
    /// Pads with spaces to a display width (CJK counts two cells).
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - TextWidth.cells(of: self)))
    }
}
