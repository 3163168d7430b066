extension String {
    /// `bytes[range]` as a string, where `bytes` as a whole is known to be valid UTF-8.
    ///
    /// `String(decoding:as:)` checks every byte it is given. The reader checks each file once
    /// when it decodes it, and checking again every name, goal and value it makes a string of
    /// cost a tenth of a parse. A range of valid UTF-8 that starts and ends on scalar boundaries
    /// is valid UTF-8 itself, so it is copied as it is; a range that cuts a scalar (which the
    /// reader does not make, but a caller might) is decoded with repairs, as before.
    ///
    /// Only for bytes known to be valid as a whole (``SourceFile/isKnownValidUTF8``): bytes that
    /// are not would make a string that breaks `String`'s own guarantees.
    package init(copyingValidUTF8 bytes: [UInt8], _ range: Range<Int>) {
        func isBoundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
            preconditionFailure("range \(range) outside \(bytes.count) bytes")
        }
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *),
           isBoundary(range.lowerBound), isBoundary(range.upperBound) {
            self = String(copying: UTF8Span(unchecked: bytes.span.extracting(range)))
        } else {
            self = String(decoding: bytes[range], as: UTF8.self)
        }
    }
}
