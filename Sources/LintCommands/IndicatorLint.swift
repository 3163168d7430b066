import Foundation
import LintModel

/// The command line: `check`, `parse`, `rules`. Returns the exit code.
public enum IndicatorLint {
    public static func main(arguments: [String]) -> Int32 {
        FileHandle.standardError.write(Data("indicator-lint: not yet implemented\n".utf8))
        return 2
    }

    public static func exit(_ code: Int32) -> Never { Foundation.exit(code) }
}
