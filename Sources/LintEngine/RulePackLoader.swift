import Foundation
import LintModel
import RuleLanguage

/// Loads the built-in pack, user packs on top of it, and vocabulary extensions from a team's
/// configuration. A rule-file error is reported, never replaced by the defaults.
public enum RulePackLoader {
    public enum Failure: Error, Sendable {
        /// Errors in rule files, with the sources needed to render them.
        case rules(RuleLoadFailure, sources: [RuleSource])
        /// A rule folder that does not exist or cannot be read.
        case folder(path: String, reason: String)

        public func rendered(color: Bool = false) -> String {
            switch self {
            case .rules(let failure, let sources): failure.rendered(sources: sources, color: color)
            case .folder(let path, let reason): "indicator-lint: 无法读取规则目录 \(path)：\(reason)\n"
            }
        }
    }

    /// The pack embedded in the binary.
    public static var builtInSources: [RuleSource] {
        BuiltInRulePack.files.map { RuleSource(name: $0.name, text: $0.text) }
    }

    public static func builtIn() -> Result<RulePack, Failure> {
        let sources = builtInSources
        return RulePack.compile(sources).mapError { .rules($0, sources: sources) }
    }

    /// The `.rules` files of a folder (recursively, sorted), or a single file.
    public static func sources(in path: String) -> Result<[RuleSource], Failure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.folder(path: path, reason: "不存在"))
        }
        var files: [String] = []
        if isDirectory.boolValue {
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".rules") { files.append(base + "/" + relative) }
            }
            files.sort()
        } else {
            files = [path]
        }
        var sources: [RuleSource] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                return .failure(.folder(path: file, reason: "无法读取"))
            }
            sources.append(RuleSource(name: file, text: String(decoding: data, as: UTF8.self)))
        }
        return .success(sources)
    }

    /// The pack a run uses: the built-in one (unless switched off), the user folders on top, and
    /// `let name += [...]` for every vocabulary list of the configuration.
    public static func load(ruleDirectories: [String], useDefaultRules: Bool,
                            vocabulary: [String: [String]] = [:]) -> Result<RulePack, Failure> {
        var base: RulePack?
        if useDefaultRules {
            switch builtIn() {
            case .success(let pack): base = pack
            case .failure(let failure): return .failure(failure)
            }
        }
        var userSources: [RuleSource] = []
        for directory in ruleDirectories {
            switch sources(in: directory) {
            case .success(let found): userSources += found
            case .failure(let failure): return .failure(failure)
            }
        }
        if !vocabulary.isEmpty { userSources.append(vocabularySource(vocabulary)) }
        if userSources.isEmpty, let base { return .success(base) }
        let all = (base?.sources ?? []) + userSources
        return RulePack.compile(userSources, base: base).mapError { .rules($0, sources: all) }
    }

    /// `{"vague": ["…"]}` → `let vague += ["…"]`.
    static func vocabularySource(_ vocabulary: [String: [String]]) -> RuleSource {
        var text = "# 来自配置文件 indicator-lint.json 的 vocabulary\n"
        for name in vocabulary.keys.sorted() {
            let words = vocabulary[name, default: []].map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            text += "let \(name) += [\(words.joined(separator: ", "))]\n"
        }
        return RuleSource(name: "indicator-lint.json (vocabulary)", text: text)
    }
}
