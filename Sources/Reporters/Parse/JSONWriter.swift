/// A small JSON writer with a fixed field order, so that output is stable and diffable.
struct JSONWriter {
    /// UTF-8 bytes: a parse report of a large batch is megabytes built by appending.
    private var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]
    private let pretty: Bool
    private var depth = 0

    init(pretty: Bool = true) {
        self.pretty = pretty
        bytes.reserveCapacity(1 << 16)
    }

    var output: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func append(_ text: String) { bytes += text.utf8 }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if pretty, depth > 0 { newline() }
    }

    private mutating func open(_ bracket: String) {
        append(bracket)
        needsComma.append(false)
        depth += 1
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems, pretty { newline() }
        append(bracket)
    }

    private mutating func key(_ name: String) {
        separate()
        JSONValue.writeString(name, to: &bytes)
        append(pretty ? ": " : ":")
    }

    mutating func beginObject(_ name: String? = nil) {
        if let name { key(name) } else if depth > 0 { separate() }
        open("{")
    }

    mutating func endObject() { close("}") }

    mutating func beginArray(_ name: String? = nil) {
        if let name { key(name) } else if depth > 0 { separate() }
        open("[")
    }

    mutating func endArray() { close("]") }

    mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { JSONValue.writeString(value, to: &bytes) } else { append("null") }
    }

    mutating func field(_ name: String, _ value: Int?) {
        key(name)
        append(value.map(String.init) ?? "null")
    }

    mutating func field(_ name: String, _ value: Double?) {
        key(name)
        append(value.map(JSONWriter.number) ?? "null")
    }

    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        append(value ? "true" : "false")
    }

    mutating func null(_ name: String) {
        key(name)
        append("null")
    }

    mutating func element(_ value: String) {
        separate()
        JSONValue.writeString(value, to: &bytes)
    }

    /// Numbers without a trailing `.0`, and never in exponent form for ordinary amounts.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
