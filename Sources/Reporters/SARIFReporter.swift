import LintModel

/// SARIF 2.1.0 for GitHub code scanning, VS Code's SARIF viewer and other result managers.
///
/// Passes `validate-sarif.py --strict --github`. What matters (see `reference/sarif-notes.md`):
/// one run; every rule that ran in `tool.driver.rules` with the texts GitHub requires; columns in
/// UTF-16 code units (`run.columnKind`); repository-relative, percent-encoded URIs against
/// `%SRCROOT%`; the budget hierarchy as cached `logicalLocations` (部门 `namespace` ▸ 单位
/// `module` ▸ 项目 `function` ▸ 指标 `member`); `partialFingerprints` from logical keys, never line
/// numbers; `fixes` where a finding has one; unreadable inputs as tool execution notifications,
/// not results. Optional values are left out, never written as `null`.
public struct SARIFReporter: Reporter {
    public static let format = ReportFormat.sarif
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let toolName = "indicator-lint"
    /// The separator of `fullyQualifiedName`s in logical locations.
    public static let hierarchySeparator = " ▸ "

    public var informationUri: String

    public init(informationUri: String = ReporterOptions.defaultInformationUri) {
        self.informationUri = informationUri
    }

    public func render(_ report: LintReport) -> String {
        let diagnostics = report.sortedDiagnostics
        let sources = report.sourcesByPath
        let workingDirectory = report.invocation.workingDirectory

        // Rules: every rule that ran, plus any id a finding uses that no rule declared (reader diagnostics).
        var rules = report.rules
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        for diagnostic in diagnostics where ruleIndex[diagnostic.ruleId] == nil {
            ruleIndex[diagnostic.ruleId] = rules.count
            rules.append(RuleMetadata(id: diagnostic.ruleId, severity: diagnostic.severity, category: diagnostic.category,
                                      title: diagnostic.title ?? diagnostic.ruleId, help: nil, tags: [],
                                      scope: "document", file: "", line: 0))
        }
        rules = rules.enumerated().filter { ruleIndex[$0.element.id] == $0.offset }.map(\.element)

        // Artifacts: every file read, reported on, or not readable.
        let paths = Set(report.documents.map(\.path)).union(diagnostics.map(\.file)).union(report.unreadable.map(\.path)).sorted()
        // One location per artifact, built once: every result of a file points at it.
        var artifactLocations: [String: JSONValue] = [:]
        for (index, path) in paths.enumerated() {
            let uri = ArtifactURI(path: path, workingDirectory: workingDirectory)
            artifactLocations[path] = .fields([("uri", .string(uri.uri)), ("uriBaseId", uri.baseId.map(JSONValue.string)),
                                               ("index", .int(index))])
        }
        func artifactLocation(_ path: String) -> JSONValue {
            if let location = artifactLocations[path] { return location }
            let uri = ArtifactURI(path: path, workingDirectory: workingDirectory)
            return .fields([("uri", .string(uri.uri)), ("uriBaseId", uri.baseId.map(JSONValue.string))])
        }
        let artifacts: [JSONValue] = paths.map { path in
            let uri = ArtifactURI(path: path, workingDirectory: workingDirectory)
            return .fields([
                ("location", .fields([("uri", .string(uri.uri)), ("uriBaseId", uri.baseId.map(JSONValue.string))])),
                ("roles", .array([.string("analysisTarget")])),
                ("encoding", sources[path].map { .string($0.encoding.ianaName) }),
            ])
        }

        var logical = LogicalLocationCache()
        let fingerprints = Fingerprint.fingerprints(of: diagnostics, sources: sources)

        var results: [JSONValue] = []
        for (diagnostic, fingerprint) in zip(diagnostics, fingerprints) {
            let source = sources[diagnostic.file]
            let region = SARIFReporter.region(of: diagnostic, source: source)
            let logicalIndex = logical.index(for: diagnostic.context)
            var location: [(String, JSONValue?)] = [
                ("physicalLocation", .fields([("artifactLocation", artifactLocation(diagnostic.file)), ("region", region)])),
            ]
            if let logicalIndex {
                location.append(("logicalLocations", .array([.fields([
                    ("index", .int(logicalIndex)),
                    ("fullyQualifiedName", .string(logical.entries[logicalIndex].fullyQualifiedName)),
                ])])))
            }
            var text = diagnostic.message
            if let path = diagnostic.context.path { text += "（\(path)）" }
            let context = diagnostic.context
            results.append(.fields([
                ("ruleId", .string(diagnostic.ruleId)),
                ("ruleIndex", ruleIndex[diagnostic.ruleId].map(JSONValue.int)),
                ("level", .string(SARIFReporter.level(diagnostic.severity))),
                ("message", .fields([("text", .string(SARIFReporter.escapedMessage(text)))])),
                ("locations", .array([.fields(location)])),
                ("partialFingerprints", .fields([("primaryLocationLineHash", .string(fingerprint))])),
                ("fixes", SARIFReporter.fixes(of: diagnostic, source: source, artifactLocation: artifactLocation(diagnostic.file))),
                ("properties", .fields([
                    ("category", .string(diagnostic.category)),
                    ("severity", .string(diagnostic.severity.rawValue)),
                    ("department", context.department.map(JSONValue.string)),
                    ("unit", context.unit.map(JSONValue.string)),
                    ("project", context.project.map(JSONValue.string)),
                    ("indicator", context.indicatorSeq.map(JSONValue.int)),
                    ("indicatorName", context.indicatorName.map(JSONValue.string)),
                ])),
            ]))
        }

        let invocation = report.invocation
        let notifications: [JSONValue] = report.unreadable.map { input in
            .fields([
                ("level", .string("error")),
                ("message", .fields([("text", .string(SARIFReporter.escapedMessage("无法读取「\(input.path)」：\(input.reason)")))])),
                ("locations", .array([.fields([("physicalLocation", .fields([("artifactLocation", artifactLocation(input.path))]))])])),
            ])
        }
        let invocationValue = JSONValue.fields([
            ("executionSuccessful", .bool(invocation.executionSuccessful)),
            ("commandLine", .string(invocation.commandLine)),
            ("arguments", .array(invocation.arguments.map(JSONValue.string))),
            ("startTimeUtc", .string(Timestamp.utc(invocation.startTime))),
            ("endTimeUtc", .string(Timestamp.utc(max(invocation.endTime, invocation.startTime)))),
            ("exitCode", .int(Int(invocation.exitCode))),
            ("workingDirectory", workingDirectory.map { .fields([("uri", .string(ArtifactURI.directory($0)))]) }),
            ("toolExecutionNotifications", notifications.isEmpty ? nil : .array(notifications)),
        ])
        let sourceRoot: JSONValue = workingDirectory.map { .fields([("uri", .string(ArtifactURI.directory($0)))]) }
            ?? .fields([("description", .fields([("text", .string("The folder indicator-lint was run from; relative paths are resolved against it."))]))])

        let run = JSONValue.fields([
            ("tool", .fields([("driver", .fields([
                ("name", .string(SARIFReporter.toolName)),
                ("version", .string(report.toolVersion)),
                ("semanticVersion", SARIFReporter.isSemanticVersion(report.toolVersion) ? .string(report.toolVersion) : nil),
                ("informationUri", .string(informationUri)),
                ("rules", .array(rules.map(rule))),
            ]))])),
            ("invocations", .array([invocationValue])),
            ("originalUriBaseIds", .fields([(ArtifactURI.sourceRoot, sourceRoot)])),
            ("artifacts", .array(artifacts)),
            ("logicalLocations", logical.entries.isEmpty ? nil : .array(logical.entries.map(\.json))),
            ("results", .array(results)),
            ("columnKind", .string("utf16CodeUnits")),
        ])
        return JSONValue.fields([
            ("$schema", .string(SARIFReporter.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).serialized()
    }

    /// Where a rule is documented: a built-in rule's definition in the pack (`Rules/…rules`, with
    /// its title, help and examples), else the rule language reference.
    func helpUri(_ rule: RuleMetadata) -> String {
        let isBuiltIn = rule.file.hasPrefix("Rules/") && rule.file.hasSuffix(".rules") && !rule.file.contains("..")
            && rule.file.dropFirst(6).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
        return isBuiltIn ? "\(informationUri)/blob/main/\(rule.file)#L\(rule.line)" : "\(informationUri)/blob/main/Rules/README.md"
    }

    func rule(_ rule: RuleMetadata) -> JSONValue {
        let help = rule.help.flatMap { $0.isEmpty ? nil : $0 }
        var tags: [String] = []
        for tag in [rule.category] + rule.tags where !tags.contains(tag) && !tag.isEmpty { tags.append(tag) }
        return .fields([
            ("id", .string(rule.id)),
            ("name", .string(SARIFReporter.pascalCase(rule.id))),
            ("shortDescription", .fields([("text", .string(rule.title))])),
            ("fullDescription", .fields([("text", .string(help.map { "\(rule.title)。\($0)" } ?? rule.title))])),
            ("help", .fields([
                ("text", .string(help ?? rule.title)),
                ("markdown", .string("**\(rule.title)**\n\n\(help ?? "")\n\n分类：`\(rule.category)`")),
            ])),
            ("helpUri", .string(helpUri(rule))),
            ("defaultConfiguration", .fields([("level", .string(SARIFReporter.level(rule.severity)))])),
            ("properties", .fields([
                ("category", .string(rule.category)),
                ("tags", .array(tags.prefix(20).map(JSONValue.string))),
                ("problem.severity", .string(rule.severity == .info ? "recommendation" : rule.severity.rawValue)),
                ("scope", .string(rule.scope)),
                ("definedIn", rule.file.isEmpty ? nil : .string("\(rule.file):\(rule.line)")),
            ])),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The region of a finding in UTF-16 columns, with the offending text as snippet. A finding
    /// without a span (rare: whole-file problems) points at the start of the file, because GitHub
    /// drops results without a start line.
    static func region(of diagnostic: Diagnostic, source: SourceFile?) -> JSONValue {
        let location: SourceLocation
        if let span = diagnostic.span, let source {
            location = source.utf16Location(of: span)
        } else {
            location = diagnostic.location ?? SourceLocation(line: 1, column: 1, endLine: 1, endColumn: 1)
        }
        let evidence = diagnostic.evidence ?? diagnostic.span.flatMap { source?.string(in: $0) }
        return .fields([
            ("startLine", .int(location.line)),
            ("startColumn", .int(location.column)),
            ("endLine", .int(location.endLine)),
            ("endColumn", .int(location.endColumn)),
            ("snippet", evidence.flatMap { $0.isEmpty ? nil : .fields([("text", .string($0))]) }),
        ])
    }

    static func fixes(of diagnostic: Diagnostic, source: SourceFile?, artifactLocation: JSONValue) -> JSONValue? {
        guard let fix = diagnostic.fix, let source else { return nil }
        let deleted = source.utf16Location(of: fix.span)
        let original = source.string(in: fix.span)
        let description = fix.description ?? "将「\(original)」改为「\(fix.replacement)」"
        return .array([.fields([
            ("description", .fields([("text", .string(escapedMessage(description)))])),
            ("artifactChanges", .array([.fields([
                ("artifactLocation", artifactLocation),
                ("replacements", .array([.fields([
                    ("deletedRegion", .fields([
                        ("startLine", .int(deleted.line)), ("startColumn", .int(deleted.column)),
                        ("endLine", .int(deleted.endLine)), ("endColumn", .int(deleted.endColumn)),
                    ])),
                    ("insertedContent", .fields([("text", .string(fix.replacement))])),
                ])])),
            ])])),
        ])])
    }

    /// SARIF §3.11.5: literal braces in message text are doubled.
    static func escapedMessage(_ text: String) -> String {
        guard text.containsUTF8Byte(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") { out.append(byte) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `nonsense-upper-bound` → `NonsenseUpperBound` (a rule's `name` must differ from its `id`).
    static func pascalCase(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func isSemanticVersion(_ version: String) -> Bool {
        let core = version.split(separator: "-", maxSplits: 1).first.map(String.init) ?? ""
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
