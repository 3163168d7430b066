import LintModel

/// What a compiled expression reads while it runs: the document, the records bound to slots
/// (slot 0 is the entity the rule is evaluating; quantifiers bind their elements to deeper slots)
/// and the last match. One per evaluation run, never shared between threads.
final class Environment {
    let document: Document
    var slots: [RValue]
    var match: MatchState?

    init(document: Document, slotCount: Int) {
        self.document = document
        self.slots = [RValue](repeating: .null, count: max(1, slotCount))
    }
}

/// A compiled expression: a closure over resolved fields, constants and literal sets.
typealias Evaluator = @Sendable (Environment) -> RValue
