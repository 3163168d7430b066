import Dispatch
import Foundation
import LintModel
import TableReader

/// `indicator-lint bench parse [--megabytes N] [PATH...]`: parses a corpus made by repeating the
/// given tables (default: `Fixtures/tables`) until it holds at least N MB, on one core, and
/// reports throughput. Meant for release builds (`swift run -c release indicator-lint bench parse`).
enum BenchCommand {
    static func run(arguments: [String]) -> Int32 {
        var megabytes = 40
        var paths: [String] = []
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "parse": continue
            case "--megabytes": megabytes = iterator.next().flatMap(Int.init) ?? megabytes
            default: paths.append(argument)
            }
        }
        let files = InputFiles.expand(paths.isEmpty ? ["Fixtures/tables"] : paths).files
        let tables = files.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        guard !tables.isEmpty else {
            FileHandle.standardError.write(Data("bench: no tables found (run from the repository root or give PATHs)\n".utf8))
            return 2
        }
        // The corpus: the tables repeated, each copy a file of its own, as a batch run reads them.
        var corpus: [[UInt8]] = []
        var total = 0
        while total < megabytes * 1_000_000 {
            for table in tables {
                corpus.append(table)
                total += table.count
            }
        }
        // Warm up, then time three passes and keep the best.
        _ = TableReader.read(bytes: tables[0], path: "warmup")
        var best = Double.infinity
        var indicators = 0
        var values = 0
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            indicators = 0
            values = 0
            for (index, bytes) in corpus.enumerated() {
                let document = TableReader.read(bytes: bytes, path: "corpus/\(index).txt")
                indicators += document.indicators.count
                values += document.values.count
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
        }
        let mb = Double(total) / 1e6
        let report = String(format: "parse: %.1f MB in %d files, %d indicators, %d values; best of 3: %.3f s = %.0f MB/s (one core)\n",
                            mb, corpus.count, indicators, values, best, mb / best)
        FileHandle.standardOutput.write(Data(report.utf8))
        return 0
    }
}
