// swift-tools-version:6.0
// indicator-lint: a rules engine that lints Chinese budget performance indicator tables.
// The pipeline reads left to right: LintModel → TableReader → RuleLanguage → LintEngine → Reporters
// → LintCommands → indicator-lint. No package dependencies: only what the toolchain ships.
import PackageDescription

let package = Package(
    name: "indicator-lint",
    products: [
        .executable(name: "indicator-lint", targets: ["indicator-lint"]),
    ],
    targets: [
        // Source files, byte spans, entities (document ▸ unit ▸ project ▸ indicator ▸ value), diagnostics.
        .target(name: "LintModel"),
        // Bytes → decoded text → layout → rows and cells → entities.
        .target(name: "TableReader", dependencies: ["LintModel"]),
        // The `.rules` language: lexer, parser, checker, compiler, evaluator.
        .target(name: "RuleLanguage", dependencies: ["LintModel"]),
        // Rule packs (built-in and user), configuration, running the rules over documents.
        .target(name: "LintEngine", dependencies: ["LintModel", "TableReader", "RuleLanguage"],
                plugins: ["EmbedRulesPlugin"]),
        // One reporter per output format.
        .target(name: "Reporters", dependencies: ["LintModel"]),
        // The commands (`check`, `parse`, `rules`), argument parsing and exit codes.
        .target(name: "LintCommands", dependencies: ["LintModel", "TableReader", "RuleLanguage", "LintEngine", "Reporters"]),
        // The thin executable.
        .executableTarget(name: "indicator-lint", dependencies: ["LintCommands"]),

        // Build-time embedding of the built-in rule pack (`Rules/*.rules`) into the binary.
        .executableTarget(name: "EmbedRulesTool"),
        .plugin(name: "EmbedRulesPlugin", capability: .buildTool(), dependencies: ["EmbedRulesTool"],
                path: "Sources/EmbedRulesPlugin"),

        // Test support: the real tables under Fixtures/tables, for every test target.
        .target(name: "FixtureTables", dependencies: ["LintModel", "TableReader"], path: "Tests/FixtureTables"),
        .testTarget(name: "LintModelTests", dependencies: ["LintModel"]),
        .testTarget(name: "TableReaderTests", dependencies: ["TableReader", "LintModel", "Reporters", "FixtureTables"]),
        .testTarget(name: "RuleLanguageTests", dependencies: ["RuleLanguage", "LintModel", "TableReader"]),
        .testTarget(name: "LintEngineTests", dependencies: ["LintEngine", "LintModel", "TableReader", "RuleLanguage", "FixtureTables"]),
        // Golden files are read through #filePath, not bundled: excluded so SwiftPM does not warn about them.
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "LintModel", "TableReader", "LintEngine", "FixtureTables"],
                    exclude: ["Golden"]),
        .testTarget(name: "LintCommandsTests", dependencies: ["LintCommands", "LintModel"]),
    ],
    swiftLanguageModes: [.v6]
)
