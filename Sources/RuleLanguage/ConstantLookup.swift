/// The entries of a constant map, looked up without hashing when the key is a small whole number
/// (the category codes 1…43 that `level1Words[level1.code]` and `level2.code in parents` use):
/// a table indexed by the number. Other keys go through the dictionary.
struct KeyTable<Value: Sendable>: Sendable {
    private let byNumber: [Value?]
    private let others: [MapKey: Value]
    private static var tableSize: Int { 1024 }

    init(_ entries: [MapKey: Value]) {
        var byNumber: [Value?] = []
        var others: [MapKey: Value] = [:]
        for (key, value) in entries {
            if case .number(let n) = key, let slot = KeyTable.slot(n) {
                if byNumber.count <= slot { byNumber += Array(repeating: nil, count: slot + 1 - byNumber.count) }
                byNumber[slot] = value
            } else {
                others[key] = value
            }
        }
        self.byNumber = byNumber
        self.others = others
    }

    /// A whole number in the table's range (a conversion, not a call of `rounded()` per lookup).
    @inline(__always)
    private static func slot(_ n: Double) -> Int? {
        guard n >= 0, n < Double(tableSize) else { return nil }
        let slot = Int(n)
        return Double(slot) == n ? slot : nil
    }

    /// The value of a number key (as `value(for: .number(n))`).
    func value(forNumber n: Double) -> Value? {
        if let slot = KeyTable.slot(n) { return slot < byNumber.count ? byNumber[slot] : nil }
        guard !others.isEmpty else { return nil }
        return others[.number(n)]
    }

    func value(for key: RValue) -> Value? {
        if case .number(let n) = key, let slot = KeyTable.slot(n) {
            return slot < byNumber.count ? byNumber[slot] : nil
        }
        guard !others.isEmpty, let mapKey = MapKey(key) else { return nil }
        return others[mapKey]
    }
}

/// A constant set of texts (`x in ["/", "-", "无", …]`), matched on UTF-8 bytes without hashing:
/// the texts are grouped by byte length and a text is compared only with those of its length.
struct TextSet: Sendable {
    private let byLength: [[[UInt8]]]

    init(_ texts: [String]) {
        var byLength: [[[UInt8]]] = []
        for text in texts {
            let bytes = Array(text.utf8)
            if byLength.count <= bytes.count { byLength += Array(repeating: [], count: bytes.count + 1 - byLength.count) }
            if !byLength[bytes.count].contains(bytes) { byLength[bytes.count].append(bytes) }
        }
        self.byLength = byLength
    }

    func contains(_ text: String) -> Bool {
        let count = text.utf8.count
        guard count < byLength.count, !byLength[count].isEmpty else { return false }
        return text.withUTF8Bytes { bytes in
            byLength[count].contains { candidate in
                candidate.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
            }
        }
    }
}
