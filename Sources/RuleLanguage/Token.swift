/// A token of a `.rules` file, with its byte range in the file's UTF-8 text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        case number(Double)
        case string(String)
        /// `/pattern/flags`.
        case regex(pattern: String, flags: String)
        /// Punctuation and operators: `( ) [ ] { } , : . = += == != < <= > >= + - * /`.
        case symbol(String)
        case end
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// True when nothing but blanks and comments precede the token on its line.
    var startsLine: Bool

    var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(let s) = kind { return s == symbol }
        return false
    }

    func isIdentifier(_ word: String) -> Bool { identifier == word }

    /// How the token reads in an error message.
    var description: String {
        switch kind {
        case .identifier(let name): "'\(name)'"
        case .number(let n): "'\(RValue.number(n).rendered)'"
        case .string: "a string"
        case .regex: "a regex"
        case .symbol(let s): "'\(s)'"
        case .end: "the end of the file"
        }
    }
}
