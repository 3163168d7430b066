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
    private let slotCount: Int
    /// The last match, kept behind a pointer for the same reason as the slots.
    private let matchStorage: UnsafeMutablePointer<MatchState?>
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
        matchStorage = UnsafeMutablePointer<MatchState?>.allocate(capacity: 1)
        matchStorage.initialize(to: nil)
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
        matchStorage.deinitialize(count: 1)
        matchStorage.deallocate()
    }
}

/// A compiled expression: a closure over resolved fields, constants and literal sets.
typealias Evaluator = @Sendable (Environment) -> RValue
