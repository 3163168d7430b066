import LintModel

extension Array {
    /// The element at `index`, or nil when the arena's cross-references are inconsistent.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension Environment {
    func amounts(of owner: AmountsOwner) -> Amounts? {
        switch owner {
        case .document: document.total
        case .unit(let i): units[safe: i]?.amounts
        case .project(let i): projects[safe: i]?.amounts
        }
    }

    func level(_ indicator: Int, second: Bool) -> IndicatorLevel? {
        guard let item = indicators[safe: indicator] else { return nil }
        return second ? item.level2 : item.level1
    }

    func quantity(value: Int, index: Int) -> Quantity? { values[safe: value]?.quantities[safe: index] }

    /// The sibling of a value: the 年度 value of a 实施周期 one and vice versa.
    func otherValue(of index: Int) -> Int? {
        guard let value = values[safe: index], let indicator = indicators[safe: value.indicator] else { return nil }
        let other = value.which == .period ? indicator.annual : indicator.period
        return other == index ? nil : other
    }

    func projectOf(value index: Int) -> Int? {
        guard let value = values[safe: index] else { return nil }
        return indicators[safe: value.indicator]?.project
    }

    /// Reads one field of a record. Anything absent (or an index that leads nowhere) is null.
    func read(_ field: Field, of record: RecordRef) -> RValue {
        switch record {
        case .document: return readDocument(field)
        case .unit(let i):
            guard let unit = units[safe: i] else { return .null }
            switch field {
            case .unitName: return .text(unit.name.value)
            case .unitAmounts: return .record(.amounts(.unit(i)))
            case .unitProjects: return .list(unit.projects.map { .record(.project($0)) })
            case .unitDocument: return .record(.document)
            case .unitImplicit: return .bool(unit.isImplicit)
            default: return .null
            }
        case .project(let i):
            guard projects.indices.contains(i) else { return .null }
            switch field {
            case .projectName: return .text(projects[i].name.value)
            case .projectCode: return projects[i].code.map(RValue.text) ?? .null
            case .projectYear: return projects[i].year.map { .number(Double($0)) } ?? .null
            case .projectAmounts: return .record(.amounts(.project(i)))
            case .projectGoal: return projects[i].goal.map { .text($0.value) } ?? .null
            case .projectIndicators: return .list(projects[i].indicators.map { .record(.indicator($0)) })
            case .projectUnit:
                let unit = projects[i].unit
                return units.indices.contains(unit) ? .record(.unit(unit)) : .null
            case .projectDocument: return .record(.document)
            case .projectCopyOf: return projects[i].copyOf.flatMap { projects.indices.contains($0) ? .record(.project($0)) : nil } ?? .null
            default: return .null
            }
        case .indicator(let i):
            guard indicators.indices.contains(i) else { return .null }
            switch field {
            case .indicatorSeq: return indicators[i].seq.map { .number(Double($0.value)) } ?? .null
            case .indicatorLevel1: return indicators[i].level1 == nil ? .null : .record(.level(indicator: i, second: false))
            case .indicatorLevel2: return indicators[i].level2 == nil ? .null : .record(.level(indicator: i, second: true))
            case .indicatorName: return .text(indicators[i].name.value)
            case .indicatorPeriod: return valueRecord(indicators[i].period)
            case .indicatorAnnual: return valueRecord(indicators[i].annual)
            case .indicatorValues:
                var list: [RValue] = []
                if let period = indicators[i].period, values.indices.contains(period) { list.append(.record(.value(period))) }
                if let annual = indicators[i].annual, values.indices.contains(annual) { list.append(.record(.value(annual))) }
                return .list(list)
            case .indicatorProject:
                let project = indicators[i].project
                return projects.indices.contains(project) ? .record(.project(project)) : .null
            case .indicatorUnit: return read(.projectUnit, of: .project(indicators[i].project))
            case .indicatorDocument: return .record(.document)
            case .indicatorDuplicateOf:
                return indicators[i].duplicateOf.flatMap { indicators.indices.contains($0) ? .record(.indicator($0)) : nil } ?? .null
            default: return .null
            }
        case .level(let indicator, let second):
            guard let level = level(indicator, second: second) else { return .null }
            switch field {
            case .levelCode: return level.code.map { .number(Double($0)) } ?? .null
            case .levelName: return .text(level.name)
            default: return .null
            }
        case .amounts(let owner):
            guard let amounts = amounts(of: owner) else { return .null }
            let located: Located<Double>?
            switch field {
            case .amountsTotal: located = amounts.total
            case .amountsFiscal: located = amounts.fiscal
            case .amountsSpecial: located = amounts.special
            case .amountsOther: located = amounts.other
            default: located = nil
            }
            return located.map { .number($0.value) } ?? .null
        case .value(let i):
            // Fields are read in place: copying the whole value (text, quantities…) to read one
            // field is what made evaluation slow.
            guard values.indices.contains(i) else { return .null }
            let isQuantity = values[i].kind == .quantity && !values[i].quantities.isEmpty
            switch field {
            case .valueText: return .text(values[i].text)
            case .valueKind: return .text(values[i].kind.rawValue)
            case .valueOp: return isQuantity ? values[i].quantities[0].op.map { .text($0.rawValue) } ?? .null : .null
            case .valueNumber: return isQuantity ? .number(values[i].quantities[0].number) : .null
            case .valueUnit: return isQuantity ? values[i].quantities[0].unit.map(RValue.text) ?? .null : .null
            case .valueValue: return isQuantity ? .number(values[i].quantities[0].value) : .null
            case .valueWhich: return .text(values[i].which.rawValue)
            case .valueLabel: return isQuantity ? values[i].quantities[0].label.map(RValue.text) ?? .null : .null
            case .valueTrailing: return isQuantity ? values[i].quantities[0].trailing.map(RValue.text) ?? .null : .null
            case .valueApproximate: return isQuantity ? .bool(values[i].quantities[0].approximate) : .null
            case .valueParts: return .list(values[i].quantities.indices.map { .record(.quantity(value: i, index: $0)) })
            case .valueDate: return values[i].date == nil ? .null : .record(.date(value: i))
            case .valueOther: return valueRecord(otherValue(of: i))
            case .valueIndicator:
                let indicator = values[i].indicator
                return indicators.indices.contains(indicator) ? .record(.indicator(indicator)) : .null
            case .valueProject: return projectOf(value: i).map { .record(.project($0)) } ?? .null
            case .valueDocument: return .record(.document)
            default: return .null
            }
        case .quantity(let v, let q):
            guard let quantity = quantity(value: v, index: q) else { return .null }
            switch field {
            case .quantityOp: return quantity.op.map { .text($0.rawValue) } ?? .null
            case .quantityNumber: return .number(quantity.number)
            case .quantityUnit: return quantity.unit.map(RValue.text) ?? .null
            case .quantityValue: return .number(quantity.value)
            case .quantityLabel: return quantity.label.map(RValue.text) ?? .null
            case .quantityTrailing: return quantity.trailing.map(RValue.text) ?? .null
            case .quantityApproximate: return .bool(quantity.approximate)
            default: return .null
            }
        case .date(let v):
            guard let date = values[safe: v]?.date else { return .null }
            switch field {
            case .dateYear: return date.year.map { .number(Double($0)) } ?? .null
            case .dateMonth: return date.month.map { .number(Double($0)) } ?? .null
            case .dateDay: return date.day.map { .number(Double($0)) } ?? .null
            case .dateDeadline: return .bool(date.isDeadline)
            default: return .null
            }
        }
    }

    private func valueRecord(_ index: Int?) -> RValue {
        guard let index, values.indices.contains(index) else { return .null }
        return .record(.value(index))
    }

    private func readDocument(_ field: Field) -> RValue {
        switch field {
        case .documentPath: .text(document.path)
        case .documentTitle: document.title.map { .text($0.value) } ?? .null
        case .documentDepartment: document.department.map { .text($0.value) } ?? .null
        case .documentYear: document.year.map { .number(Double($0)) } ?? .null
        case .documentLayout: .text(document.layout.rawValue)
        case .documentUnits: .list(units.indices.map { .record(.unit($0)) })
        case .documentProjects: .list(projects.indices.map { .record(.project($0)) })
        case .documentIndicators: .list(indicators.indices.map { .record(.indicator($0)) })
        case .documentTotal: document.total == nil ? .null : .record(.amounts(.document))
        case .documentCostFramework: .bool(document.usesCostFramework)
        default: .null
        }
    }

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
