import DwarsModel

/// Finds amounts, dates and percentages over the tokens of a text (`Lexicons/date-months.tsv`,
/// `Lexicons/amount-words.tsv`).
///
/// Amount: [currency] number [scale] [currency], with a currency on at least one side ("€ 1,6 mld.",
/// "1.020 miljoen euro"); a bare "0,15 mld" is not an amount (it may count anything).
/// Date: [day] month [year] with a day 1-31 or a four-digit year. Percentage: "5%", "12 %", "40 procent".
public struct SpanRecognizer: Sendable {
    private let months: [String: Int]
    private let currencies: Set<String>
    private let scales: Set<String>

    /// Loads the lexicons.
    public init() throws {
        do {
            let monthRows = try LexiconDirectory.table("date-months.tsv")
            let amountRows = try LexiconDirectory.table("amount-words.tsv")
            self.init(monthRows: monthRows, amountRows: amountRows)
        } catch let LexiconDirectory.LoadError.notFound(name) {
            throw TokenizationError.lexiconMissing(name: name)
        }
    }

    init(monthRows: [[String]], amountRows: [[String]]) {
        var months: [String: Int] = [:]
        for row in monthRows where row.count >= 2 { months[row[0].lowercased()] = Int(row[1]) }
        self.months = months
        currencies = Set(amountRows.filter { $0.count >= 2 && $0[1] == "currency" }.map { $0[0].lowercased() })
        scales = Set(amountRows.filter { $0.count >= 2 && $0[1] == "scale" }.map { $0[0].lowercased() })
    }

    /// The spans in `tokens`, in order, not overlapping.
    public func spans(in tokens: [Token]) -> [TypedSpan] {
        var out: [TypedSpan] = []
        var i = 0
        while i < tokens.count {
            if let end = amount(tokens, i) {
                out.append(span(.amount, tokens, i, end))
                i = end
            } else if let end = date(tokens, i) {
                out.append(span(.date, tokens, i, end))
                i = end
            } else if let end = percentage(tokens, i) {
                out.append(span(.percentage, tokens, i, end))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    private func span(_ kind: SpanKind, _ tokens: [Token], _ a: Int, _ b: Int) -> TypedSpan {
        TypedSpan(kind: kind, tokens: a..<b, range: tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound)
    }

    private func lower(_ t: Token) -> String { t.text.lowercased() }

    private func isAmountNumber(_ t: Token) -> Bool {
        t.kind == .number && t.text.utf8.first.map { $0 >= 48 && $0 <= 57 || $0 == 45 } == true
            && !t.text.hasSuffix("%")
    }

    private func amount(_ tokens: [Token], _ i: Int) -> Int? {
        var k = i
        var currency = false
        if currencies.contains(lower(tokens[k])), k + 1 < tokens.count, isAmountNumber(tokens[k + 1]) {
            currency = true
            k += 1
        }
        guard isAmountNumber(tokens[k]) else { return nil }
        k += 1
        if k < tokens.count, scales.contains(lower(tokens[k])) { k += 1 }
        if k < tokens.count, currencies.contains(lower(tokens[k])), tokens[k].kind == .word {
            currency = true
            k += 1
        }
        return currency ? k : nil
    }

    private func date(_ tokens: [Token], _ i: Int) -> Int? {
        var k = i
        var day = false
        if tokens[k].kind == .number, let d = Int(tokens[k].text), (1...31).contains(d), k + 1 < tokens.count,
            months[lower(tokens[k + 1])] != nil
        {
            day = true
            k += 1
        }
        guard months[lower(tokens[k])] != nil else { return nil }
        k += 1
        var year = false
        if k < tokens.count, tokens[k].kind == .number, tokens[k].text.utf8.count == 4,
            let y = Int(tokens[k].text), (1900...2100).contains(y)
        {
            year = true
            k += 1
        }
        return day || year ? k : nil
    }

    private func percentage(_ tokens: [Token], _ i: Int) -> Int? {
        let t = tokens[i]
        guard t.kind == .number else { return nil }
        if t.text.hasSuffix("%") { return i + 1 }
        if i + 1 < tokens.count {
            let next = lower(tokens[i + 1])
            if next == "%" || next == "procent" || next == "pct." || next == "procentpunt" { return i + 2 }
        }
        return nil
    }
}
