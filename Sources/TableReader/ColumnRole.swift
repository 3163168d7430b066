import Foundation
import LintModel

/// What a column holds, recognised from its header text.
enum ColumnRole: Int, Hashable, CaseIterable {
    case name, total, fiscal, special, other, goal, indicators, department, unit
    case seq, level1, level2, indicatorName, periodValue, annualValue

    /// The role's slot in a ``RowRecord``.
    var index: Int { rawValue }

    static let amountRoles: [ColumnRole] = [.total, .fiscal, .special, .other]

    /// Header words, most specific first.
    static let headerWords: [(String, ColumnRole)] = [
        ("财政专户拨款", .special), ("财政专户", .special), ("财政拨款", .fiscal), ("其他资金", .other), ("自筹资金", .other), ("单位自筹", .other), ("单位资金", .other),
        ("资金总额", .total), ("总计", .total), ("合计", .total), ("金额", .total),
        ("实施周期指标值", .periodValue), ("实施期指标值", .periodValue), ("年度指标值", .annualValue), ("指标值", .annualValue),
        ("一级指标", .level1), ("二级指标", .level2), ("三级指标", .indicatorName), ("指标名称", .indicatorName),
        ("绩效指标", .indicators), ("绩效目标", .goal), ("主管部门", .department), ("部门名称", .department),
        ("预算单位", .unit), ("单位名称", .unit), ("项目名称", .name), ("序号", .seq),
    ]
    static let headerWordBytes: [([UInt8], ColumnRole)] = headerWords.map { (Array($0.0.utf8), $0.1) }

    static func recognise(_ header: String) -> ColumnRole? {
        if let folded = foldedBytes(header) {
            for (word, role) in headerWordBytes where UTF8Scanning.find(word, in: folded) != nil { return role }
            return nil
        }
        let folded = TextWidth.normalized(header).replacingOccurrences(of: " ", with: "")
        for (word, role) in headerWords where folded.contains(word) { return role }
        return nil
    }

    /// The header folded as ``TextWidth/normalized(_:)`` does, without spaces, as UTF-8; nil when
    /// it is not ``PlainText``. On plain text Foundation's `contains` is a byte search, which
    /// gives the same answer without its cost; other headers still go through Foundation.
    private static func foldedBytes(_ header: String) -> [UInt8]? {
        var folded: [UInt8] = []
        folded.reserveCapacity(header.utf8.count)
        for scalar in header.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 } else if value == 0x3000 { value = 0x20 }
            guard PlainText.isPlain(value) else { return nil }
            if value == 0x20 { continue }
            if value < 0x80 {
                folded.append(UInt8(value))
            } else {
                folded.append(UInt8(0xE0 | value >> 12))
                folded.append(UInt8(0x80 | (value >> 6) & 0x3F))
                folded.append(UInt8(0x80 | value & 0x3F))
            }
        }
        return folded
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
