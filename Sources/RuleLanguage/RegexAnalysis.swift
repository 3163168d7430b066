/// What the compiler learns from a regex pattern before running it: whether it is a finite set
/// of literals (matched on bytes instead), a literal every match must contain (a cheap prefilter),
/// and whether it risks catastrophic backtracking.
enum RegexAnalysis {
    static let maximumLength = 1000
    static let maximumExpansion = 512

    private static let metacharacters: Set<Unicode.Scalar> = ["\\", "(", ")", "|", "[", "]", "{", "}", "?", "*", "+", ".", "^", "$"]

    // MARK: Finite languages

    /// Every string the pattern matches, in the order a backtracking matcher would try them, when
    /// the pattern is built only from literal characters, groups, `|` and `?`. Nil otherwise.
    static func literalExpansion(_ pattern: String) -> [String]? {
        var scalars = Array(pattern.unicodeScalars)[...]
        guard let result = alternation(&scalars), scalars.isEmpty, !result.isEmpty else { return nil }
        return result
    }

    private static func alternation(_ s: inout ArraySlice<Unicode.Scalar>) -> [String]? {
        var options: [String] = []
        while true {
            guard let branch = concatenation(&s) else { return nil }
            options.append(contentsOf: branch)
            if options.count > maximumExpansion { return nil }
            if s.first == "|" { s.removeFirst() } else { return options }
        }
    }

    private static func concatenation(_ s: inout ArraySlice<Unicode.Scalar>) -> [String]? {
        var results = [""]
        while let c = s.first, c != "|", c != ")" {
            var atom: [String]
            if c == "(" {
                s.removeFirst()
                if s.starts(with: ["?", ":"]) { s.removeFirst(2) } else if s.first == "?" { return nil }
                guard let inner = alternation(&s), s.first == ")" else { return nil }
                s.removeFirst()
                atom = inner
            } else if c == "\\" {
                s.removeFirst()
                guard let escaped = s.first, metacharacters.contains(escaped) || escaped == "/" || escaped == "-" else { return nil }
                s.removeFirst()
                atom = [String(escaped)]
            } else if metacharacters.contains(c) {
                return nil
            } else {
                s.removeFirst()
                atom = [String(c)]
            }
            if s.first == "?" {
                s.removeFirst()
                if s.first == "?" || s.first == "+" { return nil }   // lazy / possessive: leave to the regex
                atom.append("")
            } else if let q = s.first, q == "*" || q == "+" || q == "{" {
                return nil
            }
            var next: [String] = []
            next.reserveCapacity(results.count * atom.count)
            for prefix in results { for option in atom { next.append(prefix + option) } }
            if next.count > maximumExpansion { return nil }
            results = next
        }
        return results
    }

    // MARK: One character class

    /// The scalar ranges of a pattern that is a single bracket expression of literal characters
    /// and ranges, `[0-9０-９]`: its first match is the first scalar in them. Nil for anything
    /// else (negated classes, escapes such as `\d`, nested classes, quantifiers, more pattern).
    static func scalarClass(_ pattern: String) -> [ClosedRange<Unicode.Scalar>]? {
        let s = Array(pattern.unicodeScalars)
        guard s.count >= 3, s.first == "[", s.last == "]", s[1] != "^" else { return nil }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var i = 1
        let end = s.count - 1
        /// The literal scalar at `i` (an escaped metacharacter or a plain one), and where the next item starts.
        func literal(at i: Int) -> (Unicode.Scalar, Int)? {
            guard i < end else { return nil }
            if s[i] == "\\" {
                guard i + 1 < end, metacharacters.contains(s[i + 1]) || s[i + 1] == "-" else { return nil }
                return (s[i + 1], i + 2)
            }
            guard s[i] != "[", s[i] != "]" else { return nil }
            return (s[i], i + 1)
        }
        while i < end {
            guard let (low, next) = literal(at: i) else { return nil }
            if next < end - 1, s[next] == "-" {
                guard let (high, after) = literal(at: next + 1), low <= high else { return nil }
                ranges.append(low...high)
                i = after
            } else {
                ranges.append(low...low)
                i = next
            }
        }
        return ranges.isEmpty ? nil : ranges
    }

    // MARK: Prefilter

    /// The longest run of literal characters outside any group, alternation or quantifier: every
    /// match contains it, so a text without it cannot match.
    static func requiredLiteral(_ pattern: String) -> String? {
        let s = Array(pattern.unicodeScalars)
        var depth = 0
        var inClass = false
        var best = ""
        var run = String.UnicodeScalarView()
        var i = 0
        func finish() {
            if String(run).utf8.count > best.utf8.count { best = String(run) }
            run = String.UnicodeScalarView()
        }
        while i < s.count {
            let c = s[i]
            if inClass {
                if c == "\\" { i += 1 } else if c == "]" { inClass = false }
                i += 1
                continue
            }
            switch c {
            case "|" where depth == 0: return nil
            case "(": depth += 1; finish()
            case ")": depth -= 1; finish()
            case "[": inClass = true; finish()
            case "\\":
                finish()
                i += 1
            case "?", "*", "{":
                if !run.isEmpty { run.removeLast() }
                finish()
                // A counted quantifier `{m,n}` is not literal text.
                if c == "{" { while i < s.count, s[i] != "}" { i += 1 } }
            case "+", ".", "^", "$": finish()
            default:
                if depth == 0 { run.append(c) } else { finish() }
            }
            i += 1
        }
        finish()
        return best.isEmpty ? nil : best
    }

    // MARK: Catastrophic backtracking

    /// True for a group with an unbounded quantifier inside that is itself repeated without bound:
    /// `(a+)+`, `(.*)*`, `(\d+,?)*`. Such patterns can take exponential time on a failing text.
    static func hasNestedUnboundedQuantifier(_ pattern: String) -> Bool {
        let s = Array(pattern.unicodeScalars)
        var stack: [Bool] = [false]
        var inClass = false
        var i = 0
        func unboundedQuantifier(at j: Int) -> Bool {
            guard j < s.count else { return false }
            if s[j] == "*" || s[j] == "+" { return true }
            if s[j] == "{" {
                var k = j + 1
                while k < s.count, s[k] != "}" { k += 1 }
                guard k < s.count else { return false }
                let body = String(String.UnicodeScalarView(s[(j + 1)..<k]))
                return body.hasSuffix(",")
            }
            return false
        }
        while i < s.count {
            let c = s[i]
            if inClass {
                if c == "\\" { i += 1 } else if c == "]" { inClass = false }
                i += 1
                continue
            }
            switch c {
            case "\\": i += 1
            case "[": inClass = true
            case "(": stack.append(false)
            case ")":
                let inner = stack.count > 1 ? stack.removeLast() : false
                if inner, unboundedQuantifier(at: i + 1) { return true }
                if inner { stack[stack.count - 1] = true }
            default:
                if unboundedQuantifier(at: i) { stack[stack.count - 1] = true }
            }
            i += 1
        }
        return false
    }
}
