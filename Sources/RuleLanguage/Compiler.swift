import LintModel

/// Resolves names, checks types and turns expressions into closures, once per pack load.
///
/// Errors are collected, never thrown; an expression with an error compiles to a closure giving
/// null with type `any`, so that one mistake does not cascade into more.
struct Compiler {
    struct Problem: Sendable {
        var file: Int
        var range: SourceRange
        var message: String
        var suggestion: String?
    }

    /// A compiled expression with its static type and, when known at load time, its value.
    ///
    /// Besides `evaluate`, an expression may carry typed views of the same result: `test` for
    /// conditions, `number`, `text` and `record` for expressions whose every value is of that kind
    /// or null (nil). Operators use a typed view when their operand has one, so a field read and a
    /// comparison run without building an `RValue` in between (the evaluator's hot path).
    struct Compiled {
        var evaluate: Evaluator
        var type: RType
        var constant: RValue?
        /// For conditions: the same result as a plain `Bool`.
        var test: (@Sendable (Environment) -> Bool)?
        /// For list-valued fields: the records as indices, for quantifiers to walk without
        /// building the list.
        var records: (@Sendable (Environment) -> RecordList)?
        var number: (@Sendable (Environment) -> Double?)?
        var text: (@Sendable (Environment) -> String?)?
        var record: (@Sendable (Environment) -> RecordRef?)?
        /// For records read from a slot through record-valued fields: where from.
        var recordPath: RecordPath?
        /// For fields read at the end of such a path: which (operators read it in place).
        var fieldPath: FieldPath?
        /// For `len(text)`: the text, so that comparing the length with a constant can often be
        /// decided from the byte count without counting characters.
        var lengthOf: TextOperand?

        /// A condition compiled from a `Bool` closure.
        static func condition(_ test: @escaping @Sendable (Environment) -> Bool) -> Compiled {
            Compiled(evaluate: { env in .bool(test(env)) }, type: .bool, constant: nil, test: test)
        }

        /// A number-valued expression compiled from a `Double?` closure (nil is null).
        static func number(_ number: @escaping @Sendable (Environment) -> Double?) -> Compiled {
            Compiled(evaluate: { env in number(env).map(RValue.number) ?? .null }, type: .number, number: number)
        }

        /// A text-valued expression compiled from a `String?` closure (nil is null).
        static func text(_ text: @escaping @Sendable (Environment) -> String?) -> Compiled {
            Compiled(evaluate: { env in text(env).map(RValue.text) ?? .null }, type: .text, text: text)
        }

        /// A record-valued expression compiled from a `RecordRef?` closure (nil is null).
        static func record(_ record: @escaping @Sendable (Environment) -> RecordRef?, _ kind: RecordKind) -> Compiled {
            Compiled(evaluate: { env in record(env).map(RValue.record) ?? .null }, type: .record(kind), record: record)
        }

        /// The `Bool` view of any compiled expression (`true` only for a true boolean).
        var asTest: @Sendable (Environment) -> Bool {
            if let test { return test }
            let evaluate = evaluate
            return { env in evaluate(env).isTrue }
        }

        /// The number, if the value is one (as `evaluate(env).number`).
        var asNumber: @Sendable (Environment) -> Double? {
            if let number { return number }
            let evaluate = evaluate
            return { env in evaluate(env).number }
        }

        /// The text, if the value is one (as `evaluate(env).text`).
        var asText: @Sendable (Environment) -> String? {
            if let text { return text }
            let evaluate = evaluate
            return { env in evaluate(env).text }
        }

        /// Whether the value is null, through a typed view when there is one.
        var isNull: @Sendable (Environment) -> Bool {
            if let number { return { env in number(env) == nil } }
            if let text { return { env in text(env) == nil } }
            if let record { return { env in record(env) == nil } }
            let evaluate = evaluate
            return { env in evaluate(env).isNull }
        }

        static func constant(_ value: RValue, _ type: RType) -> Compiled {
            var compiled = Compiled(evaluate: { _ in value }, type: type, constant: value)
            switch value {
            case .number(let n): compiled.number = { _ in n }
            case .text(let s): compiled.text = { _ in s }
            default: break
            }
            return compiled
        }

        static let invalid = Compiled(evaluate: { _ in .null }, type: .any, constant: nil)
    }

    /// The text operand of `len(text)`: its closure, and its field path when it is a field.
    struct TextOperand {
        let text: @Sendable (Environment) -> String?
        let path: FieldPath?

        /// `make` specialised for the operand's read.
        func withText(_ make: (TextAtPath) -> Compiled, _ byClosure: (TextByClosure) -> Compiled) -> Compiled {
            if let path { return make(TextAtPath(path: path)) }
            return byClosure(TextByClosure(read: text))
        }
    }

    /// What a bare name can refer to, innermost last.
    enum Binding {
        /// The record a rule or a quantifier condition is about: its fields are bare names.
        case implicit(slot: Int, type: RType)
        /// `x` in `any(x in list, …)`.
        case variable(name: String, slot: Int, type: RType)
    }

    var constants: [String: (value: RValue, type: RType)] = [:]
    /// Each distinct pattern is compiled once per pack, however many rules use it.
    var regexCache: [String: CompiledPattern] = [:]
    var problems: [Problem] = []
    var file = 0
    var bindings: [Binding] = []
    var slotCount = 1
    /// True while compiling templates and `at`, where `match` is a name.
    var allowMatch = false
    /// Set when a template or `at` used `match`.
    var usedMatch = false
    /// Set when the condition contains a `matches` / `contains` that records a match.
    var recordsMatch = false
    /// Nesting of list operations, for slot allocation.
    private var nextSlot: Int { bindings.reduce(0) { max($0, Compiler.slot(of: $1) + 1) } }

    private static func slot(of binding: Binding) -> Int {
        switch binding {
        case .implicit(let slot, _), .variable(_, let slot, _): slot
        }
    }

    static let functions = ["any", "all", "none", "count", "sum", "min", "max", "abs", "round", "len", "norm",
                            "lower", "number", "exists"]

    mutating func error(_ range: SourceRange, _ message: String, suggestion: String? = nil) {
        problems.append(Problem(file: file, range: range, message: message, suggestion: suggestion))
    }

    // MARK: Expressions

    mutating func compile(_ expr: Expr) -> Compiled {
        switch expr {
        case .number(let n, _): return .constant(.number(n), .number)
        case .string(let s, _): return .constant(.text(s), .text)
        case .bool(let b, _): return .constant(.bool(b), .bool)
        case .null: return .constant(.null, .null)
        case .invalid: return .invalid
        case .regex(let pattern, let flags, let range):
            guard let compiled = compileRegex(pattern, flags: flags, range: range) else { return .invalid }
            return .constant(.regex(compiled), .regex)
        case .list(let items, _):
            let compiled = items.map { compile($0) }
            let type = RType.list(compiled.dropFirst().reduce(compiled.first?.type ?? .null) { $0.unified(with: $1.type) })
            if compiled.allSatisfy({ $0.constant != nil }) {
                return .constant(.list(compiled.compactMap(\.constant)), type)
            }
            let evaluators = compiled.map(\.evaluate)
            return Compiled(evaluate: { env in .list(evaluators.map { $0(env) }) }, type: type)
        case .map(let pairs, _):
            var entries: [MapKey: RValue] = [:]
            var valueType: RType?
            for (keyExpr, valueExpr) in pairs {
                let key = compile(keyExpr)
                let value = compile(valueExpr)
                guard let keyValue = key.constant, let mapKey = MapKey(keyValue) else {
                    error(keyExpr.range, "映射的键必须是数字或文字常量")
                    continue
                }
                guard let constant = value.constant else {
                    error(valueExpr.range, "映射的值必须是常量（数字、文字、列表、正则）")
                    continue
                }
                if entries[mapKey] != nil { error(keyExpr.range, "映射中重复的键「\(keyValue.rendered)」") }
                entries[mapKey] = constant
                valueType = valueType.map { $0.unified(with: value.type) } ?? value.type
            }
            return .constant(.map(entries), .map(valueType ?? .null))
        case .name(let name, let range):
            return compileName(name, range: range)
        case .member(let base, let name, let nameRange, _):
            return compileMember(base, name: name, nameRange: nameRange)
        case .index(let base, let key, let range):
            return compileIndex(base, key, range: range)
        case .call(let name, let nameRange, let binding, let arguments, let range):
            return compileCall(name, nameRange: nameRange, binding: binding, arguments: arguments, range: range)
        case .unary(let op, let operand, _):
            let inner = compile(operand)
            if op == "not" {
                if !inner.type.isBoolLike { error(operand.range, "`not` 需要布尔值（条件），这里是\(inner.type.name)") }
                let f = inner.asTest
                return .condition { env in !f(env) }
            }
            if !inner.type.isNumberLike { error(operand.range, "负号 `-` 需要数字，这里是\(inner.type.name)") }
            let f = inner.asNumber
            return .number { env in f(env).map { -$0 } }
        case .binary(let op, let left, let right, let opRange, _):
            return compileBinary(op, left, right, opRange: opRange)
        }
    }

    mutating func compileRegex(_ pattern: String, flags: String, range: SourceRange) -> CompiledPattern? {
        if let bad = flags.unicodeScalars.first(where: { $0 != "i" }) {
            error(range, "未知的正则标志「\(bad)」；只支持 i（不区分大小写）")
            return nil
        }
        if pattern.isEmpty {
            error(range, "空的正则表达式 //")
            return nil
        }
        if pattern.unicodeScalars.count > RegexAnalysis.maximumLength {
            error(range, "正则表达式过长（\(pattern.unicodeScalars.count) 个字符，上限 \(RegexAnalysis.maximumLength)）；请改用文字列表和 contains")
            return nil
        }
        if RegexAnalysis.hasNestedUnboundedQuantifier(pattern) {
            error(range, "正则表达式「\(pattern)」含嵌套的无界重复（如 (a+)+、(.*)*），遇到不匹配的长文本会极慢；请去掉外层或内层的 + / *")
            return nil
        }
        let key = flags + "/" + pattern
        if let cached = regexCache[key] { return cached }
        do {
            let compiled = try CompiledPattern(pattern: pattern, flags: flags)
            regexCache[key] = compiled
            return compiled
        } catch {
            self.error(range, "无效的正则表达式「\(pattern)」：括号、方括号或转义不完整")
            return nil
        }
    }

    // MARK: Names and fields

    /// The record whose fields bare names refer to: the innermost implicit binding that is a
    /// record (elements of a list of text or numbers have no fields, so names fall through).
    private func implicitType() -> (slot: Int, type: RType)? {
        for binding in bindings.reversed() {
            if case .implicit(let slot, let type) = binding {
                if case .list = type { continue }
                switch type {
                case .record, .any: return (slot, type)
                default: continue
                }
            }
        }
        return nil
    }

    /// The innermost element bound without a name, for `it`.
    private func innermostElement() -> (slot: Int, type: RType)? {
        for binding in bindings.reversed() {
            if case .implicit(let slot, let type) = binding, slot > 0 { return (slot, type) }
        }
        return nil
    }

    private func candidateNames() -> [String] {
        var names = Array(constants.keys)
        for binding in bindings {
            if case .variable(let name, _, _) = binding { names.append(name) }
        }
        if case .record(let kind)? = implicitType()?.type { names += Field.names(of: kind) }
        return names
    }

    /// What is bound to `slot`: records are read from the environment's record slots.
    static func slotValue(_ slot: Int, type: RType) -> Compiled {
        if case .record(let kind) = type {
            var compiled = Compiled.record({ env in env.records[slot] }, kind)
            compiled.recordPath = RecordPath(slot: slot)
            return compiled
        }
        return Compiled(evaluate: { env in env.slots[slot] }, type: type)
    }

    mutating func compileName(_ name: String, range: SourceRange) -> Compiled {
        for binding in bindings.reversed() {
            if case .variable(let variable, let slot, let type) = binding, variable == name {
                return Compiler.slotValue(slot, type: type)
            }
        }
        if name == "it", let (slot, type) = innermostElement() {
            return Compiler.slotValue(slot, type: type)
        }
        if let (slot, type) = implicitType() {
            if case .record(let kind) = type, let (field, fieldType) = Field.lookup(name, in: kind) {
                return Compiler.field(field, type: fieldType, of: Compiler.slotValue(slot, type: type))
            }
        }
        if let constant = constants[name] {
            return .constant(constant.value, constant.type)
        }
        if allowMatch, name == "match" {
            usedMatch = true
            return Compiled(evaluate: { env in env.match.map { .text($0.text) } ?? .null }, type: .text)
        }
        if implicitType()?.type == .any, bindings.count == 1 {
            return .invalid   // the rule's scope is unknown (already reported): its fields cannot be checked
        }
        let context: String
        if case .record(let kind)? = implicitType()?.type {
            context = "：它不是 \(kind.rawValue) 的字段（\(Field.names(of: kind).joined(separator: "、"))），也不是常量"
        } else {
            context = "：没有这个常量"
        }
        error(range, "未知的名称「\(name)」\(context)",
              suggestion: EditDistance.suggestion(for: name, among: candidateNames()) ?? pathSuggestion(for: name))
        return .invalid
    }

    /// `field` of the record `base` gives, read in place; through its path when it has one.
    static func field(_ field: Field, type: RType, of base: Compiled) -> Compiled {
        if let path = base.recordPath {
            switch type {
            case .number:
                let at = FieldPath(base: path, field: field)
                var compiled = Compiled.number { env in env.number(at: at) }
                compiled.fieldPath = at
                return compiled
            case .text:
                let at = FieldPath(base: path, field: field)
                var compiled = Compiled.text { env in env.text(at: at) }
                compiled.fieldPath = at
                return compiled
            case .bool:
                let at = FieldPath(base: path, field: field)
                var compiled = Compiled(evaluate: { env in env.bool(at: at).map(RValue.bool) ?? .null }, type: type)
                compiled.test = { env in env.bool(at: at) == true }
                compiled.fieldPath = at
                return compiled
            case .record(let kind):
                if let longer = path.appending(field) {
                    var compiled = Compiled.record({ env in env.record(at: longer) }, kind)
                    compiled.recordPath = longer
                    return compiled
                }
            default:
                break
            }
        }
        let evaluate = base.evaluate
        let baseRecord: @Sendable (Environment) -> RecordRef? = base.record ?? { env in
            if case .record(let record) = evaluate(env) { return record }
            return nil
        }
        switch type {
        case .number: return .number { env in baseRecord(env).flatMap { env.number(field, of: $0) } }
        case .text: return .text { env in baseRecord(env).flatMap { env.text(field, of: $0) } }
        case .bool:
            var compiled = Compiled(evaluate: { env in baseRecord(env).flatMap { env.bool(field, of: $0) }.map(RValue.bool) ?? .null },
                                    type: type)
            compiled.test = { env in baseRecord(env).flatMap { env.bool(field, of: $0) } == true }
            return compiled
        case .record(let kind):
            return .record({ env in baseRecord(env).flatMap { env.record(field, of: $0) } }, kind)
        default:
            let read = Environment.reader(for: field)
            var compiled = Compiled(evaluate: { env in
                guard let record = baseRecord(env) else { return .null }
                return read(env, record)
            }, type: type)
            compiled.records = { env in
                guard let record = baseRecord(env) else { return .empty }
                return env.list(field, of: record)
            }
            return compiled
        }
    }

    /// `indicator.name` for a bare `name` on a value: a field of a record one step away.
    private func pathSuggestion(for name: String) -> String? {
        guard case .record(let kind)? = implicitType()?.type else { return nil }
        for entry in Field.table[kind] ?? [] {
            if case .record(let inner) = entry.type, inner != .document, Field.lookup(name, in: inner) != nil {
                return "\(entry.name).\(name)"
            }
        }
        return nil
    }

    mutating func compileMember(_ base: Expr, name: String, nameRange: SourceRange) -> Compiled {
        if allowMatch, case .name("match", _) = base, let group = Int(name) {
            usedMatch = true
            return Compiled(evaluate: { env in
                guard let match = env.match else { return .null }
                guard let pattern = match.pattern else { return group == 0 ? .text(match.text) : .null }
                return pattern.group(group, in: match.haystack).map(RValue.text) ?? .null
            }, type: .text)
        }
        let compiled = compile(base)
        switch compiled.type {
        case .record(let kind):
            guard let (field, type) = Field.lookup(name, in: kind) else {
                error(nameRange, "记录 \(kind.rawValue) 没有字段「\(name)」；可用：\(Field.names(of: kind).joined(separator: "、"))",
                      suggestion: EditDistance.suggestion(for: name, among: Field.names(of: kind)))
                return .invalid
            }
            return Compiler.field(field, type: type, of: compiled)
        case .any, .null:
            return .invalid
        case .list:
            error(nameRange, "列表没有字段「\(name)」；对列表的每一项用 any(…)、all(…)、count(…) 或 sum(…)")
            return .invalid
        default:
            error(nameRange, "\(compiled.type.name) 没有字段「\(name)」")
            return .invalid
        }
    }

    mutating func compileIndex(_ base: Expr, _ key: Expr, range: SourceRange) -> Compiled {
        let container = compile(base)
        let index = compile(key)
        let c = container.evaluate
        let k = index.evaluate
        switch container.type {
        case .map(let valueType):
            if case .map(let entries)? = container.constant {
                let table = KeyTable(entries)
                if let key = index.number {
                    // `parents[level2.code]`: a number key, looked up without an `RValue`.
                    var compiled = Compiled(evaluate: { env in key(env).flatMap { table.value(forNumber: $0) } ?? .null },
                                            type: valueType)
                    if valueType == .number {
                        compiled.number = { env in key(env).flatMap { table.value(forNumber: $0)?.number } }
                    }
                    return compiled
                }
                return Compiled(evaluate: { env in table.value(for: k(env)) ?? .null }, type: valueType)
            }
            return Compiled(evaluate: { env in
                guard case .map(let entries) = c(env), let key = MapKey(k(env)) else { return .null }
                return entries[key] ?? .null
            }, type: valueType)
        case .list(let element):
            if !index.type.isNumberLike { error(key.range, "列表的下标应为数字，这里是\(index.type.name)") }
            return Compiled(evaluate: { env in
                guard case .list(let items) = c(env), let n = k(env).number, n == n.rounded(), abs(n) < 1e9 else { return .null }
                let i = n < 0 ? items.count + Int(n) : Int(n)
                return items[safe: i] ?? .null
            }, type: element)
        case .any, .null:
            return .invalid
        default:
            error(base.range, "只能对列表或映射用 […] 取值，这里是\(container.type.name)")
            return .invalid
        }
    }

    // MARK: Element scopes for list operations

    /// Compiles `body` with the element of `list` bound: as the implicit record (`any(list, cond)`)
    /// or as a variable (`any(x in list, cond)`). Returns the slot the element is bound to.
    mutating func withElement<T>(of elementType: RType, binding: (String, SourceRange)?, _ body: (inout Compiler) -> T) -> (slot: Int, result: T) {
        let slot = nextSlot
        slotCount = max(slotCount, slot + 1)
        if let (name, _) = binding {
            bindings.append(.variable(name: name, slot: slot, type: elementType))
        } else {
            bindings.append(.implicit(slot: slot, type: elementType))
        }
        let result = body(&self)
        bindings.removeLast()
        return (slot, result)
    }
}
