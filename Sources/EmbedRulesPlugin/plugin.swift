import Foundation
import PackagePlugin

/// Embeds `Rules/*.rules` into the target that uses the plugin (see `EmbedRulesTool`).
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rules.path)) ?? []
        let inputs = names.filter { $0.hasSuffix(".rules") }.sorted().map { rules.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRulePack.swift")
        return [
            .buildCommand(
                displayName: "Embedding the built-in rule pack",
                executable: try context.tool(named: "EmbedRulesTool").url,
                arguments: [output.path, rules.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
