import LintModel

extension Compiler {
    /// The operators. Comparisons with a missing (null) value are false, so a rule never fires
    /// because of missing data; only a comparison with the literal `null` tests for absence.
    mutating func compileBinary(_ op: String, _ leftExpr: Expr, _ rightExpr: Expr, opRange: SourceRange) -> Compiled {
        if op == "and" || op == "or" { return compileChain(op, leftExpr, rightExpr) }
        let left = compile(leftExpr)
        let right = compile(rightExpr)
        let l = left.evaluate
        let r = right.evaluate
        switch op {
        case "==", "!=":
            let equal = op == "=="
            if left.type == .null || right.type == .null {
                // Presence test: `x == null`, `x != null`; a field's presence read in place.
                let operand = left.type == .null ? right : left
                if let path = operand.recordPath { return .condition { env in isAbsent(env.record(at: path)) == equal } }
                if let path = operand.numberPath { return .condition { env in isAbsent(env.number(at: path)) == equal } }
                if let path = operand.textPath { return .condition { env in isAbsent(env.text(at: path)) == equal } }
                let probe = operand.isNull
                return .condition { env in probe(env) == equal }
            }
            if !left.type.fits(right.type) {
                error(opRange, "不能用 `\(op)` 比较\(left.type.name)和\(right.type.name)",
                      suggestion: nil)
            }
            if left.type == .number, right.type == .number {
                // `i.seq == seq`, `level1.code == 3`: two numbers, no general equality on the way.
                if let constant = right.constant?.number {
                    if let operand = left.lengthOf {
                        return Compiler.compareLength(operand, op, constant)
                    }
                    func compare<R: NumberRead>(_ a: R) -> Compiled {
                        .condition { env in
                            guard let a = a(env) else { return false }
                            return RValue.close(a, constant) == equal
                        }
                    }
                    return left.withNumber(compare, compare)
                }
                func compare<A: NumberRead, B: NumberRead>(_ a: A, _ b: B) -> Compiled {
                    .condition { env in
                        guard let a = a(env), let b = b(env) else { return false }
                        return RValue.close(a, b) == equal
                    }
                }
                func withLeft<A: NumberRead>(_ a: A) -> Compiled {
                    right.withNumber({ compare(a, $0) }, { compare(a, $0) })
                }
                return left.withNumber(withLeft, withLeft)
            }
            if case .text(let constant)? = right.constant, let path = left.textPath,
               let byCase = Compiler.caseComparison(path, constant, equal: equal) {
                return byCase
            }
            if case .text(let constant)? = right.constant, left.text != nil {
                // `kind == "quantity"` on a text field: its bytes against the constant's.
                func compare<R: TextRead>(_ a: R) -> Compiled {
                    .condition { env in
                        guard let a = a(env) else { return false }
                        return TextSearch.bytesEqual(a, constant) == equal
                    }
                }
                return left.withText(compare, compare)
            }
            if left.text != nil, right.text != nil {
                // `other.text == text`: two texts.
                func compare<A: TextRead, B: TextRead>(_ a: A, _ b: B) -> Compiled {
                    .condition { env in
                        guard let a = a(env), let b = b(env) else { return false }
                        return TextSearch.bytesEqual(a, b) == equal
                    }
                }
                func withLeft<A: TextRead>(_ a: A) -> Compiled {
                    right.withText({ compare(a, $0) }, { compare(a, $0) })
                }
                return left.withText(withLeft, withLeft)
            }
            if let lr = left.record, let rr = right.record {
                return .condition { env in
                    guard let a = lr(env), let b = rr(env) else { return false }
                    return (a == b) == equal
                }
            }
            if case .text(let constant)? = right.constant {
                // `kind == "quantity"`: compare the bytes directly.
                let constantValue = RValue.text(constant)
                return .condition { env in
                    let value = l(env)
                    if case .text(let a) = value { return TextSearch.bytesEqual(a, constant) == equal }
                    if value.isNull { return false }
                    return value.equals(constantValue) == equal
                }
            }
            return .condition { env in
                let a = l(env)
                let b = r(env)
                if a.isNull || b.isNull { return false }
                return a.equals(b) == equal
            }

        case "<", "<=", ">", ">=":
            if !left.type.isNumberLike || !right.type.isNumberLike {
                error(opRange, "`\(op)` 只能比较数字，这里是\(left.type.name)和\(right.type.name)")
            }
            let test: @Sendable (Double, Double) -> Bool
            switch op {
            case "<": test = { $0 < $1 }
            case "<=": test = { $0 <= $1 }
            case ">": test = { $0 > $1 }
            default: test = { $0 >= $1 }
            }
            if let constant = right.constant?.number {
                if let operand = left.lengthOf {
                    return Compiler.compareLength(operand, op, constant)
                }
                // `number > 100`: one closure per operator, no comparison closure called per value.
                func compare<R: NumberRead>(_ a: R) -> Compiled {
                    switch op {
                    case "<": .condition { env in a(env).map { $0 < constant } ?? false }
                    case "<=": .condition { env in a(env).map { $0 <= constant } ?? false }
                    case ">": .condition { env in a(env).map { $0 > constant } ?? false }
                    default: .condition { env in a(env).map { $0 >= constant } ?? false }
                    }
                }
                return left.withNumber(compare, compare)
            }
            let ln = left.asNumber
            let rn = right.asNumber
            return .condition { env in
                guard let a = ln(env), let b = rn(env) else { return false }
                return test(a, b)
            }

        case "+", "-", "*", "/":
            if op == "+", left.type == .text || right.type == .text {
                if !left.type.isTextLike || !right.type.isTextLike {
                    error(opRange, "`+` 连接文字时两边都应是文字，这里是\(left.type.name)和\(right.type.name)")
                }
                let lt = left.asText
                let rt = right.asText
                return .text { env in
                    guard let a = lt(env), let b = rt(env) else { return nil }
                    return a + b
                }
            }
            if op == "+", case .list(let a) = left.type, case .list(let b) = right.type {
                return Compiled(evaluate: { env in
                    guard case .list(let x) = l(env), case .list(let y) = r(env) else { return .null }
                    return .list(x + y)
                }, type: .list(a.unified(with: b)))
            }
            if !left.type.isNumberLike || !right.type.isNumberLike {
                error(opRange, "`\(op)` 只能用于数字，这里是\(left.type.name)和\(right.type.name)")
            }
            let ln = left.asNumber
            let rn = right.asNumber
            switch op {
            case "+":
                return .number { env in
                    guard let a = ln(env), let b = rn(env) else { return nil }
                    return a + b
                }
            case "-":
                return .number { env in
                    guard let a = ln(env), let b = rn(env) else { return nil }
                    return a - b
                }
            case "*":
                return .number { env in
                    guard let a = ln(env), let b = rn(env) else { return nil }
                    return a * b
                }
            default:
                return .number { env in
                    guard let a = ln(env), let b = rn(env), b != 0 else { return nil }
                    return a / b
                }
            }

        case "in", "not in":
            return compileMembership(left, right, negated: op == "not in", rightExpr: rightExpr)

        case "matches":
            if !left.type.isTextLike { error(leftExpr.range, "`matches` 左边应为文字，这里是\(left.type.name)") }
            guard right.type == .regex || right.type == .any else {
                error(rightExpr.range, "`matches` 右边应为正则表达式 /…/，这里是\(right.type.name)；比较文字请用 == 或 contains")
                return .invalid
            }
            recordsMatch = true
            if case .regex(let pattern)? = right.constant {
                return Compiler.search(left, pattern: pattern)
            }
            let lt = left.asText
            return .condition { env in
                guard let text = lt(env), case .regex(let pattern) = r(env),
                      let range = pattern.firstMatch(in: text) else { return false }
                env.match = MatchState(haystack: text, range: range, pattern: pattern)
                return true
            }

        case "contains":
            return compileContains(left, right, leftExpr: leftExpr, rightExpr: rightExpr)

        default:   // startswith, endswith
            let prefix = op == "startswith"
            if !left.type.isTextLike { error(leftExpr.range, "`\(op)` 左边应为文字，这里是\(left.type.name)") }
            switch right.type {
            case .text, .any, .null, .list(.text), .list(.any), .list(.null): break
            default:
                error(rightExpr.range, "`\(op)` 右边应为文字或文字列表，这里是\(right.type.name)")
                return .invalid
            }
            // A constant text or list: grouped once by edge byte instead of tried one by one.
            let constantAffixes: [String]? = switch right.constant {
            case .text(let text)?: [text]
            case .list(let items)? where items.allSatisfy({ $0.text != nil }): items.compactMap(\.text)
            default: nil
            }
            if let constantAffixes {
                let lt = left.asText
                if constantAffixes.contains("") { return .condition { env in lt(env) != nil } }
                guard let set = AffixSet(constantAffixes, atEnd: !prefix) else { return .condition { _ in false } }
                func matches<R: TextRead>(_ read: R) -> Compiled {
                    .condition { env in
                        guard let text = read(env) else { return false }
                        return set.matches(text)
                    }
                }
                return left.withText(matches, matches)
            }
            return Compiled(evaluate: { env in
                guard let text = l(env).text else { return .bool(false) }
                // Byte comparison: texts are compared as written (Chinese tables need no Unicode
                // normalisation here), many times faster than grapheme-aware hasPrefix/hasSuffix.
                func affixMatches(_ candidate: String) -> Bool {
                    prefix ? TextSearch.hasPrefix(text, candidate) : TextSearch.hasSuffix(text, candidate)
                }
                switch r(env) {
                case .text(let candidate): return .bool(affixMatches(candidate))
                case .list(let items):
                    for item in items { if let candidate = item.text, affixMatches(candidate) { return .bool(true) } }
                    return .bool(false)
                default: return .bool(false)
                }
            }, type: .bool)
        }
    }

    /// `kind == "quantity"`, `v.which != "年度"`, `other.op == "≥"`: a field that holds an enum's raw
    /// value, compared with a constant by case. The constant is matched to a case by its bytes, as
    /// the text comparison would; a constant no case has is unequal to every present value.
    static func caseComparison(_ path: FieldPath, _ constant: String, equal: Bool) -> Compiled? {
        func test<T: Equatable & Sendable>(_ wanted: T?, _ read: @escaping @Sendable (Environment, RecordRef) -> T?) -> Compiled {
            let base = path.base
            return .condition { env in
                guard let record = env.record(at: base), let value = read(env, record) else { return false }
                return (value == wanted) == equal
            }
        }
        switch path.field {
        case .valueKind:
            return test(ValueKind.allCases.first { TextSearch.bytesEqual($0.rawValue, constant) }) { env, record in env.valueKind(of: record) }
        case .valueWhich:
            return test([ValuePeriod.period, .annual].first { TextSearch.bytesEqual($0.rawValue, constant) }) { env, record in
                env.valuePeriod(of: record)
            }
        case .valueOp, .quantityOp:
            let field = path.field
            return test(Comparator.allCases.first { TextSearch.bytesEqual($0.rawValue, constant) }) { env, record in
                env.comparator(field, of: record)
            }
        default:
            return nil
        }
    }

    /// `a and b and c …` (or `or`): the chain as written, left to right with the same short
    /// circuit, in one closure per three terms instead of one per operator.
    private mutating func compileChain(_ op: String, _ leftExpr: Expr, _ rightExpr: Expr) -> Compiled {
        var terms = [rightExpr]
        var first = leftExpr
        while case .binary(op, let left, let right, _, _) = first {
            terms.append(right)
            first = left
        }
        terms.append(first)
        terms.reverse()
        // Compiled and checked in the order the nested operators were, so errors come out alike.
        // Kept as `Compiled` values: an array of closures would hold them in the generic
        // representation and call each through a reabstraction thunk.
        var tests: [Compiled] = []
        var firstType = RType.bool
        for (index, term) in terms.enumerated() {
            let compiled = compile(term)
            if index == 0 {
                firstType = compiled.type
            } else {
                if index == 1, !firstType.isBoolLike {
                    error(terms[0].range, "`\(op)` 两边应为条件（布尔值），左边是\(firstType.name)")
                }
                if !compiled.type.isBoolLike {
                    error(term.range, "`\(op)` 两边应为条件（布尔值），右边是\(compiled.type.name)")
                }
            }
            tests.append(compiled)
        }
        return .condition(op == "and" ? Compiler.all(tests[...]) : Compiler.any(tests[...]))
    }

    private static func all(_ tests: ArraySlice<Compiled>) -> @Sendable (Environment) -> Bool {
        let a = tests[tests.startIndex].asTest
        switch tests.count {
        case 1: return a
        case 2:
            let b = tests[tests.startIndex + 1].asTest
            return { env in a(env) && b(env) }
        case 3:
            let (b, c) = (tests[tests.startIndex + 1].asTest, tests[tests.startIndex + 2].asTest)
            return { env in a(env) && b(env) && c(env) }
        default:
            let (b, c) = (tests[tests.startIndex + 1].asTest, tests[tests.startIndex + 2].asTest)
            let rest = all(tests.dropFirst(3))
            return { env in a(env) && b(env) && c(env) && rest(env) }
        }
    }

    private static func any(_ tests: ArraySlice<Compiled>) -> @Sendable (Environment) -> Bool {
        let a = tests[tests.startIndex].asTest
        switch tests.count {
        case 1: return a
        case 2:
            let b = tests[tests.startIndex + 1].asTest
            return { env in a(env) || b(env) }
        case 3:
            let (b, c) = (tests[tests.startIndex + 1].asTest, tests[tests.startIndex + 2].asTest)
            return { env in a(env) || b(env) || c(env) }
        default:
            let (b, c) = (tests[tests.startIndex + 1].asTest, tests[tests.startIndex + 2].asTest)
            let rest = any(tests.dropFirst(3))
            return { env in a(env) || b(env) || c(env) || rest(env) }
        }
    }

    /// `len(name) >= 4`, `len(text) <= 4`: a text of `n` bytes has between ⌈n/4⌉ and `n`
    /// characters, which decides most comparisons with a constant before any are counted.
    private static func compareLength(_ operand: TextOperand, _ op: String, _ constant: Double) -> Compiled {
        let holds: @Sendable (Double) -> Bool
        switch op {
        case "==": holds = { RValue.close($0, constant) }
        case "!=": holds = { !RValue.close($0, constant) }
        case "<": holds = { $0 < constant }
        case "<=": holds = { $0 <= constant }
        case ">": holds = { $0 > constant }
        default: holds = { $0 >= constant }
        }
        // `==`, `!=` hold on a point, the others on a half-line: the ends of the range decide
        // whenever the constant is out of reach (`==` allows a tolerance, hence the margin).
        let pointTest = op == "==" || op == "!="
        func compare<R: TextRead>(_ read: R) -> Compiled {
            .condition { env in
                guard let text = read(env) else { return false }
                let bytes = text.utf8.count
                let fewest = Double((bytes + 3) / 4)
                let most = Double(bytes)
                if pointTest {
                    if constant < fewest - 1 || constant > most + 1 { return op == "!=" }
                } else {
                    let atFewest = holds(fewest)
                    if atFewest == holds(most) { return atFewest }
                }
                return holds(Double(TextSearch.scalarCount(text)))
            }
        }
        return operand.withText(compare, compare)
    }

    /// `text matches /…/`, `text contains /…/` with a constant regex: the first match is recorded.
    private static func search(_ left: Compiled, pattern: CompiledPattern) -> Compiled {
        firstMatchCondition(left, pattern, id: SearchMemo.searcher(pattern: pattern), pattern: pattern)
    }

    /// A search of a text operand with a constant word list or regex, its first match recorded
    /// for `{match}` (`pattern`: the regex, for its capture groups). A field reached from the entity
    /// (`indicator.name` on a value) is searched once per record (see ``SearchMemo``); the entity's
    /// own fields are searched each time, as most are by one rule only and the table lookup would
    /// cost more than it saves.
    static func firstMatchCondition<S: FirstMatchSearch & Sendable>(_ left: Compiled, _ searcher: S, id: String,
                                                         pattern: CompiledPattern?) -> Compiled {
        if let path = left.textPath, path.base.first != nil, let memo = SearchMemo(field: path.field, searcher: id) {
            let base = path.base
            return .condition { env in
                guard let (text, range) = env.memoizedSearch(memo, at: base, searcher) else { return false }
                env.match = MatchState(haystack: text, range: range, pattern: pattern)
                return true
            }
        }
        func search<R: TextRead>(_ read: R) -> Compiled {
            .condition { env in
                guard let text = read(env), let range = searcher.firstMatch(in: text) else { return false }
                env.match = MatchState(haystack: text, range: range, pattern: pattern)
                return true
            }
        }
        return left.withText(search, search)
    }

    private mutating func compileMembership(_ left: Compiled, _ right: Compiled, negated: Bool, rightExpr: Expr) -> Compiled {
        let l = left.evaluate
        let r = right.evaluate
        let op = negated ? "not in" : "in"
        switch right.type {
        case .list(let element):
            if !left.type.fits(element) {
                error(rightExpr.range, "`\(op)` 左边是\(left.type.name)，右边却是\(right.type.name)")
            }
            if case .list(let items)? = right.constant, items.allSatisfy({ $0.text != nil }) {
                let set = TextSet(items.compactMap(\.text))
                func member<R: TextRead>(_ read: R) -> Compiled {
                    .condition { env in
                        guard let text = read(env) else { return false }
                        return set.contains(text) != negated
                    }
                }
                return left.withText(member, member)
            }
            if case .list(let items)? = right.constant, items.allSatisfy({ $0.number != nil }) {
                let table = KeyTable(Dictionary(items.compactMap { $0.number.map { (MapKey.number($0), true) } }) { a, _ in a })
                func member<R: NumberRead>(_ read: R) -> Compiled {
                    .condition { env in
                        guard let n = read(env) else { return false }
                        return table.contains(number: n) != negated
                    }
                }
                return left.withNumber(member, member)
            }
            return Compiled(evaluate: { env in
                let value = l(env)
                guard !value.isNull, case .list(let items) = r(env) else { return .bool(false) }
                return .bool(items.contains { $0.equals(value) } != negated)
            }, type: .bool)
        case .map:
            if case .map(let entries)? = right.constant {
                let table = KeyTable(entries)
                if left.number != nil {
                    // `level2.code in parents`: a number key, looked up without an `RValue`.
                    func member<R: NumberRead>(_ read: R) -> Compiled {
                        .condition { env in
                            guard let n = read(env) else { return false }
                            return table.contains(number: n) != negated
                        }
                    }
                    return left.withNumber(member, member)
                }
                return .condition { env in
                    let value = l(env)
                    guard !value.isNull, MapKey(value) != nil else { return false }
                    return (table.value(for: value) != nil) != negated
                }
            }
            fallthrough
        case .any, .null:
            return Compiled(evaluate: { env in
                let value = l(env)
                guard !value.isNull else { return .bool(false) }
                switch r(env) {
                case .map(let entries):
                    guard let key = MapKey(value) else { return .bool(false) }
                    return .bool((entries[key] != nil) != negated)
                case .list(let items): return .bool(items.contains { $0.equals(value) } != negated)
                default: return .bool(false)
                }
            }, type: .bool)
        default:
            error(rightExpr.range, "`\(op)` 右边应为列表 […] 或映射 {…}，这里是\(right.type.name)")
            return .invalid
        }
    }

    private mutating func compileContains(_ left: Compiled, _ right: Compiled, leftExpr: Expr, rightExpr: Expr) -> Compiled {
        let l = left.evaluate
        let r = right.evaluate
        if case .list(let element) = left.type {
            if !right.type.fits(element) {
                error(rightExpr.range, "列表的元素是 \(element.shortName)，不能 contains \(right.type.name)")
            }
            return Compiled(evaluate: { env in
                let needle = r(env)
                guard !needle.isNull, case .list(let items) = l(env) else { return .bool(false) }
                return .bool(items.contains { $0.equals(needle) })
            }, type: .bool)
        }
        if !left.type.isTextLike {
            error(leftExpr.range, "`contains` 左边应为文字或列表，这里是\(left.type.name)")
            return .invalid
        }
        recordsMatch = true
        // `contains map[key]` where the map is a constant of word lists: one literal set per key,
        // built now instead of on every evaluation.
        if case .index(let mapExpr, let keyExpr, _) = rightExpr, right.constant == nil,
           case .map(let entries)? = compile(mapExpr).constant,
           entries.values.allSatisfy({ if case .list(let items) = $0 { items.allSatisfy { $0.text != nil } } else { false } }) {
            var sets: [MapKey: LiteralSet] = [:]
            for (key, value) in entries {
                if case .list(let items) = value, let set = LiteralSet(items.compactMap(\.text).filter { !$0.isEmpty }) {
                    sets[key] = set
                }
            }
            let key = compile(keyExpr)
            let setsByKey = KeyTable(sets)
            let lt = left.asText
            if let keyNumber = key.number {
                // `level2Words[level2.code]`: a number key, looked up without an `RValue`.
                return .condition { env in
                    guard let text = lt(env), let n = keyNumber(env), let set = setsByKey.value(forNumber: n),
                          let range = set.firstMatch(in: text) else { return false }
                    env.match = MatchState(haystack: text, range: range, pattern: nil)
                    return true
                }
            }
            let keyOf = key.evaluate
            return .condition { env in
                guard let text = lt(env), let set = setsByKey.value(for: keyOf(env)),
                      let range = set.firstMatch(in: text) else { return false }
                env.match = MatchState(haystack: text, range: range, pattern: nil)
                return true
            }
        }
        // Constant needles: one literal set, matched on bytes.
        if let constant = right.constant {
            var needles: [String] = []
            switch constant {
            case .text(let s): needles = [s]
            case .list(let items) where items.allSatisfy({ $0.text != nil }): needles = items.compactMap(\.text)
            case .regex(let pattern):
                return Compiler.search(left, pattern: pattern)
            default:
                error(rightExpr.range, "`contains` 右边应为文字、文字列表或正则，这里是\(right.type.name)")
                return .invalid
            }
            let words = needles.filter { !$0.isEmpty }
            guard let set = LiteralSet(words) else {
                return .condition { _ in false }
            }
            return Compiler.firstMatchCondition(left, set, id: SearchMemo.searcher(words: words), pattern: nil)
        }
        switch right.type {
        case .text, .any, .null, .regex, .list(.text), .list(.any), .list(.null): break
        default:
            error(rightExpr.range, "`contains` 右边应为文字、文字列表或正则，这里是\(right.type.name)")
            return .invalid
        }
        if let rt = right.text {
            // `name contains v.text`: one text, a plain byte search.
            let lt = left.asText
            return .condition { env in
                guard let text = lt(env), let needle = rt(env), !needle.isEmpty,
                      let range = TextSearch.firstRange(of: needle, in: text) else { return false }
                env.match = MatchState(haystack: text, range: range, pattern: nil)
                return true
            }
        }
        return Compiled(evaluate: { env in
            guard let text = l(env).text else { return .bool(false) }
            let needles: [String]
            switch r(env) {
            case .text(let needle):
                // One text: a plain byte search, no literal set to build.
                guard !needle.isEmpty, let range = TextSearch.firstRange(of: needle, in: text) else { return .bool(false) }
                env.match = MatchState(haystack: text, range: range, pattern: nil)
                return .bool(true)
            case .list(let items): needles = items.compactMap(\.text)
            case .regex(let pattern):
                guard let range = pattern.firstMatch(in: text) else { return .bool(false) }
                env.match = MatchState(haystack: text, range: range, pattern: pattern)
                return .bool(true)
            default: return .bool(false)
            }
            guard let set = LiteralSet(needles.filter { !$0.isEmpty }), let range = set.firstMatch(in: text) else { return .bool(false) }
            env.match = MatchState(haystack: text, range: range, pattern: nil)
            return .bool(true)
        }, type: .bool)
    }
}

/// Whether an optional is nil, by pattern: `== nil` on an optional of an `Equatable` type can run
/// the generic equality.
@inline(__always)
func isAbsent<T>(_ value: T?) -> Bool {
    if case .none = value { return true }
    return false
}
