import LintModel

/// What a column holds, recognised from its header text.
enum ColumnRole: Hashable {
    case name, total, fiscal, special, other, goal, indicators, department, unit
    case seq, level1, level2, indicatorName, periodValue, annualValue

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

    static func recognise(_ header: String) -> ColumnRole? {
        let folded = TextWidth.normalized(header).replacingOccurrences(of: " ", with: "")
        for (word, role) in headerWords where folded.contains(word) { return role }
        return nil
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
