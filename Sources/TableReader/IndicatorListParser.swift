import LintModel

/// Splits a 绩效指标 cell into indicators: numbering, levels, name, 实施周期/年度 values.
///
/// Handles every separator seen in published tables (`；` `;` `;;` `：` `:` `,` `，` and runs of
/// them), coded and uncoded levels, values for both periods or 年度 only, several indicators packed
/// under one number, and lists wrapped over lines. Text that does not become part of an indicator
/// is returned as leftovers, which the caller reports.
struct IndicatorListParser {
    struct Level {
        var code: Int?
        /// Where the name is written: after the code and its dash, for a coded level.
        var nameRange: Range<Int>
        /// The name's place in ``knownNames`` when it is one of them, as most are. A level holds
        /// no string, so neither does an item: the items of a list were retained and released
        /// name by name wherever they were copied or freed.
        var knownName: Int?
        var range: Range<Int>
    }

    struct Value {
        var which: ValuePeriod
        var range: Range<Int>
        /// True when no label named the column and the reader took the text after the name.
        var unlabeled: Bool
    }

    struct Item {
        var seq: Int?
        var seqRange: Range<Int>?
        var level1: Level?
        var level2: Level?
        var name: Range<Int>
        var values: Values
        var range: Range<Int>
    }

    /// An item's values: a 实施周期 and a 年度 one at most (a label group holds one of each, an
    /// unlabeled item one), kept inline instead of in an array for every item.
    struct Values: RandomAccessCollection {
        private var first: Value?
        private var second: Value?

        init() {}

        var startIndex: Int { 0 }
        var endIndex: Int { second != nil ? 2 : first != nil ? 1 : 0 }

        subscript(position: Int) -> Value {
            switch (position, first, second) {
            case (0, let value?, _), (1, _, let value?): value
            default: preconditionFailure("value \(position) of \(count)")
            }
        }

        mutating func append(_ value: Value) {
            if first == nil {
                first = value
            } else {
                precondition(second == nil, "an item has two values at most")
                second = value
            }
        }
    }

    struct Result {
        var items: [Item]
        var leftovers: [Range<Int>]
    }

    static let periodLabels: [[UInt8]] = ["实施周期指标值", "实施期指标值", "中长期指标值", "长期指标值", "实施周期目标值",
                                          "实施周期值", "实施期目标值", "周期指标值"].map { Array($0.utf8) }
    static let annualLabels: [[UInt8]] = ["本年度指标值", "年度指标值", "年度目标值", "当年指标值", "年度值"].map { Array($0.utf8) }
    static let level1Names: [String] = ["社会公众或服务对象满意度指标", "服务对象满意度指标", "满意度指标", "产出指标", "效益指标",
                                         "成本指标", "效果指标", "投入指标", "过程指标"]
    static let level2Names: [String] = ["数量指标", "质量指标", "时效指标", "进度指标", "成本指标", "经济效益指标", "社会效益指标",
                                         "生态效益指标", "环境效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标",
                                         "社会成本指标", "生态环境成本指标", "经济效益", "社会效益", "生态效益", "可持续影响",
                                         "服务对象满意度", "满意度"]
    /// Every known level name once: the first levels, then the second levels not among them.
    static let knownNames: [String] = (level1Names + level2Names).reduce(into: []) { names, name in
        if !names.contains(name) { names.append(name) }
    }
    /// The uncoded level names, in the order above, each with its first and last eight bytes.
    private static let level1Known = level1Names.map(KnownName.init)
    private static let level2Known = level2Names.map(KnownName.init)
    static let enumerationComma: UInt32 = 0x3001  // 、

    /// `-`, full-width `－` and the dashes `—` `–` `‒`.
    static func isDash(_ value: UInt32) -> Bool {
        switch value {
        case 0x2D, 0xFF0D, 0x2014, 0x2013, 0x2012: true
        default: false
        }
    }

    let bytes: [UInt8]
    /// ``knownNameTable`` and ``allLabels``, held by the parser: a static read for every level
    /// and label went through a one-time initialization check.
    private let knownNameWords: WordTable
    private let labelWords: [LabelWord]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        knownNameWords = Self.knownNameTable
        labelWords = Self.allLabels
    }

    /// True when the text looks like an indicator list rather than prose.
    static func looksLikeIndicators(_ bytes: [UInt8]) -> Bool {
        let parser = IndicatorListParser(bytes)
        if parser.containsLabel() { return true }
        guard let first = parser.itemStarts().first ?? parser.wordNumberedItemStarts().first else { return false }
        var index = first.bodyStart
        while index < bytes.count, UTF8Scanning.isSeparator(UTF8Scanning.scalar(in: bytes, at: index).value) { index += 1 }
        return parser.opensLevel(at: index, second: false) || parser.opensLevel(at: index, second: true)
    }

    /// Memory that the lists of one document reuse: the cell's bytes, its item starts and an
    /// item's labels. Each list allocated these afresh, a cell that shares the source was copied
    /// out of it, and its items went into an array of their own: four allocations a cell.
    struct Scratch {
        fileprivate var bytes: [UInt8] = []
        fileprivate var starts: [ItemStart] = []
        fileprivate var labels: [Label] = []
    }

    /// Parses the cell text `storage[window]` and appends its items and leftovers, whose ranges
    /// count from the window's start: a document keeps the items of all its lists in one array.
    static func parse(_ storage: [UInt8], _ window: Range<Int>, scratch: inout Scratch,
                      items: inout [Item], leftovers: inout [Range<Int>]) {
        scratch.bytes.removeAll(keepingCapacity: true)
        scratch.bytes.append(contentsOf: storage[window])
        IndicatorListParser(scratch.bytes).parse(starts: &scratch.starts, labels: &scratch.labels,
                                                 items: &items, leftovers: &leftovers)
    }

    /// One list in arrays of its own.
    func parse() -> Result {
        var result = Result(items: [], leftovers: [])
        var starts: [ItemStart] = []
        var labels: [Label] = []
        parse(starts: &starts, labels: &labels, items: &result.items, leftovers: &result.leftovers)
        return result
    }

    private func parse(starts: inout [ItemStart], labels found: inout [Label], items: inout [Item], leftovers: inout [Range<Int>]) {
        itemStarts(into: &starts)
        if starts.isEmpty { wordNumberedItemStarts(into: &starts) }
        let firstStart = starts.first?.start ?? bytes.count
        let before = UTF8Scanning.trimSeparators(bytes, 0..<firstStart)
        if starts.isEmpty {
            // No numbering: the whole cell is one indicator if it names a value, else left over.
            let whole = UTF8Scanning.trimSeparators(bytes, 0..<bytes.count)
            for segment in unnumberedSegments(whole) {
                let first = items.count
                parseBody(segment, seq: nil, seqRange: nil, itemStart: segment.lowerBound, found: &found, into: &items)
                if !items[first...].contains(where: { !$0.values.isEmpty || $0.level1 != nil }) {
                    items.removeSubrange(first...)
                    leftovers.append(segment)
                }
            }
            return
        }
        if !before.isEmpty { leftovers.append(before) }
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].start : bytes.count
            let body = UTF8Scanning.trimSeparators(bytes, start.bodyStart..<end)
            parseBody(body, seq: start.seq, seqRange: start.start..<start.bodyStart, itemStart: start.start,
                      found: &found, into: &items)
        }
    }

    /// An unnumbered list splits at `；` `;` `。` or a line break where the next part opens with a
    /// first level (`产出指标-培训人次：100人次；满意度指标-满意度：≥90%`).
    private func unnumberedSegments(_ whole: Range<Int>) -> [Range<Int>] {
        guard !whole.isEmpty else { return [] }
        var segments: [Range<Int>] = []
        var segmentStart = whole.lowerBound
        var index = whole.lowerBound
        while index < whole.upperBound {
            let (value, length) = UTF8Scanning.scalar(in: bytes, at: index)
            if value == 0xFF1B || value == 0x3B || value == 0x3002 || value == 0x0A || value == 0x0D {
                let next = skipSeparators(from: index + length, limit: whole.upperBound)
                if next < whole.upperBound, opensLevel(at: next, second: false, limit: whole.upperBound) {
                    let segment = UTF8Scanning.trimSeparators(bytes, segmentStart..<index)
                    if !segment.isEmpty { segments.append(segment) }
                    segmentStart = next
                    index = next
                    continue
                }
            }
            index += length
        }
        let last = UTF8Scanning.trimSeparators(bytes, segmentStart..<whole.upperBound)
        if !last.isEmpty { segments.append(last) }
        return segments
    }

    // MARK: Numbering

    /// Items numbered in words or circled figures (`一、产出指标…二、效益指标…`, `①产出指标…②…`),
    /// for a list with no `N、` numbering. A mark opens an item only where a level follows it, as
    /// such marks also head paragraphs of prose.
    func wordNumberedItemStarts() -> [ItemStart] {
        var result: [ItemStart] = []
        wordNumberedItemStarts(into: &result)
        return result
    }

    private func wordNumberedItemStarts(into result: inout [ItemStart]) {
        result.removeAll(keepingCapacity: true)
        var index = 0
        while index < bytes.count {
            let (value, length) = UTF8Scanning.scalar(in: bytes, at: index)
            var number: Int?
            var bodyStart = index + length
            if let circled = Self.circledNumber(value) {
                number = circled
            } else if let first = Self.chineseDigit(value) {
                // 一 … 九, 十, 十一 … 十九, 二十 …: up to three characters, then `、`.
                var cursor = index + length
                var digits = [first]
                while digits.count < 3, cursor < bytes.count, let next = Self.chineseDigit(UTF8Scanning.scalar(in: bytes, at: cursor).value) {
                    digits.append(next)
                    cursor += UTF8Scanning.scalar(in: bytes, at: cursor).length
                }
                if cursor < bytes.count, UTF8Scanning.scalar(in: bytes, at: cursor).value == Self.enumerationComma,
                   let parsed = Self.chineseNumber(digits) {
                    number = parsed
                    bodyStart = cursor + UTF8Scanning.scalar(in: bytes, at: cursor).length
                }
            }
            // A mark at the start or after a separator, or a circled one anywhere. Asked of marks
            // only: asked first, of every scalar of the text, it was three fifths of the scan.
            if let number, bodyStart < bytes.count, index == 0 || Self.circledNumber(value) != nil
                || UTF8Scanning.isSeparator(UTF8Scanning.scalar(in: bytes, at: UTF8Scanning.previousStart(in: bytes, before: index)).value) {
                let body = skipSeparators(from: bodyStart, limit: bytes.count)
                if opensLevel(at: body, second: false) || opensLevel(at: body, second: true) {
                    result.append(ItemStart(seq: number, start: index, bodyStart: bodyStart))
                    index = bodyStart
                    continue
                }
            }
            index += length
        }
    }

    /// ① … ⑳ and ⑴ … ⒇.
    private static func circledNumber(_ value: UInt32) -> Int? {
        switch value {
        case 0x2460...0x2473: Int(value - 0x2460) + 1
        case 0x2474...0x2487: Int(value - 0x2474) + 1
        default: nil
        }
    }

    /// 一 … 九 as 1 … 9, 十 as 10 (and 〇/零 as 0).
    private static func chineseDigit(_ value: UInt32) -> Int? {
        switch value {
        case 0x4E00: 1
        case 0x4E8C: 2
        case 0x4E09: 3
        case 0x56DB: 4
        case 0x4E94: 5
        case 0x516D: 6
        case 0x4E03: 7
        case 0x516B: 8
        case 0x4E5D: 9
        case 0x5341: 10
        case 0x3007, 0x96F6: 0
        default: nil
        }
    }

    /// 三 → 3, 十二 → 12, 二十 → 20, 二十三 → 23; nil for anything else.
    private static func chineseNumber(_ digits: [Int]) -> Int? {
        switch digits.count {
        case 1: return digits[0] == 0 ? nil : digits[0]
        case 2 where digits[0] == 10 && (1...9).contains(digits[1]): return 10 + digits[1]
        case 2 where (2...9).contains(digits[0]) && digits[1] == 10: return digits[0] * 10
        case 3 where (2...9).contains(digits[0]) && digits[1] == 10 && (1...9).contains(digits[2]): return digits[0] * 10 + digits[2]
        default: return nil
        }
    }

    struct ItemStart {
        var seq: Int
        var start: Int
        var bodyStart: Int
    }

    /// Positions of `N、` that open an item: 1–3 digits after the start, a separator or a closing
    /// bracket, followed by `、` (or by `.`/`．` when the list is numbered that way).
    func itemStarts() -> [ItemStart] {
        var result: [ItemStart] = []
        // Room for an item every 48 bytes (most take more): grown from empty, the array was copied
        // into new memory several times a list.
        result.reserveCapacity(bytes.count / 48 + 1)
        itemStarts(into: &result)
        return result
    }

    /// ``itemStarts()`` into `result`, emptied first: a document's lists reuse one array.
    ///
    /// A number opens an item only where a mark follows it (`、` `.` `．`, led by E3, 2E and EF),
    /// and a bracketed one starts with `(` or `（` (led by EF): the scan goes from one of these four
    /// bytes to the next, each found with memchr, and looks further only at a bracket or where a
    /// digit comes before. It stepped over every scalar before, to stop at every digit of a level
    /// code or a value (`1-产出指标`, `≥95%`), where an item starts at one digit in five.
    private func itemStarts(into result: inout [ItemStart]) {
        result.removeAll(keepingCapacity: true)
        var state = NumberingState()
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            /// Whether the E3, EF, 2E or 28 at `position` may open an item, told by a byte or two.
            func mayOpen(at position: Int) -> Bool {
                let before = position > 0 ? buffer[position - 1] : 0
                // A digit before (ASCII, or the last byte of a full-width one), or a bracket.
                return before &- 0x30 < 10 || before &- 0x90 < 10 || buffer[position] == 0x28
                    || (buffer[position] == 0xEF && position + 2 < count && buffer[position + 1] == 0xBC && buffer[position + 2] == 0x88)
            }
            var nextE3 = UTF8Scanning.next(0xE3, in: buffer, from: 0)
            var nextDot = UTF8Scanning.next(0x2E, in: buffer, from: 0)
            var nextParen = UTF8Scanning.next(0x28, in: buffer, from: 0)
            var nextEF = UTF8Scanning.next(0xEF, in: buffer, from: 0)
            while true {
                let position = min(nextE3, min(nextDot, nextParen))
                // The `EF`s before it, eight in ten of these bytes, are mostly `；` `：` `，` after a
                // word: a loop of their own keeps them from the choice between the other three.
                while nextEF < position {
                    let lead = nextEF
                    nextEF = UTF8Scanning.next(0xEF, in: buffer, from: lead + 1)
                    if mayOpen(at: lead) { openItem(at: lead, state: &state, into: &result) }
                }
                guard position < count else { break }
                switch buffer[position] {
                case 0xE3: nextE3 = UTF8Scanning.next(0xE3, in: buffer, from: position + 1)
                case 0x2E: nextDot = UTF8Scanning.next(0x2E, in: buffer, from: position + 1)
                default: nextParen = UTF8Scanning.next(0x28, in: buffer, from: position + 1)
                }
                if mayOpen(at: position) { openItem(at: position, state: &state, into: &result) }
            }
        }
    }

    /// Where ``itemStarts(into:)`` is in a list.
    private struct NumberingState {
        /// Whether the list is numbered `1.` (true) or `1、` (false), once an item tells.
        var dotStyle: Bool?
        /// The end of the number and mark (or bracket) of the item found last: what lies before it
        /// opens no other.
        var resume = 0
    }

    /// The item opened at a bracket (`（1）产出指标`) or by the number before a mark, if any.
    @inline(never)
    private func openItem(at position: Int, state: inout NumberingState, into result: inout [ItemStart]) {
        if isOpeningBracket(at: position) {
            guard position >= state.resume else { return }
            let continuing = result.last.map { isOpeningBracket(at: $0.start) } ?? false
            if let start = bracketedStart(at: position, continuing: continuing) {
                result.append(start)
                state.resume = start.bodyStart
            }
            return
        }
        // A full-width digit is inside a number, not after one.
        if bytes[position] == 0xEF, position + 2 < bytes.count, bytes[position + 1] == 0xBC, (0x90...0x99).contains(bytes[position + 2]) {
            return
        }
        guard let number = number(before: position), number.start >= state.resume else { return }
        let start: ItemStart
        if position + 2 < bytes.count, bytes[position] == 0xE3, bytes[position + 1] == 0x80, bytes[position + 2] == 0x81 {
            // `1、`, the usual mark, after the number just read: decoding it again, digit by digit, was
            // most of the cost of an item start.
            guard state.dotStyle != true, opensItem(at: number.start) else { return }
            state.dotStyle = false
            start = ItemStart(seq: number.value, start: number.start, bodyStart: position + 3)
        } else {
            guard let dotted = numberedStart(at: number.start, dotStyle: &state.dotStyle, isFirst: result.isEmpty) else { return }
            start = dotted
        }
        result.append(start)
        state.resume = start.bodyStart
    }

    /// The ASCII and full-width digits (`EF BC 90`–`99`) that end at `end`, where they start and
    /// their value, when they are three or fewer: a longer number opens no item.
    @inline(__always)
    private func number(before end: Int) -> (start: Int, value: Int)? {
        var start = end
        var digits = 0
        var value = 0
        var place = 1
        while start > 0 {
            let byte = bytes[start - 1]
            if byte >= 0x30, byte <= 0x39 {
                start -= 1
                value += Int(byte - 0x30) * place
            } else if start >= 3, (0x90...0x99).contains(byte), bytes[start - 2] == 0xBC, bytes[start - 3] == 0xEF {
                start -= 3
                value += Int(byte - 0x90) * place
            } else {
                break
            }
            digits += 1
            place *= 10
            if digits > 3 { return nil }
        }
        return digits > 0 ? (start, value) : nil
    }

    /// The item that the number at `index` opens with the mark after it: `、`, or `.`/`．` followed
    /// by a level (or in a list numbered that way), when it follows a separator or the start.
    private func numberedStart(at index: Int, dotStyle: inout Bool?, isFirst: Bool) -> ItemStart? {
        guard opensItem(at: index) else { return nil }
        var cursor = index
        var number = 0
        var digits = 0
        while cursor < bytes.count, digits < 4 {
            let (digitValue, digitLength) = UTF8Scanning.scalar(in: bytes, at: cursor)
            guard let digit = UTF8Scanning.digit(digitValue) else { break }
            number = number * 10 + digit
            digits += 1
            cursor += digitLength
        }
        guard digits <= 3, cursor < bytes.count else { return nil }
        let (mark, markLength) = UTF8Scanning.scalar(in: bytes, at: cursor)
        if mark == Self.enumerationComma, dotStyle != true {
            dotStyle = false
            return ItemStart(seq: number, start: index, bodyStart: cursor + markLength)
        }
        guard mark == 0x2E || mark == 0xFF0E, dotStyle != false, cursor + markLength < bytes.count else { return nil }
        // `1.产出指标`: a dot followed by something that is not a digit.
        let next = UTF8Scanning.scalar(in: bytes, at: cursor + markLength).value
        guard UTF8Scanning.digit(next) == nil, !UTF8Scanning.isWhitespace(next) || !isFirst else { return nil }
        let probe = cursor + markLength
        guard opensLevel(at: probe, second: false) || opensLevel(at: probe, second: true) || dotStyle == true else { return nil }
        dotStyle = true
        return ItemStart(seq: number, start: index, bodyStart: cursor + markLength)
    }

    /// `（1）` or `(1)` opening an item: at the start or after a separator, followed by a level
    /// (the first item) or continuing a list numbered that way.
    private func bracketedStart(at index: Int, continuing: Bool) -> ItemStart? {
        guard opensItem(at: index) else { return nil }
        var cursor = index + UTF8Scanning.scalar(in: bytes, at: index).length
        var number = 0
        var digits = 0
        while cursor < bytes.count, let digit = UTF8Scanning.digit(UTF8Scanning.scalar(in: bytes, at: cursor).value) {
            number = number * 10 + digit
            digits += 1
            cursor += UTF8Scanning.scalar(in: bytes, at: cursor).length
        }
        guard (1...3).contains(digits), cursor < bytes.count else { return nil }
        let (close, closeLength) = UTF8Scanning.scalar(in: bytes, at: cursor)
        guard close == 0x29 || close == 0xFF09 else { return nil }
        let bodyStart = cursor + closeLength
        let probe = skipSeparators(from: bodyStart, limit: bytes.count)
        guard continuing || opensLevel(at: probe, second: false) || opensLevel(at: probe, second: true) else { return nil }
        return ItemStart(seq: number, start: index, bodyStart: bodyStart)
    }

    private func isOpeningBracket(at index: Int) -> Bool {
        bytes[index] == 0x28 || (bytes[index] == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x88)
    }

    private func opensItem(at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = UTF8Scanning.previousStart(in: bytes, before: index)
        let value = UTF8Scanning.scalar(in: bytes, at: previous).value
        if UTF8Scanning.digit(value) != nil { return false }
        if UTF8Scanning.isSeparator(value) || value == 0x2E { return true }
        switch value {
        case 0xFF09, 0x29, 0x3011, 0x300D, 0x201D, 0x22, 0x3E /* > of </p> */: return true
        default: return false
        }
    }

    // MARK: Item body

    fileprivate struct Label {
        var which: ValuePeriod
        var start: Int
        var valueStart: Int
    }

    /// Every label ends in `值`: find those, then look back for a label that ends there.
    ///
    /// The labels go into `found` from its start, over those of the body before, and their count
    /// is returned: emptying the array for each body (`removeAll(keepingCapacity:)`) cost a tenth
    /// as much as finding its labels.
    private func labels(in range: Range<Int>, into found: inout [Label]) -> Int {
        var count = 0
        var index = range.lowerBound
        while let mark = nextValueMark(from: index, before: range.upperBound) {
            if let label = label(endingAt: mark + 3, from: count > 0 ? found[count - 1].valueStart : range.lowerBound,
                                 limit: range.upperBound) {
                if count < found.count { found[count] = label } else { found.append(label) }
                count += 1
                index = label.valueStart
            } else {
                index = mark + 1
            }
        }
        return count
    }

    /// Whether any value label occurs in the text: every label ends in `值`, so one pass over the
    /// `值`s answers instead of a search for each label.
    private func containsLabel() -> Bool {
        var index = 0
        while let mark = nextValueMark(from: index, before: bytes.count) {
            if label(endingAt: mark + 3, from: 0, limit: bytes.count) != nil { return true }
            index = mark + 1
        }
        return false
    }

    /// The next `值` (E5 80 BC) that starts at or after `index` and ends by `upper`. Looks for its
    /// middle byte with memchr, which reads a vector register of bytes at a time: a call for each
    /// `80` costs less than testing every word of the text for one. `80` is the rarest of the
    /// three in the lists of the seed tables (one byte in 32, against one in 22 for the last, `BC`,
    /// which is also the middle byte of every full-width `；` `：` `，` `（` `）`).
    private func nextValueMark(from index: Int, before upper: Int) -> Int? {
        let upper = min(upper, bytes.count)
        // Where the `80` of a `值` at `index` lies; the `值` must end by `upper`.
        var cursor = index + 1
        while cursor + 1 < upper {
            let position = UTF8Scanning.next(0x80, in: bytes, from: cursor, to: upper - 1)
            guard position < upper - 1 else { return nil }
            if bytes[position + 1] == 0xBC, bytes[position - 1] == 0xE5 { return position - 1 }
            cursor = position + 1
        }
        return nil
    }

    /// A value label with its column. Most labels end in `指标值`, and several start with `实施` or
    /// `年度`, but the first and last eight bytes together tell them apart with two comparisons
    /// before any byte is compared.
    private struct LabelWord {
        var which: ValuePeriod
        var word: WordLiteral

        init(_ which: ValuePeriod, _ bytes: [UInt8]) {
            self.which = which
            self.word = WordLiteral(bytes)
        }
    }

    /// Every label, 实施周期 ones first: one static table, so that looking up a label (twice per
    /// indicator) builds no array.
    private static let allLabels: [LabelWord] =
        periodLabels.map { LabelWord(.period, $0) } + annualLabels.map { LabelWord(.annual, $0) }

    /// The first label (in ``allLabels`` order) that ends at `end` and starts at or after `lower`.
    /// It is also the first label that starts where it starts: a label holds `值` only at its end,
    /// so none is a prefix of another, and the match needs no second, forward search.
    private func label(endingAt end: Int, from lower: Int, limit: Int) -> Label? {
        guard end >= 8, end <= bytes.count else { return nil }
        let labels = labelWords
        let found: (which: ValuePeriod, start: Int)? = bytes.withUnsafeBytes { raw in
            let tail = raw.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self)
            for index in labels.indices where labels[index].word.tail == tail {
                // The label is eight bytes or more: its head lies within `bytes`.
                let word = labels[index].word
                let start = end - word.bytes.count
                guard start >= lower, raw.loadUnaligned(fromByteOffset: start, as: UInt64.self) == word.head,
                      word.bytes.count <= 16 || UTF8Scanning.hasPrefix(bytes, word.bytes, at: start) else { continue }
                return (labels[index].which, start)
            }
            return nil
        }
        guard let found else { return nil }
        var cursor = end
        // An optional `:` or `：`, with spaces around.
        while cursor < limit {
            let (value, length) = UTF8Scanning.scalar(in: bytes, at: cursor)
            guard value == 0x3A || value == 0xFF1A || UTF8Scanning.isWhitespace(value) else { break }
            cursor += length
        }
        return Label(which: found.which, start: found.start, valueStart: cursor)
    }

    /// `found` is scratch space for the labels, reused from body to body: its first `labelCount`.
    private func parseBody(_ body: Range<Int>, seq: Int?, seqRange: Range<Int>?, itemStart: Int,
                           found: inout [Label], into items: inout [Item]) {
        let labelCount = labels(in: body, into: &found)
        guard labelCount > 0 else {
            items.append(parseUnlabeled(body, seq: seq, seqRange: seqRange, itemStart: itemStart))
            return
        }
        // Group labels: a new group starts at a label whose column the group already has, or at
        // a 实施周期 label after a 年度 one. So a group is a 实施周期 label and the 年度 one after
        // it, or a label alone: `groupEnd` gives where the group at a label ends.
        func groupEnd(_ first: Int) -> Int {
            first + 1 < labelCount && found[first].which == .period && found[first + 1].which == .annual ? first + 2 : first + 1
        }
        var headStart = body.lowerBound
        var inheritedLevel1: Level?
        var inheritedLevel2: Level?
        var groupStart = 0
        while groupStart < labelCount {
            let group = groupStart..<groupEnd(groupStart)
            let nextGroup = group.upperBound < labelCount ? group.upperBound : nil
            let head = UTF8Scanning.trimSeparators(bytes, headStart..<found[group.lowerBound].start)
            var (level1, level2, name) = parseHead(head)
            if group.lowerBound > 0 {
                level1 = level1 ?? inheritedLevel1
                level2 = level2 ?? (sameName(level1, inheritedLevel1) ? inheritedLevel2 : nil)
            }
            // Kept for the groups after this one only: most bodies hold one group.
            if nextGroup != nil {
                inheritedLevel1 = level1
                inheritedLevel2 = level2
            }
            var values = Values()
            var itemEnd = body.upperBound
            for labelIndex in group {
                let label = found[labelIndex]
                let valueEnd: Int
                if labelIndex + 1 < group.upperBound {
                    valueEnd = found[labelIndex + 1].start
                } else if let nextGroup {
                    // The text before the next group's label is this value, then the next name.
                    let segment = label.valueStart..<found[nextGroup].start
                    let split = lastMajorSeparator(in: segment)
                    valueEnd = split?.lowerBound ?? segment.upperBound
                    headStart = split?.upperBound ?? segment.upperBound
                    itemEnd = valueEnd
                } else {
                    valueEnd = body.upperBound
                }
                let range = UTF8Scanning.trimSeparators(bytes, label.valueStart..<max(label.valueStart, valueEnd))
                values.append(Value(which: label.which, range: range, unlabeled: false))
            }
            let start = group.lowerBound == 0 ? itemStart : (head.isEmpty ? found[group.lowerBound].start : head.lowerBound)
            items.append(Item(seq: seq, seqRange: seqRange, level1: level1, level2: level2,
                              name: name, values: values, range: start..<max(start, itemEnd)))
            groupStart = group.upperBound
        }
    }

    /// Sentence ends first, then commas, in the order ``lastMajorSeparator(in:)`` tries them.
    /// A line break inside a cell (Excel's Alt+Enter) ends a sentence as `；` does.
    private static let majorSeparators: [[UInt32]] = [[0xFF1B, 0x3B, 0x3002, 0x0A, 0x0D], [0xFF0C, 0x2C]]

    /// The last `；` `;` `。` in a range (else the last `，` `,`), with the separator run around it.
    private func lastMajorSeparator(in range: Range<Int>) -> Range<Int>? {
        for majors in Self.majorSeparators {
            var index = range.upperBound
            while index > range.lowerBound {
                let previous = UTF8Scanning.previousStart(in: bytes, before: index)
                let value = UTF8Scanning.scalar(in: bytes, at: previous).value
                if majors.contains(value) {
                    // Widen to the whole run of separators.
                    var start = previous
                    var end = index
                    while start > range.lowerBound {
                        let before = UTF8Scanning.previousStart(in: bytes, before: start)
                        guard UTF8Scanning.isSeparator(UTF8Scanning.scalar(in: bytes, at: before).value) else { break }
                        start = before
                    }
                    while end < range.upperBound {
                        let (value, length) = UTF8Scanning.scalar(in: bytes, at: end)
                        guard UTF8Scanning.isSeparator(value) else { break }
                        end += length
                    }
                    if start > range.lowerBound { return start..<end }
                }
                index = previous
            }
        }
        return nil
    }

    /// An item without value labels: `产出指标：仲裁满意度：邮寄案件95%` takes the text after the
    /// name's `：` as an unlabeled value.
    private func parseUnlabeled(_ body: Range<Int>, seq: Int?, seqRange: Range<Int>?, itemStart: Int) -> Item {
        let (level1, level2, name) = parseHead(body)
        if let named = levelNamingValue(level2, before: name) {
            // `满意度指标-满意度：≥90%`: the word taken for the second level is the name, and what
            // follows its `：` is the value, not a name.
            var values = Values()
            values.append(Value(which: .annual, range: name, unlabeled: true))
            return Item(seq: seq, seqRange: seqRange, level1: level1, level2: nil, name: named.range, values: values,
                        range: itemStart..<max(itemStart, body.upperBound))
        }
        var values = Values()
        if level2 == nil, let level1, isQuantitySetOff(after: level1, name) {
            // `满意度指标：≥90%`: the indicator has no name; the quantity is its value.
            values.append(Value(which: .annual, range: name, unlabeled: true))
            return Item(seq: seq, seqRange: seqRange, level1: level1, level2: nil, name: name.lowerBound..<name.lowerBound,
                        values: values, range: itemStart..<max(itemStart, body.upperBound))
        }
        var nameRange = name
        var index = name.lowerBound
        while index < name.upperBound {
            let (value, length) = UTF8Scanning.scalar(in: bytes, at: index)
            if value == 0xFF1A || value == 0x3A {
                let valueRange = UTF8Scanning.trimSeparators(bytes, (index + length)..<name.upperBound)
                if !valueRange.isEmpty, index > name.lowerBound {
                    nameRange = UTF8Scanning.trimSeparators(bytes, name.lowerBound..<index)
                    values.append(Value(which: .annual, range: valueRange, unlabeled: true))
                }
                break
            }
            index += length
        }
        if values.isEmpty, let split = comparatorBeforeNumber(in: name) {
            // `学员满意度≥95%`: no `：`, but a comparator and a number after the name are its value.
            nameRange = UTF8Scanning.trimSeparators(bytes, name.lowerBound..<split)
            values.append(Value(which: .annual, range: split..<name.upperBound, unlabeled: true))
        }
        return Item(seq: seq, seqRange: seqRange, level1: level1, level2: level2, name: nameRange, values: values,
                    range: itemStart..<max(itemStart, body.upperBound))
    }

    /// Where a comparator symbol followed by a number starts, after some text of the name.
    private func comparatorBeforeNumber(in name: Range<Int>) -> Int? {
        var index = name.lowerBound
        var sawName = false
        while index < name.upperBound {
            let (value, length) = UTF8Scanning.scalar(in: bytes, at: index)
            if sawName, Self.comparatorSymbols.contains(value) {
                var next = index + length
                // `>=`, `≥＝`: a two-symbol comparator.
                if next < name.upperBound, Self.comparatorSymbols.contains(UTF8Scanning.scalar(in: bytes, at: next).value) {
                    next += UTF8Scanning.scalar(in: bytes, at: next).length
                }
                // The rest must be a bare quantity (`≥95%`), not more of a name (`≥3000元人员就业人数`).
                if next < name.upperBound, UTF8Scanning.digit(UTF8Scanning.scalar(in: bytes, at: next).value) != nil {
                    let parsed = ValueParser.parse(String(decoding: bytes[index..<name.upperBound], as: UTF8.self))
                    let bare = (parsed.kind == .quantity || parsed.kind == .quantities)
                        && parsed.quantities.allSatisfy { $0.label == nil && $0.trailing == nil }
                    return bare ? index : nil
                }
            }
            sawName = sawName || !UTF8Scanning.isSeparator(value)
            index += length
        }
        return nil
    }

    /// `≥ ≤ ≧ ≦ > < = ＞ ＜ ＝`.
    private static let comparatorSymbols: Set<UInt32> = [0x2265, 0x2264, 0x2267, 0x2266, 0x3E, 0x3C, 0x3D, 0xFF1E, 0xFF1C, 0xFF1D]

    /// The second level of an unlabeled item when it is really the indicator's name: uncoded, set off
    /// by `：` or `:`, and followed by nothing but a quantity (`满意度：≥90%`, not `数量指标：培训人数100人`).
    private func levelNamingValue(_ level2: Level?, before name: Range<Int>) -> Level? {
        guard let level2, level2.code == nil, isQuantitySetOff(after: level2, name) else { return nil }
        return level2
    }

    /// Whether `name`, the text after a level, is set off from it by `：` or `:` and is nothing but
    /// a quantity (`≥90%`), so that it is a value, not a name.
    private func isQuantitySetOff(after level: Level, _ name: Range<Int>) -> Bool {
        guard !name.isEmpty, level.range.upperBound <= name.lowerBound else { return false }
        var sawColon = false
        var index = level.range.upperBound
        while index < name.lowerBound {
            let (value, length) = UTF8Scanning.scalar(in: bytes, at: index)
            if value == 0xFF1A || value == 0x3A { sawColon = true }
            index += length
        }
        guard sawColon else { return false }
        let parsed = ValueParser.parse(String(decoding: bytes[name], as: UTF8.self))
        return (parsed.kind == .quantity || parsed.kind == .quantities) && parsed.quantities.allSatisfy { $0.label == nil }
    }

    // MARK: Levels and name

    /// `1-产出指标；12-质量指标；名称` → levels and the name range (everything after the levels).
    func parseHead(_ head: Range<Int>) -> (Level?, Level?, Range<Int>) {
        var cursor = head.lowerBound
        var level1: Level?
        var level2: Level?
        if let first = level(at: cursor, second: false, limit: head.upperBound) {
            level1 = first.level
            cursor = skipSeparators(from: first.end, limit: head.upperBound)
        }
        if let second = level(at: cursor, second: true, limit: head.upperBound) {
            let after = skipSeparators(from: second.end, limit: head.upperBound)
            // An uncoded second level must leave a name after it (`满意度指标：服务对象满意度（%）`).
            if second.level.code != nil || after < head.upperBound {
                level2 = second.level
                cursor = after
            }
        }
        return (level1, level2, UTF8Scanning.trimSeparators(bytes, cursor..<head.upperBound))
    }

    private func skipSeparators(from index: Int, limit: Int) -> Int {
        var cursor = index
        while cursor < limit {
            let (value, length) = UTF8Scanning.scalar(in: bytes, at: cursor)
            guard UTF8Scanning.isSeparator(value) else { break }
            cursor += length
        }
        return cursor
    }

    /// A level at `index`: `N-名称` (one digit for the first level, two for the second) up to a
    /// separator or digit, or a known uncoded name followed by a separator.
    func level(at index: Int, second: Bool, limit: Int? = nil) -> (level: Level, end: Int)? {
        guard let match = levelMatch(at: index, second: second, limit: limit ?? bytes.count) else { return nil }
        let known = match.knownName ?? knownLevelName(match.name)
        return (Level(code: match.code, nameRange: match.name, knownName: known, range: index..<match.rangeEnd), match.end)
    }

    /// A level's name: the shared string of a known name, any other decoded.
    func name(of level: Level) -> String {
        level.knownName.map { Self.knownNames[$0] } ?? String(decoding: bytes[level.nameRange], as: UTF8.self)
    }

    /// Whether two levels (or none) have the same name, as strings compare: known names are told
    /// by their places, which differ for different names, without a string.
    private func sameName(_ first: Level?, _ second: Level?) -> Bool {
        switch (first, second) {
        case (nil, nil): true
        case let (first?, second?):
            if let one = first.knownName, let other = second.knownName { one == other } else { name(of: first) == name(of: second) }
        default: false
        }
    }

    /// Whether a level starts at `index`: what the numbering and segment probes ask, answered
    /// without building the level's name.
    func opensLevel(at index: Int, second: Bool, limit: Int? = nil) -> Bool {
        levelMatch(at: index, second: second, limit: limit ?? bytes.count) != nil
    }

    private struct LevelMatch {
        var code: Int?
        var name: Range<Int>
        /// The name's place in ``knownNames`` for an uncoded level (one of the known names).
        var knownName: Int?
        var rangeEnd: Int
        var end: Int
    }

    private func levelMatch(at index: Int, second: Bool, limit: Int) -> LevelMatch? {
        guard index < limit else { return nil }
        var cursor = index
        var code = 0
        var digits = 0
        while cursor < limit, let digit = UTF8Scanning.digit(UTF8Scanning.scalar(in: bytes, at: cursor).value) {
            code = code * 10 + digit
            digits += 1
            cursor += UTF8Scanning.scalar(in: bytes, at: cursor).length
        }
        if digits > 0 {
            guard digits == (second ? 2 : 1), cursor < limit else { return nil }
            var (value, length) = UTF8Scanning.scalar(in: bytes, at: cursor)
            // `-`, full-width `－`, dashes; some tables put a space or `.` there.
            guard Self.isDash(value) || value == 0x2E else { return nil }
            cursor += length
            while cursor < limit, UTF8Scanning.isWhitespace(UTF8Scanning.scalar(in: bytes, at: cursor).value) {
                cursor += UTF8Scanning.scalar(in: bytes, at: cursor).length
            }
            let nameStart = cursor
            // Most names are known ones (`产出指标`): found by their first eight bytes, where the scan
            // below would end after them, they need neither the scan nor a lookup of what it read.
            // The scan passes over their scalars, all ideographs, and ends after the last that starts
            // before `limit`.
            if let known = bytes.withUnsafeBytes({ text in
                knownNameWords.word(startingAt: nameStart, in: text) { word in
                    let end = nameStart + word.count
                    return end - 3 < limit && (end >= limit || endsCodedName(at: end))
                }
            }) {
                let end = nameStart + known.count
                return LevelMatch(code: code, name: nameStart..<end, knownName: known.value, rangeEnd: end, end: end)
            }
            while cursor < limit {
                // A scalar led by E4–EE (CJK ideographs and most of the rest of U+4000–U+EFFF) is
                // no separator and no digit: passed over undecoded.
                if UTF8Scanning.isIdeographLead(bytes[cursor]), cursor + 2 < bytes.count {
                    cursor += 3
                    continue
                }
                (value, length) = UTF8Scanning.scalar(in: bytes, at: cursor)
                if UTF8Scanning.isSeparator(value) || UTF8Scanning.digit(value) != nil { break }
                cursor += length
            }
            guard cursor > nameStart else { return nil }
            // A coded level is a category word, not a sentence: 16 scalars at most, which a name of
            // 16 bytes or fewer cannot exceed (a scalar, repaired or not, takes one byte or more).
            if cursor - nameStart > 16 {
                let scalarCount = UTF8Scanning.plainScalarCount(bytes, nameStart..<cursor)
                    ?? String(decoding: bytes[nameStart..<cursor], as: UTF8.self).unicodeScalars.count
                guard scalarCount <= 16 else { return nil }
            }
            return LevelMatch(code: code, name: nameStart..<cursor, knownName: nil, rangeEnd: cursor, end: cursor)
        }
        // Every known name is eight bytes or more, and one comparison of its first eight bytes
        // turns it away where another word is written: most are, in a list of coded levels.
        guard index + 8 <= bytes.count else { return nil }
        let head = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
        let candidates = second ? Self.level2Known : Self.level1Known
        for position in candidates.indices where candidates[position].head == head
            && candidates[position].isWritten(in: bytes, at: index) && index + candidates[position].bytes.count <= limit {
            let end = index + candidates[position].bytes.count
            guard end < limit else { continue }
            let next = UTF8Scanning.scalar(in: bytes, at: end)
            let name = candidates[position].index
            if UTF8Scanning.isSeparator(next.value) {
                return LevelMatch(code: nil, name: index..<end, knownName: name, rangeEnd: end, end: end)
            }
            // `产出指标-数量指标-培训人次`: levels joined by dashes.
            guard Self.isDash(next.value), end + next.length < limit else { continue }
            return LevelMatch(code: nil, name: index..<end, knownName: name, rangeEnd: end, end: end + next.length)
        }
        return nil
    }

    /// Whether the name of a coded level ends at `index`, before the limit: at a separator or a digit.
    private func endsCodedName(at index: Int) -> Bool {
        if UTF8Scanning.isIdeographLead(bytes[index]), index + 2 < bytes.count { return false }
        let value = UTF8Scanning.scalar(in: bytes, at: index).value
        return UTF8Scanning.isSeparator(value) || UTF8Scanning.digit(value) != nil
    }

    /// The place in ``knownNames`` of a known level name written after a code (`1-产出指标`), so
    /// that the usual names are not decoded again for every indicator.
    private func knownLevelName(_ range: Range<Int>) -> Int? {
        guard range.upperBound <= bytes.count else { return nil }
        return bytes.withUnsafeBytes { text in
            knownNameWords.word(startingAt: range.lowerBound, in: text) { $0.count == range.count }
        }?.value
    }

    /// A known level name and its bytes as a ``WordLiteral`` (every one is three scalars or more).
    private struct KnownName {
        /// Its place in ``knownNames``.
        var index: Int
        var word: WordLiteral

        init(_ name: String) {
            guard let index = IndicatorListParser.knownNames.firstIndex(of: name) else {
                preconditionFailure("\(name) is not in knownNames")
            }
            self.index = index
            self.word = WordLiteral(Array(name.utf8))
        }

        var bytes: [UInt8] { word.bytes }
        var head: UInt64 { word.head }

        func isWritten(in text: [UInt8], at index: Int) -> Bool { word.isWritten(in: text, at: index) }
    }

    /// The known names, looked up where a coded level's name starts; the value of each is its place
    /// in ``knownNames``. Each is made of ideographs (led by E4–EE), which the scan of a coded
    /// level's name passes over, and of 16 scalars or fewer, as such a name is.
    private static let knownNameTable: WordTable = {
        for name in knownNames {
            let bytes = Array(name.utf8)
            precondition(bytes.count <= 48 && stride(from: 0, to: bytes.count, by: 3).allSatisfy { UTF8Scanning.isIdeographLead(bytes[$0]) }
                         && bytes.count % 3 == 0, "\(name) is not a word of ideographs")
        }
        return WordTable(knownNames.enumerated().map { (Array($1.utf8), $0) })
    }()
}
