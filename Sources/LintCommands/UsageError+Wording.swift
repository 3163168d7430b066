extension UsageError {
    /// What went wrong, in Chinese, naming the offending text in 「」 and the valid choices.
    public var message: String {
        switch kind {
        case let .unknownCommand(command, valid):
            "未知命令「\(command)」。可用的命令：\(valid.joined(separator: ", "))"
        case let .unknownOption(option, command, valid):
            "\(command) 没有选项「\(option)」。可用的选项：\(valid.joined(separator: ", "))"
        case let .missingValue(option, expected):
            "选项 \(option) 后面缺少\(expected)"
        case let .invalidValue(option, value, valid):
            "选项 \(option) 的值「\(value)」无效。可用的值：\(valid.joined(separator: ", "))"
        case let .invalidNumber(option, value):
            "选项 \(option) 的值「\(value)」不是正整数"
        case let .invalidSeverityOverride(value):
            "--severity 的值「\(value)」应写作 规则ID=级别，例如 vague-value=warning（级别：error, warning, info）"
        case let .missingArgument(command, what):
            "\(command) 需要\(what)"
        case let .unexpectedArgument(command, value):
            "\(command) 不接受参数「\(value)」"
        case let .conflictingOptions(first, second):
            "选项 \(first) 与 \(second) 不能同时使用"
        case let .sameRuleEnabledAndDisabled(id):
            "规则「\(id)」同时出现在 --enable 和 --disable 中"
        case let .multipleFormatsNeedOutputDirectory(formats):
            "同时输出多种格式（\(formats.joined(separator: ", "))）需要 --output-dir DIR，每种格式写入 DIR/indicator-lint.<扩展名>"
        case let .formatNotAvailable(command, format, valid):
            "\(command) 不支持格式「\(format)」。可用的格式：\(valid.joined(separator: ", "))"
        case let .unknownRuleId(id, _):
            "未知规则「\(id)」"
        case let .configUnreadable(path, reason):
            "无法读取配置文件「\(path)」：\(reason)"
        case let .configNotJSON(path, detail):
            "配置文件「\(path)」不是有效的 JSON：\(detail)"
        case let .configUnknownKey(path, key, valid):
            "配置文件「\(path)」中有未知的键「\(key)」。此处可用的键：\(valid.joined(separator: ", "))"
        case let .configWrongType(path, key, expected):
            "配置文件「\(path)」中「\(key)」的值应为\(expected)"
        case let .configInvalidValue(path, key, value, valid):
            "配置文件「\(path)」中「\(key)」的值「\(value)」无效。可用的值：\(valid.joined(separator: ", "))"
        case let .configErrors(kinds):
            kinds.map { UsageError($0).message }.joined(separator: "\n")
        case let .baselineUnreadable(path, reason):
            "无法读取基线文件「\(path)」：\(reason)"
        case let .baselineNotAReport(path, detail):
            "基线文件「\(path)」不是 indicator-lint 写出的 SARIF 或 JSON 报告：\(detail)"
        }
    }

    /// "Did you mean …", or another way out; nil when there is nothing useful to add.
    public var suggestion: String? {
        switch kind {
        case let .unknownCommand(value, valid),
             let .unknownOption(value, _, valid),
             let .invalidValue(_, value, valid),
             let .formatNotAvailable(_, value, valid),
             let .unknownRuleId(value, valid),
             let .configInvalidValue(_, _, value, valid):
            Suggestion.closest(to: value, in: valid).map { "你是不是想用「\($0)」？" }
        case let .configUnknownKey(_, key, valid):
            Suggestion.closest(to: key.split(separator: ".").last.map(String.init) ?? key, in: valid)
                .map { "你是不是想用「\($0)」？" }
        case .multipleFormatsNeedOutputDirectory:
            "或者只选一种格式，用 --output FILE 写入文件。"
        case .conflictingOptions(let first, let second) where first == "--output" && second == "--output-dir":
            "一种格式用 --output FILE；多种格式用 --output-dir DIR。"
        case .sameRuleEnabledAndDisabled:
            "只保留其中一个。"
        case .baselineUnreadable, .baselineNotAReport:
            "基线文件由之前的一次检查写出，例如 indicator-lint check PATH --format sarif --output 基线.sarif"
        default:
            nil
        }
    }
}
