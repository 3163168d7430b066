import Dispatch
import LintModel
import RuleLanguage

/// Runs the selected rules over documents.
public struct Linter: Sendable {
    public let selection: RuleSelection

    public init(selection: RuleSelection) { self.selection = selection }

    /// The reader's diagnostics and every rule's findings for one document, in report order.
    public func lint(_ document: Document) -> [Diagnostic] {
        var diagnostics = document.diagnostics
        let prepared = PreparedDocument(document, for: selection.active.map(\.rule))
        for active in selection.active {
            diagnostics += active.rule.evaluate(prepared, severity: active.severity)
        }
        // Sorting indices moves 8 bytes per swap instead of a whole diagnostic. Findings of one
        // file are ordered by line and column read once into keys (each comparison of two whole
        // diagnostics copied both); only findings at one position are compared in full.
        let order: [Int]
        if let file = diagnostics.first?.file, diagnostics.allSatisfy({ $0.file == file }) {
            let keys = diagnostics.map { (line: $0.location?.line ?? 0, column: $0.location?.column ?? 0) }
            order = diagnostics.indices.sorted { a, b in
                if keys[a] != keys[b] { return keys[a] < keys[b] }
                return Diagnostic.reportOrder(diagnostics[a], diagnostics[b])
            }
        } else {
            order = diagnostics.indices.sorted { Diagnostic.reportOrder(diagnostics[$0], diagnostics[$1]) }
        }
        return order.map { diagnostics[$0] }
    }

    /// How many rule evaluations a document costs: every rule once per entity of its scope.
    public func evaluationCount(_ document: Document) -> Int {
        selection.active.reduce(0) { $0 + $1.rule.entityCount(in: document) }
    }
}
