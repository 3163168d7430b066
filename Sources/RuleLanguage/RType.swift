/// The static type of an expression, checked when a pack loads.
indirect enum RType: Sendable, Equatable {
    /// Unknown statically (mixed list literals); checked loosely.
    case any
    case null
    case bool
    case number
    case text
    case regex
    case list(RType)
    /// A map with these value types (keys are numbers or text).
    case map(RType)
    case record(RecordKind)

    var name: String {
        switch self {
        case .any: "任意值"
        case .null: "null"
        case .bool: "布尔值 (bool)"
        case .number: "数字 (number)"
        case .text: "文字 (text)"
        case .regex: "正则 (regex)"
        case .list(let element): "列表 (list of \(element.shortName))"
        case .map(let value): "映射 (map of \(value.shortName))"
        case .record(let kind): "记录 \(kind.rawValue)"
        }
    }

    var shortName: String {
        switch self {
        case .any: "any"
        case .null: "null"
        case .bool: "bool"
        case .number: "number"
        case .text: "text"
        case .regex: "regex"
        case .list(let e): "list of \(e.shortName)"
        case .map(let v): "map of \(v.shortName)"
        case .record(let kind): kind.rawValue
        }
    }

    /// True when a value of this type may stand where `other` is expected (null and any fit anything).
    func fits(_ other: RType) -> Bool {
        switch (self, other) {
        case (.any, _), (_, .any), (.null, _), (_, .null): true
        case (.list(let a), .list(let b)): a.fits(b)
        case (.map(let a), .map(let b)): a.fits(b)
        default: self == other
        }
    }

    /// The common type of two values in one list or map literal.
    func unified(with other: RType) -> RType {
        if self == other { return self }
        if self == .null { return other }
        if other == .null { return self }
        if case .list(let a) = self, case .list(let b) = other { return .list(a.unified(with: b)) }
        return .any
    }

    var isNumberLike: Bool { self == .number || self == .any || self == .null }
    var isTextLike: Bool { self == .text || self == .any || self == .null }
    var isBoolLike: Bool { self == .bool || self == .any || self == .null }
}
