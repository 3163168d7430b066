import LintModel

/// What a value rule's condition demands of `kind` and `which` in its top-level `and` chain
/// (`kind == "quantity" and …`, `which == "年度" and …`). The engine skips values that cannot
/// satisfy it without evaluating the condition: the rule could not fire on them anyway.
struct ValueGuard: Sendable {
    var kinds: Set<ValueKind>?
    var which: ValuePeriod?

    static let none = ValueGuard(kinds: nil, which: nil)

    var isEmpty: Bool { kinds == nil && which == nil }

    @inline(__always)
    func admits(kind: ValueKind, which period: ValuePeriod) -> Bool {
        if let kinds, !kinds.contains(kind) { return false }
        if let which, period != which { return false }
        return true
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
                result.kinds = (result.kinds ?? Set(ValueKind.allCases)).intersection([kind])
            }
            if case .name("which", _) = left, case .string(let text, _) = right, let which = ValuePeriod(rawValue: text) {
                result.which = which
            }
        case "in":
            if case .name("kind", _) = left, case .list(let items, _) = right {
                let kinds = items.compactMap { item -> ValueKind? in
                    if case .string(let text, _) = item { return ValueKind(rawValue: text) }
                    return nil
                }
                if kinds.count == items.count {
                    result.kinds = (result.kinds ?? Set(ValueKind.allCases)).intersection(kinds)
                }
            }
        default:
            break
        }
    }
}
