import Foundation
import LintModel
import Reporters
import TableReader

/// `parse PATH... [--format json|csv] [--output FILE]`: the tables as data, a converter on its own.
enum ParseCommand {
    static func run(_ options: ParseOptions) -> ExitCode {
        let expansion = InputFiles.expand(options.paths)
        var documents: [Document] = []
        var unreadable: [UnreadableInput] = expansion.unreadable
        for path in expansion.files {
            switch TableReader.read(path: path) {
            case .success(let document): documents.append(document)
            case .failure(let failure): unreadable.append(UnreadableInput(path: failure.path, reason: failure.reason))
            }
        }
        for input in unreadable {
            Console.error("indicator-lint: 无法读取「\(input.path)」：\(input.reason)\n")
        }
        let output = options.format == .csv ? ParseCSVReport.render(documents) : ParseJSONReport.render(documents)
        guard OutputWriter.write(output, to: options.output) else { return .unreadableInput }
        return unreadable.isEmpty ? .success : .unreadableInput
    }
}

/// Writes a report to a file or standard output.
enum OutputWriter {
    static func write(_ text: String, to path: String?) -> Bool {
        guard let path else {
            Console.output(text)
            return true
        }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return true
        } catch {
            Console.error("indicator-lint: 无法写入「\(path)」：\(error.localizedDescription)\n")
            return false
        }
    }
}
