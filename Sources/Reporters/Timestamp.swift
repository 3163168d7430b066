import Foundation

/// RFC 3339 UTC time with milliseconds (`2025-03-01T08:00:00.250Z`), as SARIF and JSON-Schema
/// `date-time` checkers require.
enum Timestamp {
    static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
