/// Words of eight bytes or more that a scan looks for where it stands: the known level names
/// (`产出指标`, `服务对象满意度指标`) after a level's code.
///
/// The words lie in one flat array of bytes, each with its first and last eight bytes read as
/// words, and are grouped by a hash of their first eight: a lookup compares with the one or two
/// words that can start there, most of them told by two comparisons. Arrays of words with arrays
/// of bytes, tried one by one, cost a comparison with every word of a length, and a retain and a
/// release, for each name.
struct WordTable: Sendable {
    struct Word: Sendable {
        let head: UInt64
        let tail: UInt64
        let count: Int
        /// Where the word's bytes start in ``WordTable/letters``.
        let offset: Int
        /// What the word stands for, as the table was given it.
        let value: Int
    }

    private let words: [Word]
    private let letters: [UInt8]
    /// The words whose first eight bytes hash to `b` are `words[bucketStarts[b]..<bucketStarts[b + 1]]`,
    /// in the order given.
    private let bucketStarts: [Int]
    private static let bucketBits = 6

    /// A table of the words of `list` in their order, each with the value it stands for.
    init(_ list: [(bytes: [UInt8], value: Int)]) {
        var buckets = [[Word]](repeating: [], count: 1 << Self.bucketBits)
        var letters: [UInt8] = []
        for (bytes, value) in list {
            precondition(bytes.count >= 8, "a table word is eight bytes or more")
            let word = bytes.withUnsafeBytes { raw in
                Word(head: raw.loadUnaligned(as: UInt64.self), tail: raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self),
                     count: bytes.count, offset: letters.count, value: value)
            }
            letters += bytes
            buckets[Self.bucket(word.head)].append(word)
        }
        self.letters = letters
        words = buckets.flatMap { $0 }
        var starts = [0]
        for bucket in buckets { starts.append(starts[starts.count - 1] + bucket.count) }
        bucketStarts = starts
    }

    @inline(__always)
    private static func bucket(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bucketBits))
    }

    /// Whether `word` is written at `start` in `text`, where its first eight bytes are known to be.
    @inline(__always)
    private func restIsWritten(_ word: Word, in text: UnsafeRawBufferPointer, at start: Int) -> Bool {
        guard start + word.count <= text.count,
              text.loadUnaligned(fromByteOffset: start + word.count - 8, as: UInt64.self) == word.tail else { return false }
        guard word.count > 16 else { return true }
        // The bytes between the first eight and the last eight, eight at a time.
        return letters.withUnsafeBytes { own in
            var offset = 8
            while offset < word.count - 8 {
                guard text.loadUnaligned(fromByteOffset: start + offset, as: UInt64.self)
                        == own.loadUnaligned(fromByteOffset: word.offset + offset, as: UInt64.self) else { return false }
                offset += 8
            }
            return true
        }
    }

    /// The first word, in the order given, that is written at `start` in `text` and that `accept`
    /// takes.
    @inline(__always)
    func word(startingAt start: Int, in text: UnsafeRawBufferPointer, where accept: (Word) -> Bool) -> Word? {
        guard start >= 0, start + 8 <= text.count else { return nil }
        let head = text.loadUnaligned(fromByteOffset: start, as: UInt64.self)
        let bucket = Self.bucket(head)
        for index in bucketStarts[bucket]..<bucketStarts[bucket + 1] {
            let word = words[index]
            if word.head == head, restIsWritten(word, in: text, at: start), accept(word) { return word }
        }
        return nil
    }
}
