import LintModel

/// A key of a map constant: `{11: 1, "人次": 2}`.
enum MapKey: Hashable, Sendable {
    case number(Double)
    case text(String)

    init?(_ value: RValue) {
        switch value {
        case .number(let n): self = .number(n)
        case .text(let s): self = .text(s)
        default: return nil
        }
    }

    var value: RValue {
        switch self {
        case .number(let n): .number(n)
        case .text(let s): .text(s)
        }
    }
}

/// A value while a rule runs. `null` stands for anything absent.
enum RValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case text(String)
    case list([RValue])
    case map([MapKey: RValue])
    case record(RecordRef)
    case regex(CompiledPattern)

    var isNull: Bool { if case .null = self { return true } else { return false } }
    var isTrue: Bool { if case .bool(true) = self { return true } else { return false } }

    var number: Double? { if case .number(let n) = self { return n } else { return nil } }
    var text: String? { if case .text(let s) = self { return s } else { return nil } }

    /// Equality as the `==` operator sees it (both sides present).
    func equals(_ other: RValue) -> Bool {
        switch (self, other) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): RValue.close(a, b)
        case (.text(let a), .text(let b)): TextSearch.bytesEqual(a, b)
        case (.list(let a), .list(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.equals($1) }
        case (.map(let a), .map(let b)): a.count == b.count && a.allSatisfy { key, value in b[key].map { value.equals($0) } ?? false }
        case (.record(let a), .record(let b)): a == b
        case (.regex(let a), .regex(let b)): a === b
        default: false
        }
    }

    /// Numbers are equal when they differ only by floating-point noise (`1.32万` × 10000 == 13200).
    static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    /// Numbers print without a trailing `.0`; lists join with `、`; null prints as nothing.
    var rendered: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return RValue.format(n)
        case .text(let s): return s
        case .list(let items): return items.map(\.rendered).joined(separator: "、")
        case .map(let entries):
            return entries.map { "\($0.key.value.rendered): \($0.value.rendered)" }.sorted().joined(separator: "、")
        case .record: return ""
        case .regex(let pattern): return "/\(pattern.pattern)/"
        }
    }

    static func format(_ n: Double) -> String {
        if n.isNaN || n.isInfinite { return String(n) }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        var text = String(n)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
