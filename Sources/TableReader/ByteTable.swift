/// Values keyed by byte strings, for texts that repeat within a document: each distinct value text
/// (`≥95%`, `100%`, `0次`) is decoded and parsed once.
///
/// Keyed by the UTF-8 bytes with ``ByteHash``: hashing a `String` (normalisation, then SipHash)
/// would cost more than decoding most of these texts, and a hit builds no `String` at all, it
/// hands out the one made for the first occurrence.
struct ByteTable<Value> {
    private struct Entry {
        var keyStart: Int
        var keyCount: Int
        var hash: UInt64
        var value: Value
    }

    /// The key bytes of every entry, back to back.
    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing with linear probing: an index into `entries`, or -1. A power of two long,
    /// at most half full.
    private var slots = [Int32](repeating: -1, count: 64)

    /// Room for `count` entries without growing: each growth rehashed every entry into a table
    /// twice the size.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        var slotCount = slots.count
        while slotCount < count * 2 { slotCount *= 2 }
        if slotCount > slots.count { rehash(slotCount: slotCount) }
    }

    /// The value for the key `bytes[range]`, made from the key and its ``ByteHash`` the first time
    /// it is asked for.
    mutating func value(for bytes: [UInt8], _ range: Range<Int>, orMake make: (UnsafeBufferPointer<UInt8>, UInt64) -> Value) -> Value {
        bytes.withUnsafeBufferPointer { buffer in
            value(for: UnsafeBufferPointer(rebasing: buffer[range]), orMake: make)
        }
    }

    private mutating func value(for key: UnsafeBufferPointer<UInt8>, orMake make: (UnsafeBufferPointer<UInt8>, UInt64) -> Value) -> Value {
        let hash = ByteHash.of(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if entries[index].hash == hash, keyEquals(entries[index], key) { return entries[index].value }
            slot = (slot + 1) & mask
        }
        let value = make(key, hash)
        slots[slot] = Int32(entries.count)
        entries.append(Entry(keyStart: keys.count, keyCount: key.count, hash: hash, value: value))
        keys.append(contentsOf: key)
        if entries.count * 2 > slots.count { grow() }
        return value
    }

    private func keyEquals(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard entry.keyCount == key.count else { return false }
        return keys.withUnsafeBufferPointer { stored in
            ByteHash.sameBytes(UnsafeBufferPointer(rebasing: stored[entry.keyStart..<(entry.keyStart + entry.keyCount)]), key)
        }
    }

    private mutating func grow() {
        rehash(slotCount: slots.count * 2)
    }

    private mutating func rehash(slotCount: Int) {
        slots = [Int32](repeating: -1, count: slotCount)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
