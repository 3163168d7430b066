import LintModel

/// A `message`, `help` or `fix` text with `{expression}` holes, compiled once.
/// `\{` writes a literal brace.
struct Template: Sendable {
    enum Part: Sendable {
        case literal(String)
        case expression(Evaluator)
    }

    var parts: [Part]
    /// The bytes of the literal parts: the output's storage is reserved once, not grown part by part.
    private let literalBytes: Int

    init(parts: [Part]) {
        self.parts = parts
        literalBytes = parts.reduce(0) { total, part in
            if case .literal(let s) = part { total + s.utf8.count } else { total }
        }
    }

    func render(_ env: Environment) -> String {
        if parts.count == 1, case .literal(let s) = parts[0] { return s }
        var out = ""
        out.reserveCapacity(literalBytes + 64 * (parts.count - 1))
        for part in parts {
            switch part {
            case .literal(let s): out += s
            case .expression(let f):
                let value = f(env)
                if case .record(let record) = value {
                    out += env.rendered(record)
                } else {
                    out += value.rendered
                }
            }
        }
        return out
    }

    /// Splits the literal into text and holes and compiles each hole with `compiler`'s bindings.
    static func compile(_ literal: StringLiteral, isTriple: Bool, compiler: inout Compiler) -> Template {
        let bytes = Array(literal.text.utf8)
        // Where the cooked text starts in the file (escapes before a hole shift it slightly).
        let base = literal.range.start + (isTriple ? 3 : 1)
        var parts: [Part] = []
        var text: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "{") {
                text.append(UInt8(ascii: "{"))
                i += 2
                continue
            }
            guard b == UInt8(ascii: "{") else {
                text.append(b)
                i += 1
                continue
            }
            var depth = 1
            var j = i + 1
            var inString = false
            while j < bytes.count {
                let c = bytes[j]
                if c == UInt8(ascii: "\"") { inString.toggle() }
                if !inString {
                    if c == UInt8(ascii: "{") { depth += 1 }
                    if c == UInt8(ascii: "}") { depth -= 1; if depth == 0 { break } }
                }
                j += 1
            }
            guard j < bytes.count else {
                compiler.error(SourceRange(start: base + i, end: base + i + 1),
                               "模板中的 `{` 没有对应的 `}`；要写字面的大括号请用 \\{")
                text.append(contentsOf: bytes[i...])
                break
            }
            if !text.isEmpty {
                parts.append(.literal(String(decoding: text, as: UTF8.self)))
                text = []
            }
            let source = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
            let (expr, problems) = Parser.parseStandaloneExpression(source, offset: base + i + 1, file: compiler.file)
            for (range, message, suggestion) in problems {
                compiler.error(range, message, suggestion: suggestion)
            }
            if source.trimmingBlanks().isEmpty {
                compiler.error(SourceRange(start: base + i, end: base + j + 1), "模板中的 `{}` 是空的；应写字段或表达式，如 {text}")
            } else if let expr {
                let compiled = compiler.compile(expr)
                parts.append(.expression(compiled.evaluate))
            }
            i = j + 1
        }
        if !text.isEmpty { parts.append(.literal(String(decoding: text, as: UTF8.self))) }
        return Template(parts: parts)
    }
}
