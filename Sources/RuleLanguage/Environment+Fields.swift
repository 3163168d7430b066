import LintModel

/// Reading a field of a record in place, typed: one function per type of field, each a switch on
/// the field, so that a compiled rule reads a field with no closure per field and no `RValue`.
/// The scalar reads are inlined into the operators that read a field path, where the switch costs
/// less than a call; navigation (`record`) stays a call, as a path may take up to three steps.
/// Nil is null: a field that is absent, of a record of another kind, or behind an index that
/// leads nowhere.
extension Environment {
    @inline(__always) private func unitIndex(_ record: RecordRef) -> Int? {
        guard case .unit(let i) = record, units.indices.contains(i) else { return nil }
        return i
    }

    @inline(__always) private func projectIndex(_ record: RecordRef) -> Int? {
        guard case .project(let i) = record, projects.indices.contains(i) else { return nil }
        return i
    }

    @inline(__always) private func indicatorIndex(_ record: RecordRef) -> Int? {
        guard case .indicator(let i) = record, indicators.indices.contains(i) else { return nil }
        return i
    }

    @inline(__always) private func valueIndex(_ record: RecordRef) -> Int? {
        guard case .value(let i) = record, values.indices.contains(i) else { return nil }
        return i
    }

    /// The value whose one quantity `op`, `number`… of a value read: only a `quantity` value has one.
    @inline(__always) private func singleQuantityValue(_ record: RecordRef) -> Int? {
        guard case .value(let i) = record, values.indices.contains(i), values[i].kind == .quantity,
              !values[i].quantities.isEmpty else { return nil }
        return i
    }

    @inline(__always) private func quantityIndex(_ record: RecordRef) -> (value: Int, index: Int)? {
        guard case .quantity(let v, let q) = record, values.indices.contains(v), values[v].quantities.indices.contains(q) else { return nil }
        return (v, q)
    }

    /// A level's indicator and which level it is (the level itself is read in place, not copied).
    @inline(__always) private func levelOwner(_ record: RecordRef) -> (indicator: Int, second: Bool)? {
        guard case .level(let i, let second) = record, indicators.indices.contains(i) else { return nil }
        return (i, second)
    }

    @inline(__always) private func date(_ record: RecordRef) -> DeadlineDate? {
        guard case .date(let v) = record else { return nil }
        return values[safe: v]?.date
    }

    @inline(__always) private func amountsOf(_ record: RecordRef) -> Amounts? {
        guard case .amounts(let owner) = record else { return nil }
        return amounts(of: owner)
    }

    /// `kind`, `which` and `op` as the enums they are read from, for comparisons with a constant
    /// decided on the case (the texts the rules see are the cases' raw values).
    @inline(__always)
    func valueKind(of record: RecordRef) -> ValueKind? { valueIndex(record).map { values[$0].kind } }

    @inline(__always)
    func valuePeriod(of record: RecordRef) -> ValuePeriod? { valueIndex(record).map { values[$0].which } }

    /// The comparator of `valueOp` or `quantityOp`: nil when there is none (null).
    @inline(__always)
    func comparator(_ field: Field, of record: RecordRef) -> Comparator? {
        if field == .valueOp { return singleQuantityValue(record).flatMap { values[$0].quantities[0].op } }
        return quantityIndex(record).flatMap { values[$0.value].quantities[$0.index].op }
    }

    @inline(__always)
    func number(_ field: Field, of record: RecordRef) -> Double? {
        switch field {
        case .documentYear:
            guard case .document = record else { return nil }
            return document.year.map { Double($0) }
        case .projectYear: return projectIndex(record).flatMap { projects[$0].year.map { Double($0) } }
        case .indicatorSeq: return indicatorIndex(record).flatMap { indicators[$0].seq.map { Double($0.value) } }
        case .levelCode:
            guard let (i, second) = levelOwner(record) else { return nil }
            return (second ? indicators[i].level2?.code : indicators[i].level1?.code).map { Double($0) }
        case .amountsTotal: return amountsOf(record)?.total?.value
        case .amountsFiscal: return amountsOf(record)?.fiscal?.value
        case .amountsSpecial: return amountsOf(record)?.special?.value
        case .amountsOther: return amountsOf(record)?.other?.value
        case .valueNumber: return singleQuantityValue(record).map { values[$0].quantities[0].number }
        case .valueValue: return singleQuantityValue(record).map { values[$0].quantities[0].value }
        case .quantityNumber: return quantityIndex(record).map { values[$0.value].quantities[$0.index].number }
        case .quantityValue: return quantityIndex(record).map { values[$0.value].quantities[$0.index].value }
        case .dateYear: return date(record)?.year.map { Double($0) }
        case .dateMonth: return date(record)?.month.map { Double($0) }
        case .dateDay: return date(record)?.day.map { Double($0) }
        default: return nil
        }
    }

    @inline(__always)
    func text(_ field: Field, of record: RecordRef) -> String? {
        switch field {
        case .documentPath, .documentTitle, .documentDepartment, .documentLayout:
            guard case .document = record else { return nil }
            switch field {
            case .documentPath: return document.path
            case .documentTitle: return document.title?.value
            case .documentDepartment: return document.department?.value
            default: return document.layout.rawValue
            }
        case .unitName: return unitIndex(record).map { units[$0].name.value }
        case .projectName: return projectIndex(record).map { projects[$0].name.value }
        case .projectCode: return projectIndex(record).flatMap { projects[$0].code }
        case .projectGoal: return projectIndex(record).flatMap { projects[$0].goal?.value }
        case .indicatorName: return indicatorIndex(record).map { indicators[$0].name.value }
        case .levelName:
            guard let (i, second) = levelOwner(record) else { return nil }
            return second ? indicators[i].level2?.name : indicators[i].level1?.name
        case .valueText: return valueIndex(record).map { values[$0].text }
        case .valueKind: return valueIndex(record).map { values[$0].kind.rawValue }
        case .valueWhich: return valueIndex(record).map { values[$0].which.rawValue }
        case .valueOp: return singleQuantityValue(record).flatMap { values[$0].quantities[0].op?.rawValue }
        case .valueUnit: return singleQuantityValue(record).flatMap { values[$0].quantities[0].unit }
        case .valueLabel: return singleQuantityValue(record).flatMap { values[$0].quantities[0].label }
        case .valueTrailing: return singleQuantityValue(record).flatMap { values[$0].quantities[0].trailing }
        case .quantityOp: return quantityIndex(record).flatMap { values[$0.value].quantities[$0.index].op?.rawValue }
        case .quantityUnit: return quantityIndex(record).flatMap { values[$0.value].quantities[$0.index].unit }
        case .quantityLabel: return quantityIndex(record).flatMap { values[$0.value].quantities[$0.index].label }
        case .quantityTrailing: return quantityIndex(record).flatMap { values[$0.value].quantities[$0.index].trailing }
        default: return nil
        }
    }

    @inline(__always)
    func bool(_ field: Field, of record: RecordRef) -> Bool? {
        switch field {
        case .documentCostFramework:
            guard case .document = record else { return nil }
            return document.usesCostFramework
        case .unitImplicit: return unitIndex(record).map { units[$0].isImplicit }
        case .valueApproximate: return singleQuantityValue(record).map { values[$0].quantities[0].approximate }
        case .quantityApproximate: return quantityIndex(record).map { values[$0.value].quantities[$0.index].approximate }
        case .dateDeadline: return date(record)?.isDeadline
        default: return nil
        }
    }

    func record(_ field: Field, of record: RecordRef) -> RecordRef? {
        switch field {
        case .documentTotal:
            guard case .document = record else { return nil }
            guard case .some = document.total else { return nil }
            return .amounts(.document)
        case .unitAmounts: return unitIndex(record).map { .amounts(.unit($0)) }
        case .unitDocument: return unitIndex(record).map { _ in .document }
        case .projectAmounts: return projectIndex(record).map { .amounts(.project($0)) }
        case .projectUnit:
            guard let i = projectIndex(record) else { return nil }
            return units.indices.contains(projects[i].unit) ? .unit(projects[i].unit) : nil
        case .projectDocument: return projectIndex(record).map { _ in .document }
        case .projectCopyOf:
            guard let i = projectIndex(record), let copy = projects[i].copyOf, projects.indices.contains(copy) else { return nil }
            return .project(copy)
        case .indicatorLevel1:
            guard let i = indicatorIndex(record), case .some = indicators[i].level1 else { return nil }
            return .level(indicator: i, second: false)
        case .indicatorLevel2:
            guard let i = indicatorIndex(record), case .some = indicators[i].level2 else { return nil }
            return .level(indicator: i, second: true)
        case .indicatorPeriod: return indicatorIndex(record).flatMap { valueRecord(indicators[$0].period) }
        case .indicatorAnnual: return indicatorIndex(record).flatMap { valueRecord(indicators[$0].annual) }
        case .indicatorProject:
            guard let i = indicatorIndex(record), projects.indices.contains(indicators[i].project) else { return nil }
            return .project(indicators[i].project)
        case .indicatorUnit:
            guard let i = indicatorIndex(record), projects.indices.contains(indicators[i].project) else { return nil }
            let unit = projects[indicators[i].project].unit
            return units.indices.contains(unit) ? .unit(unit) : nil
        case .indicatorDocument: return indicatorIndex(record).map { _ in .document }
        case .indicatorDuplicateOf:
            guard let i = indicatorIndex(record), let duplicate = indicators[i].duplicateOf,
                  indicators.indices.contains(duplicate) else { return nil }
            return .indicator(duplicate)
        case .valueDate:
            guard let i = valueIndex(record), case .some = values[i].date else { return nil }
            return .date(value: i)
        case .valueOther: return valueIndex(record).flatMap { valueRecord(otherValue(of: $0)) }
        case .valueIndicator:
            guard let i = valueIndex(record), indicators.indices.contains(values[i].indicator) else { return nil }
            return .indicator(values[i].indicator)
        case .valueProject: return valueIndex(record).flatMap { projectOf(value: $0) }.map { .project($0) }
        case .valueDocument: return valueIndex(record).map { _ in .document }
        default: return nil
        }
    }

    func list(_ field: Field, of record: RecordRef) -> RecordList {
        switch field {
        case .documentUnits: return record == .document ? .all(.unit, count: units.count) : .empty
        case .documentProjects: return record == .document ? .all(.project, count: projects.count) : .empty
        case .documentIndicators: return record == .document ? .all(.indicator, count: indicators.count) : .empty
        case .unitProjects: return unitIndex(record).map { .projects(units[$0].projects) } ?? .empty
        case .projectIndicators: return projectIndex(record).map { .indicators(projects[$0].indicators) } ?? .empty
        case .indicatorValues:
            guard let i = indicatorIndex(record) else { return .empty }
            let period = indicators[i].period.flatMap { values.indices.contains($0) ? $0 : nil }
            let annual = indicators[i].annual.flatMap { values.indices.contains($0) ? $0 : nil }
            return .values(period: period, annual: annual)
        case .valueParts: return valueIndex(record).map { .parts(value: $0, count: values[$0].quantities.count) } ?? .empty
        default: return .empty
        }
    }
}
