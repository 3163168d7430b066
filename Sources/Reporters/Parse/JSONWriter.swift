/// A small JSON writer with a fixed field order, so that output is stable and diffable.
struct JSONWriter {
    private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var depth = 0

    init(pretty: Bool = true) { indentUnit = pretty ? "  " : "" }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if !indentUnit.isEmpty, depth > 0 { output += "\n" + String(repeating: indentUnit, count: depth) }
    }

    private mutating func open(_ bracket: String) {
        output += bracket
        needsComma.append(false)
        depth += 1
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems, !indentUnit.isEmpty { output += "\n" + String(repeating: indentUnit, count: depth) }
        output += bracket
    }

    private mutating func key(_ name: String) {
        separate()
        output += JSONWriter.quoted(name) + (indentUnit.isEmpty ? ":" : ": ")
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
        output += value.map(JSONWriter.quoted) ?? "null"
    }

    mutating func field(_ name: String, _ value: Int?) {
        key(name)
        output += value.map(String.init) ?? "null"
    }

    mutating func field(_ name: String, _ value: Double?) {
        key(name)
        output += value.map(JSONWriter.number) ?? "null"
    }

    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        output += value ? "true" : "false"
    }

    mutating func null(_ name: String) {
        key(name)
        output += "null"
    }

    mutating func element(_ value: String) {
        separate()
        output += JSONWriter.quoted(value)
    }

    /// Numbers without a trailing `.0`, and never in exponent form for ordinary amounts.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
