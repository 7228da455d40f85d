import DwarsModel

/// Finds the recommendations a text puts forward: numbered imperative headings, proposal lists
/// (bullets and synopsis items) and inline proposal sentences, each with label, text, cue,
/// addressees, themes and B-codes.
///
/// The rule reads `TextUnit`s. A labelled heading counts when it opens with an imperative
/// ("Versterk ...", "VERBREDEN: BIED ...") or carries a cue; a list item when its lead-in announces
/// proposals ("stellen we voor:"), it opens with an imperative or carries a cue itself; a sentence
/// when it carries a cue of `recommendation-cues.txt` that no veto cancels. In a government letter
/// the sender's commitments ("we gaan ...") count too. Questions never count; a sentence that only
/// reports someone else's advice ("adviseerde", "volgens de SER") is returned with `reported: true`.
/// Synopsis items also yield an `xref` with relation "restates" to the item they summarise.
public struct RecommendationRule: TaggingRule {
    let lexicon: RecommendationLexicon
    let themes: ThemeClassifier
    let addressees: AddresseeFinder
    /// The last look at the findings: summaries and list fragments out (RecommendationFilter).
    let filter: RecommendationFilter
    /// Least word Dice between a synopsis item and the earlier item it restates.
    var restateThreshold = 0.3

    public init() throws {
        lexicon = try RecommendationLexicon.load()
        themes = try ThemeClassifier()
        addressees = try AddresseeFinder()
        filter = try RecommendationFilter.load(functionWords: lexicon.functionWords)
    }

    public func findings(in document: Document) -> [TaggedItem] {
        let units = lexicon.unitReader.units(of: document)
        return findings(in: document, units: units)
    }

    /// The findings in the context's document, reading the text units the context shares with the
    /// cross-reference rule (built once per document).
    public func findings(in context: Tagger.Context) -> [TaggedItem] {
        let reader = lexicon.unitReader
        let units = context.shared(TextUnitReader.sharedKey) { reader.units(of: $0) }
        return findings(in: context.document, units: units)
    }

    func findings(in document: Document, units: [TextUnit]) -> [TaggedItem] {
        var context = Context(document: document, isLetter: isGovernmentLetter(units))
        for unit in units {
            switch unit.shape {
            case .heading:
                heading(unit, &context)
            case .item:
                if unit.standsAlone && unit.marker != .bullet {
                    heading(unit, &context)
                } else {
                    item(unit, &context)
                }
            case .paragraph:
                sentences(of: unit, from: unit.text.startIndex, &context)
            case .footnote, .tableRow:
                continue
            }
        }
        siblings(units, &context)
        markReportingSegments(&context)
        context.items = filter.apply(context.items)
        return context.items + restatements(context)
    }

    /// Findings inside a sub-document whose type only reports (minutes, task descriptions) are reported.
    func markReportingSegments(_ context: inout Context) {
        let segments = context.document.segments
        guard !segments.isEmpty else { return }
        for k in context.items.indices {
            let line = context.items[k].line
            let inner = segments.filter { $0.startLine <= line && line <= $0.endLine }
                .min { ($0.endLine - $0.startLine) < ($1.endLine - $1.startLine) }
            if let inner, lexicon.reportingSegmentTypes.contains(inner.type) { context.items[k].reported = true }
        }
    }

    /// A numbered series (1, 2, 3 / a, b, c / 2.1, 2.2) of which at least a third are proposals is a series
    /// of proposals: its other members count too ("3.1 ZEGGENSCHAP ..." beside "3.2 VERGROOT ...").
    func siblings(_ units: [TextUnit], _ context: inout Context) {
        var series: [[Int]] = []
        var open: [String: (series: Int, last: String)] = [:]
        for u in units where u.marker == .number || u.marker == .letter || u.marker == .roman {
            guard let label = u.label, u.shape == .item || u.shape == .heading else { continue }
            let style = "\(u.marker)-\(label.filter { $0 == "." }.count)"
            if let o = open[style], ListLabel.successors(of: o.last).contains(label) {
                series[o.series].append(u.index)
                open[style] = (o.series, label)
            } else {
                series.append([u.index])
                open[style] = (series.count - 1, label)
            }
        }
        for s in series where s.count >= 2 {
            // A numbered list of problems or reasons ("Dilemma's: 1. ... 2. ...") is no series of proposals.
            if filter.rejectsList(leadIn: units[s[0]].leadIn, proposes: proposalLeadIn(units[s[0]]) != nil) { continue }
            let proposals = s.filter { context.unitsWithItem.contains($0) }.count
            // A series opened under a proposal lead-in ("De belangrijkste afspraken zijn:") is that list.
            let listed = context.unitsWithItem.contains(s[0]) && proposalLeadIn(units[s[0]]) != nil
            guard listed || proposals > 0 && proposals * 3 >= s.count else { continue }
            for i in s where !context.unitsWithItem.contains(i) {
                let u = units[i]
                let text = Self.trimListPunctuation(u.shape == .heading || u.standsAlone ? u.text : firstSentence(u.text))
                // One word will do in a listed series of headings ("d. Leertafels").
                let least = listed && (u.shape == .heading || u.standsAlone || u.lineStarts.count == 1) ? 1 : 2
                guard text.split(separator: " ").count >= least, !text.hasSuffix("?"), !Self.isContentsLine(text),
                    !lexicon.synopsis.matches(CueWords.words(text))
                else { continue }
                let standalone = u.shape == .heading || u.standsAlone
                emit(u, text: text, offset: 0, form: form(u, standalone: standalone), cue: "genummerde reeks", &context)
            }
        }
    }

    struct Context {
        var document: Document
        var isLetter: Bool
        var items: [TaggedItem] = []
        var count = 0
        /// Units (by index) whose own text (heading or first sentence) became a recommendation.
        var unitsWithItem: Set<Int> = []
        /// Lines of synopsis items under a heading that names a summary (only those restate).
        var synopsisLines: Set<Int> = []
    }

    // MARK: units

    func heading(_ unit: TextUnit, _ context: inout Context) {
        guard unit.marker != .none && unit.marker != .bullet || unit.labelNoun != nil else {
            // An unlabelled heading counts only when it is imperative ("Zorg voor integraal toezicht") or
            // names an action with an infinitive ("Instellen taskforce ...", "Lokale teams versterken").
            guard unit.text.split(separator: " ").count >= 2, !unit.text.hasSuffix("?") else { return }
            if isImperative(unit.text) {
                emit(unit, text: unit.text, offset: 0, form: "numbered-heading", cue: "imperatieve kop", &context)
            } else if isInfinitiveOpening(unit.text) && !opensWithCoordination(unit.text)
                || isInfinitiveClosing(unit.text)
            {
                emit(unit, text: unit.text, offset: 0, form: "numbered-heading", cue: "infinitief", &context)
            }
            return
        }
        let text = Self.trimListPunctuation(unit.text)
        guard !text.hasSuffix("?"), !Self.isContentsLine(text) else { return }
        if isImperative(text) {
            emit(unit, text: text, offset: 0, form: form(unit, standalone: true), cue: "imperatieve kop", &context)
        } else if unit.labelNoun != nil {
            emit(unit, text: firstSentence(text), offset: 0, form: "numbered-heading",
                 cue: unit.labelNoun! + " " + (unit.label ?? ""), &context)
        } else if isInfinitiveOpening(text) {
            emit(unit, text: text, offset: 0, form: form(unit, standalone: true), cue: "infinitief", &context)
        } else if let cue = cue(in: text, letter: context.isLetter) ?? headingCue(in: text) {
            emit(unit, text: text, offset: 0, form: form(unit, standalone: true), cue: cue.source, &context)
        }
    }

    func item(_ unit: TextUnit, _ context: inout Context) {
        let ranges = SentenceCutter.sentences(in: unit.text)
        guard let firstRange = ranges.first else { return }
        let first = Self.trimListPunctuation(String(unit.text[firstRange]))
        guard first.split(separator: " ").count >= 2, !Self.isContentsLine(first) else { return }
        // "Zie bijlage 3 ...": a pointer, not an item of the list's proposals.
        let opening = CueWords.words(first.prefix(40))
        if opening.first == "zie", !opening.prefix(4).contains("toe") {
            if ranges.count > 1 { sentences(of: unit, from: ranges[1].lowerBound, &context) }
            return
        }
        var cueText: String?
        if first.hasSuffix("?") {
            // A question names the topic of a proposal only as "Topic: question?" in a proposal list
            // ("De afspraken gaan over: 1) Ordening van X: op welk niveau ...?").
            guard Self.topicBeforeQuestion(first), let c = proposalLeadIn(unit) else { return }
            cueText = "lijst na '\(c.source)'"
        } else if isImperative(first) {
            cueText = "imperatief"
        } else if let noun = unit.labelNoun {
            cueText = noun + " " + (unit.label ?? "")
        } else if unit.marker != .bullet, isInfinitiveOpening(first) {
            cueText = "infinitief"
        } else if let c = cue(in: first, letter: context.isLetter)
            ?? (unit.marker != .bullet ? headingCue(in: first) : nil),
            unit.marker != .bullet || !lexicon.weakCues.contains(c.source)
        {
            cueText = c.source
        } else if let c = proposalLeadIn(unit, letter: context.isLetter) {
            cueText = "lijst na '\(c.source)'"
        } else if isSynopsis(unit) {
            cueText = "synopsislijst"
        }
        if let cueText {
            emit(unit, text: first, offset: 0, form: form(unit, standalone: false), cue: cueText, &context)
        }
        if ranges.count > 1 {
            sentences(of: unit, from: ranges[1].lowerBound, &context)
        }
    }

    func sentences(of unit: TextUnit, from start: String.Index, _ context: inout Context) {
        var quoteDepth = 0
        var scanned = unit.text.startIndex
        for range in SentenceCutter.sentences(in: unit.text) {
            // Quoted speech (“...”) reports what someone said.
            for c in unit.text[scanned..<range.lowerBound] {
                if c == "“" || c == "„" { quoteDepth += 1 } else if c == "”", quoteDepth > 0 { quoteDepth -= 1 }
            }
            scanned = range.lowerBound
            guard range.lowerBound >= start else { continue }
            let sentence = String(unit.text[range])
            let quoted = quoteDepth > 0 || sentence.hasPrefix("“") || sentence.hasPrefix("„")
            if sentence.hasSuffix("?") || sentence.hasSuffix(":") && !proposesBeforeColon(sentence, letter: context.isLetter) { continue }
            guard sentence.split(separator: " ").count >= 4 else { continue }
            let offset = unit.text.utf8.distance(from: unit.text.startIndex, to: range.lowerBound)
            if isImperative(sentence, inline: true) {
                emit(unit, text: sentence, offset: offset, form: "inline-sentence", cue: "imperatief", &context)
                if quoted { context.items[context.items.count - 1].reported = true }
                continue
            }
            guard let c = cue(in: sentence, letter: context.isLetter) else { continue }
            emit(unit, text: sentence, offset: offset, form: "inline-sentence", cue: c.source, &context)
            if quoted { context.items[context.items.count - 1].reported = true }
        }
    }

    // MARK: decisions

    /// The first cue of `text` that no veto overlaps.
    func cue(in text: String, letter: Bool) -> CuePattern? {
        let words = CueWords.words(text)
        let set = Set(words)
        if lexicon.sentenceVetoes.matches(words, set: set) { return nil }
        let vetoRanges = lexicon.vetoes.patterns.filter { $0.mayMatch(set) }.compactMap { $0.firstMatch(in: words) }
        let lists = letter ? [lexicon.cues, lexicon.commitments] : [lexicon.cues]
        var starts: [Int]?
        var lowered: String?
        var best: (CuePattern, Int)?
        for list in lists {
            for p in list.patterns where p.mayMatch(set) {
                // A cue written with a colon ("voorstel:") needs the colon in the text.
                if p.source.hasSuffix(":") {
                    if lowered == nil { lowered = text.lowercased() }
                    if !lowered!.contains(p.source) { continue }
                }
                var from = 0
                while let r = p.firstMatch(in: words, from: from) {
                    var subordinate = false
                    if case .word(let w) = p.parts[0], lexicon.finiteModals.contains(w) {
                        if starts == nil { starts = Self.clauseStarts(text) }
                        subordinate = starts!.count == words.count && isSubordinate(words, at: r.lowerBound, clauseStarts: starts!)
                    }
                    if !subordinate && !vetoRanges.contains(where: { $0.overlaps(r) }) {
                        if best == nil || p.weight > best!.1 { best = (p, p.weight) }
                        break
                    }
                    from = r.lowerBound + 1
                }
                if best != nil && best!.1 >= p.weight { break }
            }
        }
        if best == nil, letter {
            if starts == nil { starts = Self.clauseStarts(text) }
            return actorCommitment(words, clauseStarts: starts!.count == words.count ? starts! : nil,
                                   vetoes: vetoRanges)
        }
        return best?.0
    }

    /// In a letter: an actor of `recommendation-letter-actors.txt` (a ministry, the VNG, "we") with a verb
    /// of acting right beside it, either after it ("VWS en VNG ondersteunen", "de ministeries van VWS en
    /// JenV onderzoeken") or before it ("Komende zomer inventariseert de VNG"), in a main clause and not
    /// overlapping a veto. The cue names both words.
    func actorCommitment(_ words: [String], clauseStarts: [Int]?, vetoes: [Range<Int>]) -> CuePattern? {
        // Words that may stand inside an actor's name or between two actors.
        let joiners = lexicon.functionWords.actorJoiners
        for (i, w) in words.enumerated() where lexicon.letterActors.contains(w) {
            var j = i + 1
            while j < words.count, j - i <= 5, joiners.contains(words[j]) || lexicon.letterActors.contains(words[j]) {
                j += 1
            }
            if j < words.count, j > i, lexicon.letterActions.contains(words[j]), !joiners.contains(words[j - 1]),
                !vetoes.contains(where: { $0.overlaps(i..<(j + 1)) }),
                clauseStarts.map({ !isSubordinate(words, at: i, clauseStarts: $0) }) ?? true
            {
                return CuePattern("\(w) \(words[j])")
            }
            var k = i - 1
            if k >= 0, lexicon.functionWords.articles.contains(words[k]) { k -= 1 }
            if k >= 1, lexicon.letterActions.contains(words[k]), !vetoes.contains(where: { $0.overlaps(k..<(i + 1)) }) {
                return CuePattern("\(words[k]) \(w)")
            }
        }
        return nil
    }

    /// Whether the finite modal at `m` stands in a subordinate clause: after a subordinator of its clause
    /// ("de hulp die er moet komen", "de wet regelt dat gemeenten moeten samenwerken"), or as an infinitive
    /// after "te". A "dat"-clause after a verb of opinion ("de werkgroep stelt dat ...") still counts, and a
    /// pronoun that opens the clause right before the modal is its subject ("Dat moet anders").
    func isSubordinate(_ words: [String], at m: Int, clauseStarts: [Int]) -> Bool {
        if m > 0, words[m - 1] == "te" { return true }
        let s = clauseStarts[m]
        var k = m - 1
        while k >= s {
            // A finite verb in between closed the subordinate clause: the modal opens the main clause.
            // ("... tekorten hebben en de deuren moeten sluiten" coordinates two verbs of one clause.)
            if lexicon.finiteModals.contains(words[k]) || lexicon.finiteVerbs.contains(words[k]),
                k + 1 == m || !lexicon.functionWords.coordinators.contains(words[k + 1])
            {
                return false
            }
            if lexicon.subordinators.contains(words[k]) {
                if k == s && k == m - 1 { return false }
                if words[k] == "dat", words[max(s, k - 6)..<k].contains(where: { lexicon.opinionVerbs.contains($0) }) {
                    return false
                }
                return true
            }
            k -= 1
        }
        return false
    }

    /// For each word of `CueWords.words(text)`, the index of the first word of its clause (clauses end at
    /// a comma, semicolon, colon, question mark, bracket or dash).
    static func clauseStarts(_ text: String) -> [Int] {
        var starts: [Int] = []
        var clause = ""
        func flush() {
            let first = starts.count
            starts.append(contentsOf: repeatElement(first, count: CueWords.words(clause).count))
            clause = ""
        }
        for c in text {
            if c == "," || c == ";" || c == ":" || c == "?" || c == "(" || c == ")" || c == "–" || c == "—" {
                flush()
            } else {
                clause.append(c)
            }
        }
        flush()
        return starts
    }

    /// Opens with an imperative, after an optional "KEYWORD:" prefix ("VERBREDEN: BIED ...").
    func isImperative(_ text: String, inline: Bool = false) -> Bool {
        var body = Substring(text)
        if let colon = body.firstIndex(of: ":"), body.distance(from: body.startIndex, to: colon) < 40,
            body[..<colon].split(separator: " ").count <= 3
        {
            body = body[body.index(after: colon)...]
        }
        let words = CueWords.words(body.prefix(60))
        guard let first = words.first else { return false }
        guard lexicon.imperatives.contains(first) else { return false }
        // "Focus, doelen en opbrengsten": a noun in an enumeration.
        let trimmed = body.drop(while: { $0 == " " })
        if trimmed.dropFirst(first.count).first == "," { return false }
        // "Zorg is ..." / "Werk is ..." are nouns, not imperatives; "Stel dat ..." supposes.
        if words.count > 1, lexicon.imperativeVetoes.contains(words[1]) { return false }
        // "Deel 3", "Stap 2": a noun with its number.
        if words.count > 1, words[1].first?.isNumber == true { return false }
        if lexicon.imperativeVetoPhrases.contains(where: { words.starts(with: $0) }) { return false }
        // "Zie ..." points elsewhere (only "Zie toe op ...", "Zie erop toe ..." asks something); in running
        // text a capitalised verb must open the sentence.
        if first == "zie", !words.prefix(4).contains("toe") { return false }
        if inline && !(text.first?.isUppercase ?? false) { return false }
        return true
    }

    /// Opens with an infinitive of a proposal verb ("Versterken van ...", "Instellen taskforce ...").
    func isInfinitiveOpening(_ text: String) -> Bool {
        guard let first = CueWords.words(text.prefix(40)).first, first.count > 4, first.hasSuffix("en") else {
            return false
        }
        var stems = [String(first.dropLast(2))]
        for prefix in lexicon.infinitivePrefixes where stems[0].hasPrefix(prefix) && stems[0].count > prefix.count + 2 {
            stems.append(String(stems[0].dropFirst(prefix.count)))
        }
        for stem in stems {
            if lexicon.imperatives.contains(stem) { return true }
            // doubled consonant: zetten -> zet, stoppen -> stop
            if let l = stem.last, stem.dropLast().last == l, lexicon.imperatives.contains(String(stem.dropLast())) {
                return true
            }
            // long vowel written single before one consonant: maken -> maak, creëren -> creëer
            if stem.count >= 3 {
                var chars = Array(stem)
                let v = chars[chars.count - 2]
                if "aeouë".contains(v) {
                    chars.insert(v == "ë" ? "e" : v, at: chars.count - 1)
                    if lexicon.imperatives.contains(String(chars)) { return true }
                }
            }
            // stems in -v/-z write -f/-s: verhelderen is fine, geven -> geef
            if stem.hasSuffix("v") || stem.hasSuffix("z") {
                var chars = Array(stem)
                let last: Character = stem.hasSuffix("v") ? "f" : "s"
                chars[chars.count - 1] = last
                if lexicon.imperatives.contains(String(chars)) { return true }
                if chars.count >= 3, "aeou".contains(chars[chars.count - 2]) {
                    chars.insert(chars[chars.count - 2], at: chars.count - 1)
                    if lexicon.imperatives.contains(String(chars)) { return true }
                }
            }
        }
        return false
    }

    /// Whether a word of `text` ends in an attachment's file extension ("rapportage.pdf").
    func namesAttachment(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in
            let w = word.lowercased().trimmingCharacters(in: [",", ";", ")", "("])
            return lexicon.attachmentExtensions.contains { w.hasSuffix($0) && w.count > $0.count }
        }
    }

    /// "Leren en verbeteren", "Leren en business case": a title naming a field, not an action.
    func opensWithCoordination(_ text: String) -> Bool {
        let words = CueWords.words(text.prefix(40))
        return words.count > 1 && lexicon.functionWords.coordinators.contains(words[1])
    }

    /// Closes with an infinitive of a proposal verb after a noun phrase of at least two words
    /// ("Kwaliteit van lokale teams versterken"), not after "te" or a conjunction ("leren en verbeteren").
    func isInfinitiveClosing(_ text: String) -> Bool {
        let words = CueWords.words(text)
        guard words.count >= 3, let last = words.last, !lexicon.functionWords.infinitiveBlockers.contains(words[words.count - 2]),
            let l = text.last, l.isLetter
        else { return false }
        return isInfinitiveOpening(last)
    }

    /// An elliptical heading cue ("... nodig", "Van ... naar ...").
    func headingCue(in text: String) -> CuePattern? {
        let words = CueWords.words(text)
        guard let (p, r) = lexicon.headingCues.firstMatch(in: words) else { return nil }
        // "... wanneer dit nodig is": the vetoes of the inline cues hold here too.
        let set = Set(words)
        if lexicon.vetoes.patterns.contains(where: { $0.mayMatch(set) && $0.firstMatch(in: words)?.overlaps(r) == true }) {
            return nil
        }
        return p
    }

    /// The lead-in cue that makes the list of `unit` a list of proposals ("We maken afspraken over:").
    func proposalLeadIn(_ unit: TextUnit, letter: Bool = false) -> CuePattern? {
        guard let leadIn = unit.leadIn, !leadIn.hasSuffix("?") else { return nil }
        let words = CueWords.words(leadIn)
        let set = Set(words)
        for p in lexicon.leadIns.patterns where p.mayMatch(set) {
            if p.source.hasSuffix(":") {
                // Written with its colon: the pattern closes the lead-in.
                let from = max(0, words.count - p.parts.count)
                if leadIn.hasSuffix(":"), let r = p.firstMatch(in: words, from: from), r.upperBound == words.count {
                    return p
                }
            } else if p.firstMatch(in: words) != nil {
                return p
            }
        }
        return cuedLeadIn(leadIn, letter: letter)
    }

    /// "Ordening van het landschap: op welk niveau ...?": a short topic before a colon, then a question.
    static func topicBeforeQuestion(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let topic = text[..<colon].split(separator: " ")
        return topic.count >= 2 && topic.count <= 8 && !text[..<colon].contains("?")
    }

    func isSynopsis(_ unit: TextUnit) -> Bool {
        if let section = unit.section, lexicon.synopsis.matches(CueWords.words(section)) { return true }
        if let leadIn = unit.leadIn, lexicon.synopsis.matches(CueWords.words(leadIn)) { return true }
        return false
    }

    func form(_ unit: TextUnit, standalone: Bool) -> String {
        if isSynopsis(unit) && unit.shape == .item && !standalone { return "synopsis-item" }
        if standalone || unit.shape == .heading { return "numbered-heading" }
        return "bullet"
    }

    func isGovernmentLetter(_ units: [TextUnit]) -> Bool {
        let head = units.prefix(while: { $0.firstLine <= 80 }).map { $0.text.lowercased() }.joined(separator: " ")
        return lexicon.letterMarkers.contains { head.contains($0) }
    }

    func firstSentence(_ text: String) -> String {
        SentenceCutter.sentences(in: text).first.map { String(text[$0]) } ?? text
    }

    static func trimListPunctuation(_ text: String) -> String {
        var t = Substring(text)
        while let l = t.last, l == ";" || l == "," || l == " " { t = t.dropLast() }
        return String(t)
    }

    /// A table-of-contents line ("Inleiding ........ 3").
    static func isContentsLine(_ text: String) -> Bool {
        text.contains("....") || text.contains("…..")
    }

    // MARK: output

    func emit(_ unit: TextUnit, text: String, offset: Int, form: String, cue: String, _ context: inout Context) {
        // A list of attached files ("Advies werkgroep 2112.pdf") proposes nothing.
        if form != "inline-sentence", namesAttachment(text) { return }
        // The items of a list of problems or reasons ("Dilemma's:") propose nothing (RecommendationFilter).
        if form != "inline-sentence", filter.rejectsList(leadIn: unit.leadIn, proposes: proposalLeadIn(unit) != nil) { return }
        context.count += 1
        if offset == 0 { context.unitsWithItem.insert(unit.index) }
        if form == "synopsis-item", let section = unit.section, lexicon.synopsis.matches(CueWords.words(section)) {
            context.synopsisLines.insert(unit.line(atUTF8Offset: offset))
        }
        let line = unit.line(atUTF8Offset: offset)
        let stem = String(context.document.fileName.prefix(while: { $0 != "_" && $0 != "." }))
        var item = TaggedItem(doc: context.document.fileName, line: line, kind: .recommendation, page: unit.page,
                              id: "\(stem)-R\(context.count)")
        item.label = form == "inline-sentence" ? nil : unit.label
        item.text = text
        item.form = form
        item.cue = cue
        item.addressee = addressees.addressees(in: text)
        item.themes = themes.themes(of: text + " " + (form == "inline-sentence" ? "" : (unit.section ?? "")))
        // Codes printed in the text, in its section heading, or in the title of the sub-document (a fiche).
        var codes = Self.bcodes(in: text)
        var contextTitles = [unit.section ?? ""]
        if let segment = context.document.segments.filter({ $0.startLine <= line && line <= $0.endLine })
            .min(by: { ($0.endLine - $0.startLine) < ($1.endLine - $1.startLine) })
        {
            contextTitles.append(segment.title)
        }
        for title in contextTitles {
            for code in Self.bcodes(in: title) where !codes.contains(code) { codes.append(code) }
        }
        item.bcodes = codes
        let words = CueWords.words(text)
        if lexicon.reported.matches(words) { item.reported = true }
        context.items.append(item)
    }

    /// The B-codes written in `text` ("B5", "B 23", "maatregel B17").
    static func bcodes(in text: String) -> [String] {
        var codes: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i] == "B", i == 0 || !chars[i - 1].isLetter {
                var j = i + 1
                if j < chars.count, chars[j] == " " { j += 1 }
                var digits = ""
                while j < chars.count, chars[j].isASCII, chars[j].isNumber, digits.count < 2 {
                    digits.append(chars[j])
                    j += 1
                }
                if !digits.isEmpty, j == chars.count || !(chars[j].isNumber || chars[j].isLetter),
                    let n = Int(digits), n >= 1, n <= 40
                {
                    let code = "B\(n)"
                    if !codes.contains(code) { codes.append(code) }
                }
                i = j
                continue
            }
            i += 1
        }
        return codes
    }

    /// `xref` findings with relation "restates" from each synopsis item to the earlier item it restates.
    func restatements(_ context: Context) -> [TaggedItem] {
        var result: [TaggedItem] = []
        let all = context.items.filter { $0.reported != true }
        let prepared = all.map { ScoreWords.words($0.text) }
        let synopsisSections = context.synopsisLines
        for (k, item) in all.enumerated() where item.form == "synopsis-item" && synopsisSections.contains(item.line) {
            var best: (Int, Double)?
            // A synopsis restates what came before it: the most similar earlier item.
            for (m, other) in all.enumerated() where other.line < item.line && other.form != "synopsis-item" {
                let d = ScoreWords.dice(words: prepared[k], prepared[m])
                if d >= restateThreshold, best == nil || d > best!.1 { best = (m, d) }
            }
            guard let (m, _) = best else { continue }
            var x = TaggedItem(doc: item.doc, line: item.line, kind: .xref, page: item.page)
            x.from = item.id
            x.surface = item.text
            x.target = all[m].id
            x.targetDoc = item.doc
            x.relation = "restates"
            result.append(x)
        }
        return result
    }
}
