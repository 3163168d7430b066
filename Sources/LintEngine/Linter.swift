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
        // Sorting indices moves 8 bytes per swap instead of a whole diagnostic.
        let order = diagnostics.indices.sorted { Diagnostic.reportOrder(diagnostics[$0], diagnostics[$1]) }
        return order.map { diagnostics[$0] }
    }

    /// How many rule evaluations a document costs: every rule once per entity of its scope.
    public func evaluationCount(_ document: Document) -> Int {
        selection.active.reduce(0) { $0 + $1.rule.entityCount(in: document) }
    }
}
