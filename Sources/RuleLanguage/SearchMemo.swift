import Foundation
import LintModel

/// A constant search of a field reached from the entity (`indicator.name contains changeRates`,
/// `indicator.name matches controlRate` on a value): its result is worked out once per record and
/// document and every rule and entity that makes the same search reads it. Three rates rules on
/// each of an indicator's two values scan its name for the same word list: one scan instead of six.
/// A search's first match depends on nothing but the text and the word list or regex, so `{match}`
/// is the same either way.
///
/// Searches are identified by field and searcher (`L` and the words in order, `R` and the regex),
/// across all packs of the process, by small dense ids: an environment keeps one result table per id.
struct SearchMemo: Sendable {
    let id: Int
    let field: Field

    private static let lock = NSLock()
    nonisolated(unsafe) private static var ids: [Key: Int] = [:]

    private struct Key: Hashable {
        let field: Field
        let searcher: String
    }

    /// Nil for fields of records not stored in an entity array (levels, quantities, the document).
    init?(field: Field, searcher: String) {
        guard SearchMemo.isMemoized(field) else { return nil }
        let key = Key(field: field, searcher: searcher)
        id = SearchMemo.lock.withLock {
            if let id = SearchMemo.ids[key] { return id }
            let id = SearchMemo.ids.count
            SearchMemo.ids[key] = id
            return id
        }
        self.field = field
    }

    /// The id of a word list: its words in order (the order decides which word `{match}` is).
    static func searcher(words: [String]) -> String { "L" + words.joined(separator: "\u{0}") }

    /// The id of a regex: its flags and pattern.
    static func searcher(pattern: CompiledPattern) -> String { "R" + pattern.flags + "/" + pattern.pattern }

    private static func isMemoized(_ field: Field) -> Bool {
        switch field {
        case .unitName, .projectName, .projectGoal, .indicatorName, .valueText: true
        default: false
        }
    }
}

/// What a memoized search runs: a word list or a regex.
protocol FirstMatchSearch {
    func firstMatch(in text: String) -> Range<Int>?
}

extension LiteralSet: FirstMatchSearch {}
extension CompiledPattern: FirstMatchSearch {}

extension Environment {
    /// Marks a table entry: 0 is not yet searched, `noMatch` searched without a match, anything
    /// else a match (`found` set, the range's bounds in the low 31 bits and the 31 above).
    private static let noMatch: UInt64 = 1
    private static let found: UInt64 = 1 << 63

    /// The first match of `search` in the field `memo` names, read at `path`, with the text it was
    /// found in; nil when the text is absent or has no match. Worked out once per entity.
    @inline(__always)
    func memoizedSearch<S: FirstMatchSearch>(_ memo: SearchMemo, at path: RecordPath, _ searcher: S) -> (String, Range<Int>)? {
        guard let record = record(at: path) else { return nil }
        guard let index = memoIndex(memo.field, record) else {
            guard let text = text(memo.field, of: record), let range = searcher.firstMatch(in: text) else { return nil }
            return (text, range)
        }
        let table = searchTable(memo)
        let entry = table[index]
        if entry == Environment.noMatch { return nil }
        guard let text = text(memo.field, of: record) else { return nil }
        if entry != 0 {
            return (text, Int(entry >> 31 & 0x7FFF_FFFF)..<Int(entry & 0x7FFF_FFFF))
        }
        guard let range = searcher.firstMatch(in: text), range.upperBound <= 0x7FFF_FFFF else {
            table[index] = Environment.noMatch
            return nil
        }
        table[index] = Environment.found | UInt64(range.lowerBound) << 31 | UInt64(range.upperBound)
        return (text, range)
    }

    /// The record's index in the entity array of `field`'s records, when it is one of them.
    @inline(__always)
    private func memoIndex(_ field: Field, _ record: RecordRef) -> Int? {
        switch (field, record) {
        case (.unitName, .unit(let i)): units.indices.contains(i) ? i : nil
        case (.projectName, .project(let i)), (.projectGoal, .project(let i)): projects.indices.contains(i) ? i : nil
        case (.indicatorName, .indicator(let i)): indicators.indices.contains(i) ? i : nil
        case (.valueText, .value(let i)): values.indices.contains(i) ? i : nil
        default: nil
        }
    }

    /// The result table of `memo` in this document, one entry per record, made on first use.
    @inline(__always)
    private func searchTable(_ memo: SearchMemo) -> UnsafeMutablePointer<UInt64> {
        let tables = searchTables
        if memo.id < tables.pointee.count, let table = tables.pointee.tables[memo.id] { return table }
        let count = switch memo.field {
        case .unitName: units.count
        case .projectName, .projectGoal: projects.count
        case .indicatorName: indicators.count
        default: values.count
        }
        return tables.pointee.make(memo.id, count: count)
    }
}

/// An environment's result tables of memoized searches by ``SearchMemo`` id (nil until the
/// first search), kept behind a pointer so that reading one costs no exclusivity check.
struct SearchTables {
    private(set) var tables = UnsafeMutablePointer<UnsafeMutablePointer<UInt64>?>.allocate(capacity: 1)
    private(set) var count = 0

    /// A zeroed table of `count` entries for `id`.
    mutating func make(_ id: Int, count entries: Int) -> UnsafeMutablePointer<UInt64> {
        if id >= count {
            let grown = UnsafeMutablePointer<UnsafeMutablePointer<UInt64>?>.allocate(capacity: id + 1)
            grown.moveInitialize(from: tables, count: count)
            (grown + count).initialize(repeating: nil, count: id + 1 - count)
            tables.deallocate()
            tables = grown
            count = id + 1
        }
        let table = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, entries))
        table.initialize(repeating: 0, count: max(1, entries))
        tables[id] = table
        return table
    }

    func deallocate() {
        for id in 0..<count { tables[id]?.deallocate() }
        tables.deallocate()
    }
}
