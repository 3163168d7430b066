/// The text and range of the last successful `matches` / `contains` of a `when`, for `{match}`,
/// `{match.1}` and `at match`.
struct MatchState {
    var haystack: String
    /// UTF-8 byte range of the match in `haystack`.
    var range: Range<Int>
    /// The regex that matched, for capture groups; nil for literal matches.
    var pattern: CompiledPattern?

    var text: String {
        let bytes = Array(haystack.utf8)
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
