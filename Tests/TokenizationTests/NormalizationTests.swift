import Testing
import Tokenization

@Suite("Normalisation: folding, stemming, compounds")
struct NormalizationTests {
    static let normalizer = try! MatchNormalizer()

    @Test(arguments: [
        ("Cliënt", "client"), ("ÉÉN", "een"), ("Reünie", "reunie"), ("café", "cafe"), ("ĳs", "ijs"),
        ("regio’s", "regio's"), ("JEUGD", "jeugd"), ("cafe\u{301}", "cafe"),
    ])
    func folding(_ input: String, _ folded: String) {
        #expect(MatchNormalizer.fold(input) == folded)
    }

    @Test(arguments: [
        ("kwaliteiten", "kwaliteit"), ("eisen", "eis"), ("gemeenten", "gemeent"), ("aanbieders", "aanbieder"),
    ])
    func snowballDutch(_ word: String, _ stem: String) {
        #expect(Self.normalizer.stem(word) == stem)
    }

    @Test func stemmerIsDeterministicAcrossThreads() async {
        let stemmer = Self.normalizer.stemmer
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { stemmer.stem("jeugdhulpaanbieders") } }
            var all: Set<String> = []
            for await r in group { all.insert(r) }
            return all
        }
        #expect(results.count == 1)
    }

    /// Compounds chosen not to occur in the seed texts.
    @Test(arguments: [
        ("jeugdhulpaanbieders", ["jeugd", "hulp", "aanbieders"]),
        ("kwaliteitseisen", ["kwaliteit", "eisen"]),
        ("pleegouderwerving", ["pleeg", "ouder", "werving"]),
        ("voetbalclubbestuur", ["voetbal", "club", "bestuur"]),
        ("zwembadtarieven", ["zwembad", "tarieven"]),
        ("schoolzwemmen", ["school", "zwemmen"]),
        ("sportverenigingsbestuur", ["sport", "vereniging", "bestuur"]),
        ("speeltuinonderhoud", ["speel", "tuin", "onderhoud"]),
        ("wijkagent-overleg", ["wijk", "agent", "overleg"]),
    ])
    func compoundSplitting(_ word: String, _ parts: [String]) throws {
        let splitter = try #require(try? CompoundSplitter.shared())
        #expect(splitter.split(word) == parts)
    }

    @Test(arguments: ["aanbieders", "verantwoordelijkheid", "gemeenten", "kinderen", "ondersteuning"])
    func nonCompoundsStayWhole(_ word: String) throws {
        let splitter = try #require(try? CompoundSplitter.shared())
        #expect(splitter.split(word) == [word])
    }

    @Test func paraphraseAndCompoundMeetAfterStemming() throws {
        let tokenizer = try Tokenizer()
        let phrase = Set(Self.normalizer.matchKeys(inText: "eisen aan de kwaliteit", tokenizer: tokenizer))
        let compound = Set(Self.normalizer.matchKeys("kwaliteitseisen"))
        #expect(compound.isSubset(of: phrase), "\(compound) vs \(phrase)")
        let phrase2 = Set(Self.normalizer.matchKeys(inText: "aanbieders van hulp voor de jeugd", tokenizer: tokenizer))
        #expect(Set(Self.normalizer.matchKeys("jeugdhulpaanbieders")).isSubset(of: phrase2))
    }
}
