/// One problem found while loading a `.rules` file. Kept apart from its wording on screen
/// (``RuleErrorFormatter``) so that tests and tools can inspect it.
public struct RuleFileError: Sendable, Equatable, Error {
    /// The file's name as given in ``RuleSource/name``.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// How many scalars the offending token spans (at least 1).
    public var length: Int
    public var message: String
    /// A close spelling of what was probably meant (`did you mean 'X'?`).
    public var suggestion: String?

    public init(file: String, line: Int, column: Int, length: Int = 1, message: String, suggestion: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
        self.message = message
        self.suggestion = suggestion
    }
}
