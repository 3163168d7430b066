import Foundation
import LintModel
import Reporters

/// Walks the JSON of a configuration file, checking every key and value.
struct ConfigurationReader {
    var path: String
    var baseDirectory: String

    init(path: String) {
        self.path = path
        if let slash = path.lastIndex(of: "/") {
            baseDirectory = String(path[...slash])
        } else {
            baseDirectory = ""
        }
    }

    mutating func read(_ root: JSONNode) throws(UsageError) -> Configuration {
        var configuration = Configuration()
        configuration.path = path
        let object = try self.object(root, key: "(根)")
        for key in object.keys.sorted() where !Configuration.topLevelKeys.contains(key) {
            throw UsageError(.configUnknownKey(path: path, key: key, valid: Configuration.topLevelKeys))
        }
        if let rules = object["rules"] {
            let rules = try self.object(rules, key: "rules")
            for key in rules.keys.sorted() where !Configuration.ruleKeys.contains(key) {
                throw UsageError(.configUnknownKey(path: path, key: "rules.\(key)", valid: Configuration.ruleKeys))
            }
            if let enable = rules["enable"] { configuration.enable = try strings(enable, key: "rules.enable") }
            if let disable = rules["disable"] { configuration.disable = try strings(disable, key: "rules.disable") }
            if let severity = rules["severity"] {
                let levels = Severity.allCases.reversed().map(\.rawValue)
                for (id, value) in try self.object(severity, key: "rules.severity").sorted(by: { $0.key < $1.key }) {
                    let key = "rules.severity.\(id)"
                    let text = try string(value, key: key)
                    guard let level = Severity(rawValue: text) else {
                        throw UsageError(.configInvalidValue(path: path, key: key, value: text, valid: levels))
                    }
                    configuration.severity[id] = level
                }
            }
        }
        if let directories = object["ruleDirectories"] {
            configuration.ruleDirectories = try strings(directories, key: "ruleDirectories").map(resolved)
        }
        if let value = object["defaultRules"] {
            guard case .bool(let flag) = value else {
                throw UsageError(.configWrongType(path: path, key: "defaultRules", expected: "true 或 false"))
            }
            configuration.defaultRules = flag
        }
        if let vocabulary = object["vocabulary"] {
            for (name, list) in try self.object(vocabulary, key: "vocabulary").sorted(by: { $0.key < $1.key }) {
                configuration.vocabulary[name] = try strings(list, key: "vocabulary.\(name)")
            }
        }
        if let value = object["failOn"] { configuration.failOn = try choice(value, key: "failOn", of: FailLevel.self) }
        if let value = object["color"] { configuration.color = try choice(value, key: "color", of: ColorMode.self) }
        if let value = object["format"] {
            let names: [String]
            if case .string(let single) = value { names = [single] } else { names = try strings(value, key: "format") }
            var formats: [ReportFormat] = []
            for name in names {
                guard let format = ReportFormat(rawValue: name) else {
                    throw UsageError(.configInvalidValue(path: path, key: "format", value: name,
                                                         valid: ReportFormat.allCases.map(\.rawValue)))
                }
                if !formats.contains(format) { formats.append(format) }
            }
            configuration.formats = formats
        }
        if let value = object["outputDirectory"] { configuration.outputDirectory = resolved(try string(value, key: "outputDirectory")) }
        if let value = object["baseline"] { configuration.baseline = resolved(try string(value, key: "baseline")) }
        if let value = object["jobs"] {
            guard case .number(let number) = value, number >= 1, number <= 1024, number == number.rounded() else {
                throw UsageError(.configWrongType(path: path, key: "jobs", expected: "1 到 1024 之间的整数"))
            }
            configuration.jobs = Int(number)
        }
        return configuration
    }

    /// A path from the file, relative to the file's folder.
    func resolved(_ value: String) -> String {
        value.hasPrefix("/") || baseDirectory.isEmpty ? value : baseDirectory + value
    }

    func object(_ node: JSONNode, key: String) throws(UsageError) -> [String: JSONNode] {
        guard case .object(let members) = node else {
            throw UsageError(.configWrongType(path: path, key: key, expected: "对象 { … }"))
        }
        return members
    }

    func string(_ node: JSONNode, key: String) throws(UsageError) -> String {
        guard case .string(let value) = node, !value.isEmpty else {
            throw UsageError(.configWrongType(path: path, key: key, expected: "非空字符串"))
        }
        return value
    }

    func strings(_ node: JSONNode, key: String) throws(UsageError) -> [String] {
        guard case .array(let items) = node else {
            throw UsageError(.configWrongType(path: path, key: key, expected: "字符串数组 [\"…\"]"))
        }
        var values: [String] = []
        for (index, item) in items.enumerated() {
            values.append(try string(item, key: "\(key)[\(index)]"))
        }
        return values
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ node: JSONNode, key: String, of type: Choice.Type)
        throws(UsageError) -> Choice where Choice.RawValue == String {
        let text = try string(node, key: key)
        guard let value = Choice(rawValue: text) else {
            throw UsageError(.configInvalidValue(path: path, key: key, value: text, valid: Choice.allCases.map(\.rawValue)))
        }
        return value
    }
}

/// Any JSON value, decoded strictly: `true` is never a number and `1` is never a boolean.
enum JSONNode: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONNode].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONNode].self)) }
    }

    /// A short reason from a decoding error (the parser's own words, which give line and column).
    static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            if let underlying = context.underlyingError {
                let text = "\(underlying)"
                if let range = text.range(of: "NSDebugDescription=") {
                    return String(text[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "})"))
                }
                return text
            }
            return context.debugDescription
        }
        return "\(error)"
    }
}
