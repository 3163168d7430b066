import LintModel

/// Every field a rule can read, resolved from its name when the pack loads, so that evaluating a
/// record never looks a field up by name.
enum Field: Sendable, Hashable {
    // document
    case documentPath, documentTitle, documentDepartment, documentYear, documentLayout, documentUnits,
         documentProjects, documentIndicators, documentTotal, documentCostFramework
    // unit
    case unitName, unitAmounts, unitProjects, unitDocument, unitImplicit
    // project
    case projectName, projectCode, projectYear, projectAmounts, projectGoal, projectIndicators, projectUnit, projectDocument,
         projectCopyOf
    // indicator
    case indicatorSeq, indicatorLevel1, indicatorLevel2, indicatorName, indicatorPeriod, indicatorAnnual,
         indicatorValues, indicatorProject, indicatorUnit, indicatorDocument, indicatorDuplicateOf
    // level
    case levelCode, levelName
    // amounts
    case amountsTotal, amountsFiscal, amountsSpecial, amountsOther
    // value
    case valueText, valueKind, valueOp, valueNumber, valueUnit, valueValue, valueWhich, valueLabel, valueTrailing,
         valueApproximate, valueParts, valueDate, valueOther, valueIndicator, valueProject, valueDocument
    // quantity
    case quantityOp, quantityNumber, quantityUnit, quantityValue, quantityLabel, quantityTrailing, quantityApproximate
    // date
    case dateYear, dateMonth, dateDay, dateDeadline

    /// The fields of each record, by name, with their types. The order is the order of the reference.
    static let table: [RecordKind: [(name: String, field: Field, type: RType)]] = [
        .document: [
            ("path", .documentPath, .text), ("title", .documentTitle, .text), ("department", .documentDepartment, .text),
            ("year", .documentYear, .number), ("layout", .documentLayout, .text),
            ("units", .documentUnits, .list(.record(.unit))), ("projects", .documentProjects, .list(.record(.project))),
            ("indicators", .documentIndicators, .list(.record(.indicator))), ("total", .documentTotal, .record(.amounts)),
            ("costFramework", .documentCostFramework, .bool),
        ],
        .unit: [
            ("name", .unitName, .text), ("amounts", .unitAmounts, .record(.amounts)),
            ("projects", .unitProjects, .list(.record(.project))), ("document", .unitDocument, .record(.document)),
            ("implicit", .unitImplicit, .bool),
        ],
        .project: [
            ("name", .projectName, .text), ("code", .projectCode, .text), ("year", .projectYear, .number),
            ("amounts", .projectAmounts, .record(.amounts)), ("goal", .projectGoal, .text),
            ("indicators", .projectIndicators, .list(.record(.indicator))), ("unit", .projectUnit, .record(.unit)),
            ("document", .projectDocument, .record(.document)), ("copyOf", .projectCopyOf, .record(.project)),
        ],
        .indicator: [
            ("seq", .indicatorSeq, .number), ("level1", .indicatorLevel1, .record(.level)),
            ("level2", .indicatorLevel2, .record(.level)), ("name", .indicatorName, .text),
            ("period", .indicatorPeriod, .record(.value)), ("annual", .indicatorAnnual, .record(.value)),
            ("values", .indicatorValues, .list(.record(.value))), ("project", .indicatorProject, .record(.project)),
            ("unit", .indicatorUnit, .record(.unit)), ("document", .indicatorDocument, .record(.document)),
            ("duplicateOf", .indicatorDuplicateOf, .record(.indicator)),
        ],
        .level: [("code", .levelCode, .number), ("name", .levelName, .text)],
        .amounts: [
            ("total", .amountsTotal, .number), ("fiscal", .amountsFiscal, .number),
            ("special", .amountsSpecial, .number), ("other", .amountsOther, .number),
        ],
        .value: [
            ("text", .valueText, .text), ("kind", .valueKind, .text), ("op", .valueOp, .text),
            ("number", .valueNumber, .number), ("unit", .valueUnit, .text), ("value", .valueValue, .number),
            ("which", .valueWhich, .text), ("label", .valueLabel, .text), ("trailing", .valueTrailing, .text),
            ("approximate", .valueApproximate, .bool), ("parts", .valueParts, .list(.record(.quantity))),
            ("date", .valueDate, .record(.date)), ("other", .valueOther, .record(.value)),
            ("indicator", .valueIndicator, .record(.indicator)), ("project", .valueProject, .record(.project)),
            ("document", .valueDocument, .record(.document)),
        ],
        .quantity: [
            ("op", .quantityOp, .text), ("number", .quantityNumber, .number), ("unit", .quantityUnit, .text),
            ("value", .quantityValue, .number), ("label", .quantityLabel, .text), ("trailing", .quantityTrailing, .text),
            ("approximate", .quantityApproximate, .bool),
        ],
        .date: [("year", .dateYear, .number), ("month", .dateMonth, .number), ("day", .dateDay, .number),
                ("deadline", .dateDeadline, .bool)],
    ]

    static func lookup(_ name: String, in kind: RecordKind) -> (field: Field, type: RType)? {
        guard let entry = table[kind]?.first(where: { $0.name == name }) else { return nil }
        return (entry.field, entry.type)
    }

    static func names(of kind: RecordKind) -> [String] { table[kind]?.map(\.name) ?? [] }

    private static let types: [Field: RType] = Dictionary(
        table.values.flatMap { $0.map { ($0.field, $0.type) } }, uniquingKeysWith: { first, _ in first })

    /// The field's type: which of the environment's typed reads gives it.
    var type: RType { Field.types[self] ?? .any }
}

extension Field {
    /// Fields `at` can point to: those with a span of their own, and every record-valued field.
    func isLocated(type: RType) -> Bool {
        if case .record = type { return true }
        return [.documentTitle, .documentDepartment, .unitName, .projectName, .projectGoal, .indicatorSeq, .indicatorName,
                .valueText, .levelName, .levelCode, .amountsTotal, .amountsFiscal, .amountsSpecial, .amountsOther].contains(self)
    }
}
