import LintModel

/// `parse --format json`: the entities read from each file (DESIGN §7).
///
/// One file gives one document object (`{"file", "layout", …, "units": [...]}`); several files
/// give `{"documents": [...]}`.
public enum ParseJSONReport {
    public static func render(_ documents: [Document]) -> String {
        var writer = JSONWriter()
        if documents.count == 1 {
            write(documents[0], into: &writer)
        } else {
            writer.beginObject()
            writer.beginArray("documents")
            for document in documents { write(document, into: &writer) }
            writer.endArray()
            writer.endObject()
        }
        return writer.output + "\n"
    }

    static func write(_ document: Document, into writer: inout JSONWriter) {
        let source = document.source
        writer.beginObject()
        writer.field("file", document.path)
        writer.field("encoding", source.encoding.rawValue)
        writer.field("layout", document.layout.rawValue)
        writer.field("title", document.title?.value)
        writer.field("department", document.department?.value)
        writer.field("year", document.year)
        if let total = document.total { writeAmounts("total", total, into: &writer) } else { writer.null("total") }
        writer.beginArray("units")
        for unit in document.units {
            writer.beginObject()
            writer.field("name", unit.name.value)
            writer.field("implicit", unit.isImplicit)
            writeAmounts("amounts", unit.amounts, into: &writer)
            writeLocation(unit.name.span, source, into: &writer)
            writer.beginArray("projects")
            for projectIndex in unit.projects { writeProject(document, projectIndex, into: &writer) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.beginArray("diagnostics")
        for diagnostic in document.diagnostics {
            writer.beginObject()
            writer.field("ruleId", diagnostic.ruleId)
            writer.field("severity", diagnostic.severity.rawValue)
            writer.field("message", diagnostic.message)
            if let span = diagnostic.span { writeLocation(span, source, into: &writer) }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    static func writeProject(_ document: Document, _ index: Int, into writer: inout JSONWriter) {
        let project = document.projects[index]
        let source = document.source
        writer.beginObject()
        writer.field("name", project.name.value)
        writer.field("code", project.code)
        writer.field("year", project.year)
        writeAmounts("amounts", project.amounts, into: &writer)
        writer.field("goal", project.goal?.value)
        writeLocation(project.name.span, source, into: &writer)
        writer.beginArray("indicators")
        for indicatorIndex in project.indicators {
            let indicator = document.indicators[indicatorIndex]
            writer.beginObject()
            writer.field("seq", indicator.seq?.value)
            writeLevel("level1", indicator.level1, into: &writer)
            writeLevel("level2", indicator.level2, into: &writer)
            writer.field("name", indicator.name.value)
            writeValue("period", indicator.period.map { document.values[$0] }, source, into: &writer)
            writeValue("annual", indicator.annual.map { document.values[$0] }, source, into: &writer)
            writeLocation(indicator.span, source, into: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    static func writeLevel(_ name: String, _ level: IndicatorLevel?, into writer: inout JSONWriter) {
        guard let level else { return writer.null(name) }
        writer.beginObject(name)
        writer.field("code", level.code)
        writer.field("name", level.name)
        writer.endObject()
    }

    static func writeValue(_ name: String, _ value: IndicatorValue?, _ source: SourceFile, into writer: inout JSONWriter) {
        guard let value else { return writer.null(name) }
        writer.beginObject(name)
        writer.field("text", value.text)
        writer.field("kind", value.kind.rawValue)
        writer.field("op", value.op?.rawValue)
        writer.field("number", value.number)
        writer.field("unit", value.unit)
        writer.field("value", value.value)
        writer.field("which", value.which.rawValue)
        if value.kind == .quantities || value.quantity?.label != nil || value.quantity?.trailing != nil || value.quantity?.approximate == true {
            writer.beginArray("parts")
            for quantity in value.quantities {
                writer.beginObject()
                writer.field("label", quantity.label)
                writer.field("op", quantity.op?.rawValue)
                writer.field("number", quantity.number)
                writer.field("unit", quantity.unit)
                writer.field("value", quantity.value)
                if quantity.approximate { writer.field("approximate", true) }
                writer.field("trailing", quantity.trailing)
                writer.endObject()
            }
            writer.endArray()
        }
        if let date = value.date {
            writer.beginObject("date")
            writer.field("year", date.year)
            writer.field("month", date.month)
            writer.field("day", date.day)
            writer.field("deadline", date.isDeadline)
            writer.endObject()
        }
        writeLocation(value.span, source, into: &writer)
        writer.endObject()
    }

    static func writeAmounts(_ name: String, _ amounts: Amounts, into writer: inout JSONWriter) {
        writer.beginObject(name)
        writer.field("total", amounts.total?.value)
        writer.field("fiscal", amounts.fiscal?.value)
        writer.field("special", amounts.special?.value)
        writer.field("other", amounts.other?.value)
        writer.endObject()
    }

    static func writeLocation(_ span: ByteSpan, _ source: SourceFile, into writer: inout JSONWriter) {
        let location = source.location(of: span)
        let original = source.originalSpan(span)
        writer.beginObject("location")
        writer.field("line", location.line)
        writer.field("column", location.column)
        writer.field("endLine", location.endLine)
        writer.field("endColumn", location.endColumn)
        writer.field("offset", original.start)
        writer.field("length", original.count)
        writer.endObject()
    }
}
