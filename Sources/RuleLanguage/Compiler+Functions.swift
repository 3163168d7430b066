import LintModel

extension Compiler {
    /// Quantifiers, aggregates and helper functions.
    mutating func compileCall(_ name: String, nameRange: SourceRange, binding: (String, SourceRange)?,
                              arguments: [Expr], range: SourceRange) -> Compiled {
        switch name {
        case "any", "all", "none", "count", "sum", "min", "max":
            return compileListOperation(name, binding: binding, arguments: arguments, range: range)
        default:
            break
        }
        let arity: ClosedRange<Int>
        switch name {
        case "round": arity = 1...2
        case "abs", "len", "norm", "lower", "number", "exists": arity = 1...1
        default:
            let operators = ["contains", "matches", "startswith", "endswith"]
            if let op = EditDistance.suggestion(for: name, among: operators) ?? (operators.contains(name) ? name : nil) {
                error(nameRange, "未知的函数「\(name)」；\(op) 是运算符，写作 text \(op) …")
                return .invalid
            }
            error(nameRange, "未知的函数「\(name)」；可用：\(Compiler.functions.joined(separator: "、"))",
                  suggestion: EditDistance.suggestion(for: name, among: Compiler.functions))
            return .invalid
        }
        guard arity.contains(arguments.count) else {
            let expected = arity.count == 1 ? "\(arity.lowerBound)" : "\(arity.lowerBound)–\(arity.upperBound)"
            error(range, "函数 \(name) 需要 \(expected) 个参数，这里有 \(arguments.count) 个")
            return .invalid
        }
        let compiled = arguments.map { compile($0) }
        let a = compiled[0].evaluate
        let type = compiled[0].type
        func need(_ ok: Bool, _ what: String) {
            if !ok { error(arguments[0].range, "函数 \(name) 需要\(what)，这里是\(type.name)") }
        }
        switch name {
        case "abs":
            need(type.isNumberLike, "数字")
            let n = compiled[0].asNumber
            return .number { env in n(env).map { Swift.abs($0) } }
        case "round":
            need(type.isNumberLike, "数字")
            let zero: Evaluator = { _ in RValue.number(0) }
            let digits: Evaluator = compiled.count > 1 ? compiled[1].evaluate : zero
            if compiled.count > 1, !compiled[1].type.isNumberLike { error(arguments[1].range, "round 的位数应为数字") }
            return .number { env in
                guard let n = a(env).number, let d = digits(env).number else { return nil }
                var scale = 1.0
                for _ in 0..<Int(Swift.max(0, Swift.min(12, d.isFinite ? d : 0))) { scale *= 10 }
                return (n * scale).rounded() / scale
            }
        case "len":
            switch type {
            case .text, .list, .any, .null: break
            default: need(false, "文字或列表")
            }
            if let text = compiled[0].text {
                // Characters of Chinese text are single scalars: count scalars, not graphemes.
                var length = Compiled.number { env in text(env).map { Double(TextSearch.scalarCount($0)) } }
                length.lengthOf = TextOperand(text: text, path: compiled[0].textPath)
                return length
            }
            return .number { env in
                switch a(env) {
                case .text(let s): Double(TextSearch.scalarCount(s))
                case .list(let items): Double(items.count)
                default: nil
                }
            }
        case "norm":
            need(type.isTextLike, "文字")
            let text = compiled[0].asText
            return .text { env in text(env).map { TextWidth.normalized($0).trimmingBlanks() } }
        case "lower":
            need(type.isTextLike, "文字")
            let text = compiled[0].asText
            return .text { env in text(env).map { $0.lowercased() } }
        case "number":
            need(type.isTextLike || type == .number, "文字")
            return .number { env in
                switch a(env) {
                case .number(let n): return n
                case .text(let s):
                    let cleaned = TextWidth.normalized(s).trimmingBlanks().replacingOccurrences(of: ",", with: "")
                    return Double(cleaned)
                default: return nil
                }
            }
        default:   // exists
            let isNull = compiled[0].isNull
            return .condition { env in !isNull(env) }
        }
    }

    private mutating func compileListOperation(_ name: String, binding: (String, SourceRange)?, arguments: [Expr],
                                               range: SourceRange) -> Compiled {
        let needsBody = ["any", "all", "none"].contains(name)
        let maximum = 2
        let minimum = needsBody ? 2 : 1
        guard (minimum...maximum).contains(arguments.count) else {
            let usage = needsBody ? "\(name)(列表, 条件)" : "\(name)(列表) 或 \(name)(列表, \(name == "count" ? "条件" : "表达式"))"
            error(range, "\(name) 的用法是 \(usage)，这里有 \(arguments.count) 个参数")
            return .invalid
        }
        if arguments.count == 1, ["sum", "min", "max"].contains(name), case .list(let items, let range) = arguments[0] {
            return aggregate(name, of: items, range: range)
        }
        let list = compile(arguments[0])
        let elementType: RType
        switch list.type {
        case .list(let element): elementType = element
        case .any, .null: elementType = .any
        default:
            error(arguments[0].range, "\(name) 的第一个参数应为列表（如 indicators、values、parts），这里是\(list.type.name)")
            return .invalid
        }
        let items = list.evaluate
        var body: Compiled?
        var slot = 0
        if arguments.count == 2 {
            let (s, compiled) = withElement(of: elementType, binding: binding) { $0.compile(arguments[1]) }
            slot = s
            body = compiled
            if ["any", "all", "none", "count"].contains(name), !compiled.type.isBoolLike {
                error(arguments[1].range, "\(name) 的第二个参数应为条件（布尔值），这里是\(compiled.type.name)")
            }
            if ["sum", "min", "max"].contains(name), !compiled.type.isNumberLike {
                error(arguments[1].range, "\(name) 的第二个参数应为数字表达式，这里是\(compiled.type.name)")
            }
        } else if ["sum", "min", "max"].contains(name), !elementType.isNumberLike {
            error(arguments[0].range, "\(name)(列表) 需要数字列表，这里是\(list.type.name)；请写 \(name)(列表, 数字字段)")
        }
        let f = body?.asNumber
        let bindSlot = slot
        if let records = list.records, let fast = recordListOperation(name, records: records, body: body, slot: bindSlot) {
            return fast
        }
        switch name {
        case "any", "all", "none":
            let wantAny = name == "any"
            let wantAll = name == "all"
            guard let condition = body?.asTest else { return .invalid }
            let emptyResult = name == "all" || name == "none"
            return .condition { env in
                guard case .list(let elements) = items(env) else { return emptyResult }
                let saved = (env.slots[bindSlot], env.records[bindSlot])
                defer { (env.slots[bindSlot], env.records[bindSlot]) = saved }
                for element in elements {
                    env.bind(element, to: bindSlot)
                    let hit = condition(env)
                    if wantAll { if !hit { return false } } else if hit { return wantAny }
                }
                return !wantAny
            }
        case "count":
            let condition = body?.asTest
            return .number { env in
                guard case .list(let elements) = items(env) else { return 0 }
                guard let condition else { return Double(elements.count) }
                let saved = (env.slots[bindSlot], env.records[bindSlot])
                defer { (env.slots[bindSlot], env.records[bindSlot]) = saved }
                var n = 0
                for element in elements {
                    env.bind(element, to: bindSlot)
                    if condition(env) { n += 1 }
                }
                return Double(n)
            }
        default:   // sum, min, max: nulls are skipped; min/max of nothing is null; sum of nothing is 0
            return .number { env in
                guard case .list(let elements) = items(env) else { return name == "sum" ? 0 : nil }
                let saved = (env.slots[bindSlot], env.records[bindSlot])
                defer { (env.slots[bindSlot], env.records[bindSlot]) = saved }
                var total = 0.0
                var best: Double?
                for element in elements {
                    let number: Double?
                    if let f {
                        env.bind(element, to: bindSlot)
                        number = f(env)
                    } else {
                        number = element.number
                    }
                    guard let number else { continue }
                    total += number
                    if name == "min" { best = Swift.min(best ?? number, number) }
                    if name == "max" { best = Swift.max(best ?? number, number) }
                }
                return name == "sum" ? total : best
            }
        }
    }

    /// `sum([amounts.fiscal, amounts.special, amounts.other])`: the items of a list written out are
    /// aggregated as they are evaluated, with no list built. As for any list, items that are not
    /// numbers are skipped.
    private mutating func aggregate(_ name: String, of items: [Expr], range: SourceRange) -> Compiled {
        let compiled = items.map { compile($0) }
        let elementType = compiled.dropFirst().reduce(compiled.first?.type ?? .null) { $0.unified(with: $1.type) }
        if !elementType.isNumberLike {
            error(range, "\(name)(列表) 需要数字列表，这里是\(RType.list(elementType).name)；请写 \(name)(列表, 数字字段)")
        }
        let numbers = compiled.map(\.asNumber)
        switch name {
        case "sum":
            return .number { env in
                var total = 0.0
                for number in numbers { if let n = number(env) { total += n } }
                return total
            }
        case "min":
            return .number { env in
                var best: Double?
                for number in numbers { if let n = number(env) { best = Swift.min(best ?? n, n) } }
                return best
            }
        default:
            return .number { env in
                var best: Double?
                for number in numbers { if let n = number(env) { best = Swift.max(best ?? n, n) } }
                return best
            }
        }
    }

    /// `any`, `all`, `none` and `count` over a list-valued field: the records are walked as
    /// indices, with no list built and no slot saved (each quantifier has a slot of its own).
    /// Nil for the aggregates, which take the general path.
    private func recordListOperation(_ name: String, records: @escaping @Sendable (Environment) -> RecordList,
                                     body: Compiled?, slot: Int) -> Compiled? {
        switch name {
        case "any", "all", "none":
            guard let condition = body?.asTest else { return nil }
            let wantAny = name == "any"
            let wantAll = name == "all"
            return .condition { env in
                let list = records(env)
                for position in 0..<list.count {
                    env.records[slot] = list[position]
                    let hit = condition(env)
                    if wantAll { if !hit { return false } } else if hit { return wantAny }
                }
                return !wantAny
            }
        case "count":
            guard let condition = body?.asTest else {
                return .number { env in Double(records(env).count) }
            }
            return .number { env in
                let list = records(env)
                var n = 0
                for position in 0..<list.count {
                    env.records[slot] = list[position]
                    if condition(env) { n += 1 }
                }
                return Double(n)
            }
        default:
            return nil
        }
    }
}
