/// Why a rule pack could not be compiled: every error of every file, in file order.
public struct RuleLoadFailure: Error, Sendable, Equatable {
    public var errors: [RuleFileError]

    public init(errors: [RuleFileError]) {
        self.errors = errors
    }

    /// The errors as a compiler would print them: `file:line:col: error: …`, the line, a caret.
    public func rendered(sources: [RuleSource], color: Bool) -> String {
        RuleErrorFormatter(sources: sources, color: color).render(errors)
    }
}
