import LintModel

/// "Did you mean": the closest candidate by edit distance, if it is close enough to be a typo.
public enum Suggestion {
    /// The candidate nearest to `input` (optimal string alignment distance: a swap of two
    /// neighbours counts one, so `--fromat` → `--format`), or nil when none is plausibly meant.
    public static func closest(to input: String, in candidates: [String]) -> String? {
        let limit = max(1, min(3, (input.count + 1) / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != input {
            let distance = editDistance(input.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        if best == nil, input.count >= 3 {
            // A clear abbreviation (`--form`, `sar`) is a suggestion too, when only one candidate starts with it.
            let starting = candidates.filter { $0.hasPrefix(input) }
            if starting.count == 1 { return starting[0] }
        }
        return best?.candidate
    }

    /// Optimal string alignment distance (a swap of two neighbours counts one).
    public static func editDistance(_ a: String, _ b: String) -> Int { TextDistance.edits(a, b) }
}
