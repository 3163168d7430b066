import LintModel

extension DiagnosticContext {
    /// The indicator as people name it: `指标 3「服务对象满意度」`, `指标 3`, `「服务对象满意度」`.
    var indicatorLabel: String? {
        switch (indicatorSeq, indicatorName.flatMap { $0.isEmpty ? nil : $0 }) {
        case let (seq?, name?): "指标 \(seq)「\(name)」"
        case let (seq?, nil): "指标 \(seq)"
        case let (nil, name?): "指标「\(name)」"
        case (nil, nil): nil
        }
    }

    /// 部门 ▸ 单位 ▸ 项目 ▸ 指标, leaving out what is unknown; nil when nothing is known.
    /// The unit is left out when it only repeats the department (tables without unit rows).
    var path: String? {
        var parts: [String] = []
        if let department, !department.isEmpty { parts.append(department) }
        if let unit, !unit.isEmpty, unit != department { parts.append(unit) }
        if let project, !project.isEmpty { parts.append(project) }
        if let indicatorLabel { parts.append(indicatorLabel) }
        return parts.isEmpty ? nil : parts.joined(separator: " ▸ ")
    }
}
