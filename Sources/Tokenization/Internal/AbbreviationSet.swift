/// The abbreviations that keep their final period, folded to lower case, for lookup from scanner units.
struct AbbreviationSet: Sendable {
    private let forms: Set<String>
    let longest: Int

    init(_ entries: some Sequence<String>) {
        let forms = Set(entries.map { $0.lowercased() })
        self.forms = forms
        self.longest = forms.map(\.unicodeScalars.count).max() ?? 0
    }

    func contains(_ form: String) -> Bool { forms.contains(form.lowercased()) }

    /// Whether the units `lo..<hi` spell an entry (ASCII case folded).
    func contains(units: [Unit], _ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo <= longest else { return false }
        var view = String.UnicodeScalarView()
        for k in lo..<hi {
            var v = units[k].scalar
            if v >= 65 && v <= 90 { v |= 0x20 }
            guard let s = Unicode.Scalar(v) else { return false }
            view.append(s)
        }
        return forms.contains(String(view))
    }
}
