/// Splits a `.rules` file into tokens by walking its UTF-8 bytes. Never throws: a malformed token
/// is recorded as a problem and skipped.
struct Lexer {
    struct Problem: Sendable {
        var start: Int
        var end: Int
        var message: String
        var suggestion: String? = nil
    }

    /// Full-width and typographic forms people type by habit, with what the language spells.
    static let asciiSpelling: [String: String] = [
        "≥": ">=", "≤": "<=", "＞": ">", "＜": "<", "＝": "==", "，": ",", "：": ":", "（": "(", "）": ")",
        "【": "[", "】": "]", "“": "\"", "”": "\"", "！": "!", "＋": "+", "－": "-", "＊": "*", "／": "/",
    ]

    private let bytes: [UInt8]
    private var index = 0
    private var lineHasToken = false
    private(set) var tokens: [Token] = []
    private(set) var problems: [Problem] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    static func tokenize(_ text: String) -> (tokens: [Token], problems: [Problem]) {
        var lexer = Lexer(text)
        lexer.run()
        return (lexer.tokens, lexer.problems)
    }

    private mutating func run() {
        while true {
            skipBlanks()
            guard index < bytes.count else { break }
            let before = index
            lexToken()
            if index == before { index += 1 }   // progress, whatever happened
        }
        tokens.append(Token(kind: .end, start: bytes.count, end: bytes.count, startsLine: true))
    }

    private mutating func skipBlanks() {
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x0A || b == 0x0D {
                lineHasToken = false
                index += 1
            } else if b == 0x20 || b == 0x09 {
                index += 1
            } else if b == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            } else if b == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                index += 3   // ideographic space
            } else if b == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                index += 3   // byte-order mark
            } else {
                break
            }
        }
    }

    private mutating func add(_ kind: Token.Kind, from start: Int) {
        tokens.append(Token(kind: kind, start: start, end: index, startsLine: !lineHasToken))
        lineHasToken = true
    }

    static let operatorWords: Set<String> = ["and", "or", "not", "in", "matches", "contains", "startswith", "endswith"]

    /// A `/` after an operand divides; anywhere else it opens a regex literal.
    private var previousIsOperand: Bool {
        guard let last = tokens.last else { return false }
        switch last.kind {
        case .identifier(let word):
            return !Lexer.operatorWords.contains(word)
        case .number, .string, .regex: return true
        case .symbol(let s): return s == ")" || s == "]" || s == "}"
        case .end: return false
        }
    }

    private mutating func lexToken() {
        let start = index
        let b = bytes[index]
        if isIdentifierStart(b) || letterLength(at: index) > 0 {
            while index < bytes.count {
                if isIdentifierStart(bytes[index]) || isDigit(bytes[index]) {
                    index += 1
                } else if case let n = letterLength(at: index), n > 0 {
                    index += n
                } else {
                    break
                }
            }
            add(.identifier(String(decoding: bytes[start..<index], as: UTF8.self)), from: start)
        } else if isDigit(b) {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), isDigit(bytes[index + 1]) {
                index += 1
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            add(.number(Double(text) ?? 0), from: start)
        } else if b == UInt8(ascii: "\"") {
            lexString()
        } else if b == UInt8(ascii: "/"), !previousIsOperand {
            lexRegex()
        } else if let symbol = symbol(at: index) {
            index += symbol.utf8.count
            add(.symbol(symbol), from: start)
        } else {
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let character = String(decoding: bytes[index..<end], as: UTF8.self)
            let spelling = Lexer.asciiSpelling[character]
            problems.append(Problem(start: index, end: end, message: "无法识别的字符「\(character)」", suggestion: spelling))
            index = end
            // Read it as what it was meant to be, so that one slip gives one error.
            if let spelling, spelling != "\"" { add(.symbol(spelling), from: start) }
        }
    }

    private func symbol(at i: Int) -> String? {
        let two = ["==", "!=", "<=", ">=", "+="]   // also the spellings in `asciiSpelling`
        if i + 1 < bytes.count {
            let pair = String(decoding: bytes[i...(i + 1)], as: UTF8.self)
            if two.contains(pair) { return pair }
        }
        let one = "()[]{},:.=<>+-*/"
        let s = String(UnicodeScalar(bytes[i]))
        return bytes[i] < 0x80 && one.contains(s) ? s : nil
    }

    private func isIdentifierStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == UInt8(ascii: "_")
    }

    /// The byte length of a non-ASCII letter (a Chinese character, say) at `i`, or 0: constants
    /// may have Chinese names (`let 含糊词 = […]`). Full-width punctuation is not a letter.
    private func letterLength(at i: Int) -> Int {
        let lead = bytes[i]
        guard lead >= 0xC0 else { return 0 }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + length <= bytes.count else { return 0 }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(b & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic,
              Lexer.asciiSpelling[String(scalar)] == nil, !(0xFF01...0xFF5E).contains(value) else { return 0 }
        return length
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private mutating func lexString() {
        let start = index
        let triple = index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") && bytes[index + 2] == UInt8(ascii: "\"")
        index += triple ? 3 : 1
        var out: [UInt8] = []
        while index < bytes.count {
            let b = bytes[index]
            if triple {
                if b == UInt8(ascii: "\""), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\""),
                   bytes[index + 2] == UInt8(ascii: "\"") {
                    index += 3
                    add(.string(Lexer.trimTriple(String(decoding: out, as: UTF8.self))), from: start)
                    return
                }
            } else {
                if b == UInt8(ascii: "\"") {
                    index += 1
                    add(.string(String(decoding: out, as: UTF8.self)), from: start)
                    return
                }
                if b == 0x0A || b == 0x0D { break }
            }
            if b == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                switch next {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "\""): out.append(next)
                case UInt8(ascii: "\\"): out.append(next)
                case UInt8(ascii: "{"): out.append(contentsOf: [UInt8(ascii: "\\"), next])   // template escape, kept
                default:
                    problems.append(Problem(start: index, end: index + 2,
                                            message: "未知的转义序列「\\\(String(UnicodeScalar(next)))」；可用 \\\" \\\\ \\n \\t"))
                }
                index += 2
                continue
            }
            out.append(b)
            index += 1
        }
        problems.append(Problem(start: start, end: triple ? start + 3 : start + 1,
                                message: triple ? "多行字符串没有结束：缺少 \"\"\"" : "字符串没有结束：同一行内缺少右引号 \""))
        add(.string(String(decoding: out, as: UTF8.self)), from: start)
    }

    /// A triple-quoted string loses the line break after its opening quotes and the one before its
    /// closing quotes, so that table examples can start on their own line.
    static func trimTriple(_ text: String) -> String {
        var s = Substring(text)
        if s.hasPrefix("\r\n") { s = s.dropFirst(2) } else if s.hasPrefix("\n") { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        if s.hasSuffix("\n") { s = s.dropLast() }
        return String(s)
    }

    private mutating func lexRegex() {
        let start = index
        index += 1
        var pattern: [UInt8] = []
        var inClass = false
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x0A || b == 0x0D { break }
            if b == UInt8(ascii: "\\"), index + 1 < bytes.count {
                if bytes[index + 1] != UInt8(ascii: "/") { pattern.append(b) }
                pattern.append(bytes[index + 1])
                index += 2
                continue
            }
            if b == UInt8(ascii: "[") { inClass = true }
            if b == UInt8(ascii: "]") { inClass = false }
            if b == UInt8(ascii: "/"), !inClass {
                index += 1
                let flagStart = index
                while index < bytes.count, isIdentifierStart(bytes[index]) { index += 1 }
                let flags = String(decoding: bytes[flagStart..<index], as: UTF8.self)
                add(.regex(pattern: String(decoding: pattern, as: UTF8.self), flags: flags), from: start)
                return
            }
            pattern.append(b)
            index += 1
        }
        problems.append(Problem(start: start, end: start + 1, message: "正则表达式没有结束：同一行内缺少结尾的 /"))
        add(.regex(pattern: String(decoding: pattern, as: UTF8.self), flags: ""), from: start)
    }
}
