/// Renders the concept Hervormingsagenda outline as Markdown and as HTML; every statement carries its source.
public struct OutlineReport: Sendable {
    public var labels: ReportLabels
    /// Most backing citations printed per measure (all are in the JSON).
    public var maxBacking: Int

    public init(labels: ReportLabels, maxBacking: Int = 8) {
        self.labels = labels
        self.maxBacking = maxBacking
    }

    /// `outline.md`.
    public func markdown(_ outline: Outline) -> String {
        var out = "# \(labels["heading.outline"])\n\n"
        out += "_\(labels["heading.amounts"]). \(Markdown.inline(outline.signNote))._\n"
        for (n, chapter) in outline.chapters.enumerated() {
            out += "\n## \(n + 1). \(Markdown.inline(chapter.title))\n"
            for measure in chapter.measures { out += measureMarkdown(measure) }
        }
        if !outline.totals.isEmpty {
            out += "\n## \(labels.column("total"))\n\n"
            for total in outline.totals {
                out +=
                    "- \(total.table), \(Markdown.inline(total.name)): "
                    + total.years.map { "\($0.year) \($0.display)" }.joined(separator: ", ")
                    + " (\(labels["phrase.source"]): \(total.source.dutchReference))\n"
            }
        }
        out += "\n## \(labels["heading.openPoints"])\n\n"
        if outline.openPoints.isEmpty { out += "- \(labels["phrase.noOpenPoints"])\n" }
        for point in outline.openPoints {
            out +=
                "- \(Markdown.inline(point.text)) (\(labels["phrase.source"]): "
                + point.sources.prefix(6).map(\.dutchReference).joined(separator: "; ") + ")\n"
        }
        return out
    }

    private func measureMarkdown(_ m: MeasureSummary) -> String {
        var out = "\n### \(m.displayCode) \(Markdown.inline(m.name))\n\n"
        if let table = m.table, let source = m.source {
            let agreement = m.agreement == true ? labels["phrase.agree"] : labels["phrase.disagree"]
            out +=
                "- \(labels.column("table")): \(table); \(labels.column("agreement")): \(agreement) "
                + "(\(labels["phrase.source"]): \(source.dutchReference))\n"
            out += "\n| " + m.years.map(\.year).joined(separator: " | ") + " | \(labels.column("total")) |\n"
            out += "|" + String(repeating: "---:|", count: m.years.count + 1) + "\n"
            out += "| " + m.years.map(\.display).joined(separator: " | ") + " | \(m.total?.display ?? "") |\n\n"
        } else {
            out += "- \(labels.column("table")): \(labels["phrase.notInTables"])\n"
        }
        for copy in m.copies {
            out +=
                "- \(Markdown.inline(copy.table)): "
                + copy.years.map { "\($0.year) \($0.display)" }.joined(separator: ", ")
                + " — \(verdict(copy.verdict)) (\(labels["phrase.source"]): \(copy.source.dutchReference))\n"
        }
        if !m.mentions.isEmpty {
            out +=
                "- \(labels["phrase.members"]): " + m.mentions.prefix(12).map(\.location).joined(separator: ", ") + "\n"
        }
        out += "- \(labels["heading.backing"]):"
        if m.backing.isEmpty { out += " \(labels["phrase.noBacking"])\n" } else { out += "\n" }
        for c in m.backing.prefix(maxBacking) {
            out += "  - \(c.dutchReference): \(Markdown.inline(c.sentence))\n"
        }
        if m.backing.count > maxBacking {
            out += "  - … (\(m.backing.count - maxBacking) \(labels["phrase.results"]))\n"
        }
        out += "- \(labels["heading.stances"]):"
        if m.stances.isEmpty { out += " \(labels["phrase.noStances"])\n" } else { out += "\n" }
        for s in m.stances {
            out +=
                "  - \(labels.party(s.party)): \(labels.stance(s.stance)) — \(Markdown.inline(s.source.sentence)) "
                + "(\(labels["phrase.source"]): \(s.source.dutchReference))\n"
        }
        return out
    }

    func verdict(_ v: CopyComparison.Verdict) -> String {
        switch v {
        case .same: "="
        case .negated: labels["phrase.copySign"]
        case .differs: labels["phrase.copyDiffers"]
        case .copyOnly: labels["phrase.copyOnly"]
        case .incomparable: labels["phrase.unknown"]
        }
    }

    /// The outline as an HTML fragment (a `<section>`), for `outline.html` and `index.html`.
    public func htmlFragment(_ outline: Outline) -> String {
        var h = "<section id=\"outline\"><h2>\(HTML.escape(labels["heading.outline"]))</h2>\n"
        h += "<p class=\"note\">\(HTML.escape(labels["heading.amounts"])). \(HTML.escape(outline.signNote)).</p>\n"
        for (n, chapter) in outline.chapters.enumerated() {
            h += "<h3>\(n + 1). \(HTML.escape(chapter.title))</h3>\n"
            for m in chapter.measures { h += measureHTML(m) }
        }
        if !outline.totals.isEmpty {
            h += "<h3>\(HTML.escape(labels.column("total")))</h3><ul>\n"
            for total in outline.totals {
                h +=
                    "<li>\(HTML.escape(total.table)), \(HTML.escape(total.name)): "
                    + HTML.escape(total.years.map { "\($0.year) \($0.display)" }.joined(separator: ", "))
                    + " \(cite(total.source))</li>\n"
            }
            h += "</ul>\n"
        }
        h += "<h3>\(HTML.escape(labels["heading.openPoints"]))</h3><ul class=\"open-points\">\n"
        for point in outline.openPoints {
            h +=
                "<li data-kind=\"\(point.kind.rawValue)\">\(HTML.escape(point.text)) "
                + point.sources.prefix(6).map(cite).joined(separator: " ") + "</li>\n"
        }
        if outline.openPoints.isEmpty { h += "<li>\(HTML.escape(labels["phrase.noOpenPoints"]))</li>\n" }
        return h + "</ul></section>\n"
    }

    private func measureHTML(_ m: MeasureSummary) -> String {
        var h =
            "<div class=\"measure\" data-key=\"\(HTML.escape(m.key))\"><h4>\(HTML.escape(m.displayCode)) "
            + "\(HTML.escape(m.name))</h4>\n"
        if let table = m.table, let source = m.source {
            let agreement = m.agreement == true ? labels["phrase.agree"] : labels["phrase.disagree"]
            h +=
                "<p>\(HTML.escape(labels.column("table"))): \(HTML.escape(table)); "
                + "\(HTML.escape(labels.column("agreement"))): \(HTML.escape(agreement)) \(cite(source))</p>\n"
            h +=
                "<table class=\"amounts\"><tr>" + m.years.map { "<th>\($0.year)</th>" }.joined()
                + "<th>\(HTML.escape(labels.column("total")))</th></tr><tr>"
                + m.years.map { "<td>\(HTML.escape($0.display))</td>" }.joined()
                + "<td>\(HTML.escape(m.total?.display ?? ""))</td></tr></table>\n"
        } else {
            h += "<p>\(HTML.escape(labels.column("table"))): \(HTML.escape(labels["phrase.notInTables"]))</p>\n"
        }
        for copy in m.copies {
            h +=
                "<p class=\"copy\">\(HTML.escape(copy.table)): "
                + HTML.escape(copy.years.map { "\($0.year) \($0.display)" }.joined(separator: ", "))
                + " — \(HTML.escape(verdict(copy.verdict))) \(cite(copy.source))</p>\n"
        }
        h += "<p><b>\(HTML.escape(labels["heading.backing"]))</b></p><ul>"
        if m.backing.isEmpty { h += "<li>\(HTML.escape(labels["phrase.noBacking"]))</li>" }
        for c in m.backing.prefix(maxBacking) { h += "<li>\(HTML.escape(c.sentence)) \(cite(c))</li>" }
        h += "</ul>\n<p><b>\(HTML.escape(labels["heading.stances"]))</b></p><ul>"
        if m.stances.isEmpty { h += "<li>\(HTML.escape(labels["phrase.noStances"]))</li>" }
        for s in m.stances {
            h +=
                "<li>\(HTML.escape(labels.party(s.party))): \(HTML.escape(labels.stance(s.stance))) — "
                + "\(HTML.escape(s.source.sentence)) \(cite(s.source))</li>"
        }
        return h + "</ul></div>\n"
    }

    private func cite(_ c: Citation) -> String {
        "<cite data-doc=\"\(HTML.escape(c.doc))\" data-line=\"\(c.line)\">[\(HTML.escape(c.dutchReference))]</cite>"
    }
}
