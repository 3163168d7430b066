import LintModel

/// Turns a whole run into one output format.
///
/// One reporter per format, each in its own file, all behind this protocol (SwiftLint's
/// `Reporters/` shape). A reporter is a pure function of the ``LintReport``: no clock, no
/// environment, no file system, so every output can be pinned by a golden file.
public protocol Reporter: Sendable {
    static var format: ReportFormat { get }
    /// The complete output, ready to be written as UTF-8 (the CSV reporter includes its BOM).
    func render(_ report: LintReport) -> String
}

/// The output formats, by the name used on the command line (`--format sarif`).
public enum ReportFormat: String, Sendable, CaseIterable, Codable {
    case text, json, sarif, csv, html

    /// The extension of the file written for this format under `--output-dir` (`indicator-lint.sarif`).
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .sarif: "sarif"
        case .csv: "csv"
        case .html: "html"
        }
    }

    /// `indicator-lint.<ext>`: the file name used for this format under `--output-dir`.
    public var defaultFileName: String { "indicator-lint.\(fileExtension)" }
}

/// Choices that change how a report looks, not what it says.
public struct ReporterOptions: Sendable, Equatable {
    /// ANSI colour in the text report.
    public var color: Bool
    /// Where the rules are documented (`tool.driver.informationUri`, rule `helpUri` in SARIF).
    public var informationUri: String
    /// `--quiet`: the text report gives only the `file:line:col: severity[rule]: message` lines and the summary.
    public var quiet: Bool

    public init(color: Bool = false, informationUri: String = ReporterOptions.defaultInformationUri, quiet: Bool = false) {
        self.color = color
        self.informationUri = informationUri
        self.quiet = quiet
    }

    public static let defaultInformationUri = "https://github.com/indicator-lint/indicator-lint"
}

/// The reporters, by format.
public enum Reporters {
    public static func reporter(for format: ReportFormat, options: ReporterOptions = ReporterOptions()) -> any Reporter {
        switch format {
        case .text: TextReporter(color: options.color, quiet: options.quiet)
        case .json: JSONReporter()
        case .sarif: SARIFReporter(informationUri: options.informationUri)
        case .csv: CSVReporter()
        case .html: HTMLReporter()
        }
    }
}
