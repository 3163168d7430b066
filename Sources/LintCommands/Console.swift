import Foundation

/// Where the commands write: standard output and standard error, or a ``ConsoleCapture``.
///
/// Tests run many commands at once in one process; a task-local capture lets each one read its
/// own output and messages without touching the process's file handles.
public enum Console {
    @TaskLocal public static var capture: ConsoleCapture?

    /// True when output goes to a capture: no terminal, so no colour.
    static var isCaptured: Bool { capture != nil }

    static func output(_ text: String) {
        if let capture { capture.append(output: text) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    static func error(_ text: String) {
        if let capture { capture.append(error: text) } else { FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// Whether standard output is a terminal (never, when captured).
    static var outputIsTerminal: Bool { capture == nil && isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal (never, when captured).
    static var errorIsTerminal: Bool { capture == nil && isatty(STDERR_FILENO) == 1 }
}

/// What a command wrote, collected instead of printed.
public final class ConsoleCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var outputText = ""
    private var errorText = ""

    public init() {}

    public var output: String { lock.withLock { outputText } }
    public var error: String { lock.withLock { errorText } }

    func append(output text: String) { lock.withLock { outputText += text } }
    func append(error text: String) { lock.withLock { errorText += text } }
}

extension IndicatorLint {
    /// Runs the command line with its output and messages captured: the exit code, standard output, standard error.
    public static func capturing(arguments: [String]) -> (code: Int32, output: String, error: String) {
        let capture = ConsoleCapture()
        let code = Console.$capture.withValue(capture) { main(arguments: arguments) }
        return (code, capture.output, capture.error)
    }
}
