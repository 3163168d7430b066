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

    /// Whether a number is a key (as `value(forNumber:) != nil`, without handing the value out).
    func contains(number n: Double) -> Bool {
        if let slot = KeyTable.slot(n) { return slot < byNumber.count && !isAbsent(byNumber[slot]) }
        return !others.isEmpty && !isAbsent(others[.number(n)])
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
/// the texts are grouped by byte length, each group's bytes stored one after another, and a text
/// is compared only with those of its length.
struct TextSet: Sendable {
    /// `byLength[n]`: the distinct texts of `n` bytes, concatenated.
    private let byLength: [[UInt8]]

    init(_ texts: [String]) {
        var groups: [[[UInt8]]] = []
        for text in texts {
            let bytes = Array(text.utf8)
            if groups.count <= bytes.count { groups += Array(repeating: [], count: bytes.count + 1 - groups.count) }
            if !groups[bytes.count].contains(bytes) { groups[bytes.count].append(bytes) }
        }
        // The empty text is one (empty) member: its group is marked by a single placeholder byte.
        byLength = groups.enumerated().map { length, members in length == 0 ? (members.isEmpty ? [] : [0]) : members.flatMap { $0 } }
    }

    func contains(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            let count = bytes.count
            guard count < byLength.count else { return false }
            return byLength[count].withUnsafeBufferPointer { group in
                if count == 0 { return !group.isEmpty }
                var start = 0
                while start < group.count {
                    var k = 0
                    while k < count, group[start + k] == bytes[k] { k += 1 }
                    if k == count { return true }
                    start += count
                }
                return false
            }
        }
    }
}
