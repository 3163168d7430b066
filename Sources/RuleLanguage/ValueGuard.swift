import LintModel

/// What a value rule's condition demands of `kind` and `which` in its top-level `and` chain
/// (`kind == "quantity" and …`, `which == "年度" and …`). The engine skips values that cannot
/// satisfy it without evaluating the condition: the rule could not fire on them anyway.
struct ValueGuard: Sendable {
    /// The kinds admitted, one bit per ``ValueKind`` case (a `Set` hashed on every value).
    private var kindMask: UInt8 = ValueGuard.allKinds
    var which: ValuePeriod?

    static let none = ValueGuard()
    private static let allKinds = UInt8((1 << ValueKind.allCases.count) - 1)

    var isEmpty: Bool { kindMask == ValueGuard.allKinds && which == nil }

    @inline(__always)
    func admits(kind: ValueKind, which period: ValuePeriod) -> Bool {
        if kindMask & ValueGuard.bit(kind) == 0 { return false }
        if let which, period != which { return false }
        return true
    }

    private static func bit(_ kind: ValueKind) -> UInt8 {
        switch kind {
        case .quantity: 1
        case .quantities: 2
        case .text: 4
        case .empty: 8
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
        case "in":
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
