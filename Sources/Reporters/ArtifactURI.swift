/// SARIF artifact URIs: repository-relative, `/`-separated, every byte outside RFC 3986's
/// unreserved set percent-encoded (`数据/表.txt` → `%E6%95%B0%E6%8D%AE/%E8%A1%A8.txt`).
///
/// Hand-rolled rather than `addingPercentEncoding(.urlPathAllowed)`, whose allowed set differs
/// between Apple's and Linux Foundation, so output is the same on every platform.
struct ArtifactURI: Sendable, Equatable {
    var uri: String
    /// `%SRCROOT%` for relative URIs, nil for absolute `file:` URIs.
    var baseId: String?

    static let sourceRoot = "%SRCROOT%"

    init(path: String, workingDirectory: String?) {
        let unified = path.replacingBackslashes()
        let base = workingDirectory.map { $0.replacingBackslashes() }
        if unified.hasPrefix("/") {
            if let base, let relative = ArtifactURI.relative(unified, to: base) {
                self.uri = ArtifactURI.encode(segments: relative)
                self.baseId = ArtifactURI.sourceRoot
            } else {
                self.uri = "file://" + ArtifactURI.encode(segments: ArtifactURI.normalized(unified))
                self.baseId = nil
            }
            return
        }
        let segments = ArtifactURI.normalizedSegments(unified)
        if segments.first == "..", let base {
            // Outside the working directory: spell it out as an absolute file URI.
            self.uri = "file://" + ArtifactURI.encode(segments: ArtifactURI.normalized(base + "/" + unified))
            self.baseId = nil
        } else {
            self.uri = ArtifactURI.encode(segments: segments.joined(separator: "/"))
            self.baseId = ArtifactURI.sourceRoot
        }
    }

    /// `file:///abs/dir/` for a directory (always ends in `/`).
    static func directory(_ path: String) -> String {
        var uri = "file://" + encode(segments: normalized(path.replacingBackslashes()))
        if !uri.hasSuffix("/") { uri += "/" }
        return uri
    }

    static func relative(_ path: String, to base: String) -> String? {
        let pathSegments = normalizedSegments(path)
        let baseSegments = normalizedSegments(base)
        guard pathSegments.count > baseSegments.count, Array(pathSegments.prefix(baseSegments.count)) == baseSegments else {
            return nil
        }
        return pathSegments.dropFirst(baseSegments.count).joined(separator: "/")
    }

    /// Segments without `.`, empty ones, and `..` resolved where possible.
    static func normalizedSegments(_ path: String) -> [String] {
        var segments: [String] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            if segment == "." { continue }
            if segment == "..", let last = segments.last, last != ".." {
                segments.removeLast()
                continue
            }
            segments.append(segment)
        }
        return segments
    }

    static func normalized(_ absolute: String) -> String {
        "/" + normalizedSegments(absolute).filter { $0 != ".." }.joined(separator: "/")
    }

    /// Percent-encodes everything but `A–Z a–z 0–9 - . _ ~` and the `/` separators.
    static func encode(segments path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        String(unicodeScalars.map { $0 == "\\" ? "/" : Character($0) })
    }
}
