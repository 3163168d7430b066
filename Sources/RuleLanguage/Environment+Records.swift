import LintModel

extension Array {
    /// The element at `index`, or nil when the arena's cross-references are inconsistent.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension Environment {
    // These helpers check indices and read fields in place: `array[safe: i]?.field` would copy
    // the whole entity (and retain everything in it) to read one field.

    func amounts(of owner: AmountsOwner) -> Amounts? {
        switch owner {
        case .document: document.total
        case .unit(let i): units.indices.contains(i) ? units[i].amounts : nil
        case .project(let i): projects.indices.contains(i) ? projects[i].amounts : nil
        }
    }

    func level(_ indicator: Int, second: Bool) -> IndicatorLevel? {
        guard indicators.indices.contains(indicator) else { return nil }
        return second ? indicators[indicator].level2 : indicators[indicator].level1
    }

    func quantity(value: Int, index: Int) -> Quantity? {
        guard values.indices.contains(value), values[value].quantities.indices.contains(index) else { return nil }
        return values[value].quantities[index]
    }

    /// The sibling of a value: the 年度 value of a 实施周期 one and vice versa.
    func otherValue(of index: Int) -> Int? {
        guard values.indices.contains(index) else { return nil }
        let indicator = values[index].indicator
        guard indicators.indices.contains(indicator) else { return nil }
        let other = values[index].which == .period ? indicators[indicator].annual : indicators[indicator].period
        return other == index ? nil : other
    }

    func projectOf(value index: Int) -> Int? {
        guard values.indices.contains(index) else { return nil }
        let indicator = values[index].indicator
        return indicators.indices.contains(indicator) ? indicators[indicator].project : nil
    }

    /// Reads one field of a record. Anything absent (or an index that leads nowhere) is null.
    func read(_ field: Field, of record: RecordRef) -> RValue { Environment.reader(for: field)(self, record) }

    /// The value at `index`, when there is one.
    func valueRecord(_ index: Int?) -> RecordRef? {
        guard let index, values.indices.contains(index) else { return nil }
        return .value(index)
    }
}

/// Reads one field of a record in an environment.
typealias FieldReader = @Sendable (Environment, RecordRef) -> RValue

extension Environment {
    /// The function that reads `field` as an `RValue`, for the general paths (templates, lists of
    /// values): the typed read of the field, wrapped.
    static func reader(for field: Field) -> FieldReader {
        switch field.type {
        case .number: { env, record in env.number(field, of: record).map(RValue.number) ?? .null }
        case .text: { env, record in env.text(field, of: record).map(RValue.text) ?? .null }
        case .bool: { env, record in env.bool(field, of: record).map(RValue.bool) ?? .null }
        case .record: { env, record in env.record(field, of: record).map(RValue.record) ?? .null }
        default: { env, record in env.list(field, of: record).values }
        }
    }

    /// The records of a list-valued field, for quantifiers; nil for other fields.
    static func listReader(for field: Field) -> (@Sendable (Environment, RecordRef) -> RecordList)? {
        guard case .list = field.type else { return nil }
        return { env, record in env.list(field, of: record) }
    }
}

extension Environment {
    /// The span of a record: where a finding about it points by default.
    func span(of record: RecordRef) -> ByteSpan? {
        switch record {
        case .document: return document.title?.span ?? (document.source.text.isEmpty ? ByteSpan(start: 0, end: 0) : document.source.lineSpan(1))
        case .unit(let i): return units[safe: i]?.name.span
        case .project(let i): return projects[safe: i]?.name.span
        case .indicator(let i): return indicators[safe: i]?.span
        case .value(let i): return values[safe: i]?.span
        case .level(let i, let second): return level(i, second: second)?.span
        case .amounts(let owner): return amounts(of: owner)?.span
        case .quantity(let v, let q): return quantity(value: v, index: q)?.span
        case .date(let v): return values[safe: v]?.span
        }
    }

    /// The span of a located field, for `at`. Nil when the field is absent.
    func span(of field: Field, in record: RecordRef) -> ByteSpan? {
        switch (field, record) {
        case (.documentTitle, _): return document.title?.span
        case (.documentDepartment, _): return document.department?.span
        case (.unitName, .unit(let i)): return units[safe: i]?.name.span
        case (.projectName, .project(let i)): return projects[safe: i]?.name.span
        case (.projectGoal, .project(let i)): return projects[safe: i]?.goal?.span
        case (.indicatorSeq, .indicator(let i)): return indicators[safe: i]?.seq?.span
        case (.indicatorName, .indicator(let i)): return indicators[safe: i]?.name.span
        case (.valueText, .value(let i)): return values[safe: i]?.span
        case (.levelName, _), (.levelCode, _): return span(of: record)
        case (.amountsTotal, .amounts(let o)): return amounts(of: o)?.total?.span
        case (.amountsFiscal, .amounts(let o)): return amounts(of: o)?.fiscal?.span
        case (.amountsSpecial, .amounts(let o)): return amounts(of: o)?.special?.span
        case (.amountsOther, .amounts(let o)): return amounts(of: o)?.other?.span
        default:
            if case .record(let inner) = read(field, of: record) { return span(of: inner) }
            return nil
        }
    }

    /// How a record prints in a template: its name or text.
    func rendered(_ record: RecordRef) -> String {
        switch record {
        case .document: return document.title?.value ?? document.path
        case .unit(let i): return units[safe: i]?.name.value ?? ""
        case .project(let i): return projects[safe: i]?.name.value ?? ""
        case .indicator(let i): return indicators[safe: i]?.name.value ?? ""
        case .value(let i): return values[safe: i]?.text ?? ""
        case .level(let i, let second):
            guard let level = level(i, second: second) else { return "" }
            return level.code.map { "\($0)-\(level.name)" } ?? level.name
        case .amounts(let owner): return amounts(of: owner)?.total.map { RValue.format($0.value) } ?? ""
        case .quantity(let v, let q):
            guard let quantity = quantity(value: v, index: q) else { return "" }
            return (quantity.op?.rawValue ?? "") + RValue.format(quantity.number) + (quantity.unit ?? "")
        case .date(let v):
            guard let date = values[safe: v]?.date else { return "" }
            return (date.year.map { "\($0)年" } ?? "") + (date.month.map { "\($0)月" } ?? "") + (date.day.map { "\($0)日" } ?? "")
        }
    }

    /// The hierarchy around a record, for the diagnostic's context.
    func context(of record: RecordRef) -> DiagnosticContext {
        switch record {
        case .value(let i):
            guard let value = values[safe: i] else { return DiagnosticContext(department: document.department?.value) }
            return context(of: .indicator(value.indicator))
        case .indicator(let i), .level(let i, _):
            guard let indicator = indicators[safe: i], projects.indices.contains(indicator.project) else {
                return DiagnosticContext(department: document.department?.value)
            }
            return document.context(ofIndicator: i)
        case .quantity(let v, _), .date(let v): return context(of: .value(v))
        case .project(let i), .amounts(.project(let i)):
            guard projects.indices.contains(i) else { return DiagnosticContext(department: document.department?.value) }
            return document.context(ofProject: i)
        case .unit(let i), .amounts(.unit(let i)): return document.context(ofUnit: i)
        case .document, .amounts(.document): return DiagnosticContext(department: document.department?.value)
        }
    }
}
