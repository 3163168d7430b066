/// The rule pack shipped inside the binary (`Rules/*.rules`, embedded at build time).
public enum BuiltInRulePack {
    /// Each file's name as it appears in reports (`Rules/values.rules`) and its text.
    public static var files: [(name: String, text: String)] { EmbeddedRulePack.files }
}
