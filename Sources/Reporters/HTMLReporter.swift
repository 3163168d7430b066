import LintModel

/// One self-contained HTML page for reviewers: inline CSS, no scripts, no external resources,
/// readable on screen and on paper. A summary by category and severity, then the findings
/// grouped by file ▸ project, each with its source line and the offending text highlighted.
/// Everything taken from the input is escaped.
public struct HTMLReporter: Reporter {
    public static let format = ReportFormat.html

    public init() {}

    public func render(_ report: LintReport) -> String {
        let summary = RunSummary(report)
        let sources = report.sourcesByPath
        var out = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>绩效指标检查报告 · indicator-lint</title>
        <style>\(HTMLReporter.css)</style>
        </head>
        <body>
        <header>
        <h1>绩效指标检查报告</h1>
        <p class="headline">\(htmlEscape(summary.headline))</p>
        <p class="meta">indicator-lint \(htmlEscape(report.toolVersion)) · 项目 \(summary.projects) 个 · 指标 \(summary.indicators) 个 · 生成于 \(htmlEscape(Timestamp.utc(report.invocation.endTime)))</p>
        </header>

        """
        out += renderSummaryTable(summary)
        if !report.unreadable.isEmpty {
            out += "<section class=\"unreadable\">\n<h2>无法读取的文件</h2>\n<ul>\n"
            for input in report.unreadable {
                out += "<li><code>\(htmlEscape(input.path))</code>：\(htmlEscape(input.reason))</li>\n"
            }
            out += "</ul>\n</section>\n"
        }
        out += "<section class=\"findings\">\n<h2>问题明细</h2>\n"
        let diagnostics = report.sortedDiagnostics
        if diagnostics.isEmpty {
            out += "<p class=\"none\">没有发现问题。</p>\n"
        }
        for (file, byFile) in HTMLReporter.grouped(diagnostics, by: \.file) {
            out += "<section class=\"file\">\n<h3>\(htmlEscape(file))</h3>\n"
            for (project, byProject) in HTMLReporter.grouped(byFile, by: { $0.context.project ?? "" }) {
                out += "<section class=\"project\">\n<h4>\(project.isEmpty ? "（不属于任何项目）" : htmlEscape(project))</h4>\n"
                for diagnostic in byProject {
                    out += renderFinding(diagnostic, source: sources[diagnostic.file])
                }
                out += "</section>\n"
            }
            out += "</section>\n"
        }
        out += "</section>\n</body>\n</html>\n"
        return out
    }

    func renderSummaryTable(_ summary: RunSummary) -> String {
        var out = "<section class=\"summary\">\n<h2>汇总</h2>\n<table>\n<thead><tr><th>类别</th>"
        for severity in Severity.descending { out += "<th>\(severity.chineseName)</th>" }
        out += "<th>合计</th></tr></thead>\n<tbody>\n"
        for entry in summary.byCategory {
            out += "<tr><td><code>\(htmlEscape(entry.category))</code></td>"
            for severity in Severity.descending {
                let count = entry.count(severity)
                out += count > 0 ? "<td class=\"n \(severity.rawValue)\">\(count)</td>" : "<td class=\"n zero\">0</td>"
            }
            out += "<td class=\"n\">\(entry.total)</td></tr>\n"
        }
        out += "</tbody>\n<tfoot><tr><th>合计</th>"
        for severity in Severity.descending { out += "<td class=\"n\">\(summary.count(severity))</td>" }
        out += "<td class=\"n\">\(summary.total)</td></tr></tfoot>\n</table>\n</section>\n"
        return out
    }

    func renderFinding(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        let severity = diagnostic.severity
        var position = diagnostic.file
        if let location = diagnostic.location ?? diagnostic.span.flatMap({ source?.location(of: $0) }) {
            position += ":\(location.line):\(location.column)"
        }
        var out = "<article class=\"finding \(severity.rawValue)\">\n"
        out += "<p class=\"head\"><span class=\"badge \(severity.rawValue)\">\(severity.chineseName)</span> "
        out += "<code class=\"rule\">\(htmlEscape(diagnostic.ruleId))</code> "
        out += "<span class=\"category\">\(htmlEscape(diagnostic.category))</span> "
        out += "<span class=\"loc\">\(htmlEscape(position))</span></p>\n"
        out += "<p class=\"message\">\(htmlEscape(diagnostic.message))</p>\n"
        if let span = diagnostic.span, let source, let excerpt = SourceExcerpt(source: source, span: span) {
            out += "<pre class=\"source\">"
            for line in excerpt.lines {
                out += "<span class=\"ln\">\(line.number)</span>"
                out += (line.clippedStart ? "…" : "") + htmlEscape(line.before)
                out += "<mark>\(htmlEscape(line.highlighted))</mark>"
                out += htmlEscape(line.after) + (line.clippedEnd ? "…" : "") + "\n"
            }
            if excerpt.omittedLines > 0 { out += "<span class=\"ln\">┆</span>（另有 \(excerpt.omittedLines) 行）\n" }
            out += "</pre>\n"
        }
        if let help = diagnostic.help, !help.isEmpty {
            out += "<p class=\"help\"><strong>建议：</strong>\(htmlEscape(help))</p>\n"
        }
        if let path = diagnostic.context.path {
            out += "<p class=\"context\">\(htmlEscape(path))</p>\n"
        }
        out += "</article>\n"
        return out
    }

    /// Groups in order of first appearance (the input is already in report order).
    static func grouped(_ diagnostics: [Diagnostic], by key: (Diagnostic) -> String) -> [(String, [Diagnostic])] {
        var order: [String] = []
        var groups: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            let value = key(diagnostic)
            if groups[value] == nil { order.append(value) }
            groups[value, default: []].append(diagnostic)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    static let css = """

    body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1f2328;line-height:1.5}
    h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.5em}
    h3{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.05em;background:#f6f8fa;padding:.3em .5em}
    h4{margin:.8em 0 .4em}.headline{font-size:1.15em;font-weight:bold}.meta{color:#59636e;font-size:.9em}
    table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.25em .7em;text-align:left}
    td.n{text-align:right}td.zero{color:#8c959f}td.error{color:#cf222e;font-weight:bold}td.warning{color:#9a6700;font-weight:bold}td.info{color:#0969da}
    .finding{border-left:4px solid #8c959f;padding:.3em .8em;margin:.6em 0 1em;break-inside:avoid;page-break-inside:avoid}
    .finding.error{border-color:#cf222e}.finding.warning{border-color:#bf8700}.finding.info{border-color:#0969da}
    .head{margin:.2em 0}.badge{display:inline-block;padding:0 .5em;border-radius:1em;font-size:.85em;color:#fff;background:#59636e}
    .badge.error{background:#cf222e}.badge.warning{background:#9a6700}.badge.info{background:#0969da}
    .rule{font-weight:bold}.category,.loc{color:#59636e;font-size:.9em}.message{margin:.3em 0}
    pre.source{background:#f6f8fa;padding:.5em;white-space:pre-wrap;word-break:break-all;font-family:ui-monospace,"Sarasa Mono SC",Menlo,Consolas,monospace;font-size:.9em}
    .ln{display:inline-block;min-width:3em;color:#8c959f;user-select:none}
    mark{background:#ffebe9;color:#82071e;text-decoration:underline wavy #cf222e;font-weight:bold}
    .help{margin:.3em 0}.context{color:#59636e;font-size:.9em;margin:.2em 0}
    @media print{body{margin:0;max-width:none;font-size:10.5pt}h3{background:none;border-bottom:1px solid #000}pre.source{background:none;border:1px solid #ccc}mark{background:none;color:#000;text-decoration:underline}.badge{color:#000;background:none;border:1px solid #000}}

    """
}

/// Escapes text for HTML element content and attribute values.
func htmlEscape(_ text: String) -> String {
    // Most texts hold none of the five characters: returned as they are, without a copy.
    guard text.containsUTF8Byte(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
        switch byte {
        case 0x26: out += "&amp;".utf8
        case 0x3C: out += "&lt;".utf8
        case 0x3E: out += "&gt;".utf8
        case 0x22: out += "&quot;".utf8
        case 0x27: out += "&#39;".utf8
        default: out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}
