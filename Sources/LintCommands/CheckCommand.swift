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
            Console.error(error.description + "\n")
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
            for error in unknownIds { Console.error(error.description + "\n") }
            return .usage
        }
        var baseline: Baseline?
        if let path = settings.baseline {
            do {
                baseline = try loadBaseline(path)
            } catch {
                Console.error(error.description + "\n")
                return .usage
            }
        }
        let linter = Linter(selection: RuleSelection(pack: pack, enable: settings.enable, disable: settings.disable,
                                                     severity: settings.severity))
        let expansion = InputFiles.expand(settings.paths)
        var (documents, unreadableFiles, diagnostics) = lintAll(expansion.files, linter: linter, jobs: settings.jobs)
        let unreadable = expansion.unreadable + unreadableFiles
        if let baseline, let path = settings.baseline {
            let (kept, suppressed) = baseline.filter(diagnostics, documents: documents)
            diagnostics = kept
            Console.error("indicator-lint: 按基线「\(path)」忽略了 \(suppressed) 条已有问题，报告 \(kept.count) 条新问题\n")
        }

        let exitCode = ExitCode.forRun(findings: diagnostics.map(\.severity), failOn: settings.failOn,
                                       unreadableInputs: unreadable.count)
        let report = LintReport(
            documents: documents, diagnostics: diagnostics, rules: linter.selection.metadata, unreadable: unreadable,
            toolVersion: IndicatorLint.version,
            invocation: Invocation(arguments: arguments,
                                   workingDirectory: FileManager.default.currentDirectoryPath,
                                   startTime: start, endTime: Date(), exitCode: exitCode.rawValue,
                                   executionSuccessful: exitCode != .usage))
        let isTerminal = Console.outputIsTerminal
        for output in settings.outputs {
            let color = output.path == nil
                && settings.color.isEnabled(outputIsTerminal: isTerminal, environment: ProcessInfo.processInfo.environment)
            let reporter = Reporters.reporter(for: output.format, options: ReporterOptions(color: color, quiet: settings.quiet))
            guard OutputWriter.write(reporter.render(report), to: output.path) else { return .usage }
        }
        return exitCode
    }

    /// The baseline file of `--baseline`; a usage error if it cannot be read or is not a report.
    static func loadBaseline(_ path: String) throws(UsageError) -> Baseline {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UsageError(.baselineUnreadable(path: path, reason: "文件不存在"), helpTopic: "check")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            let reason = isDirectory.boolValue ? "这是一个文件夹" : "无法打开（权限不足？）"
            throw UsageError(.baselineUnreadable(path: path, reason: reason), helpTopic: "check")
        }
        do {
            return try Baseline.parse(data)
        } catch {
            switch error {
            case .notAReport(let detail): throw UsageError(.baselineNotAReport(path: path, detail: detail), helpTopic: "check")
            }
        }
    }

    /// How many workers read and lint at once: `--jobs N` (nil: one per core), never more than there are files.
    static func workerCount(jobs: Int?, files: Int) -> Int {
        max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, files))
    }

    /// Reads and lints the files, `jobs` at a time; results keep the order of the files.
    ///
    /// Each of the N workers takes the next file from a shared counter, so at most N files are in
    /// hand at once and a slow file does not hold up a fixed share of the others. Results go into
    /// slots by file index, so the output does not depend on which worker finished first.
    static func lintAll(_ files: [String], linter: Linter, jobs: Int?)
        -> ([Document], [UnreadableInput], [Diagnostic]) {
        let results = ResultSlots<Result<(Document, [Diagnostic]), TableReader.UnreadableFile>>(count: files.count)
        let work: @Sendable (Int) -> Void = { index in
            results[index] = TableReader.read(path: files[index]).map { ($0, linter.lint($0)) }
        }
        let workers = workerCount(jobs: jobs, files: files.count)
        if workers == 1 {
            for index in files.indices { work(index) }
        } else {
            let next = WorkCounter()
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = next.take(below: files.count) { work(index) }
            }
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

/// Hands out 0, 1, 2, … to concurrent workers, each number once.
final class WorkCounter: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()

    /// The next number below `limit`, or nil when they are all taken.
    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard next < limit else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
