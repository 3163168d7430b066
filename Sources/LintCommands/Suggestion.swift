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

    /// Optimal string alignment distance between two strings, by characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
