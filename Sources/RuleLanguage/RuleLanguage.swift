import LintModel

/// The `.rules` language.
public enum RuleLanguage {}
