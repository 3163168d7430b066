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

    public static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }
}
