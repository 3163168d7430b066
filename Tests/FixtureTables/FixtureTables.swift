import Foundation
import LintModel
import TableReader

/// The real tables under `Fixtures/tables`, shared by every test target.
public enum FixtureTables {
    /// The repository root (this file is `Tests/FixtureTables/FixtureTables.swift`).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let folder = repositoryRoot.appendingPathComponent("Fixtures/tables")

    /// Every fixture, by the name its golden files use.
    public static let names = [
        "haizhu-2025-hrss.txt", "panyu-2023-hrss.txt", "guangzhou-city-2026-hrss.txt",
        "huangpu-2022-hrss.txt", "conghua-2025-hrss-pdf.txt",
    ]

    /// The path reports show for a fixture.
    public static func reportedPath(_ name: String) -> String { "Fixtures/tables/\(name)" }

    /// A fixture's bytes as on disk; a missing fixture stops the test run.
    public static func bytes(_ name: String) -> [UInt8] {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)), !data.isEmpty else {
            preconditionFailure("fixture \(name) is missing")
        }
        return [UInt8](data)
    }

    /// A fixture read by the table reader.
    public static func document(_ name: String) -> Document {
        TableReader.read(bytes: bytes(name), path: reportedPath(name))
    }
}
