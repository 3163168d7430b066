import LintModel
import RuleLanguage
import TableReader

/// Runs every `expect flag` / `expect pass` example of a rule through the real reader and the rule.
public enum ExampleRunner {
    public struct Outcome: Sendable {
        public var rule: RuleMetadata
        public var example: RuleExample
        public var findings: [Diagnostic]
        public var parseProblems: [Diagnostic]

        public var passed: Bool {
            switch example.expectation {
            case .flag: !findings.isEmpty
            case .pass: findings.isEmpty
            }
        }

        /// `file:line: rule-id: expect flag: …` for a failure.
        public var explanation: String {
            let place = "\(rule.file):\(example.line): \(rule.id)"
            switch example.expectation {
            case .flag where findings.isEmpty:
                let problems = parseProblems.map { "\n    读表问题：\($0.message)" }.joined()
                return "\(place): expect flag 未报告任何问题\(problems)"
            case .pass where !findings.isEmpty:
                return "\(place): expect pass 却报告了：" + findings.map { "\n    \($0.message)" }.joined()
            default:
                return "\(place): 通过"
            }
        }
    }

    public static let header = "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"
    public static let exampleProject = "2025年示例项目"
    public static let exampleGoal = "通过开展本项目，完成年度工作任务，保障服务对象满意度不低于90%。"

    /// The table an example stands for: a table as written, tab-separated rows under the standard
    /// header, or an indicator list that becomes the 绩效指标 of one project.
    public static func document(for text: String) -> Document {
        let table: String
        if text.contains("项目名称") || text.contains("主管部门") {
            table = text
        } else if text.contains("\t") {
            table = header + "\n" + text
        } else {
            table = header + "\n\(exampleProject)\t10.00\t10.00\t\t\t\(exampleGoal)\t" + text
        }
        return TableReader.read(bytes: Array(table.utf8), path: "example.txt")
    }

    public static func run(_ rule: CompiledRule) -> [Outcome] {
        rule.examples.map { example in
            let document = document(for: example.text)
            return Outcome(rule: rule.metadata, example: example, findings: rule.evaluate(document),
                           parseProblems: document.diagnostics)
        }
    }
}
