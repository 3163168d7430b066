/// The options one command accepts, and the scan that splits its arguments into options and positionals.
struct OptionSpec: Sendable {
    var command: String
    /// Options that take a value, with what the value is (for "missing value" messages).
    var valued: [String: String]
    var flags: Set<String>
    /// Short forms (`-f`) to long names.
    var aliases: [String: String]

    /// Every long option name, sorted, for messages and suggestions.
    var allNames: [String] { (Array(valued.keys) + Array(flags)).sorted() }

    struct Scanned {
        var options: [(name: String, value: String)] = []
        var positionals: [String] = []
    }

    func scan(_ arguments: [String]) throws(UsageError) -> Scanned {
        var scanned = Scanned()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                scanned.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            name = aliases[name] ?? name
            if flags.contains(name) {
                scanned.options.append((name, ""))
            } else if let expected = valued[name] {
                if let inlineValue {
                    guard !inlineValue.isEmpty else { throw UsageError(.missingValue(option: name, expected: expected), helpTopic: helpTopic) }
                    scanned.options.append((name, inlineValue))
                } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                    scanned.options.append((name, arguments[index]))
                    index += 1
                } else {
                    throw UsageError(.missingValue(option: name, expected: expected), helpTopic: helpTopic)
                }
            } else {
                throw UsageError(.unknownOption(name, command: command, valid: allNames), helpTopic: helpTopic)
            }
        }
        return scanned
    }

    var helpTopic: String { command.split(separator: " ").first.map(String.init) ?? command }
}
