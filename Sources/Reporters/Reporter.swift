import LintModel

/// Turns a run's findings into one output format.
public enum Reporters {}
