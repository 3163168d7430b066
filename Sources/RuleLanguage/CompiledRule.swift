import LintModel

/// One rule, resolved and compiled: evaluating it does no parsing and no lookups by name.
public struct CompiledRule: Sendable {
    /// Where a finding points.
    enum Target: Sendable {
        /// The entity's own span.
        case entity
        /// A located field of the record the evaluator gives (`at text`, `at indicator.name`).
        case field(Evaluator, Field)
        /// A record (`at indicator`, `at level1`).
        case record(Evaluator)
        /// The text of the last match of `when`, located inside the entity's span.
        case match
    }

    public let metadata: RuleMetadata
    public let examples: [RuleExample]
    let scope: RecordKind
    let slotCount: Int
    let condition: @Sendable (Environment) -> Bool
    let message: Template
    let help: Template?
    let fix: Template?
    let target: Target
    /// Whether the condition records matches (`contains`, `matches`): only then is the last
    /// match cleared before each entity.
    let recordsMatch: Bool
    /// Values the condition cannot hold for, skipped without evaluating it.
    private(set) var valueGuard: ValueGuard
    /// The condition without the tests the guard makes: what runs on the values it admits.
    private(set) var guardedCondition: @Sendable (Environment) -> Bool

    /// The same rule evaluating its whole condition on every value (tests check that the guard
    /// only ever skips values the condition rejects, and decides its tests as the condition would).
    func unguarded() -> CompiledRule {
        var rule = self
        rule.valueGuard = .none
        rule.guardedCondition = condition
        return rule
    }

    /// Runs the rule over every entity of its scope in `document`.
    public func evaluate(_ document: Document, severity: Severity? = nil) -> [Diagnostic] {
        evaluate(PreparedDocument(document, for: [self]), severity: severity)
    }

    /// Runs the rule over every entity of its scope in a document prepared for all the rules of a run.
    public func evaluate(_ prepared: PreparedDocument, severity: Severity? = nil) -> [Diagnostic] {
        let env = prepared.environment
        let document = env.document
        var found: [Diagnostic] = []
        func visit(_ record: RecordRef) {
            env.records[0] = record
            if recordsMatch { env.match = nil }
            if condition(env) {
                found.append(diagnostic(for: record, env: env, severity: severity))
            }
        }
        switch scope {
        case .document: visit(.document)
        case .unit: for i in document.units.indices { visit(.unit(i)) }
        case .project: for i in document.projects.indices { visit(.project(i)) }
        case .indicator: for i in document.indicators.indices { visit(.indicator(i)) }
        case .value:
            if valueGuard.isEmpty {
                for i in document.values.indices { visit(.value(i)) }
            } else {
                let facts = env.valueFacts
                for i in facts.indices where valueGuard.admits(facts[i]) {
                    env.records[0] = .value(i)
                    if recordsMatch { env.match = nil }
                    if guardedCondition(env) {
                        found.append(diagnostic(for: .value(i), env: env, severity: severity))
                    }
                }
            }
        default: break
        }
        return found
    }

    /// The number of entities `evaluate` visits in `document` (for the engine's counters).
    public func entityCount(in document: Document) -> Int {
        switch scope {
        case .document: 1
        case .unit: document.units.count
        case .project: document.projects.count
        case .indicator: document.indicators.count
        case .value: document.values.count
        default: 0
        }
    }

    private func diagnostic(for record: RecordRef, env: Environment, severity: Severity?) -> Diagnostic {
        let document = env.document
        let entitySpan = env.span(of: record)
        var span: ByteSpan?
        switch target {
        case .entity: span = entitySpan
        case .field(let base, let field):
            if case .record(let owner) = base(env) { span = env.span(of: field, in: owner) }
        case .record(let f):
            if case .record(let inner) = f(env) { span = env.span(of: inner) }
        case .match:
            span = matchSpan(env: env, within: entitySpan)
        }
        span = span ?? entitySpan
        var diagnostic = Diagnostic(
            ruleId: metadata.id, severity: severity ?? metadata.severity, category: metadata.category,
            title: metadata.title, message: message.render(env), help: help?.render(env), file: document.path,
            span: span, context: env.context(of: record))
        if let fix, let span {
            diagnostic.fix = Fix(span: span, replacement: fix.render(env), description: metadata.title)
        }
        diagnostic.resolve(in: document.source)
        return diagnostic
    }

    /// The matched text's bytes, found inside the entity's span (the match ran on the decoded
    /// field, which may differ from the file when a value was wrapped across lines).
    private func matchSpan(env: Environment, within entitySpan: ByteSpan?) -> ByteSpan? {
        guard let match = env.match, let entitySpan else { return nil }
        let needle = Array(match.text.utf8)
        let text = env.document.source.text
        guard !needle.isEmpty, entitySpan.end <= text.count else { return nil }
        var i = entitySpan.start
        while i + needle.count <= entitySpan.end {
            if text[i] == needle[0], Array(text[i..<(i + needle.count)]) == needle {
                return ByteSpan(start: i, end: i + needle.count)
            }
            i += 1
        }
        return nil
    }
}

/// A document ready for the rules of a run: the environment they all evaluate in, made once per
/// document instead of once per rule, with what they share (the values' facts for the guards of
/// value rules). Rules leave nothing in it that another rule reads: each binds the records it reads
/// and clears the last match before each entity when its condition can record one.
public final class PreparedDocument {
    let environment: Environment

    public init(_ document: Document, for rules: [CompiledRule]) {
        environment = Environment(document: document, slotCount: rules.map(\.slotCount).max() ?? 1)
    }
}
