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

    /// The configuration in `root`. Every error of the file is reported, not only the first: a
    /// key or value in error is left out and the rest is still checked.
    func read(_ root: JSONNode) throws(UsageError) -> Configuration {
        var configuration = Configuration()
        configuration.path = path
        var errors: [UsageError.Kind] = []
        /// The body's result, or nil with its error recorded.
        func checked<Value>(_ body: () throws(UsageError) -> Value) -> Value? {
            do { return try body() } catch { errors.append(error.kind); return nil }
        }
        guard let object = checked({ () throws(UsageError) in try self.object(root, key: "(根)") }) else {
            throw UsageError(errors[0])
        }
        for key in object.keys.sorted() where !Configuration.topLevelKeys.contains(key) {
            errors.append(.configUnknownKey(path: path, key: key, valid: Configuration.topLevelKeys))
        }
        if let node = object["rules"], let rules = checked({ () throws(UsageError) in try self.object(node, key: "rules") }) {
            for key in rules.keys.sorted() where !Configuration.ruleKeys.contains(key) {
                errors.append(.configUnknownKey(path: path, key: "rules.\(key)", valid: Configuration.ruleKeys))
            }
            if let enable = rules["enable"] {
                configuration.enable = checked { () throws(UsageError) in try strings(enable, key: "rules.enable") } ?? []
            }
            if let disable = rules["disable"] {
                configuration.disable = checked { () throws(UsageError) in try strings(disable, key: "rules.disable") } ?? []
            }
            if let node = rules["severity"],
               let severity = checked({ () throws(UsageError) in try self.object(node, key: "rules.severity") }) {
                let levels = Severity.allCases.reversed().map(\.rawValue)
                for (id, value) in severity.sorted(by: { $0.key < $1.key }) {
                    let key = "rules.severity.\(id)"
                    guard let text = checked({ () throws(UsageError) in try string(value, key: key) }) else { continue }
                    guard let level = Severity(rawValue: text) else {
                        errors.append(.configInvalidValue(path: path, key: key, value: text, valid: levels))
                        continue
                    }
                    configuration.severity[id] = level
                }
            }
        }
        if let directories = object["ruleDirectories"] {
            configuration.ruleDirectories = (checked { () throws(UsageError) in
                try strings(directories, key: "ruleDirectories")
            } ?? []).map(resolved)
        }
        if let value = object["defaultRules"] {
            if case .bool(let flag) = value {
                configuration.defaultRules = flag
            } else {
                errors.append(.configWrongType(path: path, key: "defaultRules", expected: "true 或 false"))
            }
        }
        if let node = object["vocabulary"],
           let vocabulary = checked({ () throws(UsageError) in try self.object(node, key: "vocabulary") }) {
            for (name, list) in vocabulary.sorted(by: { $0.key < $1.key }) {
                configuration.vocabulary[name] = checked { () throws(UsageError) in try strings(list, key: "vocabulary.\(name)") }
            }
        }
        if let value = object["failOn"] {
            configuration.failOn = checked { () throws(UsageError) in try choice(value, key: "failOn", of: FailLevel.self) }
        }
        if let value = object["color"] {
            configuration.color = checked { () throws(UsageError) in try choice(value, key: "color", of: ColorMode.self) }
        }
        if let value = object["format"] {
            let names: [String]?
            if case .string(let single) = value {
                names = [single]
            } else {
                names = checked { () throws(UsageError) in try strings(value, key: "format") }
            }
            var formats: [ReportFormat] = []
            for name in names ?? [] {
                guard let format = ReportFormat(rawValue: name) else {
                    errors.append(.configInvalidValue(path: path, key: "format", value: name,
                                                      valid: ReportFormat.allCases.map(\.rawValue)))
                    continue
                }
                if !formats.contains(format) { formats.append(format) }
            }
            if names != nil { configuration.formats = formats }
        }
        if let value = object["outputDirectory"] {
            configuration.outputDirectory = checked { () throws(UsageError) in try string(value, key: "outputDirectory") }.map(resolved)
        }
        if let value = object["baseline"] {
            configuration.baseline = checked { () throws(UsageError) in try string(value, key: "baseline") }.map(resolved)
        }
        if let value = object["jobs"] {
            if case .number(let number) = value, number >= 1, number <= 1024, number == number.rounded() {
                configuration.jobs = Int(number)
            } else {
                errors.append(.configWrongType(path: path, key: "jobs", expected: "1 到 1024 之间的整数"))
            }
        }
        switch errors.count {
        case 0: return configuration
        case 1: throw UsageError(errors[0])
        default: throw UsageError(.configErrors(errors))
        }
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
