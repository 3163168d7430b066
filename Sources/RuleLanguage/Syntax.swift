/// The syntax tree of a `.rules` file, as parsed, before names are resolved.
/// Every node keeps the byte range it was read from, for error messages.
struct SourceRange: Sendable, Equatable {
    var start: Int
    var end: Int
}

indirect enum Expr: Sendable {
    case number(Double, SourceRange)
    case string(String, SourceRange)
    case bool(Bool, SourceRange)
    case null(SourceRange)
    case regex(pattern: String, flags: String, SourceRange)
    case list([Expr], SourceRange)
    case map([(Expr, Expr)], SourceRange)
    case name(String, SourceRange)
    /// `base.field`; `nameRange` is the range of `field`.
    case member(Expr, String, nameRange: SourceRange, SourceRange)
    case index(Expr, Expr, SourceRange)
    /// `f(args)`, `any(x in list, cond)` (with `binding` = x).
    case call(String, nameRange: SourceRange, binding: (String, SourceRange)?, [Expr], SourceRange)
    case unary(String, Expr, SourceRange)
    /// `opRange` is the operator's range (carets point at it for type errors).
    case binary(String, Expr, Expr, opRange: SourceRange, SourceRange)
    /// Stands for an expression that could not be parsed (already reported).
    case invalid(SourceRange)

    var range: SourceRange {
        switch self {
        case .number(_, let r), .string(_, let r), .bool(_, let r), .null(let r), .regex(_, _, let r),
             .list(_, let r), .map(_, let r), .name(_, let r), .member(_, _, _, let r), .index(_, _, let r),
             .call(_, _, _, _, let r), .unary(_, _, let r), .binary(_, _, _, _, let r), .invalid(let r):
            r
        }
    }
}

/// `let name = expr` or `let name += expr`.
struct ConstantDecl: Sendable {
    var name: String
    var nameRange: SourceRange
    var extends: Bool
    var value: Expr
    var file: Int
}

/// A string written in a rule, with where it was written (templates report errors inside it).
struct StringLiteral: Sendable {
    var text: String
    var range: SourceRange
}

struct RuleDecl: Sendable {
    var id: String
    var idRange: SourceRange
    var scope: String
    var scopeRange: SourceRange
    var severity: (String, SourceRange)?
    var category: (String, SourceRange)?
    var title: StringLiteral?
    var when: Expr?
    var message: StringLiteral?
    var help: StringLiteral?
    var tags: [String] = []
    var fix: StringLiteral?
    var at: Expr?
    var examples: [(RuleExample.Expectation, StringLiteral)] = []
    /// Clauses written, even those that failed to parse (so they are not also reported missing).
    var clauses: Set<String> = []
    var file: Int
    var range: SourceRange
}

/// One parsed file.
struct FileSyntax: Sendable {
    var constants: [ConstantDecl] = []
    var rules: [RuleDecl] = []
    /// Order of declarations (constants and rules interleaved), for error ordering.
    var problems: [(SourceRange, String, String?)] = []
}
