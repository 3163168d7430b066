import LintModel

/// What a compiled expression reads while it runs: the document, the records bound to slots
/// (slot 0 is the entity the rule is evaluating; quantifiers bind their elements to deeper slots)
/// and the last match. One per evaluation run, never shared between threads.
final class Environment {
    let document: Document
    /// The document's entity arrays, held here so that reading a field is a method call on this
    /// class: calling a method of the `Document` struct copied all of it to the stack per read.
    let units: [BudgetUnit]
    let projects: [Project]
    let indicators: [Indicator]
    let values: [IndicatorValue]
    /// Slot storage owned by this environment. A pointer rather than an array property, so that
    /// reading and writing a slot costs no dynamic exclusivity check (the evaluator's hot path).
    let slots: UnsafeMutablePointer<RValue>
    /// The records bound to the slots, read by names of record type without going through an
    /// `RValue` (nil where a slot holds no record). Rules and quantifiers over records bind here only.
    let records: UnsafeMutablePointer<RecordRef?>
    private let slotCount: Int
    /// The values' facts for value rules' guards, worked out on first use.
    private(set) lazy var valueFacts: [ValueFacts] = {
        // Through a buffer pointer, whose subscript lends an element: an array's returns a copy.
        var facts = values.withUnsafeBufferPointer { values in values.indices.map { ValueFacts(values, at: $0) } }
        for i in facts.indices {
            if let other = otherValue(of: i) { facts[i].sibling(facts[other]) }
        }
        return facts
    }()
    /// The last match, kept behind a pointer for the same reason as the slots.
    private let matchStorage: UnsafeMutablePointer<MatchState?>
    /// The result tables of memoized searches by ``SearchMemo`` id (nil until the first search),
    /// behind a pointer for the same reason as the slots.
    let searchTables: UnsafeMutablePointer<SearchTables>
    var match: MatchState? {
        get { matchStorage.pointee }
        set { matchStorage.pointee = newValue }
    }

    init(document: Document, slotCount: Int) {
        self.document = document
        units = document.units
        projects = document.projects
        indicators = document.indicators
        values = document.values
        self.slotCount = max(1, slotCount)
        slots = UnsafeMutablePointer<RValue>.allocate(capacity: self.slotCount)
        slots.initialize(repeating: .null, count: self.slotCount)
        records = UnsafeMutablePointer<RecordRef?>.allocate(capacity: self.slotCount)
        records.initialize(repeating: nil, count: self.slotCount)
        matchStorage = UnsafeMutablePointer<MatchState?>.allocate(capacity: 1)
        matchStorage.initialize(to: nil)
        searchTables = UnsafeMutablePointer<SearchTables>.allocate(capacity: 1)
        searchTables.initialize(to: SearchTables())
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
        records.deinitialize(count: slotCount)
        records.deallocate()
        matchStorage.deinitialize(count: 1)
        matchStorage.deallocate()
        searchTables.pointee.deallocate()
        searchTables.deallocate()
    }
}

extension Environment {
    /// Binds `value` to `slot` for the general paths (lists built as values), keeping the record
    /// view of the slot in step.
    @inline(__always)
    func bind(_ value: RValue, to slot: Int) {
        slots[slot] = value
        if case .record(let record) = value { records[slot] = record } else { records[slot] = nil }
    }
}

/// A compiled expression: a closure over resolved fields, constants and literal sets.
typealias Evaluator = @Sendable (Environment) -> RValue
