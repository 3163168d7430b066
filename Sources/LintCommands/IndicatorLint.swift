import Foundation
import LintModel
import Reporters
import TableReader

/// The command line: `check`, `parse`, `rules`. Returns the exit code.
public enum IndicatorLint {
    public static func main(arguments: [String]) -> Int32 {
        guard let command = arguments.first else {
            FileHandle.standardError.write(Data("usage: indicator-lint check|parse|rules …\n".utf8))
            return 2
        }
        switch command {
        case "parse":
            var paths: [String] = []
            var format = "json"
            var iterator = arguments.dropFirst().makeIterator()
            while let argument = iterator.next() {
                if argument == "--format" { format = iterator.next() ?? format } else { paths.append(argument) }
            }
            let expansion = InputFiles.expand(paths)
            let documents = expansion.files.compactMap { try? TableReader.read(path: $0).get() }
            let output = format == "csv" ? ParseCSVReport.render(documents) : ParseJSONReport.render(documents)
            FileHandle.standardOutput.write(Data(output.utf8))
            return expansion.missing.isEmpty ? 0 : 3
        case "bench":
            return BenchCommand.run(arguments: Array(arguments.dropFirst()))
        default:
            FileHandle.standardError.write(Data("indicator-lint: unknown command '\(command)'\n".utf8))
            return 2
        }
    }

    public static func exit(_ code: Int32) -> Never { Foundation.exit(code) }
}
