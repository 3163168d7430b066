/// The decoded text and the parsed meaning of every distinct value text of one document.
///
/// Values repeat a great deal (`≥95%`, `100%`, `0次`), so each distinct text is decoded and parsed
/// once. The table is keyed by the value's UTF-8 bytes with ``ByteHash``: hashing a `String`
/// (normalisation, then SipHash) cost more than parsing most values, and a hit here builds no
/// `String` at all, it hands out the one decoded for the first occurrence.
struct ValueCache {
    private struct Entry {
        var keyStart: Int
        var keyCount: Int
        var hash: UInt64
        var text: String
        var parsed: ValueParser.Parsed
    }

    /// The key bytes of every entry, back to back.
    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing with linear probing: an index into `entries`, or -1. A power of two long,
    /// at most half full.
    private var slots = [Int32](repeating: -1, count: 64)

    /// The text and meaning of the value written as `bytes[range]`.
    mutating func value(of bytes: [UInt8], _ range: Range<Int>) -> (text: String, parsed: ValueParser.Parsed) {
        bytes.withUnsafeBufferPointer { buffer in
            value(of: UnsafeBufferPointer(rebasing: buffer[range]))
        }
    }

    private mutating func value(of key: UnsafeBufferPointer<UInt8>) -> (text: String, parsed: ValueParser.Parsed) {
        let hash = ByteHash.of(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            let entry = entries[index]
            if entry.hash == hash, entry.keyCount == key.count, keyEquals(entry, key) {
                return (entry.text, entry.parsed)
            }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: key, as: UTF8.self)
        let parsed = ValueParser.parse(text)
        slots[slot] = Int32(entries.count)
        entries.append(Entry(keyStart: keys.count, keyCount: key.count, hash: hash, text: text, parsed: parsed))
        keys.append(contentsOf: key)
        if entries.count * 2 > slots.count { grow() }
        return (text, parsed)
    }

    private func keyEquals(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBufferPointer { stored in
            ByteHash.sameBytes(UnsafeBufferPointer(rebasing: stored[entry.keyStart..<(entry.keyStart + entry.keyCount)]), key)
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
