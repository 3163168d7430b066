/// A JSON value whose objects keep their keys in the order they were built.
///
/// The JSON and SARIF reporters write through this rather than `JSONSerialization` so that the
/// field order is the documented one (not alphabetical), nothing is ever written as `null` by
/// accident, and non-ASCII text is written as itself.
indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([Member])

    struct Member: Sendable, Equatable {
        var key: String
        var value: JSONValue
    }

    /// An object from key-value pairs; pairs whose value is nil are left out.
    static func fields(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { Member(key: key, value: $0) } })
    }

    static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    func serialized() -> String {
        // Written as UTF-8 bytes: a report of tens of thousands of findings is built by appending,
        // and appending scalars to a `String` one by one was most of the time of a SARIF run.
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .int(let value): out += String(value).utf8
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out += "[\n".utf8
            for (index, item) in items.enumerated() {
                JSONValue.pad(&out, indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += (index + 1 < items.count ? ",\n" : "\n").utf8
            }
            JSONValue.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out += "{}".utf8; return }
            out += "{\n".utf8
            for (index, member) in members.enumerated() {
                JSONValue.pad(&out, indent + 2)
                JSONValue.writeString(member.key, to: &out)
                out += ": ".utf8
                member.value.write(to: &out, indent: indent + 2)
                out += (index + 1 < members.count ? ",\n" : "\n").utf8
            }
            JSONValue.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ out: inout [UInt8], _ count: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    static func writeString(_ value: String, to out: inout String) {
        var bytes: [UInt8] = []
        writeString(value, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// A quoted, escaped JSON string: quotes, backslashes and control characters escaped, and
    /// U+2028/U+2029 too (JavaScript reads them as line breaks); everything else as itself.
    static func writeString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                // Most of a string needs no escape: its run up to the next byte that may is copied at once.
                let runStart = i
                while i < bytes.count, bytes[i] >= 0x20, bytes[i] != 0x22, bytes[i] != 0x5C, bytes[i] != 0x7F, bytes[i] != 0xE2 {
                    i += 1
                }
                if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                guard i < bytes.count else { break }
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "\""): out += #"\""#.utf8
                case UInt8(ascii: "\\"): out += #"\\"#.utf8
                case UInt8(ascii: "\n"): out += #"\n"#.utf8
                case UInt8(ascii: "\r"): out += #"\r"#.utf8
                case UInt8(ascii: "\t"): out += #"\t"#.utf8
                case 0..<0x20, 0x7F:
                    let hex = String(byte, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    out += (bytes[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                    i += 2
                default:
                    out.append(byte)
                }
                i += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// JSON string literals, for every writer of JSON in the project.
public enum JSONText {
    /// `text` as a quoted, escaped JSON string.
    public static func quoted(_ text: String) -> String {
        var out = ""
        JSONValue.writeString(text, to: &out)
        return out
    }
}
