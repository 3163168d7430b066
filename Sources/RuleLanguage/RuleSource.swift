/// One `.rules` file as given to the compiler: its name as reported and its text.
public struct RuleSource: Sendable, Equatable {
    /// The name used in error messages and rule metadata (`Rules/values.rules`).
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
