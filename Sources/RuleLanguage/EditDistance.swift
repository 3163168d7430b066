import LintModel

/// "Did you mean" suggestions by edit distance.
enum EditDistance {
    static func distance(_ a: String, _ b: String) -> Int { TextDistance.edits(a, b) }

    /// The closest candidate, if it is close enough to be a plausible typo.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, word.unicodeScalars.count / 3))
        var best: (String, Int)?
        for candidate in candidates where candidate != word {
            let d = distance(word.lowercased(), candidate.lowercased())
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }
}
