import LintModel

/// The text of one cell, joined from one or more pieces of the source.
///
/// A tab-separated cell is one piece; a PDF-extracted cell is one piece per wrapped line, joined
/// without the line breaks; an HTML cell leaves out its tags. Parsers scan the joined `bytes`;
/// ``sourceSpan(_:)`` maps a range of them back to the original file.
struct CellText {
    struct Piece {
        var joined: Int
        var source: Int
        var length: Int
    }

    fileprivate(set) var bytes: [UInt8] = []
    fileprivate(set) var pieces: [Piece] = []

    init() {}

    /// A cell that is exactly one range of the source.
    init(_ source: [UInt8], _ span: ByteSpan) {
        append(source, span)
    }

    mutating func append(_ source: [UInt8], _ span: ByteSpan) {
        guard !span.isEmpty else { return }
        pieces.append(Piece(joined: bytes.count, source: span.start, length: span.count))
        bytes.append(contentsOf: source[span.start..<span.end])
    }

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    /// The source offset of a joined offset (an end offset maps to the end of its piece).
    func sourceOffset(_ offset: Int, isEnd: Bool = false) -> Int {
        guard let first = pieces.first else { return 0 }
        if offset <= 0 { return first.source }
        var low = 0
        var high = pieces.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            let starts = isEnd ? pieces[mid].joined < offset : pieces[mid].joined <= offset
            if starts { low = mid } else { high = mid - 1 }
        }
        let piece = pieces[low]
        return piece.source + min(offset - piece.joined, piece.length)
    }

    /// The source span of a joined range. For text wrapped over lines it runs from the first
    /// character to the last one, line breaks included.
    func sourceSpan(_ range: Range<Int>) -> ByteSpan {
        let start = sourceOffset(range.lowerBound)
        let end = range.isEmpty ? start : sourceOffset(range.upperBound, isEnd: true)
        return ByteSpan(start: start, end: max(start, end))
    }

    var sourceSpan: ByteSpan { sourceSpan(0..<bytes.count) }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    var string: String { string(0..<bytes.count) }
}

extension CellText {
    mutating func appendPiece(_ pieceBytes: [UInt8], sourceStart: Int) {
        guard !pieceBytes.isEmpty else { return }
        if let last = pieces.last, last.source + last.length == sourceStart, last.joined + last.length == bytes.count {
            pieces[pieces.count - 1].length += pieceBytes.count
        } else {
            pieces.append(Piece(joined: bytes.count, source: sourceStart, length: pieceBytes.count))
        }
        bytes.append(contentsOf: pieceBytes)
    }

    /// Appends the joined bytes `range` of this cell, piece by piece, to another cell.
    func appendSubrange(_ range: Range<Int>, to result: inout CellText) {
        for piece in pieces {
            let lower = max(range.lowerBound, piece.joined)
            let upper = min(range.upperBound, piece.joined + piece.length)
            guard lower < upper else { continue }
            result.appendPiece(Array(bytes[lower..<upper]), sourceStart: piece.source + (lower - piece.joined))
        }
    }
}
