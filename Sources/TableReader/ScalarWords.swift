/// Words as scalars, searched in list order for the first one that matches at a position.
///
/// The quantity scanner asks its word lists several times for every quantity, and the unit list
/// alone holds a hundred words: trying each of them in turn was most of the scanner's time. The
/// words are grouped by their first and by their last scalar, so that a lookup tries only the few
/// that can match there, still in list order (an earlier word wins, as in a plain loop).
struct ScalarWords {
    let words: [[UInt32]]
    /// Positions in `words`, by the low bits of the first (or last) scalar, in list order.
    private let byFirst: [[Int]]
    private let byLast: [[Int]]
    private static let mask: UInt32 = 63

    init(_ words: [[UInt32]]) {
        precondition(!words.contains(where: \.isEmpty), "an empty word matches everywhere")
        self.words = words
        var byFirst = [[Int]](repeating: [], count: Int(Self.mask) + 1)
        var byLast = byFirst
        for (position, word) in words.enumerated() {
            byFirst[Int(word[0] & Self.mask)].append(position)
            byLast[Int(word[word.count - 1] & Self.mask)].append(position)
        }
        self.byFirst = byFirst
        self.byLast = byLast
    }

    init(_ words: [String]) {
        self.init(words.map { $0.unicodeScalars.map(\.value) })
    }

    /// The position of the first word that starts at `index` in `scalars`.
    func firstMatch(in scalars: [UInt32], at index: Int) -> Int? {
        guard index >= 0, index < scalars.count else { return nil }
        for position in byFirst[Int(scalars[index] & Self.mask)]
            where Self.matches(words[position], in: scalars, at: index) {
            return position
        }
        return nil
    }

    /// The position of the first word that ends just before `end` and starts at or after `start`.
    func firstMatch(in scalars: [UInt32], endingAt end: Int, from start: Int) -> Int? {
        guard end > start, end <= scalars.count else { return nil }
        for position in byLast[Int(scalars[end - 1] & Self.mask)]
            where end - words[position].count >= start && Self.matches(words[position], in: scalars, at: end - words[position].count) {
            return position
        }
        return nil
    }

    /// Whether `word` stands in `scalars` at `index` (false when it would run past either end).
    @inline(__always)
    static func matches(_ word: [UInt32], in scalars: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        var offset = 0
        while offset < word.count {
            if scalars[index + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }
}
