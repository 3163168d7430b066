import LintModel

/// Reads the meaning of an indicator value: comparator, number, magnitude, unit, several
/// quantities, a date or deadline, or plain text. Full-width forms are folded for the meaning
/// only; offsets stay those of the text as written.
enum ValueParser {
    /// A quantity as scanned; `range` is the UTF-8 byte range within the value text.
    typealias ParsedQuantity = QuantityScanner.Part

    /// The first quantity is kept apart from the others, as ``QuantityList`` keeps it: in an array
    /// of its own, every value with a quantity allocated one (and copied the quantity into it).
    struct Parsed {
        var kind: ValueKind
        var first: ParsedQuantity?
        /// The second and later quantities.
        var rest: [ParsedQuantity] = []
        var date: DeadlineDate?

        var quantities: [ParsedQuantity] { first.map { [$0] + rest } ?? [] }

        /// The value as the model holds it; `span` maps a byte range of the value text to the source.
        func value(text: String, span: ByteSpan, which: ValuePeriod, indicator: Int,
                   spanOf: (Range<Int>) -> ByteSpan) -> IndicatorValue {
            func locate(_ quantity: ParsedQuantity) -> Quantity {
                Quantity(op: quantity.op, number: quantity.number, unit: quantity.unit, magnitude: quantity.magnitude,
                         approximate: quantity.approximate, label: quantity.label, trailing: quantity.trailing,
                         span: spanOf(quantity.range))
            }
            // Made with the first quantity, not appended to an empty list (whose placeholder would be
            // made and dropped again), and without an array: a value of one quantity allocates nothing.
            guard let first else {
                return IndicatorValue(text: text, span: span, kind: kind, which: which, indicator: indicator,
                                      quantities: QuantityList(), date: date)
            }
            var located = QuantityList(locate(first))
            for index in rest.indices { located.append(locate(rest[index])) }
            return IndicatorValue(text: text, span: span, kind: kind, which: which, indicator: indicator,
                                  quantities: located, date: date)
        }
    }

    static func parse(_ text: String) -> Parsed {
        var scalars: [UInt32] = []
        return parse(text, scalars: &scalars)
    }

    /// `scalars` is scratch space for the folded scalars, which a caller parsing many values keeps
    /// from one to the next: allocated and freed for each value, it cost a tenth of a parse.
    static func parse(_ text: String, scalars: inout [UInt32]) -> Parsed {
        ByteHash.withBytes(of: text) { parse(utf8: $0, values: &scalars) }
    }

    /// Parses the bytes of a `String`, which are valid UTF-8: a lead byte gives its scalar's length,
    /// and decoding them costs less than walking `unicodeScalars`.
    private static func parse(utf8: UnsafeBufferPointer<UInt8>, values: inout [UInt32]) -> Parsed {
        // The UTF-8 length of the scalar a lead byte opens.
        func scalarLength(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }
        // The UTF-8 offset of the original scalar `index` (`values.count`: the end), counted when a
        // quantity needs it, which costs less than an array of them kept for every value.
        func byteOffset(ofScalar index: Int) -> Int {
            var offset = 0
            for _ in 0..<index where offset < utf8.count { offset += scalarLength(utf8[offset]) }
            return min(offset, utf8.count)
        }
        // The folded scalars.
        values.removeAll(keepingCapacity: true)
        values.reserveCapacity(utf8.count)
        var offset = 0
        while offset < utf8.count {
            let lead = utf8[offset]
            let length = scalarLength(lead)
            var value = UInt32(lead)
            if length == 3, offset + 2 < utf8.count {
                // CJK and the full-width forms, most of a value's non-ASCII scalars.
                value = (value & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6 | UInt32(utf8[offset + 2] & 0x3F)
            } else if length > 1 {
                value &= 0xFF >> (length + 1)
                for next in (offset + 1)..<min(offset + length, utf8.count) {
                    value = value << 6 | UInt32(utf8[next] & 0x3F)
                }
            }
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 } else if value == 0x3000 { value = 0x20 }
            if value == 0x2266 { value = 0x2264 }  // ≦ → ≤
            if value == 0x2267 { value = 0x2265 }  // ≧ → ≥
            values.append(value)
            offset += length
        }
        var lower = 0
        var upper = values.count
        while lower < upper, UTF8Scanning.isWhitespace(values[lower]) { lower += 1 }
        while upper > lower, UTF8Scanning.isWhitespace(values[upper - 1]) { upper -= 1 }
        if lower == upper { return Parsed(kind: .empty, first: nil, date: nil) }
        // Most values have no outer whitespace: then the scalars are the body as they are.
        let body = lower == 0 && upper == values.count ? values : Array(values[lower..<upper])

        if let date = parseDate(body) {
            return Parsed(kind: .text, first: nil, date: date)
        }
        var parser = QuantityScanner(scalars: body)
        var first: ParsedQuantity?
        var rest: [ParsedQuantity] = []
        while var quantity = parser.nextQuantity() {
            // The offset of scalar `upper` is where the body ends, as the byte range of the last part does.
            quantity.range = byteOffset(ofScalar: lower + quantity.range.lowerBound)..<byteOffset(ofScalar: lower + quantity.range.upperBound)
            if first == nil { first = quantity } else { rest.append(quantity) }
            if parser.atEnd { break }
            guard parser.skipListSeparator() else {
                first = nil
                rest = []
                break
            }
        }
        guard parser.atEnd, first != nil else { return Parsed(kind: .text, first: nil, date: nil) }
        return Parsed(kind: rest.isEmpty ? .quantity : .quantities, first: first, rest: rest, date: nil)
    }

    // MARK: Dates and deadlines

    /// Words that every date or deadline contains: 年月日号底末.
    private static func isDateMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x5E74, 0x6708, 0x65E5, 0x53F7, 0x5E95, 0x672B: true
        default: false
        }
    }

    private static func parseDate(_ values: [UInt32]) -> DeadlineDate? {
        guard values.count <= 24, values.contains(where: isDateMark) else { return nil }
        var index = 0
        func number(maxDigits: Int) -> Int? {
            var result = 0
            var digits = 0
            while index < values.count, digits < maxDigits, let digit = UTF8Scanning.digit(values[index]) {
                result = result * 10 + digit
                index += 1
                digits += 1
            }
            return digits == 0 ? nil : result
        }
        func take(_ word: String) -> Bool {
            var cursor = index
            for scalar in word.unicodeScalars {
                guard cursor < values.count, values[cursor] == scalar.value else { return false }
                cursor += 1
            }
            index = cursor
            return true
        }
        var year: Int?
        var month: Int?
        var day: Int?
        _ = take("每年") || take("每月")
        let start = index
        if let value = number(maxDigits: 4), index < values.count, values[index] == 0x5E74 /* 年 */, value >= 1990, value <= 2100 {
            year = value
            index += 1
        } else {
            index = start
        }
        let afterYear = index
        if let value = number(maxDigits: 2), take("月") || take("月份"), (1...12).contains(value) {
            month = value
            _ = take("份")
            let afterMonth = index
            if let value = number(maxDigits: 2), take("日") || take("号"), (1...31).contains(value) {
                day = value
            } else {
                index = afterMonth
            }
        } else {
            index = afterYear
            if year == nil, let value = number(maxDigits: 2), take("日") || take("号"), (1...31).contains(value) {
                day = value
            } else {
                index = afterYear
            }
        }
        let hasEnd = take("年底") || take("年末") || take("底") || take("末")
        guard year != nil || month != nil || day != nil || hasEnd else { return nil }
        let deadline = take("前") || take("之前") || take("以前") || take("止") || take("内")
        _ = take("完成") || take("发放") || take("支付") || take("完工") || take("完成相关工作")
        while index < values.count, values[index] == 0x3002 || values[index] == 0x2E { index += 1 }
        guard index == values.count else { return nil }
        return DeadlineDate(year: year, month: month, day: day, isDeadline: deadline || hasEnd)
    }
}

/// Scans quantities: `[label] [约] [comparator] number [unit] [以上|以内…] [trailing words]`.
struct QuantityScanner {
    /// One quantity; `range` counts scalars while scanning and UTF-8 bytes once parsed.
    struct Part {
        var op: Comparator?
        var number: Double
        var unit: String?
        var magnitude: Double
        var approximate: Bool
        var label: String?
        var trailing: String?
        var range: Range<Int>
    }

    let scalars: [UInt32]
    private(set) var position = 0

    init(scalars: [UInt32]) { self.scalars = scalars }

    var atEnd: Bool { position >= scalars.count }

    static let prefixWords: [(String, Comparator?)] = [
        ("大于或等于", .greaterOrEqual), ("大于等于", .greaterOrEqual), ("小于或等于", .lessOrEqual),
        ("小于等于", .lessOrEqual), ("不低于", .greaterOrEqual), ("不少于", .greaterOrEqual), ("不小于", .greaterOrEqual),
        ("不高于", .lessOrEqual), ("不超过", .lessOrEqual), ("不大于", .lessOrEqual), ("不多于", .lessOrEqual),
        ("不超出", .lessOrEqual), ("不超", .lessOrEqual), ("高于", .greater), ("低于", .less), ("大于", .greater),
        ("小于", .less), ("超过", .greater), ("多于", .greater), ("少于", .less), ("达到", .greaterOrEqual),
        ("达", .greaterOrEqual), ("等于", .equal), ("为", .equal), ("控制在", nil), ("在", nil),
    ]
    static let suffixWords: [(String, Comparator)] = [
        ("或以上", .greaterOrEqual), ("及以上", .greaterOrEqual), ("以上", .greaterOrEqual),
        ("或以下", .lessOrEqual), ("及以下", .lessOrEqual), ("以下", .lessOrEqual), ("以内", .lessOrEqual),
        ("之内", .lessOrEqual),
    ]
    /// Units, longest first where one is a prefix of another.
    static let units: [String] = [
        "万人次", "万人", "万户", "万元", "万条", "万件", "万次", "万本", "万份", "万个", "万名", "万宗", "万", "亿元", "亿条", "亿人次", "亿",
        "千元", "人次", "人月", "人", "名", "户次", "户", "家次", "家", "个月", "个", "场次", "场", "期", "项", "件", "宗",
        "份", "卷", "箱", "册", "本", "篇", "套", "台套", "台", "辆", "间", "所", "门", "条", "张", "批次", "批",
        "次", "元", "天", "个工作日", "工作日", "日", "个百分点", "百分点", "个季度", "季度", "个小时", "小时", "分钟", "秒", "月", "年", "周", "平方米", "㎡", "米", "公里", "吨",
        "分", "单", "起", "种", "类", "班", "课时", "学时", "倍", "座", "栋", "处", "块", "支", "只", "位", "单位",
        "所", "趟", "站", "点", "笔", "例", "床", "岗", "组", "团组", "轮", "届", "km", "kg", "m", "%", "‰",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    static let unitList = ScalarWords(units)
    static let prefixList = ScalarWords(prefixWords.map(\.0))
    static let suffixList = ScalarWords(suffixWords.map(\.0))
    static let approximateScalars: [[UInt32]] = [Array("大约".unicodeScalars.map(\.value)), Array("约".unicodeScalars.map(\.value))]
    static let blockedUnitStarts: [[UInt32]] = ["每", "的", "和", "及"].map { $0.unicodeScalars.map(\.value) }

    @inline(__always)
    private func matches(_ word: [UInt32], at index: Int) -> Bool {
        ScalarWords.matches(word, in: scalars, at: index)
    }

    @inline(__always)
    private func endsWith(_ word: [UInt32], before index: Int, from start: Int) -> Bool {
        index - word.count >= start && matches(word, at: index - word.count)
    }

    private func isSuffixWord(at index: Int) -> Bool {
        Self.suffixList.firstMatch(in: scalars, at: index) != nil
    }

    /// The comparator of a word written before the number (`不低于`), taken off `prefixEnd`: nil
    /// when no word ends there, `.some(nil)` for a word that names no comparator (`控制在`).
    private func prefixWord(before prefixEnd: inout Int, from start: Int) -> Comparator?? {
        guard let position = Self.prefixList.firstMatch(in: scalars, endingAt: prefixEnd, from: start) else { return nil }
        prefixEnd -= Self.prefixList.words[position].count
        return .some(Self.prefixWords[position].1)
    }

    /// The scalars `range` as a string, encoded here byte by byte into the string's own storage
    /// (a value that is no scalar is left out).
    private func string(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 4) { utf8 in
            var count = 0
            func append(_ byte: UInt8) {
                utf8[count] = byte
                count += 1
            }
            for value in scalars[range] {
                switch value {
                case 0..<0x80:
                    append(UInt8(value))
                case 0x80..<0x800:
                    append(0xC0 | UInt8(value >> 6))
                    append(0x80 | UInt8(value & 0x3F))
                case 0x800..<0xD800, 0xE000..<0x10000:
                    append(0xE0 | UInt8(value >> 12))
                    append(0x80 | UInt8((value >> 6) & 0x3F))
                    append(0x80 | UInt8(value & 0x3F))
                case 0x10000...0x10FFFF:
                    append(0xF0 | UInt8(value >> 18))
                    append(0x80 | UInt8((value >> 12) & 0x3F))
                    append(0x80 | UInt8((value >> 6) & 0x3F))
                    append(0x80 | UInt8(value & 0x3F))
                default:
                    continue
                }
            }
            return count
        }
    }

    private func isDigit(_ index: Int) -> Bool {
        index < scalars.count && UTF8Scanning.digit(scalars[index]) != nil
    }

    /// Reads one quantity starting at `position`; nil (position unchanged) when there is none.
    mutating func nextQuantity() -> Part? {
        let start = position
        // The first digit: what comes before it is label, approximation and comparator.
        var digitIndex = start
        while digitIndex < scalars.count, !isDigit(digitIndex) {
            let value = scalars[digitIndex]
            // A sentence does not make a label.
            if value == 0x3002 || value == 0xFF0C || value == 0x2C || value == 0xFF1B || value == 0x3B { return nil }
            digitIndex += 1
        }
        guard digitIndex < scalars.count else { return nil }
        var prefixEnd = digitIndex
        var op: Comparator?
        // Symbols directly before the number.
        while prefixEnd > start {
            let value = scalars[prefixEnd - 1]
            if value == 0x2265 { op = .greaterOrEqual } else if value == 0x2264 { op = .lessOrEqual }
            else if value == 0x3E { op = op == .equal ? .greaterOrEqual : .greater }
            else if value == 0x3C { op = op == .equal ? .lessOrEqual : .less }
            else if value == 0x3D { op = op ?? .equal }
            else if value == 0x20 { }
            else { break }
            prefixEnd -= 1
        }
        var approximate = false
        if op == nil, let comparator = prefixWord(before: &prefixEnd, from: start) {
            op = comparator
        }
        for word in Self.approximateScalars where endsWith(word, before: prefixEnd, from: start) {
            approximate = true
            prefixEnd -= word.count
            break
        }
        if op == nil, !approximate, let comparator = prefixWord(before: &prefixEnd, from: start) {
            op = comparator
        }
        var labelRange = start..<prefixEnd
        while labelRange.upperBound > labelRange.lowerBound,
              [0x3A, 0x20].contains(scalars[labelRange.upperBound - 1]) {
            labelRange = labelRange.lowerBound..<(labelRange.upperBound - 1)
        }
        // Tested on the scalars, which are those of the label's string: only a label that is one
        // becomes a string. A formula (`抽查准确数量/抽查总数量×100%`) is not a label.
        guard labelRange.isEmpty || (labelRange.count <= 30 && bracketsBalance(labelRange)
            && !scalars[labelRange].contains(where: Self.isFormulaSign)) else { return nil }
        let label = labelRange.isEmpty ? nil : string(labelRange)
        // The number: digits, thousands separators, one decimal point.
        var cursor = digitIndex
        var mantissa: Double = 0
        var fractionDigits = 0
        var sawPoint = false
        while cursor < scalars.count {
            let value = scalars[cursor]
            if let digit = UTF8Scanning.digit(value) {
                mantissa = mantissa * 10 + Double(digit)
                if sawPoint { fractionDigits += 1 }
                cursor += 1
            } else if value == 0x2E, !sawPoint, isDigit(cursor + 1) {
                sawPoint = true
                cursor += 1
            } else if value == 0x2C, !sawPoint, isDigit(cursor + 1), isDigit(cursor + 2), isDigit(cursor + 3),
                      !isDigit(cursor + 4) {
                cursor += 1  // thousands separator
            } else {
                break
            }
        }
        var number = mantissa
        if fractionDigits > 0 {
            var divisor: Double = 1
            for _ in 0..<fractionDigits { divisor *= 10 }
            number = mantissa / divisor
        }
        // Unit.
        var unit: String?
        var magnitude = 1.0
        // `≥ 95 %`: a space may stand between the number and its unit.
        var unitStart = cursor
        while unitStart < scalars.count, scalars[unitStart] == 0x20 || scalars[unitStart] == 0x3000 { unitStart += 1 }
        if unitStart > cursor, unitStart < scalars.count,
           Self.unitList.firstMatch(in: scalars, at: unitStart) != nil || UTF8Scanning.isCJK(scalars[unitStart]) {
            cursor = unitStart
        }
        if let position = Self.unitList.firstMatch(in: scalars, at: cursor) {
            unit = Self.units[position]
            cursor += Self.unitList.words[position].count
        }
        if unit == nil, cursor < scalars.count, UTF8Scanning.isCJK(scalars[cursor]), !isSuffixWord(at: cursor),
           !Self.blockedUnitStarts.contains(where: { matches($0, at: cursor) }) {
            unit = string(cursor..<(cursor + 1))
            cursor += 1
        }
        // Compound units: 元/人/月, 次/年, 平方米·年, 万/每台.
        while cursor + 1 < scalars.count, scalars[cursor] == 0x2F || scalars[cursor] == 0xB7 {
            var end = cursor + 1
            while end < scalars.count, UTF8Scanning.isCJK(scalars[end]) || scalars[end] == 0x33A1, end - cursor <= 4 {
                if isSuffixWord(at: end) { break }
                end += 1
            }
            guard end > cursor + 1 else { break }
            unit = (unit ?? "") + string(cursor..<end)
            cursor = end
        }
        if let first = unit?.unicodeScalars.first {
            if first == "万" { magnitude = 1e4 } else if first == "亿" { magnitude = 1e8 } else if first == "千" { magnitude = 1e3 }
        }
        // 以上 / 以内 after the number.
        if let position = Self.suffixList.firstMatch(in: scalars, at: cursor) {
            if op == nil || op == .greaterOrEqual { op = Self.suffixWords[position].1 }
            cursor += Self.suffixList.words[position].count
        }
        // Trailing words up to a list separator or the end; digits there end the quantity.
        var trailingEnd = cursor
        while trailingEnd < scalars.count, !Self.isListSeparator(scalars[trailingEnd]), !isDigit(trailingEnd) {
            trailingEnd += 1
        }
        var end = cursor
        var trailing: String?
        if trailingEnd > cursor {
            let words = Self.trimmingSentenceEnds(scalars, cursor..<trailingEnd)
            if trailingEnd < scalars.count, isDigit(trailingEnd) {
                // `2019年178人`: a number follows without a separator; not a plain quantity.
                return resetting(to: start)
            }
            guard words.count <= 12, bracketsBalance(words) else { return resetting(to: start) }
            trailing = words.isEmpty ? nil : string(words)
            end = trailingEnd
        }
        position = end
        return Part(op: op, number: number, unit: unit, magnitude: magnitude, approximate: approximate,
                    label: label, trailing: trailing, range: start..<end)
    }

    private mutating func resetting(to start: Int) -> Part? {
        position = start
        return nil
    }

    /// `range` without spaces, `。` and `.` at either end.
    private static func trimmingSentenceEnds(_ scalars: [UInt32], _ range: Range<Int>) -> Range<Int> {
        func isEnd(_ value: UInt32) -> Bool { value == 0x20 || value == 0x3002 || value == 0x2E }
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isEnd(scalars[lower]) { lower += 1 }
        while upper > lower, isEnd(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func isListSeparator(_ value: UInt32) -> Bool {
        value == 0x3001 || value == 0x2C || value == 0xFF0C || value == 0x3B || value == 0xFF1B || value == 0x2B
    }

    /// Skips `、 , ， ; ； +` (and spaces) between two quantities.
    mutating func skipListSeparator() -> Bool {
        var cursor = position
        var sawSeparator = false
        while cursor < scalars.count, Self.isListSeparator(scalars[cursor]) || scalars[cursor] == 0x20 {
            sawSeparator = sawSeparator || scalars[cursor] != 0x20
            cursor += 1
        }
        guard sawSeparator, cursor < scalars.count else { return false }
        position = cursor
        return true
    }

    /// `×` `÷` `*` `=` `＝`.
    private static func isFormulaSign(_ value: UInt32) -> Bool {
        switch value {
        case 0xD7, 0xF7, 0x2A, 0x3D, 0xFF1D: true
        default: false
        }
    }

    /// Whether the brackets `（(【[“《` and `）)】]”》` in `scalars[range]` pair up.
    private func bracketsBalance(_ range: Range<Int>) -> Bool {
        var depth = 0
        for value in scalars[range] {
            switch value {
            case 0xFF08, 0x28, 0x3010, 0x5B, 0x201C, 0x300A: depth += 1
            case 0xFF09, 0x29, 0x3011, 0x5D, 0x201D, 0x300B: depth -= 1
            default: break
            }
            if depth < 0 { return false }
        }
        return depth == 0
    }
}
