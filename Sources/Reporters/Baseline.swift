import Foundation
import LintModel

/// The findings of an earlier run (`--baseline FILE`), known by fingerprint, so that only new
/// findings are reported.
///
/// The file is a SARIF report (`partialFingerprints.primaryLocationLineHash` of each result) or a
/// JSON report (fingerprints computed from `ruleId`, `file`, `project`, `indicatorName`, `evidence`),
/// both as written by `check`. Fingerprints never use line numbers (``Fingerprint``), so rows added
/// or removed elsewhere in a table do not bring old findings back. Paths must be given as in the
/// earlier run: a finding's file is part of its fingerprint.
public struct Baseline: Sendable, Equatable {
    public var fingerprints: Set<String>

    public init(fingerprints: Set<String>) { self.fingerprints = fingerprints }

    /// Why a baseline file cannot be used.
    public enum Problem: Error, Sendable, Equatable {
        /// Not JSON at all, or JSON of another shape; the detail says what was found.
        case notAReport(detail: String)
    }

    /// Reads a baseline from the bytes of a SARIF or JSON report.
    public static func parse(_ data: Data) throws(Problem) -> Baseline {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .notAReport(detail: "不是有效的 JSON")
        }
        guard let object = root as? [String: Any] else { throw .notAReport(detail: "顶层不是 JSON 对象") }
        if let runs = object["runs"] {
            guard let runs = runs as? [[String: Any]] else { throw .notAReport(detail: "「runs」不是对象数组") }
            var fingerprints = Set<String>()
            for run in runs {
                for result in run["results"] as? [[String: Any]] ?? [] {
                    if let partial = result["partialFingerprints"] as? [String: Any],
                       let hash = partial["primaryLocationLineHash"] as? String {
                        fingerprints.insert(hash)
                    }
                }
            }
            return Baseline(fingerprints: fingerprints)
        }
        if let diagnostics = object["diagnostics"] {
            guard let diagnostics = diagnostics as? [[String: Any]] else {
                throw .notAReport(detail: "「diagnostics」不是对象数组")
            }
            var keys: [String] = []
            for diagnostic in diagnostics {
                guard let ruleId = diagnostic["ruleId"] as? String, let file = diagnostic["file"] as? String else {
                    throw .notAReport(detail: "「diagnostics」中有缺少「ruleId」或「file」的条目")
                }
                keys.append(Fingerprint.key(ruleId: ruleId, file: file, project: diagnostic["project"] as? String,
                                            indicatorName: diagnostic["indicatorName"] as? String,
                                            evidence: diagnostic["evidence"] as? String))
            }
            return Baseline(fingerprints: Set(Fingerprint.primaryHashes(keys: keys)))
        }
        throw .notAReport(detail: "既没有「runs」（SARIF）也没有「diagnostics」（JSON 报告）")
    }

    /// Splits the findings of a run into those not in the baseline (kept, in report order) and
    /// how many were in it.
    public func filter(_ diagnostics: [Diagnostic], documents: [Document]) -> (kept: [Diagnostic], suppressed: Int) {
        var sources: [String: SourceFile] = [:]
        for document in documents where sources[document.source.path] == nil { sources[document.source.path] = document.source }
        let sorted = diagnostics.sorted(by: Diagnostic.reportOrder)
        let hashes = Fingerprint.fingerprints(of: sorted, sources: sources)
        var kept: [Diagnostic] = []
        for (diagnostic, hash) in zip(sorted, hashes) where !fingerprints.contains(hash) { kept.append(diagnostic) }
        return (kept, sorted.count - kept.count)
    }
}
