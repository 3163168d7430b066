/// A mistake in the command line or the configuration file: exit code 2, nothing is checked.
///
/// What went wrong (``Kind``) is kept apart from how it is said (``message``, ``suggestion``,
/// in `UsageError+Wording.swift`), as swift-argument-parser does, so tests can match on the kind
/// and the wording can change in one place.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case unknownCommand(String, valid: [String])
        case unknownOption(String, command: String, valid: [String])
        case missingValue(option: String, expected: String)
        case invalidValue(option: String, value: String, valid: [String])
        case invalidNumber(option: String, value: String)
        case invalidSeverityOverride(String)
        case missingArgument(command: String, what: String)
        case unexpectedArgument(command: String, value: String)
        case conflictingOptions(String, String)
        case sameRuleEnabledAndDisabled(String)
        case multipleFormatsNeedOutputDirectory([String])
        case formatNotAvailable(command: String, format: String, valid: [String])
        case unknownRuleId(String, known: [String])
        case configUnreadable(path: String, reason: String)
        case configNotJSON(path: String, detail: String)
        case configUnknownKey(path: String, key: String, valid: [String])
        case configWrongType(path: String, key: String, expected: String)
        case configInvalidValue(path: String, key: String, value: String, valid: [String])
        /// Several errors of one configuration file, in the order they were found.
        case configErrors([Kind])
        case baselineUnreadable(path: String, reason: String)
        case baselineNotAReport(path: String, detail: String)
    }

    public var kind: Kind
    /// Where to read more (`indicator-lint help check`), when one command is concerned.
    public var helpTopic: String?

    public init(_ kind: Kind, helpTopic: String? = nil) {
        self.kind = kind
        self.helpTopic = helpTopic
    }

    /// Everything to print on standard error, one line each: the message, the suggestion, where to read more.
    public var description: String {
        if case .configErrors(let kinds) = kind {
            return kinds.map { UsageError($0).description }.joined(separator: "\n")
        }
        var lines = ["indicator-lint: 错误：\(message)"]
        if let suggestion { lines.append("提示：\(suggestion)") }
        if let helpTopic { lines.append("运行「indicator-lint help \(helpTopic)」查看用法。") }
        return lines.joined(separator: "\n")
    }
}
