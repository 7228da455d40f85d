internal import CDwarsPoppler

/// A GLib `GError` reported by poppler-glib, copied into Swift once (domain, code, message).
struct PopplerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The GQuark's string ("poppler-quark", "g-file-error-quark").
    let domain: String
    /// The error code within the domain (`POPPLER_ERROR_ENCRYPTED` = 1, `POPPLER_ERROR_DAMAGED` = 4).
    let code: Int
    let message: String

    /// Takes ownership of `error` and frees it.
    init(taking error: UnsafeMutablePointer<GError>) {
        defer { cdwars_error_free(error) }
        domain = g_quark_to_string(error.pointee.domain).map { String(cString: $0) } ?? "unknown"
        code = Int(error.pointee.code)
        message = error.pointee.message.map { String(cString: $0) } ?? "no message"
    }

    /// True when poppler refused the document because a password is needed.
    var isEncrypted: Bool {
        domain == "poppler-quark" && code == Int(POPPLER_ERROR_ENCRYPTED.rawValue)
    }

    var description: String { "\(domain) \(code): \(message)" }
}
