/// What an indicator value is, as the rules see it (`kind`).
public enum ValueKind: String, Sendable, Codable, CaseIterable {
    /// One number with an optional comparator and unit: `≥95%`, `1.32万人`, `不少于5场次`.
    case quantity
    /// Several quantities: `2场,50人`, `1400名以上、150名以上`.
    case quantities
    /// Words, formulas, dates, anything that is not a plain quantity.
    case text
    /// Nothing written after the label.
    case empty
}

/// Which column a value was written in (`which`).
public enum ValuePeriod: String, Sendable, Codable {
    case period = "实施周期"
    case annual = "年度"
}

/// A comparator normalised from a symbol (`≥ ＞ <=`) or words (`不低于`, `以上`, `不超过`).
public enum Comparator: String, Sendable, Codable, CaseIterable {
    case greaterOrEqual = "≥"
    case greater = ">"
    case lessOrEqual = "≤"
    case less = "<"
    case equal = "="
}

/// One number in a value, with what qualifies it.
public struct Quantity: Sendable, Equatable {
    /// First, so that the memberwise initialiser (which the public one calls) takes its
    /// arguments in another order than the public one and is not a redeclaration of it.
    public var span: ByteSpan
    public var op: Comparator?
    /// The number as written (full-width digits and thousands separators resolved).
    public var number: Double
    /// The unit as written after the number, magnitude included: `%`, `人次`, `万人`, `元/人`, `亿元`.
    public var unit: String?
    /// 1, 1e4 (万) or 1e8 (亿), taken from the unit.
    public var magnitude: Double
    /// True for `约` and similar approximations.
    public var approximate: Bool
    /// Words written before the comparator or number (`满意度` in `满意度≥85%`, `上半年` in `上半年<338件`).
    public var label: String?
    /// Short words written after the quantity (`保障` in `100%保障`).
    public var trailing: String?
    /// The number scaled by its magnitude (`1.32万人` → 13200).
    public var value: Double { number * magnitude }

    /// The unit without its magnitude prefix (`万人` → `人`, `亿元` → `元`, `万` → nil).
    public var baseUnit: String? {
        guard let unit else { return nil }
        guard magnitude != 1, let first = unit.unicodeScalars.first, first == "万" || first == "亿" else { return unit }
        let rest = String(unit.unicodeScalars.dropFirst())
        return rest.isEmpty ? nil : rest
    }
}

extension Quantity {
    /// Made by the memberwise initialiser, as ``Indicator`` is: set field by field, the quantity
    /// was copied out of the initialiser and the original destroyed (three strings retained and
    /// released) for every value the reader made, and for every empty ``QuantityList``.
    public init(op: Comparator?, number: Double, unit: String?, magnitude: Double = 1, approximate: Bool = false,
                label: String? = nil, trailing: String? = nil, span: ByteSpan) {
        self.init(span: span, op: op, number: number, unit: unit, magnitude: magnitude, approximate: approximate,
                  label: label, trailing: trailing)
    }
}

/// A date or deadline written as a value: `2025年12月31日前`, `年底前`, `每月25日前`.
public struct DeadlineDate: Sendable, Equatable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// True when the value says "by" (`前`, `之前`, `以前`, `底前`).
    public var isDeadline: Bool

    public init(year: Int?, month: Int?, day: Int?, isDeadline: Bool) {
        self.year = year
        self.month = month
        self.day = day
        self.isDeadline = isDeadline
    }
}

/// An 实施周期指标值 or 年度指标值.
public struct IndicatorValue: Sendable {
    /// The value exactly as written (wrapped lines joined), without the label and separators.
    public var text: String
    public var span: ByteSpan
    public var kind: ValueKind
    public var which: ValuePeriod
    /// Index into ``Document/indicators``.
    public var indicator: Int
    /// One entry for `quantity`, two or more for `quantities`, none otherwise.
    public var quantities: QuantityList
    /// Set when the value is a date or a deadline.
    public var date: DeadlineDate?

    @inlinable
    public init(text: String, span: ByteSpan, kind: ValueKind, which: ValuePeriod, indicator: Int,
                quantities: QuantityList = [], date: DeadlineDate? = nil) {
        self.text = text
        self.span = span
        self.kind = kind
        self.which = which
        self.indicator = indicator
        self.quantities = quantities
        self.date = date
    }

    /// For callers that hold their quantities in an array, as values were made before
    /// ``QuantityList``. No default, so that a call without quantities is not ambiguous.
    @inlinable
    public init(text: String, span: ByteSpan, kind: ValueKind, which: ValuePeriod, indicator: Int,
                quantities: [Quantity], date: DeadlineDate? = nil) {
        self.init(text: text, span: span, kind: kind, which: which, indicator: indicator,
                  quantities: QuantityList(quantities), date: date)
    }

    /// The single quantity of a `quantity` value.
    public var quantity: Quantity? { kind == .quantity ? quantities.first : nil }
    public var op: Comparator? { quantity?.op }
    public var number: Double? { quantity?.number }
    public var unit: String? { quantity?.unit }
    public var value: Double? { quantity?.value }
}
