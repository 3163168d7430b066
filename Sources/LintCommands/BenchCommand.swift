import Dispatch
import Foundation
import LintEngine
import LintModel
import RuleLanguage
import TableReader

/// `indicator-lint bench parse|rules [--megabytes N] [--rules DIR] [--no-default-rules] [--rule ID]... [PATH...]`:
/// builds a corpus by repeating the given tables (default: `Fixtures/tables`) until it holds at
/// least N MB, and measures on one core either the reader (MB/s) or a rule pack, the built-in one
/// by default (rule evaluations per second); `--rule` measures only the rules named. Meant for
/// release builds.
enum BenchCommand {
    static func run(arguments: [String]) -> Int32 {
        var megabytes = 40
        var paths: [String] = []
        var measureRules = false
        var only: [String] = []
        var ruleDirectories: [String] = []
        var useDefaultRules = true
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "parse": continue
            case "rules": measureRules = true
            case "--megabytes": megabytes = iterator.next().flatMap(Int.init) ?? megabytes
            case "--rule": iterator.next().map { only.append($0) }
            case "--rules": iterator.next().map { ruleDirectories.append($0) }
            case "--no-default-rules": useDefaultRules = false
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
        if measureRules {
            switch RulePackLoader.load(ruleDirectories: ruleDirectories, useDefaultRules: useDefaultRules) {
            case .success(let pack): return benchRules(corpus, pack: pack, megabytes: Double(total) / 1e6, only: only)
            case .failure(let failure):
                FileHandle.standardError.write(Data(failure.rendered(color: false).utf8))
                return 2
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

    /// Parses the corpus once, then times the built-in pack over every document.
    /// `only`: the ids of the rules to measure (all when empty), to look at one rule's cost.
    static func benchRules(_ corpus: [[UInt8]], pack: RulePack, megabytes: Double, only: [String]) -> Int32 {
        for id in only where pack.rule(id: id) == nil {
            FileHandle.standardError.write(Data("bench: the pack has no rule \(id)\n".utf8))
        }
        let others = only.isEmpty ? [] : pack.rules.map(\.metadata.id).filter { !only.contains($0) }
        let linter = Linter(selection: RuleSelection(pack: pack, disable: others))
        let documents = corpus.enumerated().map { TableReader.read(bytes: $1, path: "corpus/\($0).txt") }
        let evaluations = documents.reduce(0) { $0 + linter.evaluationCount($1) }
        var best = Double.infinity
        var findings = 0
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            findings = 0
            for document in documents { findings += linter.lint(document).count }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        if ProcessInfo.processInfo.environment["BENCH_PER_RULE"] == "1" {
            var costs: [(String, Double)] = []
            for active in linter.selection.active {
                let start = DispatchTime.now().uptimeNanoseconds
                for document in documents { _ = active.rule.evaluate(document) }
                costs.append((active.rule.metadata.id, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            }
            for (id, seconds) in costs.sorted(by: { $0.1 > $1.1 }) {
                FileHandle.standardOutput.write(Data(String(format: "  %7.3f s  %@\n", seconds, id).utf8))
            }
        }
        let report = String(format: "rules: %d rules over %.1f MB (%d documents, %d values): %d evaluations, %d findings; best of 3: %.3f s = %.1f million evaluations/s (one core)\n",
                            linter.selection.active.count, megabytes, documents.count,
                            documents.reduce(0) { $0 + $1.values.count }, evaluations, findings, best,
                            Double(evaluations) / best / 1e6)
        FileHandle.standardOutput.write(Data(report.utf8))
        return 0
    }
}
