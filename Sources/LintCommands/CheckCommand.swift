import Dispatch
import Foundation
import LintModel
import Reporters
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
        } catch let error as UsageError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return .usage
        } catch {
            FileHandle.standardError.write(Data("indicator-lint: \(error)\n".utf8))
            return .usage
        }
        let expansion = InputFiles.expand(settings.paths)
        let (documents, unreadableFiles) = readAll(expansion.files, jobs: settings.jobs)
        let unreadable = expansion.missing.map { UnreadableInput(path: $0, reason: "文件不存在") } + unreadableFiles
        let diagnostics = documents.flatMap(\.diagnostics)

        let exitCode = ExitCode.forRun(findings: diagnostics.map(\.severity), failOn: settings.failOn,
                                       unreadableInputs: unreadable.count)
        let report = LintReport(
            documents: documents, diagnostics: diagnostics, rules: [], unreadable: unreadable,
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

    /// Reads the files, several at a time; the order of the results is the order of the files.
    static func readAll(_ files: [String], jobs: Int?) -> ([Document], [UnreadableInput]) {
        let results = ResultSlots<Result<Document, TableReader.UnreadableFile>>(count: files.count)
        let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, files.count))
        if workers == 1 {
            for (index, path) in files.enumerated() { results[index] = TableReader.read(path: path) }
        } else {
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                results[index] = TableReader.read(path: files[index])
            }
        }
        var documents: [Document] = []
        var unreadable: [UnreadableInput] = []
        for result in results.values {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let failure): unreadable.append(UnreadableInput(path: failure.path, reason: failure.reason))
            case nil: break
            }
        }
        return (documents, unreadable)
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
