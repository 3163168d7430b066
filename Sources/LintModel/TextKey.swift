/// A set or dictionary key that hashes and compares a text's UTF-8 bytes. `String` hashes and
/// compares by canonical equivalence, normalising non-ASCII text first: slow on Chinese text, and
/// not needed where texts are matched exactly as written (finding keys, names, paths).
public struct TextKey: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Compared as two contiguous byte buffers: `elementsEqual` on the UTF-8 views walked them
    /// index by index.
    public static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { a in right.withUTF8 { b in a.elementsEqual(b) } }
    }
}

extension String {
    /// Whether any of the text's UTF-8 bytes passes `test`, read from its contiguous storage:
    /// `utf8.contains(where:)` steps the UTF-8 view index by index, several times slower, and
    /// the reporters ask this of every text they quote.
    @inlinable
    public func containsUTF8Byte(where test: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            for byte in bytes where test(byte) { return true }
            return false
        }
    }
}
