/// How an operator's closure reads a number or text operand: in place from a field path (the read
/// inlined into the operator's closure) or through the operand's own closure. An operator is
/// written once as a local generic function over the read and specialised for both, so that
/// `level1.code == 3` is one closure, not a comparison calling a field read.
protocol NumberRead: Sendable {
    func callAsFunction(_ env: Environment) -> Double?
}

protocol TextRead: Sendable {
    func callAsFunction(_ env: Environment) -> String?
}

struct NumberAtPath: NumberRead {
    let path: FieldPath
    @inline(__always) func callAsFunction(_ env: Environment) -> Double? { env.number(at: path) }
}

struct NumberByClosure: NumberRead {
    let read: @Sendable (Environment) -> Double?
    @inline(__always) func callAsFunction(_ env: Environment) -> Double? { read(env) }
}

struct TextAtPath: TextRead {
    let path: FieldPath
    @inline(__always) func callAsFunction(_ env: Environment) -> String? { env.text(at: path) }
}

struct TextByClosure: TextRead {
    let read: @Sendable (Environment) -> String?
    @inline(__always) func callAsFunction(_ env: Environment) -> String? { read(env) }
}

extension Compiler.Compiled {
    /// The field path of a number field (`level1.code`), read in place by operators.
    var numberPath: FieldPath? { type == .number ? fieldPath : nil }
    /// The field path of a text field (`indicator.name`), read in place by operators.
    var textPath: FieldPath? { type == .text ? fieldPath : nil }

    /// `make` specialised for this expression's number read.
    func withNumber(_ make: (NumberAtPath) -> Compiler.Compiled, _ byClosure: (NumberByClosure) -> Compiler.Compiled) -> Compiler.Compiled {
        if let numberPath { return make(NumberAtPath(path: numberPath)) }
        return byClosure(NumberByClosure(read: asNumber))
    }

    /// `make` specialised for this expression's text read.
    func withText(_ make: (TextAtPath) -> Compiler.Compiled, _ byClosure: (TextByClosure) -> Compiler.Compiled) -> Compiler.Compiled {
        if let textPath { return make(TextAtPath(path: textPath)) }
        return byClosure(TextByClosure(read: asText))
    }
}
