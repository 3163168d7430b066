/// Counting Unicode scalars in UTF-8 bytes: the bytes that are not continuation bytes
/// (`10xxxxxx`), eight at a time. Columns of findings on rows of several kilobytes and `len()`
/// in rules both need it.
public enum UTF8Count {
    /// The scalars that start in `bytes` (a scalar cut at the end counts; one cut at the start does not).
    public static func scalars(in bytes: UnsafeRawBufferPointer) -> Int {
        var continuations = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Bit 7 set and bit 6 (shifted onto bit 7) clear in each byte.
            continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
    }
}
