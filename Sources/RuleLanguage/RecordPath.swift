/// Where a compiled expression finds a record: the record bound to a slot (the rule's entity or a
/// quantifier's element) and up to three record-valued fields followed from it (`indicator.level1`
/// on a value). A plain value: a closure that captures it holds no reference, and reading through
/// it is one call of ``Environment/record(at:)`` instead of a closure per step.
struct RecordPath: Sendable {
    let slot: Int
    private(set) var first: Field?
    private(set) var second: Field?
    private(set) var third: Field?

    init(slot: Int) { self.slot = slot }

    /// The path one record-valued field further; nil when it would be longer than three fields.
    func appending(_ field: Field) -> RecordPath? {
        var path = self
        if first == nil {
            path.first = field
        } else if second == nil {
            path.second = field
        } else if third == nil {
            path.third = field
        } else {
            return nil
        }
        return path
    }
}

/// A field read at the end of a ``RecordPath`` (`indicator.name` on a value).
struct FieldPath: Sendable {
    let base: RecordPath
    let field: Field
}

extension Environment {
    @inline(__always)
    func record(at path: RecordPath) -> RecordRef? {
        guard let start = records[path.slot] else { return nil }
        guard let first = path.first else { return start }
        guard let one = step(first, of: start) else { return nil }
        guard let second = path.second else { return one }
        guard let two = record(second, of: one) else { return nil }
        guard let third = path.third else { return two }
        return record(third, of: two)
    }

    /// The first step of a path: the steps rules take most (a value's indicator, an indicator's
    /// levels) inline, the others through ``record(_:of:)``.
    @inline(__always)
    private func step(_ field: Field, of record: RecordRef) -> RecordRef? {
        switch (field, record) {
        case (.valueIndicator, .value(let i)):
            guard values.indices.contains(i), indicators.indices.contains(values[i].indicator) else { return nil }
            return .indicator(values[i].indicator)
        case (.indicatorLevel1, .indicator(let i)):
            guard indicators.indices.contains(i), case .some = indicators[i].level1 else { return nil }
            return .level(indicator: i, second: false)
        case (.indicatorLevel2, .indicator(let i)):
            guard indicators.indices.contains(i), case .some = indicators[i].level2 else { return nil }
            return .level(indicator: i, second: true)
        default:
            return self.record(field, of: record)
        }
    }

    @inline(__always)
    func number(at path: FieldPath) -> Double? {
        guard let record = record(at: path.base) else { return nil }
        return number(path.field, of: record)
    }

    @inline(__always)
    func text(at path: FieldPath) -> String? {
        guard let record = record(at: path.base) else { return nil }
        return text(path.field, of: record)
    }

    @inline(__always)
    func bool(at path: FieldPath) -> Bool? {
        guard let record = record(at: path.base) else { return nil }
        return bool(path.field, of: record)
    }
}
