import LintModel

/// The text and range of the last successful `matches` / `contains` of a `when`, for `{match}`,
/// `{match.1}` and `at match`.
struct MatchState {
    var haystack: String
    /// UTF-8 byte range of the match in `haystack`.
    var range: Range<Int>
    /// The regex that matched, for capture groups; nil for literal matches.
    var pattern: CompiledPattern?

    var text: String {
        let bytes = Array(haystack.utf8)
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}

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
