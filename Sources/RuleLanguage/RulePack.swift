import LintModel

/// A compiled, immutable set of rules: the built-in pack, or the built-in pack with a user pack on top.
public struct RulePack: Sendable {
    /// A parsed file and the layer it belongs to (0 = the first pack, 1 = a pack on top of it, …).
    struct LoadedFile: Sendable {
        var source: RuleSource
        var syntax: FileSyntax
        var layer: Int
    }

    public let rules: [CompiledRule]
    /// Every source, base files first, for re-compiling with a pack on top.
    let files: [LoadedFile]
    let constants: [String: (value: RValue, type: RType)]

    /// Files longer than this are rejected before parsing.
    public static let maximumFileSize = 2 * 1024 * 1024

    /// Compiles `sources` on top of `base`: a rule whose id is already in `base` replaces it,
    /// `let x += […]` extends a list constant of `base`, `let x = …` replaces one.
    public static func compile(_ sources: [RuleSource], base: RulePack? = nil) -> Result<RulePack, RuleLoadFailure> {
        var loader = RulePackLoader(base: base)
        return loader.load(sources)
    }

    /// The rule with this id.
    public func rule(id: String) -> CompiledRule? { rules.first { $0.metadata.id == id } }

    /// The names of the pack's `let` constants.
    public var constantNames: [String] { constants.keys.sorted() }

    /// The sources the pack was compiled from, base files first.
    public var sources: [RuleSource] { files.map(\.source) }
}
