import Dispatch
import Foundation
import LintEngine
import LintModel
import Reporters
import RuleLanguage
import TableReader

/// `check PATH...`: read every table, run the rules, write the reports, return the exit code.
enum CheckCommand {
    static func run(_ options: CheckOptions, arguments: [String]) -> ExitCode {
        let start = Date()
        let settings: CheckSettings
        do {
            let configuration = try Configuration.load(explicitPath: options.config,
                                                       currentDirectory: FileManager.default.currentDirectoryPath)
            settings = try options.resolve(with: configuration)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return .usage
        }
        let pack: RulePack
        switch RulePackLoader.load(ruleDirectories: settings.ruleDirectories, useDefaultRules: settings.useDefaultRules,
                                   vocabulary: settings.vocabulary) {
        case .success(let loaded): pack = loaded
        case .failure(let failure):
            RulesCommand.report(failure)
            return .usage
        }
        let unknownIds = validateRuleIds(settings.referencedRuleIds, known: pack.rules.map(\.metadata.id))
        guard unknownIds.isEmpty else {
            for error in unknownIds { FileHandle.standardError.write(Data((error.description + "\n").utf8)) }
            return .usage
        }
        let linter = Linter(selection: RuleSelection(pack: pack, enable: settings.enable, disable: settings.disable,
                                                     severity: settings.severity))
        let expansion = InputFiles.expand(settings.paths)
        let (documents, unreadableFiles, diagnostics) = lintAll(expansion.files, linter: linter, jobs: settings.jobs)
        let unreadable = expansion.missing.map { UnreadableInput(path: $0, reason: "文件不存在") } + unreadableFiles

        let exitCode = ExitCode.forRun(findings: diagnostics.map(\.severity), failOn: settings.failOn,
                                       unreadableInputs: unreadable.count)
        let report = LintReport(
            documents: documents, diagnostics: diagnostics, rules: linter.selection.metadata, unreadable: unreadable,
            toolVersion: IndicatorLint.version,
            invocation: Invocation(arguments: ["indicator-lint"] + arguments,
                                   workingDirectory: FileManager.default.currentDirectoryPath,
                                   startTime: start, endTime: Date(), exitCode: exitCode.rawValue,
                                   executionSuccessful: exitCode != .usage))
        let isTerminal = isatty(STDOUT_FILENO) == 1
        for output in settings.outputs {
            let color = output.path == nil
                && settings.color.isEnabled(outputIsTerminal: isTerminal, environment: ProcessInfo.processInfo.environment)
            let reporter = Reporters.reporter(for: output.format, options: ReporterOptions(color: color))
            guard OutputWriter.write(reporter.render(report), to: output.path) else { return .usage }
        }
        return exitCode
    }

    /// Reads and lints the files, several at a time; results keep the order of the files.
    static func lintAll(_ files: [String], linter: Linter, jobs: Int?)
        -> ([Document], [UnreadableInput], [Diagnostic]) {
        let results = ResultSlots<Result<(Document, [Diagnostic]), TableReader.UnreadableFile>>(count: files.count)
        let work: @Sendable (Int) -> Void = { index in
            results[index] = TableReader.read(path: files[index]).map { ($0, linter.lint($0)) }
        }
        let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, files.count))
        if workers == 1 {
            for index in files.indices { work(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: files.count, execute: work)
        }
        var documents: [Document] = []
        var unreadable: [UnreadableInput] = []
        var diagnostics: [Diagnostic] = []
        for result in results.values {
            switch result {
            case .success(let (document, found)):
                documents.append(document)
                diagnostics += found
            case .failure(let failure): unreadable.append(UnreadableInput(path: failure.path, reason: failure.reason))
            case nil: break
            }
        }
        return (documents, unreadable, diagnostics)
    }
}

/// Fixed slots that concurrent workers fill, each its own index.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}
