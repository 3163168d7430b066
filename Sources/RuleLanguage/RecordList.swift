/// The records of a list-valued field (`values`, `indicators`, `parts`…) as indices, so that
/// quantifiers walk them without building a list of values per evaluation.
enum RecordList {
    case empty
    /// Records `0..<count` of the document's array for `kind` (`document.indicators`).
    case all(RecordKind, count: Int)
    /// Projects of a unit, by index.
    case projects([Int])
    /// Indicators of a project, by index.
    case indicators([Int])
    /// An indicator's 实施周期 and 年度 values, those present.
    case values(period: Int?, annual: Int?)
    /// The quantities of a value.
    case parts(value: Int, count: Int)

    var count: Int {
        switch self {
        case .empty: 0
        case .all(_, let count), .parts(_, let count): count
        case .projects(let indices), .indicators(let indices): indices.count
        case .values(let period, let annual): (period == nil ? 0 : 1) + (annual == nil ? 0 : 1)
        }
    }

    subscript(position: Int) -> RecordRef {
        switch self {
        case .empty: .document   // never asked: count is 0
        case .all(let kind, _):
            switch kind {
            case .unit: .unit(position)
            case .project: .project(position)
            default: .indicator(position)
            }
        case .projects(let indices): .project(indices[position])
        case .indicators(let indices): .indicator(indices[position])
        case .values(let period, let annual): .value(position == 0 ? (period ?? annual!) : annual!)
        case .parts(let value, _): .quantity(value: value, index: position)
        }
    }

    var values: RValue { .list((0..<count).map { .record(self[$0]) }) }
}
