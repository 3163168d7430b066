import LintModel

/// SARIF `run.logicalLocations`: every node of the 部门 ▸ 单位 ▸ 项目 ▸ 指标 hierarchy that a
/// finding refers to, each with its ancestors (SARIF §3.14.17, §3.33.8), deduplicated.
struct LogicalLocationCache: Sendable {
    struct Entry: Sendable {
        var name: String
        var fullyQualifiedName: String
        var kind: String
        var parentIndex: Int?

        var json: JSONValue {
            .fields([
                ("name", .string(name)),
                ("fullyQualifiedName", .string(fullyQualifiedName)),
                ("kind", .string(kind)),
                ("parentIndex", parentIndex.map(JSONValue.int)),
            ])
        }
    }

    private(set) var entries: [Entry] = []
    private var indexByKey: [TextKey: Int] = [:]

    /// The index of the deepest node of a context, adding it and its ancestors as needed; nil
    /// when the context names nothing.
    mutating func index(for context: DiagnosticContext) -> Int? {
        var chain: [(name: String, kind: String)] = []
        if let department = context.department, !department.isEmpty { chain.append((department, "namespace")) }
        if let unit = context.unit, !unit.isEmpty, unit != context.department { chain.append((unit, "module")) }
        if let project = context.project, !project.isEmpty { chain.append((project, "function")) }
        if let indicator = context.indicatorLabel { chain.append((indicator, "member")) }
        var parent: Int?
        var qualified = ""
        for node in chain {
            qualified = qualified.isEmpty ? node.name : qualified + SARIFReporter.hierarchySeparator + node.name
            let key = TextKey(node.kind + "\u{1F}" + qualified)
            if let existing = indexByKey[key] {
                parent = existing
                continue
            }
            entries.append(Entry(name: node.name, fullyQualifiedName: qualified, kind: node.kind, parentIndex: parent))
            indexByKey[key] = entries.count - 1
            parent = entries.count - 1
        }
        return parent
    }
}
