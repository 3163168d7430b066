import Foundation
import LintModel
import Reporters
import Testing
@testable import LintCommands

@Suite("Configuration file")
struct ConfigurationTests {
    static func parse(_ json: String, path: String = "team/indicator-lint.json") throws(UsageError) -> Configuration {
        try Configuration.parse(Data(json.utf8), path: path)
    }

    @Test("a full configuration file")
    func full() throws {
        let configuration = try Self.parse("""
            {
              "$schema": "https://example.org/schema.json",
              "rules": { "enable": ["copied-goal"], "disable": ["numbering-gap"], "severity": { "vague-value": "error" } },
              "ruleDirectories": ["rules", "/abs/rules"],
              "defaultRules": false,
              "vocabulary": { "vague": ["逐年提升", "持续改善"] },
              "failOn": "warning",
              "format": ["text", "sarif", "text"],
              "outputDirectory": "reports",
              "baseline": "baseline.json",
              "jobs": 2,
              "color": "never"
            }
            """)
        #expect(configuration.enable == ["copied-goal"])
        #expect(configuration.disable == ["numbering-gap"])
        #expect(configuration.severity == ["vague-value": .error])
        #expect(configuration.ruleDirectories == ["team/rules", "/abs/rules"])
        #expect(configuration.defaultRules == false)
        #expect(configuration.vocabulary == ["vague": ["逐年提升", "持续改善"]])
        #expect(configuration.failOn == .warning)
        #expect(configuration.formats == [.text, .sarif])
        #expect(configuration.outputDirectory == "team/reports")
        #expect(configuration.baseline == "team/baseline.json")
        #expect(configuration.jobs == 2)
        #expect(configuration.color == ColorMode.never)
    }

    @Test("an empty object is a valid configuration that changes nothing")
    func empty() throws {
        #expect(try Self.parse("{}", path: "indicator-lint.json") == { var c = Configuration(); c.path = "indicator-lint.json"; return c }())
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var json: String
        var message: String
        var suggestion: String?
        var testDescription: String { json }
    }

    static let file = "team/indicator-lint.json"
    static let topKeys = "$schema, rules, ruleDirectories, defaultRules, vocabulary, failOn, format, outputDirectory, baseline, jobs, color"

    @Test("every configuration error, word for word", arguments: [
        ErrorCase(json: #"{"rule": {}}"#, message: "配置文件「\(file)」中有未知的键「rule」。此处可用的键：\(topKeys)",
                  suggestion: "你是不是想用「rules」？"),
        ErrorCase(json: #"{"failon": "error"}"#, message: "配置文件「\(file)」中有未知的键「failon」。此处可用的键：\(topKeys)",
                  suggestion: "你是不是想用「failOn」？"),
        ErrorCase(json: #"{"rules": {"disabled": []}}"#, message: "配置文件「\(file)」中有未知的键「rules.disabled」。此处可用的键：enable, disable, severity",
                  suggestion: "你是不是想用「disable」？"),
        ErrorCase(json: #"{"failOn": "warn"}"#, message: "配置文件「\(file)」中「failOn」的值「warn」无效。可用的值：error, warning, info, never",
                  suggestion: "你是不是想用「warning」？"),
        ErrorCase(json: #"{"format": "sarf"}"#, message: "配置文件「\(file)」中「format」的值「sarf」无效。可用的值：text, json, sarif, csv, html",
                  suggestion: "你是不是想用「sarif」？"),
        ErrorCase(json: #"{"rules": {"severity": {"vague-value": "warn"}}}"#,
                  message: "配置文件「\(file)」中「rules.severity.vague-value」的值「warn」无效。可用的值：error, warning, info",
                  suggestion: "你是不是想用「warning」？"),
        ErrorCase(json: #"{"rules": {"enable": "vague-value"}}"#, message: "配置文件「\(file)」中「rules.enable」的值应为字符串数组 [\"…\"]", suggestion: nil),
        ErrorCase(json: #"{"rules": {"enable": ["a", 3]}}"#, message: "配置文件「\(file)」中「rules.enable[1]」的值应为非空字符串", suggestion: nil),
        ErrorCase(json: #"{"rules": []}"#, message: "配置文件「\(file)」中「rules」的值应为对象 { … }", suggestion: nil),
        ErrorCase(json: #"[]"#, message: "配置文件「\(file)」中「(根)」的值应为对象 { … }", suggestion: nil),
        ErrorCase(json: #"{"defaultRules": 1}"#, message: "配置文件「\(file)」中「defaultRules」的值应为true 或 false", suggestion: nil),
        ErrorCase(json: #"{"jobs": 1.5}"#, message: "配置文件「\(file)」中「jobs」的值应为1 到 1024 之间的整数", suggestion: nil),
        ErrorCase(json: #"{"jobs": true}"#, message: "配置文件「\(file)」中「jobs」的值应为1 到 1024 之间的整数", suggestion: nil),
        ErrorCase(json: #"{"vocabulary": {"vague": [""]}}"#, message: "配置文件「\(file)」中「vocabulary.vague[0]」的值应为非空字符串", suggestion: nil),
    ])
    func errors(_ testCase: ErrorCase) {
        do {
            let configuration = try Self.parse(testCase.json)
            Issue.record("expected a configuration error, got \(configuration)")
        } catch {
            #expect(error.message == testCase.message)
            #expect(error.suggestion == testCase.suggestion)
        }
    }

    @Test("every error of a file is reported, each with its own suggestion, in file order")
    func severalErrors() {
        do {
            let configuration = try Self.parse(#"{"failon": "error", "format": "sarf", "jobs": 0, "rules": {"severity": {"vague-value": "warn"}}}"#)
            Issue.record("expected configuration errors, got \(configuration)")
        } catch {
            guard case .configErrors(let kinds) = error.kind else {
                Issue.record("expected several errors, got \(error.kind)")
                return
            }
            #expect(kinds.count == 4)
            let lines = error.description.split(separator: "\n").map(String.init)
            #expect(lines == [
                "indicator-lint: 错误：配置文件「\(Self.file)」中有未知的键「failon」。此处可用的键：\(Self.topKeys)",
                "提示：你是不是想用「failOn」？",
                "indicator-lint: 错误：配置文件「\(Self.file)」中「rules.severity.vague-value」的值「warn」无效。可用的值：error, warning, info",
                "提示：你是不是想用「warning」？",
                "indicator-lint: 错误：配置文件「\(Self.file)」中「format」的值「sarf」无效。可用的值：text, json, sarif, csv, html",
                "提示：你是不是想用「sarif」？",
                "indicator-lint: 错误：配置文件「\(Self.file)」中「jobs」的值应为1 到 1024 之间的整数",
            ])
        }
    }

    @Test("a file that is not JSON says so, with the parser's position")
    func notJSON() {
        do {
            _ = try Self.parse("{ \"rules\": { } ,, }")
            Issue.record("expected an error")
        } catch {
            guard case .configNotJSON(let path, let detail) = error.kind else {
                Issue.record("wrong kind \(error.kind)")
                return
            }
            #expect(path == Self.file)
            #expect(!detail.isEmpty)
            #expect(error.message.hasPrefix("配置文件「team/indicator-lint.json」不是有效的 JSON："))
        }
    }

    @Test("loading: --config must exist; indicator-lint.json is optional")
    func loading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("indicator-lint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Configuration.load(explicitPath: nil, currentDirectory: folder.path) == nil)
        #expect(throws: UsageError(.configUnreadable(path: "missing.json", reason: "文件不存在"))) {
            try Configuration.load(explicitPath: "missing.json", currentDirectory: folder.path)
        }
        try Data(#"{"failOn": "info"}"#.utf8).write(to: folder.appendingPathComponent("indicator-lint.json"))
        let found = try #require(try Configuration.load(explicitPath: nil, currentDirectory: folder.path))
        #expect(found.failOn == .info)
        #expect(found.path == "indicator-lint.json")
    }
}
