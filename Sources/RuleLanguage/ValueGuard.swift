import LintModel

/// What a value rule's condition demands of the value's own fields in its top-level `and` chain
/// (`kind == "quantity" and op in ["≤", "<"] and number <= 0 and …`). The engine skips values
/// that cannot satisfy it, reading the fields straight from the value, without evaluating the
/// condition: the rule could not fire on them anyway. Most value rules start with such tests,
/// and most values fail them.
struct ValueGuard: Sendable {
    /// The kinds admitted, one bit per ``ValueKind`` case (a `Set` hashed on every value).
    private var kindMask: UInt8 = ValueGuard.allKinds
    var which: ValuePeriod?
    /// `op == "≥"`, `op in ["≤", "<"]`: the comparators admitted, one bit per ``Comparator`` case
    /// (a value without one fails); nil when the condition does not test `op`.
    private var comparators: UInt8?
    /// `unit == "%"`: the unit required (no array of tests to walk, and retain, per value).
    private var unitEquals: PackedUnit?
    /// `unit == null`, `unit != null`.
    private var unitAbsent = false
    private var unitPresent = false
    /// `number <= 0`, `number > 100`, `number == 0`: comparisons with a constant.
    private var numberTests: [(op: NumberComparison, constant: Double)] = []
    /// `other != null`, `other.kind == "quantity"`: the kinds the sibling value may have (a value
    /// without one fails); nil when the condition tests neither.
    private var otherKinds: UInt8?
    /// `other.unit != null`, `other.unit == "%"`.
    private var otherUnitPresent = false
    private var otherUnitEquals: PackedUnit?

    /// A comparison operator, resolved when the pack loads (not a string compared per value).
    private enum NumberComparison {
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

        init?(_ op: String) {
            switch op {
            case "==": self = .equal
            case "!=": self = .notEqual
            case "<": self = .less
            case "<=": self = .lessOrEqual
            case ">": self = .greater
            case ">=": self = .greaterOrEqual
            default: return nil
            }
        }

        /// As the rule language compares (`==` allows floating-point noise).
        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .equal: RValue.close(a, b)
            case .notEqual: !RValue.close(a, b)
            case .less: a < b
            case .lessOrEqual: a <= b
            case .greater: a > b
            case .greaterOrEqual: a >= b
            }
        }
    }

    static let none = ValueGuard()
    private static let allKinds = UInt8((1 << ValueKind.allCases.count) - 1)

    var isEmpty: Bool { kindMask == ValueGuard.allKinds && which == nil && !needsQuantity && !needsOther }

    /// True when the guard reads the sibling value's facts.
    private var needsOther: Bool { otherKinds != nil || otherUnitPresent || otherUnitEquals != nil }

    /// True when the guard reads the value's quantity (its `op`, `unit` or `number`).
    private var needsQuantity: Bool {
        comparators != nil || unitEquals != nil || unitAbsent || unitPresent || !numberTests.isEmpty
    }

    /// The whole guard on a value, from its facts. `op`, `unit` and `number` are those of a
    /// `quantity` value's quantity and null for every other value, as rules see them.
    @inline(__always)
    func admits(_ facts: borrowing ValueFacts) -> Bool {
        if kindMask & facts.kindBit == 0 { return false }
        if let which, facts.which != which { return false }
        if let otherKinds, otherKinds & facts.otherKindBit == 0 { return false }
        if otherUnitPresent, facts.otherUnit == nil { return false }
        if let otherUnitEquals, facts.otherUnit != otherUnitEquals { return false }
        guard needsQuantity else { return true }
        if let comparators, comparators & facts.opBit == 0 { return false }
        if unitAbsent, facts.unit != nil { return false }
        if unitPresent, facts.unit == nil { return false }
        if let unitEquals, facts.unit != unitEquals { return false }
        if !numberTests.isEmpty {
            guard facts.hasQuantity else { return false }
            for (op, constant) in numberTests where !op.holds(facts.number, constant) { return false }
        }
        return true
    }

    static func bit(_ op: Comparator) -> UInt8 {
        switch op {
        case .greaterOrEqual: 1
        case .greater: 2
        case .lessOrEqual: 4
        case .less: 8
        case .equal: 16
        }
    }

    static func bit(_ kind: ValueKind) -> UInt8 {
        switch kind {
        case .quantity: 1
        case .quantities: 2
        case .text: 4
        case .empty: 8
        }
    }

    /// `op` must be one of `candidates` (nil: a text no comparator is written as, never equal).
    private mutating func restrict(toComparators candidates: [Comparator?]) {
        let admitted = candidates.compactMap { $0 }.reduce(UInt8(0)) { $0 | ValueGuard.bit($1) }
        comparators = (comparators ?? UInt8.max) & admitted
    }

    /// A number literal, `100` or `-1`.
    private static func number(_ expr: Expr) -> Double? {
        switch expr {
        case .number(let n, _): n
        case .unary("-", .number(let n, _), _): -n
        default: nil
        }
    }

    /// Admits only `kinds` of what was admitted before.
    private mutating func restrict(to kinds: [ValueKind]) {
        kindMask &= kinds.reduce(0) { $0 | ValueGuard.bit($1) }
    }

    /// The guard a condition implies, and what is left of the condition once the guard has
    /// decided: the `and` chain without the tests the guard makes exactly as the condition would
    /// (nil when it makes them all). Those tests never record a match, so `{match}` is unchanged.
    static func split(_ condition: Expr) -> (guard: ValueGuard, rest: Expr?) {
        var result = ValueGuard.none
        let rest = residual(condition, into: &result)
        return (result, rest)
    }

    private static func residual(_ expr: Expr, into result: inout ValueGuard) -> Expr? {
        guard case .binary("and", let left, let right, let opRange, let range) = expr else {
            return result.absorb(expr) ? nil : expr
        }
        switch (residual(left, into: &result), residual(right, into: &result)) {
        case (nil, nil): return nil
        case (let rest?, nil), (nil, let rest?): return rest
        case (let l?, let r?): return .binary("and", l, r, opRange: opRange, range)
        }
    }

    /// Takes over `test` when it is one the guard makes exactly; false leaves it to the condition.
    private mutating func absorb(_ test: Expr) -> Bool {
        if case .binary(let op, .member(.name("other", _), let field, _, _), let right, _, _) = test {
            return absorbSibling(field, op, right)
        }
        guard case .binary(let op, .name(let field, _), let right, _, _) = test else { return false }
        if field == "other", op == "!=", case .null = right {
            otherKinds = (otherKinds ?? ValueGuard.allKinds) & ValueGuard.allKinds
            return true
        }
        switch (field, op, right) {
        case ("kind", "==", .string(let text, _)):
            guard let kind = ValueKind(rawValue: text) else { return false }
            restrict(to: [kind])
        case ("kind", "in", .list(let items, _)):
            let kinds = items.compactMap { item -> ValueKind? in
                if case .string(let text, _) = item { return ValueKind(rawValue: text) }
                return nil
            }
            guard kinds.count == items.count else { return false }
            restrict(to: kinds)
        case ("which", "==", .string(let text, _)):
            guard let period = ValuePeriod(rawValue: text) else { return false }
            if let which, which != period { kindMask = 0 }   // both cannot hold
            which = period
        case ("op", "==", .string(let text, _)):
            restrict(toComparators: [Comparator(rawValue: text)])
        case ("op", "in", .list(let items, _)):
            let texts = items.compactMap { item -> String? in
                if case .string(let text, _) = item { return text }
                return nil
            }
            guard texts.count == items.count else { return false }
            restrict(toComparators: texts.map(Comparator.init(rawValue:)))
        case ("unit", "==", .string(let text, _)):
            // A longer unit than facts pack is left to the condition.
            guard text.utf8.count <= PackedUnit.maxLength else { return false }
            if let unitEquals, unitEquals != PackedUnit(text) { kindMask = 0 }   // both cannot hold
            unitEquals = PackedUnit(text)
        case ("unit", "==", .null): unitAbsent = true
        case ("unit", "!=", .null): unitPresent = true
        case ("number", "==", _), ("number", "!=", _), ("number", "<", _), ("number", "<=", _), ("number", ">", _),
             ("number", ">=", _):
            guard let constant = ValueGuard.number(right), let comparison = NumberComparison(op) else { return false }
            numberTests.append((comparison, constant))
        default:
            return false
        }
        return true
    }

    /// `other.kind == "quantity"`, `other.kind in [...]`, `other.unit != null`, `other.unit == "%"`:
    /// tests of the sibling value that fail, as the condition's would, when there is none.
    private mutating func absorbSibling(_ field: String, _ op: String, _ right: Expr) -> Bool {
        switch (field, op, right) {
        case ("kind", "==", .string(let text, _)):
            guard let kind = ValueKind(rawValue: text) else { return false }
            otherKinds = (otherKinds ?? ValueGuard.allKinds) & ValueGuard.bit(kind)
        case ("kind", "in", .list(let items, _)):
            let kinds = items.compactMap { item -> ValueKind? in
                if case .string(let text, _) = item { return ValueKind(rawValue: text) }
                return nil
            }
            guard kinds.count == items.count else { return false }
            otherKinds = (otherKinds ?? ValueGuard.allKinds) & kinds.reduce(0) { $0 | ValueGuard.bit($1) }
        case ("unit", "!=", .null): otherUnitPresent = true
        case ("unit", "==", .string(let text, _)):
            guard text.utf8.count <= PackedUnit.maxLength else { return false }
            if let otherUnitEquals, otherUnitEquals != PackedUnit(text) { kindMask = 0 }   // both cannot hold
            otherUnitEquals = PackedUnit(text)
        default:
            return false
        }
        return true
    }
}
