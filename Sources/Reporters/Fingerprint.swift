import LintModel

/// Stable identities for findings that survive edits elsewhere in the file.
///
/// Built from what a finding is about (rule, file, project, indicator, offending text), never
/// from line numbers, so adding or removing rows above a finding does not reopen it in GitHub
/// code scanning. Identical keys are told apart by their occurrence index in report order.
enum Fingerprint {
    /// 64-bit FNV-1a (no CryptoKit on Linux; a fingerprint needs spread, not secrecy).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The logical key of a finding: fields joined by U+001F so that no field can imitate another.
    static func key(ruleId: String, file: String, project: String?, indicatorName: String?, evidence: String?) -> String {
        [ruleId, file, project ?? "", indicatorName ?? "", evidence ?? ""].joined(separator: "\u{1F}")
    }

    /// `primaryLocationLineHash` values (`<16 hex>:<n>`), one per key, in order; `n` counts
    /// earlier findings with the same key, from 1.
    static func primaryHashes(keys: [String]) -> [String] {
        var seen: [TextKey: Int] = [:]
        return keys.map { key in
            let occurrence = (seen[TextKey(key)] ?? 0) + 1
            seen[TextKey(key)] = occurrence
            return "\(hex(fnv1a(key))):\(occurrence)"
        }
    }
}

extension Fingerprint {
    /// The fingerprint of each diagnostic, as SARIF's `primaryLocationLineHash` carries it. The
    /// diagnostics must be in report order (``Diagnostic/reportOrder(_:_:)``): occurrence counts follow it.
    static func fingerprints(of diagnostics: [Diagnostic], sources: [String: SourceFile]) -> [String] {
        primaryHashes(keys: diagnostics.map { diagnostic in
            key(ruleId: diagnostic.ruleId, file: diagnostic.file, project: diagnostic.context.project,
                indicatorName: diagnostic.context.indicatorName,
                evidence: diagnostic.evidence ?? diagnostic.span.flatMap { sources[diagnostic.file]?.string(in: $0) })
        })
    }
}
