import Foundation
import LintModel

/// Everything a reporter needs about one run: the sources, the findings, the rules, the run itself.
public struct LintReport: Sendable {
    /// The sources that were read (for source lines, carets, UTF-16 columns, encodings).
    public var documents: [Document]
    /// The findings, resolved (location and evidence filled). Reporters sort them with
    /// ``Diagnostic/reportOrder(_:_:)``; the order given here does not matter.
    public var diagnostics: [Diagnostic]
    /// Every rule that ran (SARIF `tool.driver.rules`).
    public var rules: [RuleMetadata]
    /// Inputs that could not be read at all (exit code 3).
    public var unreadable: [UnreadableInput]
    public var toolVersion: String
    public var invocation: Invocation

    public init(documents: [Document], diagnostics: [Diagnostic], rules: [RuleMetadata],
                unreadable: [UnreadableInput] = [], toolVersion: String, invocation: Invocation) {
        self.documents = documents
        self.diagnostics = diagnostics
        self.rules = rules
        self.unreadable = unreadable
        self.toolVersion = toolVersion
        self.invocation = invocation
    }

    /// The diagnostics in report order: file, line, column, rule id, message.
    /// Usually they already are (the linter sorts each file's findings), which takes one pass to
    /// see; otherwise indices are sorted, so that a swap moves 8 bytes instead of a diagnostic.
    public var sortedDiagnostics: [Diagnostic] {
        let diagnostics = diagnostics
        if diagnostics.indices.dropFirst().allSatisfy({ !Diagnostic.reportOrder(diagnostics[$0], diagnostics[$0 - 1]) }) {
            return diagnostics
        }
        return diagnostics.indices.sorted { Diagnostic.reportOrder(diagnostics[$0], diagnostics[$1]) }.map { diagnostics[$0] }
    }

    /// The source a diagnostic points into, by its reported path.
    public func source(forPath path: String) -> SourceFile? {
        documents.first { $0.source.path == path }?.source
    }

    /// The source of every document, by path (first one wins).
    var sourcesByPath: [String: SourceFile] {
        var sources: [String: SourceFile] = [:]
        for document in documents where sources[document.source.path] == nil {
            sources[document.source.path] = document.source
        }
        return sources
    }
}

/// An input that could not be read at all: missing, a folder without tables, undecodable.
public struct UnreadableInput: Sendable, Equatable, Codable {
    public var path: String
    /// Why, in Chinese for users (`文件不存在`, `无法识别的编码`).
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// How the tool was run. Times are given, never read from the clock here, so reports are reproducible.
public struct Invocation: Sendable, Equatable {
    /// The arguments after the program name.
    public var arguments: [String]
    /// The absolute working directory, or nil to keep it out of reports (privacy, reproducibility).
    public var workingDirectory: String?
    public var startTime: Date
    public var endTime: Date
    public var exitCode: Int32
    /// False when the tool could not do its job (unreadable input, configuration error), not when it found problems.
    public var executionSuccessful: Bool

    public init(arguments: [String], workingDirectory: String? = nil, startTime: Date, endTime: Date,
                exitCode: Int32, executionSuccessful: Bool) {
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.startTime = startTime
        self.endTime = endTime
        self.exitCode = exitCode
        self.executionSuccessful = executionSuccessful
    }

    /// The command line as a shell would accept it (arguments with spaces or quotes are single-quoted).
    public var commandLine: String {
        (["indicator-lint"] + arguments).map(Invocation.shellQuoted).joined(separator: " ")
    }

    static func shellQuoted(_ argument: String) -> String {
        let plain = argument.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x80 || CharacterSet.alphanumerics.contains(scalar) || "-_./=:,@%+".unicodeScalars.contains(scalar)
        }
        if plain && !argument.isEmpty { return argument }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
