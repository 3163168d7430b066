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
    /// `op == "≥"`, `op in ["≤", "<"]`: the comparators admitted (a value without one fails).
    private var comparators: [Comparator]?
    /// `unit == "%"`, `unit == null`, `unit != null`.
    private var unit: UnitTest?
    /// `number <= 0`, `number > 100`, `number == 0`: comparisons with a constant.
    private var numberTests: [(op: String, constant: Double)] = []

    private enum UnitTest {
        case equals(String), absent, present
    }

    static let none = ValueGuard()
    private static let allKinds = UInt8((1 << ValueKind.allCases.count) - 1)

    var isEmpty: Bool { kindMask == ValueGuard.allKinds && which == nil && !needsQuantity }

    /// True when the guard reads the value's quantity (its `op`, `unit` or `number`).
    private var needsQuantity: Bool { comparators != nil || unit != nil || !numberTests.isEmpty }

    @inline(__always)
    func admits(kind: ValueKind, which period: ValuePeriod) -> Bool {
        if kindMask & ValueGuard.bit(kind) == 0 { return false }
        if let which, period != which { return false }
        return true
    }

    /// The whole guard on `values[index]`, reading fields in place. `op`, `unit` and `number` are
    /// those of a `quantity` value's quantity and null for every other value, as rules see them.
    func admits(_ values: [IndicatorValue], _ index: Int) -> Bool {
        guard admits(kind: values[index].kind, which: values[index].which) else { return false }
        guard needsQuantity else { return true }
        let hasQuantity = values[index].kind == .quantity && !values[index].quantities.isEmpty
        if let comparators {
            guard hasQuantity, let op = values[index].quantities[0].op, comparators.contains(op) else { return false }
        }
        switch unit {
        case nil: break
        case .equals(let expected)?:
            guard hasQuantity, let unit = values[index].quantities[0].unit, TextSearch.bytesEqual(unit, expected) else { return false }
        case .absent?:
            if hasQuantity, values[index].quantities[0].unit != nil { return false }
        case .present?:
            guard hasQuantity, values[index].quantities[0].unit != nil else { return false }
        }
        if !numberTests.isEmpty {
            guard hasQuantity else { return false }
            let number = values[index].quantities[0].number
            for (op, constant) in numberTests where !ValueGuard.compare(number, op, constant) { return false }
        }
        return true
    }

    /// The comparison as the rule language makes it (`==` allows floating-point noise).
    private static func compare(_ a: Double, _ op: String, _ b: Double) -> Bool {
        switch op {
        case "==": RValue.close(a, b)
        case "!=": !RValue.close(a, b)
        case "<": a < b
        case "<=": a <= b
        case ">": a > b
        default: a >= b
        }
    }

    private static func bit(_ kind: ValueKind) -> UInt8 {
        switch kind {
        case .quantity: 1
        case .quantities: 2
        case .text: 4
        case .empty: 8
        }
    }

    /// `op` must be one of `candidates` (nil: a text no comparator is written as, never equal).
    private mutating func restrict(toComparators candidates: [Comparator?]) {
        let admitted = candidates.compactMap { $0 }
        comparators = (comparators ?? Comparator.allCases).filter { admitted.contains($0) }
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

    /// The guard a condition implies; `constants` are the names that a bare `kind` or `which`
    /// might also mean (fields win over constants, so a constant of that name changes nothing).
    static func of(_ condition: Expr) -> ValueGuard {
        var result = ValueGuard.none
        collect(condition, into: &result)
        return result
    }

    private static func collect(_ expr: Expr, into result: inout ValueGuard) {
        guard case .binary(let op, let left, let right, _, _) = expr else { return }
        switch op {
        case "and":
            collect(left, into: &result)
            collect(right, into: &result)
        case "==":
            if case .name("kind", _) = left, case .string(let text, _) = right, let kind = ValueKind(rawValue: text) {
                result.restrict(to: [kind])
            }
            if case .name("which", _) = left, case .string(let text, _) = right, let which = ValuePeriod(rawValue: text) {
                result.which = which
            }
            if case .name("op", _) = left, case .string(let text, _) = right {
                result.restrict(toComparators: [Comparator(rawValue: text)])
            }
            if case .name("unit", _) = left {
                if case .string(let text, _) = right { result.unit = .equals(text) }
                if case .null = right { result.unit = .absent }
            }
            if case .name("number", _) = left, let constant = number(right) { result.numberTests.append((op, constant)) }
        case "!=":
            if case .name("unit", _) = left, case .null = right { result.unit = .present }
            if case .name("number", _) = left, let constant = number(right) { result.numberTests.append((op, constant)) }
        case "<", "<=", ">", ">=":
            if case .name("number", _) = left, let constant = number(right) { result.numberTests.append((op, constant)) }
        case "in":
            if case .name("op", _) = left, case .list(let items, _) = right {
                let texts = items.compactMap { item -> String? in
                    if case .string(let text, _) = item { return text }
                    return nil
                }
                if texts.count == items.count { result.restrict(toComparators: texts.map(Comparator.init(rawValue:))) }
            }
            if case .name("kind", _) = left, case .list(let items, _) = right {
                let kinds = items.compactMap { item -> ValueKind? in
                    if case .string(let text, _) = item { return ValueKind(rawValue: text) }
                    return nil
                }
                if kinds.count == items.count {
                    result.restrict(to: kinds)
                }
            }
        default:
            break
        }
    }
}
