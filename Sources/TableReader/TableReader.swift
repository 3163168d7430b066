import LintModel

/// Reads a table from its bytes: decoding, layout detection, rows and cells, entities.
public enum TableReader {}
