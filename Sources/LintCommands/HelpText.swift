/// `--help` and `help COMMAND`: Chinese for users, option names in English as typed.
public enum HelpText {
    public static func text(for topic: HelpTopic) -> String {
        switch topic {
        case .general: general
        case .check: check
        case .parse: parse
        case .rules: rules
        }
    }

    static let exitCodes = """
    退出码:
      0  没有达到 --fail-on 级别的问题
      1  有达到或超过 --fail-on 级别的问题
      2  用法、配置文件或规则文件错误（未进行检查）
      3  有输入文件完全无法读取
    """

    public static let general = """
    indicator-lint — 项目支出绩效目标表（绩效指标）检查工具

    用法:
      indicator-lint check PATH... [选项]     检查绩效指标表，输出问题
      indicator-lint parse PATH... [选项]     输出读取到的单位、项目和指标（核对读取结果）
      indicator-lint rules list               列出规则
      indicator-lint rules test [DIR]         运行规则文件中的 expect 示例
      indicator-lint rules explain ID         说明一条规则
      indicator-lint help COMMAND             查看命令的用法（check, parse, rules）
      indicator-lint --version                显示版本

    PATH 可以是文件或文件夹（递归读取）。
    配置文件：当前文件夹下的 indicator-lint.json，或用 --config FILE 指定。

    \(exitCodes)

    """

    public static let check = """
    用法: indicator-lint check PATH... [选项]

    检查绩效指标表，按规则报告问题。

    输出:
      --format, -f FORMAT[,FORMAT…]  输出格式：text（默认）, json, sarif, csv, html；可重复
      --output, -o FILE              写入文件（只用一种格式时）；默认写到标准输出
      --output-dir DIR               每种格式写入 DIR/indicator-lint.<扩展名>（多种格式时必需）
      --color auto|always|never      文字输出的颜色；auto：终端且未设置 NO_COLOR 时上色
      --quiet, -q                    文字报告只输出每个问题的首行和汇总，不输出原文摘录和提示

    规则:
      --rules DIR                    加载 DIR 中的 .rules 文件；可重复
      --no-default-rules             不使用内置规则包
      --enable ID                    启用规则；可重复
      --disable ID                   停用规则；可重复
      --severity ID=LEVEL            修改规则级别（error, warning, info）；可重复

    运行:
      --fail-on error|warning|info|never  达到此级别的问题使退出码为 1（默认 error）
      --baseline FILE                只报告基线文件（之前的 SARIF 或 JSON 报告）中没有的问题
      --jobs, -j N                   并行读取的文件数
      --config FILE                  配置文件（默认：当前文件夹下的 indicator-lint.json）
      --help, -h                     显示此帮助

    命令行选项优先于配置文件。

    \(exitCodes)

    """

    public static let parse = """
    用法: indicator-lint parse PATH... [选项]

    输出读取到的单位、项目和指标，用于核对表格读取结果。

    选项:
      --format, -f json|csv          输出格式（默认 json）
      --output, -o FILE              写入文件；默认写到标准输出

    \(exitCodes)

    """

    public static let rules = """
    用法:
      indicator-lint rules list [--format text|json] [--rules DIR]... [--no-default-rules]
      indicator-lint rules test [DIR]
      indicator-lint rules explain ID

    list     列出规则：ID、级别、类别、标题
    test     运行规则文件中的 expect 示例（默认：内置规则包）
    explain  说明一条规则：标题、说明、示例

    \(exitCodes)

    """
}
