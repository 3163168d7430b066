import LintModel
import RuleLanguage

/// Which rules of a pack run, and at what severity.
public struct RuleSelection: Sendable {
    public struct ActiveRule: Sendable {
        public var rule: CompiledRule
        /// Nil: the rule's own severity.
        public var severity: Severity?

        public var metadata: RuleMetadata {
            var metadata = rule.metadata
            if let severity { metadata.severity = severity }
            return metadata
        }
    }

    public let active: [ActiveRule]

    /// Every rule runs unless disabled; a rule tagged `opt-in` runs only when enabled.
    public init(pack: RulePack, enable: [String] = [], disable: [String] = [], severity: [String: Severity] = [:]) {
        active = pack.rules.compactMap { rule in
            let id = rule.metadata.id
            if disable.contains(id) { return nil }
            if rule.metadata.tags.contains("opt-in"), !enable.contains(id) { return nil }
            return ActiveRule(rule: rule, severity: severity[id])
        }
    }

    public var metadata: [RuleMetadata] { active.map(\.metadata) }
}
