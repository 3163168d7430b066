import LintModel

/// `parse --format csv`: one indicator a row, UTF-8 with BOM and CRLF, RFC 4180 quoting, so that
/// Excel and WPS open it with the Chinese intact.
public enum ParseCSVReport {
    static let header = ["文件", "行", "列", "单位", "项目", "总计", "序号", "一级指标代码", "一级指标", "二级指标代码", "二级指标",
                         "指标名称", "实施周期指标值", "实施周期运算符", "实施周期数值", "实施周期单位",
                         "年度指标值", "年度运算符", "年度数值", "年度单位"]

    public static func render(_ documents: [Document]) -> String {
        var output = "\u{FEFF}" + row(header)
        for document in documents {
            for unit in document.units {
                for projectIndex in unit.projects {
                    let project = document.projects[projectIndex]
                    if project.indicators.isEmpty {
                        let location = document.source.location(of: project.name.span)
                        output += row([document.path, "\(location.line)", "\(location.column)", unit.name.value, project.name.value,
                                       number(project.amounts.total?.value)] + Array(repeating: "", count: header.count - 6))
                    }
                    for indicatorIndex in project.indicators {
                        let indicator = document.indicators[indicatorIndex]
                        let location = document.source.location(of: indicator.span)
                        let period = indicator.period.map { document.values[$0] }
                        let annual = indicator.annual.map { document.values[$0] }
                        output += row([
                            document.path, "\(location.line)", "\(location.column)", unit.name.value, project.name.value,
                            number(project.amounts.total?.value), indicator.seq.map { "\($0.value)" } ?? "",
                            indicator.level1?.code.map(String.init) ?? "", indicator.level1?.name ?? "",
                            indicator.level2?.code.map(String.init) ?? "", indicator.level2?.name ?? "", indicator.name.value,
                            period?.text ?? "", period?.op?.rawValue ?? "", number(period?.number), period?.unit ?? "",
                            annual?.text ?? "", annual?.op?.rawValue ?? "", number(annual?.number), annual?.unit ?? "",
                        ])
                    }
                }
            }
        }
        return output
    }

    static func number(_ value: Double?) -> String { value.map(JSONWriter.number) ?? "" }

    /// One RFC 4180 record with CRLF, quoted as the findings CSV is.
    static func row(_ fields: [String]) -> String { CSVReporter.row(fields) }
}
