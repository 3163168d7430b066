import LintModel

/// Parses, checks and compiles the files of a pack (with the files of its base), collecting every
/// error before reporting any.
struct RulePackLoader {
    private var files: [RulePack.LoadedFile] = []
    private var problems: [Compiler.Problem] = []
    private var lineTables: [SourceFile] = []

    init(base: RulePack?) {
        files = base?.files ?? []
    }

    mutating func load(_ sources: [RuleSource]) -> Result<RulePack, RuleLoadFailure> {
        let layer = (files.map(\.layer).max() ?? -1) + 1
        for source in sources {
            let index = files.count
            if source.text.utf8.count > RulePack.maximumFileSize {
                problems.append(Compiler.Problem(file: index, range: SourceRange(start: 0, end: 0),
                    message: "规则文件过大（\(source.text.utf8.count) 字节，上限 \(RulePack.maximumFileSize) 字节）；请拆成几个文件"))
                files.append(RulePack.LoadedFile(source: source, syntax: FileSyntax(), layer: layer))
                continue
            }
            let syntax = Parser.parse(source.text, file: index)
            for (range, message, suggestion) in syntax.problems {
                problems.append(Compiler.Problem(file: index, range: range, message: message, suggestion: suggestion))
            }
            files.append(RulePack.LoadedFile(source: source, syntax: syntax, layer: layer))
        }
        lineTables = files.map { SourceFile(path: $0.source.name, string: $0.source.text) }

        var compiler = Compiler()
        defineConstants(&compiler)
        let rules = compileRules(&compiler)
        problems += compiler.problems

        // Errors in base files surface only if the new files broke them (a re-typed constant).
        let errors = problems.enumerated()
            .sorted { ($0.element.file, $0.element.range.start, $0.offset) < ($1.element.file, $1.element.range.start, $1.offset) }
            .map { fileError($0.element) }
        if !errors.isEmpty {
            return .failure(RuleLoadFailure(errors: errors))
        }
        return .success(RulePack(rules: rules, files: files, constants: compiler.constants))
    }

    private func fileError(_ problem: Compiler.Problem) -> RuleFileError {
        let table = lineTables[problem.file]
        let start = table.position(of: problem.range.start)
        let end = table.position(of: max(problem.range.start, problem.range.end))
        let length = end.line == start.line ? end.column - start.column : 1
        return RuleFileError(file: files[problem.file].source.name, line: start.line, column: start.column,
                             length: length, message: problem.message, suggestion: problem.suggestion)
    }

    private func line(of offset: Int, file: Int) -> Int { lineTables[file].position(of: offset).line }

    private mutating func problem(_ file: Int, _ range: SourceRange, _ message: String, suggestion: String? = nil) {
        problems.append(Compiler.Problem(file: file, range: range, message: message, suggestion: suggestion))
    }

    // MARK: Constants

    static func emptyEnvironment() -> Environment {
        Environment(document: Document(source: SourceFile(path: "", string: ""), layout: .unknown), slotCount: 1)
    }

    private mutating func defineConstants(_ compiler: inout Compiler) {
        var definedIn: [String: (layer: Int, file: Int, offset: Int)] = [:]
        for (index, file) in files.enumerated() {
            for constant in file.syntax.constants {
                compiler.file = index
                compiler.bindings = []
                let problemCount = compiler.problems.count
                let compiled = compiler.compile(constant.value)
                // Constants see no record, so anything that compiled without error folds now.
                let folded = compiler.problems.count == problemCount
                    ? compiled.constant ?? compiled.evaluate(RulePackLoader.emptyEnvironment()) : nil
                guard let value = folded else {
                    if !compiler.problems.contains(where: { $0.file == index && constant.value.range.start <= $0.range.start && $0.range.end <= constant.value.range.end }) {
                        problem(index, constant.value.range, "常量「\(constant.name)」的值必须在加载时就能算出（数字、文字、列表、映射、正则，或更早的常量）")
                    }
                    continue
                }
                if constant.extends {
                    guard let existing = compiler.constants[constant.name] else {
                        problem(index, constant.nameRange, "`let \(constant.name) +=` 扩展的常量不存在；新常量请写 `let \(constant.name) = …`",
                                suggestion: EditDistance.suggestion(for: constant.name, among: Array(compiler.constants.keys)))
                        continue
                    }
                    guard case .list(let old) = existing.value, case .list(let oldElement) = existing.type else {
                        problem(index, constant.nameRange, "`+=` 只能扩展列表常量；「\(constant.name)」是\(existing.type.name)")
                        continue
                    }
                    guard case .list(let added) = value, case .list(let addedElement) = compiled.type,
                          addedElement.fits(oldElement) else {
                        problem(index, constant.value.range, "`let \(constant.name) +=` 的值应为与原列表同类的列表（\(existing.type.name)），这里是\(compiled.type.name)")
                        continue
                    }
                    compiler.constants[constant.name] = (.list(old + added), .list(oldElement.unified(with: addedElement)))
                    continue
                }
                if let previous = definedIn[constant.name], previous.layer == file.layer {
                    problem(index, constant.nameRange,
                            "常量「\(constant.name)」重复定义（第一次在 \(files[previous.file].source.name):\(line(of: previous.offset, file: previous.file))）；扩展列表请写 `let \(constant.name) += […]`")
                    continue
                }
                if Compiler.functions.contains(constant.name) || ["true", "false", "null", "match", "it"].contains(constant.name) {
                    problem(index, constant.nameRange, "「\(constant.name)」是保留字，不能作常量名")
                    continue
                }
                definedIn[constant.name] = (file.layer, index, constant.nameRange.start)
                compiler.constants[constant.name] = (value, compiled.type)
            }
        }
    }

    // MARK: Rules

    private static func idPattern(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first?.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    private mutating func compileRules(_ compiler: inout Compiler) -> [CompiledRule] {
        // Which declaration wins for each id: the last layer's; duplicates inside a layer are errors.
        var winner: [String: (file: Int, index: Int, layer: Int)] = [:]
        var order: [String] = []
        for (fileIndex, file) in files.enumerated() {
            for (ruleIndex, rule) in file.syntax.rules.enumerated() {
                if let previous = winner[rule.id], previous.layer == file.layer {
                    let first = files[previous.file].syntax.rules[previous.index]
                    problem(fileIndex, rule.idRange,
                            "规则 id「\(rule.id)」重复（第一次在 \(files[previous.file].source.name):\(line(of: first.idRange.start, file: previous.file))）；id 必须唯一")
                    compiler.file = fileIndex
                    _ = compileRule(rule, file: fileIndex, compiler: &compiler)   // still report its other errors
                    continue
                }
                if winner[rule.id] == nil { order.append(rule.id) }
                winner[rule.id] = (fileIndex, ruleIndex, file.layer)
            }
        }
        var compiled: [CompiledRule] = []
        for id in order {
            guard let w = winner[id] else { continue }
            compiler.file = w.file
            if let rule = compileRule(files[w.file].syntax.rules[w.index], file: w.file, compiler: &compiler) {
                compiled.append(rule)
            }
        }
        return compiled
    }

    private func isTriple(_ literal: StringLiteral, file: Int) -> Bool {
        let bytes = lineTables[file].text
        guard literal.range.start + 3 <= bytes.count else { return false }
        return bytes[literal.range.start..<(literal.range.start + 3)].elementsEqual("\"\"\"".utf8)
    }

    private mutating func compileRule(_ rule: RuleDecl, file: Int, compiler: inout Compiler) -> CompiledRule? {
        let problemsBefore = compiler.problems.count + problems.count
        if !RulePackLoader.idPattern(rule.id) {
            problem(file, rule.idRange, "规则 id「\(rule.id)」应为小写英文短横线格式（kebab-case），如 nonsense-upper-bound")
        }
        func missing(_ clause: String, _ example: String) {
            guard !rule.clauses.contains(clause) else { return }   // written, but broken: already reported
            problem(file, rule.idRange, "规则「\(rule.id)」缺少 `\(clause)` 子句（如 \(example)）")
        }
        var severity = Severity.warning
        if let (word, range) = rule.severity {
            if let known = Severity(rawValue: word) {
                severity = known
            } else {
                problem(file, range, "未知的严重程度「\(word)」；可用 error、warning、info",
                        suggestion: EditDistance.suggestion(for: word, among: Severity.allCases.map(\.rawValue)))
            }
        } else {
            missing("severity", "severity warning")
        }
        if let (word, range) = rule.category {
            if !DiagnosticCategory.isKnown(word) {
                problem(file, range, "未知的类别「\(word)」；类别必须是 Rules/README.md 所列之一",
                        suggestion: EditDistance.suggestion(for: word, among: DiagnosticCategory.all))
            }
        } else {
            missing("category", "category vague-value")
        }
        if rule.when == nil { missing("when", "when number == 0") }
        if rule.message == nil { missing("message", "message \"「{text}」…\"") }
        if !rule.examples.contains(where: { $0.0 == .flag }), !rule.clauses.contains("expect flag") {
            problem(file, rule.idRange, "规则「\(rule.id)」缺少 `expect flag` 示例：至少给出一段应当报告的文字")
        }
        if !rule.examples.contains(where: { $0.0 == .pass }), !rule.clauses.contains("expect pass") {
            problem(file, rule.idRange, "规则「\(rule.id)」缺少 `expect pass` 示例：至少给出一段不应报告的文字")
        }

        // An unknown scope was reported by the parser; check the rest against `any` to find more errors.
        let scope = Parser.scopes.contains(rule.scope) ? RecordKind(rawValue: rule.scope) : nil
        compiler.bindings = [.implicit(slot: 0, type: scope.map(RType.record) ?? .any)]
        compiler.slotCount = 1
        compiler.allowMatch = false
        compiler.usedMatch = false
        compiler.recordsMatch = false
        var condition: @Sendable (Environment) -> Bool = { _ in false }
        if let when = rule.when {
            let compiled = compiler.compile(when)
            if !compiled.type.isBoolLike {
                compiler.error(when.range, "`when` 应为条件（结果为 true/false），这里是\(compiled.type.name)；例如 number == 0")
            }
            condition = compiled.asTest
        }
        let recordsMatch = compiler.recordsMatch
        compiler.allowMatch = true
        let message = rule.message.map { Template.compile($0, isTriple: isTriple($0, file: file), compiler: &compiler) }
        let help = rule.help.map { Template.compile($0, isTriple: isTriple($0, file: file), compiler: &compiler) }
        let fix = rule.fix.map { Template.compile($0, isTriple: isTriple($0, file: file), compiler: &compiler) }
        var target = CompiledRule.Target.entity
        if let at = rule.at { target = compileTarget(at, compiler: &compiler) }
        if compiler.usedMatch, !recordsMatch {
            let range = rule.message?.range ?? rule.idRange
            compiler.error(range, "规则「\(rule.id)」用了 {match} 或 at match，但 `when` 中没有 matches / contains，match 永远为空")
        }
        compiler.allowMatch = false
        guard compiler.problems.count + problems.count == problemsBefore, let message, let scope else { return nil }

        let metadata = RuleMetadata(
            id: rule.id, severity: severity, category: rule.category?.0 ?? "", title: rule.title.map { unescape($0.text) } ?? rule.id,
            help: nil, tags: rule.tags, scope: rule.scope, file: files[file].source.name, line: line(of: rule.range.start, file: file))
        var withHelp = metadata
        if let help, help.parts.allSatisfy({ if case .literal = $0 { true } else { false } }) {
            withHelp.help = help.parts.map { if case .literal(let s) = $0 { s } else { "" } }.joined()
        } else if let text = rule.help?.text {
            withHelp.help = unescape(text)
        }
        let examples = rule.examples.map { RuleExample(expectation: $0.0, text: unescape($0.1.text), line: line(of: $0.1.range.start, file: file)) }
        var valueGuard = ValueGuard.none
        var guardedCondition = condition
        if scope == .value, let when = rule.when {
            let (split, rest) = ValueGuard.split(when)
            compiler.bindings = [.implicit(slot: 0, type: .record(.value))]
            let problemsBefore = compiler.problems.count
            var restTest: @Sendable (Environment) -> Bool = { _ in true }
            if let rest { restTest = compiler.compile(rest).asTest }
            // The rest of a chain that compiled cleanly compiles cleanly; if not, keep the whole condition.
            if compiler.problems.count == problemsBefore {
                valueGuard = split
                guardedCondition = restTest
            } else {
                compiler.problems.removeSubrange(problemsBefore...)
            }
        }
        return CompiledRule(metadata: withHelp, examples: examples, scope: scope, slotCount: compiler.slotCount,
                            condition: condition, message: message, help: help, fix: fix, target: target,
                            recordsMatch: recordsMatch, valueGuard: valueGuard, guardedCondition: guardedCondition)
    }

    private func unescape(_ text: String) -> String { text.replacingOccurrences(of: "\\{", with: "{") }

    /// `at`: `match`, a located field (`text`, `indicator.name`) or a record (`indicator`, `level1`).
    private func compileTarget(_ at: Expr, compiler: inout Compiler) -> CompiledRule.Target {
        if case .name("match", _) = at {
            compiler.usedMatch = true
            return .match
        }
        let located = "`at` 应指向带位置的字段（text、name、goal、seq、title、department、amounts.total…）、记录（indicator、level1…）或 match"
        switch at {
        case .name(let name, let range):
            if case .record(let kind)? = compiler.bindings.last.flatMap({ if case .implicit(_, let t) = $0 { t } else { nil } }),
               let (field, type) = Field.lookup(name, in: kind) {
                guard field.isLocated(type: type) else {
                    compiler.error(range, "字段「\(name)」没有自己的位置；" + located)
                    return .entity
                }
                return .field({ env in env.records[0].map(RValue.record) ?? .null }, field)
            }
            _ = compiler.compile(at)   // reports the unknown name
            return .entity
        case .member(let base, let name, let nameRange, _):
            let compiled = compiler.compile(base)
            guard case .record(let kind) = compiled.type else {
                if compiled.type != .any { compiler.error(at.range, located) }
                return .entity
            }
            guard let (field, type) = Field.lookup(name, in: kind) else {
                _ = compiler.compileMember(base, name: name, nameRange: nameRange)
                return .entity
            }
            guard field.isLocated(type: type) else {
                compiler.error(nameRange, "字段「\(name)」没有自己的位置；" + located)
                return .entity
            }
            return .field(compiled.evaluate, field)
        default:
            compiler.error(at.range, located)
            return .entity
        }
    }
}
