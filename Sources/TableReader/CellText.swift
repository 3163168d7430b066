import LintModel

/// The text of one cell, joined from one or more pieces of the source.
///
/// A tab-separated cell is one piece; a PDF-extracted cell is one piece per wrapped line, joined
/// without the line breaks; an HTML cell leaves out its tags. Offsets into the text (the joined
/// offsets) count from 0; ``sourceSpan(_:)`` maps a range of them back to the original file.
///
/// The text lies in `storage` at `window`. A cell that is one piece of the source (most are)
/// keeps the source itself there, shared rather than copied; a cell of several pieces keeps them
/// joined, from 0. Scanners read `storage` within `window` (``storageRange(_:)`` shifts a joined
/// range there); `bytes` hands out the text as an array of its own.
struct CellText {
    struct Piece {
        var joined: Int
        var source: Int
        var length: Int
    }

    private(set) var storage: [UInt8] = []
    private var start = 0
    private(set) var count = 0
    /// The pieces, the first one inline: most cells are one piece of the source and need no array,
    /// nor a reference to one that every copy of the cell would retain and release.
    private var firstPiece: Piece?
    private var laterPieces: [Piece]?

    private var pieceCount: Int { firstPiece == nil ? 0 : 1 + (laterPieces?.count ?? 0) }

    private func pieceAt(_ index: Int) -> Piece {
        if index == 0, let firstPiece { return firstPiece }
        guard let laterPieces else { preconditionFailure("piece \(index) of \(pieceCount)") }
        return laterPieces[index - 1]
    }

    private mutating func addPiece(_ piece: Piece) {
        if firstPiece == nil {
            firstPiece = piece
        } else if laterPieces == nil {
            laterPieces = [piece]
        } else {
            laterPieces?.append(piece)
        }
    }

    /// Lengthens the last piece (the caller knows there is one).
    private mutating func extendLastPiece(by length: Int) {
        if let last = laterPieces?.indices.last { laterPieces?[last].length += length } else { firstPiece?.length += length }
    }

    mutating func append(_ source: [UInt8], _ span: ByteSpan) {
        guard !span.isEmpty else { return }
        guard count > 0 else {
            self = CellText(source, span)
            return
        }
        makeJoined()
        addPiece(Piece(joined: count, source: span.start, length: span.count))
        storage.append(contentsOf: source[span.start..<span.end])
        count += span.count
    }

    /// Copies a text shared with the source into storage of its own, before a piece is added.
    private mutating func makeJoined() {
        guard start != 0 || storage.count != count else { return }
        storage = Array(storage[window])
        start = 0
    }

    /// Where the text lies in `storage`.
    var window: Range<Int> { start..<(start + count) }

    /// Where the joined range `range` lies in `storage`.
    func storageRange(_ range: Range<Int>) -> Range<Int> {
        (start + range.lowerBound)..<(start + range.upperBound)
    }

    /// The text as an array of its own, its offsets the joined ones.
    var bytes: [UInt8] { start == 0 && storage.count == count ? storage : Array(storage[window]) }

    var isEmpty: Bool { count == 0 }

    /// The text's last byte, read in place.
    var lastByte: UInt8? { count > 0 ? storage[start + count - 1] : nil }

    /// The text's last Unicode scalar value, 0 for an empty text.
    var lastScalarValue: UInt32 {
        guard count > 0 else { return 0 }
        let end = start + count
        return UTF8Scanning.scalar(in: storage, at: UTF8Scanning.previousStart(in: storage, before: end, floor: start)).value
    }

    /// The source offset of a joined offset (an end offset maps to the end of its piece).
    func sourceOffset(_ offset: Int, isEnd: Bool = false) -> Int {
        guard let first = firstPiece else { return 0 }
        if offset <= 0 { return first.source }
        var low = 0
        var high = pieceCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            let starts = isEnd ? pieceAt(mid).joined < offset : pieceAt(mid).joined <= offset
            if starts { low = mid } else { high = mid - 1 }
        }
        let piece = pieceAt(low)
        return piece.source + min(offset - piece.joined, piece.length)
    }

    /// The source span of a joined range. For text wrapped over lines it runs from the first
    /// character to the last one, line breaks included.
    ///
    /// Inlined where it is asked for (several times an indicator and once a value and a quantity):
    /// a call cost twice the arithmetic of a one-piece cell.
    @inline(__always)
    func sourceSpan(_ range: Range<Int>) -> ByteSpan {
        if laterPieces == nil, let piece = firstPiece {
            // One piece (most cells): a joined offset is the source offset shifted, kept within the piece.
            let start = piece.source + min(max(range.lowerBound, 0), piece.length)
            let end = range.isEmpty ? start : piece.source + min(max(range.upperBound, 0), piece.length)
            return ByteSpan(start: start, end: max(start, end))
        }
        return piecesSourceSpan(range)
    }

    /// ``sourceSpan(_:)`` of a cell of several pieces (or none).
    private func piecesSourceSpan(_ range: Range<Int>) -> ByteSpan {
        let start = sourceOffset(range.lowerBound)
        let end = range.isEmpty ? start : sourceOffset(range.upperBound, isEnd: true)
        return ByteSpan(start: start, end: max(start, end))
    }

    var sourceSpan: ByteSpan { sourceSpan(0..<count) }

    func string(_ range: Range<Int>) -> String {
        String(decoding: storage[storageRange(range)], as: UTF8.self)
    }

    /// The text of `range`, copied without checking its UTF-8 again when the cell shares the bytes
    /// of `validSource`, a text known to be valid UTF-8 (most cells are one piece of the source).
    /// A cell of several pieces keeps them in storage of its own, never the same buffer, and is
    /// decoded with repairs.
    func string(_ range: Range<Int>, validSource: [UInt8]?) -> String {
        guard sharesBytes(of: validSource) else { return string(range) }
        return String(copyingValidUTF8: storage, storageRange(range))
    }

    /// Whether the cell's text lies in `validSource` (its storage is that array): then the
    /// string of a range has exactly the bytes of ``storageRange(_:)``.
    func sharesBytes(of validSource: [UInt8]?) -> Bool {
        guard let validSource, storage.count == validSource.count else { return false }
        return storage.withUnsafeBufferPointer({ $0.baseAddress }) == validSource.withUnsafeBufferPointer({ $0.baseAddress })
    }

    var string: String { string(0..<count) }
}

// The initialiser is declared in an extension, where the synthesised ones (`init()` and the
// memberwise one) survive, and makes the cell with the memberwise one: an initialiser that set
// the fields one by one (or after their defaults) returned a copy of the cell and destroyed the
// original, its storage retained and released again, for every cell of every row (CellTextVWOc
// and CellTextVWOh, 3 M instructions).
extension CellText {
    /// A cell that is exactly one range of the source, which it shares.
    init(_ source: [UInt8], _ span: ByteSpan) {
        if span.isEmpty {
            self.init()
        } else {
            self.init(storage: source, start: span.start, count: span.count,
                      firstPiece: Piece(joined: 0, source: span.start, length: span.count), laterPieces: nil)
        }
    }
}

extension CellText {
    mutating func appendPiece(_ pieceBytes: [UInt8], sourceStart: Int) {
        guard !pieceBytes.isEmpty else { return }
        makeJoined()
        if pieceCount > 0, case let last = pieceAt(pieceCount - 1),
           last.source + last.length == sourceStart, last.joined + last.length == count {
            extendLastPiece(by: pieceBytes.count)
        } else {
            addPiece(Piece(joined: count, source: sourceStart, length: pieceBytes.count))
        }
        storage.append(contentsOf: pieceBytes)
        count += pieceBytes.count
    }

    /// Appends the joined bytes `range` of this cell, piece by piece, to another cell.
    func appendSubrange(_ range: Range<Int>, to result: inout CellText) {
        for index in 0..<pieceCount {
            let piece = pieceAt(index)
            let lower = max(range.lowerBound, piece.joined)
            let upper = min(range.upperBound, piece.joined + piece.length)
            guard lower < upper else { continue }
            result.appendPiece(Array(storage[storageRange(lower..<upper)]), sourceStart: piece.source + (lower - piece.joined))
        }
    }
}
