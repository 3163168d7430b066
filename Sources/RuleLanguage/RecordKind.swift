/// The records a rule can see: the five scopes and the small records inside them.
enum RecordKind: String, Sendable, CaseIterable {
    case document, unit, project, indicator, value
    /// `level1`, `level2`: {code, name}.
    case level
    /// `amounts`, `total`: {total, fiscal, special, other}.
    case amounts
    /// An element of `parts`: {op, number, unit, value, label, trailing, approximate}.
    case quantity
    /// `date`: {year, month, day, deadline}.
    case date
}

/// Whose amounts an `amounts` record holds.
enum AmountsOwner: Hashable, Sendable {
    case document
    case unit(Int)
    case project(Int)
}

/// A pointer to a record inside a ``LintModel/Document`` (indices into its arrays).
enum RecordRef: Hashable, Sendable {
    case document
    case unit(Int)
    case project(Int)
    case indicator(Int)
    case value(Int)
    case level(indicator: Int, second: Bool)
    case amounts(AmountsOwner)
    case quantity(value: Int, index: Int)
    case date(value: Int)
}
