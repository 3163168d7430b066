import LintModel

/// ANSI styling for the text report; every method returns its input unchanged when colour is off.
struct TerminalStyle: Sendable {
    var enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func gutter(_ text: String) -> String { wrap(text, "1;34") }

    /// Red errors, yellow warnings, cyan infos, all bold.
    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: wrap(text, "1;31")
        case .warning: wrap(text, "1;33")
        case .info: wrap(text, "1;36")
        }
    }
}

/// Text from the input made safe to print at a terminal. The tables are typed by many hands and
/// may hold control characters: printed as they are, an escape sequence (`ESC[31m`, a C1 `CSI`)
/// recolours or rewrites the reviewer's terminal, and a line break splits a finding's first
/// line. Control characters are shown as their control pictures (`␛`, `␇`), one cell wide, so
/// carets still line up; a line break in a message or path is shown as `⏎`.
enum TerminalText {
    static func visible(_ text: String, keepTabs: Bool = false) -> String {
        guard text.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09 where keepTabs: result.append(scalar)
            case 0x0A, 0x0D: result.append("⏎")
            case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            case 0x80...0x9F: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
