import Foundation

/// A fast hash of UTF-8 bytes, and byte equality of strings.
///
/// The reader groups texts by their exact bytes (values for the value cache, indicator names and
/// lists for duplicates and copies). Swift's `String` hashing normalises to NFC and then runs
/// SipHash, several times slower on Chinese text and not needed here: these keys live for one
/// document and come from one file, so a multiplicative hash over 8-byte words is enough.
enum ByteHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        // The length goes in first, so that a key and the same key padded with zero bytes differ.
        var hash = UInt64(bytes.count) &* multiplier
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        if offset < bytes.count, bytes.count >= 8 {
            // The last eight bytes as one word, overlapping those already mixed in.
            tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        } else {
            var shift: UInt64 = 0
            while offset < bytes.count {
                tail |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ (hash >> 32)
    }

    static func of(_ text: String) -> UInt64 {
        withBytes(of: text) { of($0) }
    }

    /// The hash of `text` decoded from `bytes`, whose hash is `hash`: that one, unless decoding
    /// repaired the bytes (an invalid sequence became U+FFFD), which a byte comparison rules out
    /// at less cost than hashing again.
    static func of(_ text: String, decodedFrom bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt64 {
        withBytes(of: text) { sameBytes($0, bytes) } ? hash : of(text)
    }

    /// Runs `body` over the UTF-8 bytes of `text` in place. `withUTF8` needs a mutable copy, which
    /// retains and releases the storage at every call; native strings hand out their bytes as
    /// they are, and only others (bridged, in principle) are copied.
    @inline(__always)
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Combines hashes in order (`a, b` and `b, a` differ).
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        let mixed = (first ^ (second &+ 0x9E37_79B9_7F4A_7C15 &+ (first << 6) &+ (first >> 2))) &* 0xBF58_476D_1CE4_E5B9
        return mixed ^ (mixed >> 31)
    }

    static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        guard let lhs = first.baseAddress, let rhs = second.baseAddress else { return true }
        return memcmp(lhs, rhs, first.count) == 0
    }

    /// The same UTF-8 bytes (`==` on `String` compares canonical equivalence instead).
    static func sameBytes(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        return withBytes(of: first) { lhs in withBytes(of: second) { rhs in sameBytes(lhs, rhs) } }
    }
}
