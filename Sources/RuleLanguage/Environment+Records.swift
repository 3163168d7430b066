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

    private func valueRecord(_ index: Int?) -> RValue {
        guard let index, values.indices.contains(index) else { return .null }
        return .record(.value(index))
    }
}

/// Reads one field of a record in an environment.
typealias FieldReader = @Sendable (Environment, RecordRef) -> RValue

extension Environment {
    /// The function that reads `field`, chosen once when a rule is compiled, so that evaluating it
    /// dispatches on nothing but the record. Fields are read in place: copying a whole value (its
    /// text, quantities…) to read one field is what made evaluation slow.
    static func reader(for field: Field) -> FieldReader {
        switch field {
        case .documentPath: onDocument { .text($0.document.path) }
        case .documentTitle: onDocument { env in env.document.title.map { .text($0.value) } ?? .null }
        case .documentDepartment: onDocument { env in env.document.department.map { .text($0.value) } ?? .null }
        case .documentYear: onDocument { env in env.document.year.map { .number(Double($0)) } ?? .null }
        case .documentLayout: onDocument { .text($0.document.layout.rawValue) }
        case .documentUnits, .documentProjects, .documentIndicators, .unitProjects, .projectIndicators, .indicatorValues,
             .valueParts:
            listValues(listReader(for: field)!)
        case .documentTotal: onDocument { $0.document.total == nil ? .null : .record(.amounts(.document)) }
        case .documentCostFramework: onDocument { .bool($0.document.usesCostFramework) }

        case .unitName: onUnit { env, i in .text(env.units[i].name.value) }
        case .unitAmounts: onUnit { _, i in .record(.amounts(.unit(i))) }
        case .unitDocument: onUnit { _, _ in .record(.document) }
        case .unitImplicit: onUnit { env, i in .bool(env.units[i].isImplicit) }

        case .projectName: onProject { env, i in .text(env.projects[i].name.value) }
        case .projectCode: onProject { env, i in env.projects[i].code.map(RValue.text) ?? .null }
        case .projectYear: onProject { env, i in env.projects[i].year.map { .number(Double($0)) } ?? .null }
        case .projectAmounts: onProject { _, i in .record(.amounts(.project(i))) }
        case .projectGoal: onProject { env, i in env.projects[i].goal.map { .text($0.value) } ?? .null }
        case .projectUnit:
            onProject { env, i in
                let unit = env.projects[i].unit
                return env.units.indices.contains(unit) ? .record(.unit(unit)) : .null
            }
        case .projectDocument: onProject { _, _ in .record(.document) }
        case .projectCopyOf:
            onProject { env, i in
                env.projects[i].copyOf.flatMap { env.projects.indices.contains($0) ? .record(.project($0)) : nil } ?? .null
            }

        case .indicatorSeq: onIndicator { env, i in env.indicators[i].seq.map { .number(Double($0.value)) } ?? .null }
        case .indicatorLevel1: onIndicator { env, i in env.indicators[i].level1 == nil ? .null : .record(.level(indicator: i, second: false)) }
        case .indicatorLevel2: onIndicator { env, i in env.indicators[i].level2 == nil ? .null : .record(.level(indicator: i, second: true)) }
        case .indicatorName: onIndicator { env, i in .text(env.indicators[i].name.value) }
        case .indicatorPeriod: onIndicator { env, i in env.valueRecord(env.indicators[i].period) }
        case .indicatorAnnual: onIndicator { env, i in env.valueRecord(env.indicators[i].annual) }
        case .indicatorProject:
            onIndicator { env, i in
                let project = env.indicators[i].project
                return env.projects.indices.contains(project) ? .record(.project(project)) : .null
            }
        case .indicatorUnit:
            onIndicator { env, i in
                let project = env.indicators[i].project
                guard env.projects.indices.contains(project) else { return .null }
                let unit = env.projects[project].unit
                return env.units.indices.contains(unit) ? .record(.unit(unit)) : .null
            }
        case .indicatorDocument: onIndicator { _, _ in .record(.document) }
        case .indicatorDuplicateOf:
            onIndicator { env, i in
                env.indicators[i].duplicateOf.flatMap { env.indicators.indices.contains($0) ? .record(.indicator($0)) : nil } ?? .null
            }

        case .levelCode: onLevel { $0.code.map { .number(Double($0)) } ?? .null }
        case .levelName: onLevel { .text($0.name) }

        case .amountsTotal: onAmounts { $0.total }
        case .amountsFiscal: onAmounts { $0.fiscal }
        case .amountsSpecial: onAmounts { $0.special }
        case .amountsOther: onAmounts { $0.other }

        case .valueText: onValue { env, i in .text(env.values[i].text) }
        case .valueKind: onValue { env, i in .text(env.values[i].kind.rawValue) }
        case .valueWhich: onValue { env, i in .text(env.values[i].which.rawValue) }
        case .valueOp: onSingleQuantity { $0.op.map { .text($0.rawValue) } ?? .null }
        case .valueNumber: onSingleQuantity { .number($0.number) }
        case .valueUnit: onSingleQuantity { $0.unit.map(RValue.text) ?? .null }
        case .valueValue: onSingleQuantity { .number($0.value) }
        case .valueLabel: onSingleQuantity { $0.label.map(RValue.text) ?? .null }
        case .valueTrailing: onSingleQuantity { $0.trailing.map(RValue.text) ?? .null }
        case .valueApproximate: onSingleQuantity { .bool($0.approximate) }
        case .valueDate: onValue { env, i in env.values[i].date == nil ? .null : .record(.date(value: i)) }
        case .valueOther: onValue { env, i in env.valueRecord(env.otherValue(of: i)) }
        case .valueIndicator:
            onValue { env, i in
                let indicator = env.values[i].indicator
                return env.indicators.indices.contains(indicator) ? .record(.indicator(indicator)) : .null
            }
        case .valueProject: onValue { env, i in env.projectOf(value: i).map { .record(.project($0)) } ?? .null }
        case .valueDocument: onValue { _, _ in .record(.document) }

        case .quantityOp: onQuantity { $0.op.map { .text($0.rawValue) } ?? .null }
        case .quantityNumber: onQuantity { .number($0.number) }
        case .quantityUnit: onQuantity { $0.unit.map(RValue.text) ?? .null }
        case .quantityValue: onQuantity { .number($0.value) }
        case .quantityLabel: onQuantity { $0.label.map(RValue.text) ?? .null }
        case .quantityTrailing: onQuantity { $0.trailing.map(RValue.text) ?? .null }
        case .quantityApproximate: onQuantity { .bool($0.approximate) }

        case .dateYear: onDate { $0.year.map { .number(Double($0)) } ?? .null }
        case .dateMonth: onDate { $0.month.map { .number(Double($0)) } ?? .null }
        case .dateDay: onDate { $0.day.map { .number(Double($0)) } ?? .null }
        case .dateDeadline: onDate { .bool($0.isDeadline) }
        }
    }

    /// The records of a list-valued field, for quantifiers; nil for other fields.
    static func listReader(for field: Field) -> (@Sendable (Environment, RecordRef) -> RecordList)? {
        switch field {
        case .documentUnits: { env, record in record == .document ? .all(.unit, count: env.units.count) : .empty }
        case .documentProjects: { env, record in record == .document ? .all(.project, count: env.projects.count) : .empty }
        case .documentIndicators: { env, record in record == .document ? .all(.indicator, count: env.indicators.count) : .empty }
        case .unitProjects:
            { env, record in
                guard case .unit(let i) = record, env.units.indices.contains(i) else { return .empty }
                return .projects(env.units[i].projects)
            }
        case .projectIndicators:
            { env, record in
                guard case .project(let i) = record, env.projects.indices.contains(i) else { return .empty }
                return .indicators(env.projects[i].indicators)
            }
        case .indicatorValues:
            { env, record in
                guard case .indicator(let i) = record, env.indicators.indices.contains(i) else { return .empty }
                let period = env.indicators[i].period.flatMap { env.values.indices.contains($0) ? $0 : nil }
                let annual = env.indicators[i].annual.flatMap { env.values.indices.contains($0) ? $0 : nil }
                return .values(period: period, annual: annual)
            }
        case .valueParts:
            { env, record in
                guard case .value(let i) = record, env.values.indices.contains(i) else { return .empty }
                return .parts(value: i, count: env.values[i].quantities.count)
            }
        default: nil
        }
    }

    private static func listValues(_ records: @escaping @Sendable (Environment, RecordRef) -> RecordList) -> FieldReader {
        { env, record in records(env, record).values }
    }

    // Each helper checks that the record is of the field's kind and that its index leads somewhere.

    private static func onDocument(_ read: @escaping @Sendable (Environment) -> RValue) -> FieldReader {
        { env, record in
            guard case .document = record else { return .null }
            return read(env)
        }
    }

    private static func onUnit(_ read: @escaping @Sendable (Environment, Int) -> RValue) -> FieldReader {
        { env, record in
            guard case .unit(let i) = record, env.units.indices.contains(i) else { return .null }
            return read(env, i)
        }
    }

    private static func onProject(_ read: @escaping @Sendable (Environment, Int) -> RValue) -> FieldReader {
        { env, record in
            guard case .project(let i) = record, env.projects.indices.contains(i) else { return .null }
            return read(env, i)
        }
    }

    private static func onIndicator(_ read: @escaping @Sendable (Environment, Int) -> RValue) -> FieldReader {
        { env, record in
            guard case .indicator(let i) = record, env.indicators.indices.contains(i) else { return .null }
            return read(env, i)
        }
    }

    private static func onValue(_ read: @escaping @Sendable (Environment, Int) -> RValue) -> FieldReader {
        { env, record in
            guard case .value(let i) = record, env.values.indices.contains(i) else { return .null }
            return read(env, i)
        }
    }

    /// Fields of a `quantity` value's one quantity; null for every other kind of value.
    private static func onSingleQuantity(_ read: @escaping @Sendable (borrowing Quantity) -> RValue) -> FieldReader {
        { env, record in
            guard case .value(let i) = record, env.values.indices.contains(i), env.values[i].kind == .quantity,
                  !env.values[i].quantities.isEmpty else { return .null }
            return read(env.values[i].quantities[0])
        }
    }

    private static func onQuantity(_ read: @escaping @Sendable (borrowing Quantity) -> RValue) -> FieldReader {
        { env, record in
            guard case .quantity(let v, let q) = record, env.values.indices.contains(v),
                  env.values[v].quantities.indices.contains(q) else { return .null }
            return read(env.values[v].quantities[q])
        }
    }

    private static func onLevel(_ read: @escaping @Sendable (borrowing IndicatorLevel) -> RValue) -> FieldReader {
        { env, record in
            guard case .level(let i, let second) = record, let level = env.level(i, second: second) else { return .null }
            return read(level)
        }
    }

    private static func onAmounts(_ column: @escaping @Sendable (Amounts) -> Located<Double>?) -> FieldReader {
        { env, record in
            guard case .amounts(let owner) = record, let amounts = env.amounts(of: owner) else { return .null }
            return column(amounts).map { .number($0.value) } ?? .null
        }
    }

    private static func onDate(_ read: @escaping @Sendable (DeadlineDate) -> RValue) -> FieldReader {
        { env, record in
            guard case .date(let v) = record, let date = env.values[safe: v]?.date else { return .null }
            return read(date)
        }
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
