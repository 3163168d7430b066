/// Builds the syntax tree of one `.rules` file. Bad input never stops it: each problem is
/// recorded, the parser skips to the next clause (inside a rule) or the next `rule`/`let`, and
/// goes on, so one pass reports every error of the file.
struct Parser {
    /// Thrown inside the parser only, caught at the next clause or declaration.
    private struct Abort: Error {}

    static let clauseKeywords = ["severity", "category", "title", "when", "message", "help", "tags", "fix", "at", "expect"]
    static let scopes = ["document", "unit", "project", "indicator", "value"]
    static let maximumDepth = 64

    private let tokens: [Token]
    private var position = 0
    private var depth = 0
    private let file: Int
    private(set) var syntax = FileSyntax()

    init(tokens: [Token], file: Int) {
        self.tokens = tokens
        self.file = file
    }

    static func parse(_ text: String, file: Int) -> FileSyntax {
        let (tokens, lexProblems) = Lexer.tokenize(text)
        var parser = Parser(tokens: tokens, file: file)
        for problem in lexProblems {
            parser.syntax.problems.append((SourceRange(start: problem.start, end: problem.end), problem.message, problem.suggestion))
        }
        parser.parseFile()
        return parser.syntax
    }

    /// Parses one expression standing alone (inside a template's `{…}`); `offset` is where the
    /// text starts in the file, so that errors point into the file.
    static func parseStandaloneExpression(_ text: String, offset: Int, file: Int) -> (Expr?, [(SourceRange, String, String?)]) {
        let (rawTokens, lexProblems) = Lexer.tokenize(text)
        let tokens = rawTokens.map { token in
            var shifted = token
            shifted.start += offset
            shifted.end += offset
            return shifted
        }
        var parser = Parser(tokens: tokens, file: file)
        for problem in lexProblems {
            parser.report(SourceRange(start: problem.start + offset, end: problem.end + offset), problem.message,
                          suggestion: problem.suggestion)
        }
        var result: Expr?
        do {
            let expr = try parser.parseExpression()
            if !parser.atEnd {
                _ = parser.fail("表达式之后多出了 \(parser.current.description)")
            } else {
                result = expr
            }
        } catch {}
        return (result, parser.syntax.problems)
    }

    // MARK: Tokens

    private var current: Token { tokens[min(position, tokens.count - 1)] }
    private var atEnd: Bool { if case .end = current.kind { return true } else { return false } }

    private func peek(_ offset: Int = 1) -> Token { tokens[min(position + offset, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func report(_ range: SourceRange, _ message: String, suggestion: String? = nil) {
        syntax.problems.append((range, message, suggestion))
    }

    private mutating func fail(_ message: String, at token: Token? = nil, suggestion: String? = nil) -> Abort {
        let token = token ?? current
        report(SourceRange(start: token.start, end: max(token.end, token.start + 1)), message, suggestion: suggestion)
        return Abort()
    }

    private mutating func expectSymbol(_ symbol: String, _ what: String) throws {
        guard current.isSymbol(symbol) else {
            throw fail("这里应为 \(what)，却是 \(current.description)")
        }
        _ = advance()
    }

    private func isDeclarationStart(_ token: Token) -> Bool {
        token.startsLine && (token.isIdentifier("rule") || token.isIdentifier("let"))
    }

    // MARK: File

    private mutating func parseFile() {
        while !atEnd {
            let token = current
            if token.isIdentifier("rule") {
                parseRule()
            } else if token.isIdentifier("let") {
                do { try parseConstant() } catch { skipToDeclaration() }
            } else {
                let word = token.identifier ?? ""
                _ = fail("文件顶层只能写 `rule` 或 `let`，却是 \(token.description)",
                         suggestion: EditDistance.suggestion(for: word, among: ["rule", "let"]))
                _ = advance()
                skipToDeclaration()
            }
        }
    }

    private mutating func skipToDeclaration() {
        while !atEnd, !isDeclarationStart(current) { _ = advance() }
    }

    /// `rule-id`, `nonsense-bound`: identifiers and numbers joined by `-` with no blanks between.
    private mutating func parseKebab() throws -> (String, SourceRange) {
        guard let first = current.identifier else { throw fail("这里应为名称（如 nonsense-upper-bound），却是 \(current.description)") }
        var text = first
        let start = current.start
        var end = current.end
        _ = advance()
        while current.isSymbol("-"), current.start == end {
            let next = peek()
            guard next.start == current.end else { break }
            if let word = next.identifier {
                text += "-" + word
            } else if case .number(let n) = next.kind, n == n.rounded(), n >= 0, n < 1e15 {
                text += "-" + String(Int(n))
            } else {
                break
            }
            _ = advance()
            end = advance().end
        }
        return (text, SourceRange(start: start, end: end))
    }

    private mutating func parseConstant() throws {
        _ = advance()   // let
        guard let name = current.identifier else { throw fail("`let` 之后应为常量名，却是 \(current.description)") }
        let nameToken = advance()
        let extends: Bool
        if current.isSymbol("=") {
            extends = false
        } else if current.isSymbol("+=") {
            extends = true
        } else {
            throw fail("常量「\(name)」之后应为 `=` 或 `+=`，却是 \(current.description)")
        }
        _ = advance()
        let value = try parseExpression()
        syntax.constants.append(ConstantDecl(name: name, nameRange: SourceRange(start: nameToken.start, end: nameToken.end),
                                             extends: extends, value: value, file: file))
    }

    // MARK: Rules

    private mutating func parseRule() {
        let ruleToken = advance()
        let id: (String, SourceRange)
        let scope: (String, SourceRange)
        do {
            id = try parseKebab()
            guard current.isIdentifier("on") else {
                throw fail("规则「\(id.0)」的名称之后应为 `on 范围`（document、unit、project、indicator、value），却是 \(current.description)",
                           suggestion: current.identifier.flatMap { EditDistance.suggestion(for: $0, among: ["on"]) })
            }
            _ = advance()
            guard let scopeName = current.identifier else { throw fail("`on` 之后应为范围（document、unit、project、indicator、value），却是 \(current.description)") }
            let scopeToken = advance()
            scope = (scopeName, SourceRange(start: scopeToken.start, end: scopeToken.end))
            if !Parser.scopes.contains(scopeName) {
                report(scope.1, "未知的范围「\(scopeName)」；可用 document、unit、project、indicator、value",
                       suggestion: EditDistance.suggestion(for: scopeName, among: Parser.scopes))
            }
            try expectSymbol("{", "`{`")
        } catch {
            skipToDeclaration()
            return
        }
        var rule = RuleDecl(id: id.0, idRange: id.1, scope: scope.0, scopeRange: scope.1, file: file,
                            range: SourceRange(start: ruleToken.start, end: ruleToken.end))
        var seen: Set<String> = []
        while true {
            if current.isSymbol("}") {
                rule.range.end = advance().end
                break
            }
            if atEnd || isDeclarationStart(current) {
                report(SourceRange(start: ruleToken.start, end: ruleToken.end), "规则「\(rule.id)」缺少结尾的 `}`")
                break
            }
            do {
                try parseClause(into: &rule, seen: &seen)
            } catch {
                skipToClause()
            }
        }
        rule.clauses = seen
        syntax.rules.append(rule)
    }

    private mutating func skipToClause() {
        while !atEnd, !current.isSymbol("}"), !isDeclarationStart(current) {
            if current.startsLine, let word = current.identifier, Parser.clauseKeywords.contains(word) { break }
            _ = advance()
        }
    }

    private mutating func parseString(_ clause: String) throws -> StringLiteral {
        guard case .string(let text) = current.kind else { throw fail("`\(clause)` 之后应为带引号的文字，却是 \(current.description)") }
        let token = advance()
        return StringLiteral(text: text, range: SourceRange(start: token.start, end: token.end))
    }

    private mutating func parseClause(into rule: inout RuleDecl, seen: inout Set<String>) throws {
        let keywordToken = current
        guard let keyword = current.identifier, Parser.clauseKeywords.contains(keyword) else {
            throw fail("规则中应为子句（\(Parser.clauseKeywords.joined(separator: "、"))），却是 \(current.description)",
                       suggestion: current.identifier.flatMap { EditDistance.suggestion(for: $0, among: Parser.clauseKeywords) })
        }
        if keyword != "expect", seen.contains(keyword) {
            report(SourceRange(start: keywordToken.start, end: keywordToken.end), "子句 `\(keyword)` 在规则「\(rule.id)」中重复出现")
        }
        seen.insert(keyword)
        _ = advance()
        if current.startsLine || current.isSymbol("}") {
            throw fail("子句 `\(keyword)` 之后缺少内容（内容须与 `\(keyword)` 写在同一行）", at: keywordToken)
        }
        switch keyword {
        case "severity":
            guard let word = current.identifier else { throw fail("`severity` 之后应为 error、warning 或 info，却是 \(current.description)") }
            let token = advance()
            rule.severity = (word, SourceRange(start: token.start, end: token.end))
        case "category":
            if case .string(let text) = current.kind {
                let token = advance()
                rule.category = (text, SourceRange(start: token.start, end: token.end))
            } else {
                rule.category = try parseKebab()
            }
        case "title": rule.title = try parseString(keyword)
        case "message": rule.message = try parseString(keyword)
        case "help": rule.help = try parseString(keyword)
        case "fix": rule.fix = try parseString(keyword)
        case "when": rule.when = try parseExpression()
        case "at": rule.at = try parseExpression()
        case "tags":
            try expectSymbol("[", "`[`（标签列表，如 [\"bounds\"]）")
            while !current.isSymbol("]") {
                rule.tags.append(try parseString("tags").text)
                if current.isSymbol(",") { _ = advance() } else { break }
            }
            try expectSymbol("]", "`]`")
        default:   // expect
            guard let word = current.identifier, let expectation = RuleExample.Expectation(rawValue: word) else {
                throw fail("`expect` 之后应为 flag 或 pass，却是 \(current.description)",
                           suggestion: current.identifier.flatMap { EditDistance.suggestion(for: $0, among: ["flag", "pass"]) })
            }
            _ = advance()
            seen.insert("expect " + word)
            rule.examples.append((expectation, try parseString("expect \(word)")))
        }
    }

    // MARK: Expressions

    mutating func parseExpression() throws -> Expr {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth {
            throw fail("表达式嵌套超过 \(Parser.maximumDepth) 层；请拆成几个 `let` 常量或几条规则")
        }
        return try parseOr()
    }

    private mutating func parseOr() throws -> Expr {
        var left = try parseAnd()
        while current.isIdentifier("or") {
            let op = advance()
            let right = try parseAnd()
            left = .binary("or", left, right, opRange: SourceRange(start: op.start, end: op.end),
                           SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    private mutating func parseAnd() throws -> Expr {
        var left = try parseNot()
        while current.isIdentifier("and") {
            let op = advance()
            let right = try parseNot()
            left = .binary("and", left, right, opRange: SourceRange(start: op.start, end: op.end),
                           SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    private mutating func parseNot() throws -> Expr {
        if current.isIdentifier("not") {
            let op = advance()
            depth += 1
            defer { depth -= 1 }
            if depth > Parser.maximumDepth { throw fail("表达式嵌套超过 \(Parser.maximumDepth) 层；请拆成几个 `let` 常量或几条规则") }
            let operand = try parseNot()
            return .unary("not", operand, SourceRange(start: op.start, end: operand.range.end))
        }
        return try parseComparison()
    }

    private static let comparisonSymbols: Set<String> = ["==", "!=", "<", "<=", ">", ">="]
    private static let comparisonWords: Set<String> = ["in", "matches", "contains", "startswith", "endswith"]

    private mutating func parseComparison() throws -> Expr {
        let left = try parseAdditive()
        var op: String?
        let opToken = current
        var opEnd = current.end
        if case .symbol(let s) = current.kind, Parser.comparisonSymbols.contains(s) {
            op = s
            _ = advance()
        } else if let word = current.identifier, Parser.comparisonWords.contains(word) {
            op = word
            _ = advance()
        } else if current.isIdentifier("not"), peek().isIdentifier("in") {
            _ = advance()
            opEnd = advance().end
            op = "not in"
        }
        guard let op else { return left }
        let right = try parseAdditive()
        if case .symbol(let s) = current.kind, Parser.comparisonSymbols.contains(s) {
            throw fail("比较运算符不能连写：`0 < x < 100` 请写作 `x > 0 and x < 100`")
        }
        return .binary(op, left, right, opRange: SourceRange(start: opToken.start, end: opEnd),
                       SourceRange(start: left.range.start, end: right.range.end))
    }

    private mutating func parseAdditive() throws -> Expr {
        var left = try parseMultiplicative()
        while current.isSymbol("+") || current.isSymbol("-") {
            let op = advance()
            let right = try parseMultiplicative()
            left = .binary(op.isSymbol("+") ? "+" : "-", left, right, opRange: SourceRange(start: op.start, end: op.end),
                           SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    private mutating func parseMultiplicative() throws -> Expr {
        var left = try parseUnary()
        while current.isSymbol("*") || current.isSymbol("/") {
            let op = advance()
            let right = try parseUnary()
            left = .binary(op.isSymbol("*") ? "*" : "/", left, right, opRange: SourceRange(start: op.start, end: op.end),
                           SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    private mutating func parseUnary() throws -> Expr {
        if current.isSymbol("-") {
            let op = advance()
            depth += 1
            defer { depth -= 1 }
            if depth > Parser.maximumDepth { throw fail("表达式嵌套超过 \(Parser.maximumDepth) 层；请拆成几个 `let` 常量或几条规则") }
            let operand = try parseUnary()
            if case .number(let n, let r) = operand { return .number(-n, SourceRange(start: op.start, end: r.end)) }
            return .unary("-", operand, SourceRange(start: op.start, end: operand.range.end))
        }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws -> Expr {
        var expr = try parsePrimary()
        while true {
            if current.isSymbol(".") {
                _ = advance()
                let nameToken = current
                let name: String
                if let word = current.identifier {
                    name = word
                } else if case .number(let n) = current.kind, n == n.rounded(), n >= 0, n < 1e15 {
                    name = String(Int(n))   // `match.1`
                } else {
                    throw fail("`.` 之后应为字段名，却是 \(current.description)")
                }
                _ = advance()
                expr = .member(expr, name, nameRange: SourceRange(start: nameToken.start, end: nameToken.end),
                               SourceRange(start: expr.range.start, end: nameToken.end))
            } else if current.isSymbol("["), !current.startsLine {
                _ = advance()
                let key = try parseExpression()
                let close = current
                try expectSymbol("]", "`]`")
                expr = .index(expr, key, SourceRange(start: expr.range.start, end: close.end))
            } else {
                return expr
            }
        }
    }

    private mutating func parsePrimary() throws -> Expr {
        let token = current
        let range = SourceRange(start: token.start, end: token.end)
        switch token.kind {
        case .number(let n):
            _ = advance()
            return .number(n, range)
        case .string(let s):
            _ = advance()
            return .string(s, range)
        case .regex(let pattern, let flags):
            _ = advance()
            return .regex(pattern: pattern, flags: flags, range)
        case .identifier(let word):
            if token.startsLine, Parser.clauseKeywords.contains(word) || word == "rule" || word == "let" {
                throw fail("表达式不完整：这一行以 `\(word)` 开始了新的子句")
            }
            _ = advance()
            switch word {
            case "true": return .bool(true, range)
            case "false": return .bool(false, range)
            case "null": return .null(range)
            default: break
            }
            if current.isSymbol("("), current.start == token.end || !current.startsLine {
                return try parseCall(word, nameRange: range)
            }
            return .name(word, range)
        case .symbol("("):
            _ = advance()
            let inner = try parseExpression()
            try expectSymbol(")", "`)`")
            return inner
        case .symbol("["):
            _ = advance()
            var items: [Expr] = []
            while !current.isSymbol("]") {
                items.append(try parseExpression())
                if current.isSymbol(",") { _ = advance() } else { break }
            }
            let close = current
            try expectSymbol("]", "`]` 或 `,`")
            return .list(items, SourceRange(start: token.start, end: close.end))
        case .symbol("{"):
            _ = advance()
            var pairs: [(Expr, Expr)] = []
            while !current.isSymbol("}") {
                let key = try parseExpression()
                try expectSymbol(":", "`:`（映射写作 {键: 值}）")
                let value = try parseExpression()
                pairs.append((key, value))
                if current.isSymbol(",") { _ = advance() } else { break }
            }
            let close = current
            try expectSymbol("}", "`}` 或 `,`")
            return .map(pairs, SourceRange(start: token.start, end: close.end))
        default:
            throw fail("这里应为表达式，却是 \(token.description)")
        }
    }

    private mutating func parseCall(_ name: String, nameRange: SourceRange) throws -> Expr {
        _ = advance()   // (
        var binding: (String, SourceRange)?
        if let variable = current.identifier, peek().isIdentifier("in"), ["any", "all", "none", "count", "sum", "min", "max"].contains(name) {
            let variableToken = advance()
            _ = advance()   // in
            binding = (variable, SourceRange(start: variableToken.start, end: variableToken.end))
        }
        var arguments: [Expr] = []
        while !current.isSymbol(")") {
            arguments.append(try parseExpression())
            if current.isSymbol(",") { _ = advance() } else { break }
        }
        let close = current
        try expectSymbol(")", "`)` 或 `,`")
        return .call(name, nameRange: nameRange, binding: binding, arguments, SourceRange(start: nameRange.start, end: close.end))
    }
}
