import DwarsModel
import Foundation
import Testing

@testable import Tagging

/// Inline-sentence recommendations: modal cues in main and subordinate clauses, opinion frames,
/// reported advice and a government letter's commitments. All sentences are written for these tests in
/// the style of Dutch advisory reports and letters to parliament (not copied from the seeds).
@Suite struct RecommendationInlineTests {
    /// The one inline recommendation of `sentence` set in a short paragraph, or nil.
    func inline(_ sentence: String) throws -> TaggedItem? {
        let (items, _) = try TagFixture.recommendations("Toelichting\n\nDe regio kent al jaren tekorten. \(sentence)\n")
        return items.first { $0.text == sentence }
    }

    @Test(arguments: [
        "Gemeenten moeten de toegang tot pleegzorg eenvoudiger regelen.",
        "Daarom moet er in elke regio een vast aanspreekpunt voor scholen komen.",
        "Een gezin dat acuut hulp nodig heeft moet binnen een week worden geholpen.",
        "De werkgroep stelt dat de contracten voortaan vijf jaar moeten lopen.",
        "Wij menen als adviesraad dan ook dat de inspectie vaker onaangekondigd moet komen.",
        "Om de wachttijden te verkorten moeten aanbieders hun capaciteit delen.",
    ])
    func mainClauseModalsAreProposals(sentence: String) throws {
        #expect(try inline(sentence) != nil)
    }

    @Test(arguments: [
        "De wet regelt dat gemeenten bij de inkoop van gesloten jeugdhulp moeten samenwerken.",
        "Er is een convenant in de maak, dat een goede basis moet bieden voor later toezicht.",
        "Het is nog onduidelijk hoe het verder moet met de financiering van de crisisbedden.",
        "Ouders weten niet welke formulieren zij moeten invullen voor een beschikking.",
        "Wij schetsen de vragen waarbij we later nog nader moeten beslissen.",
        "Het kost veel energie om telkens andere loketten te moeten benaderen.",
    ])
    func subordinateModalsDescribe(sentence: String) throws {
        #expect(try inline(sentence) == nil)
    }

    @Test(arguments: [
        ("Wij pleiten ervoor om ook de huisartsen bij de regionale tafels te betrekken.", "pleiten ervoor"),
        ("Wij vinden het daarom van belang dat de inspectie ook de wijkteams bezoekt.", "vind* .. het .. van belang"),
        ("De denktank vindt het belangrijk dat ouders hun dossier zelf kunnen inzien.", "vind* .. het .. belangrijk"),
        ("Wij achten het nodig om de vakbonden bij de uitwerking te betrekken.", "acht* .. het .. nodig"),
        ("Het is daarom ten eerste van belang dat de taken helder worden verdeeld.", "het is .. van belang dat"),
        ("De adviesraad is daarom van mening dat de tarieven jaarlijks worden geïndexeerd.", "is .. van mening dat"),
        ("Wij kunnen ons voorstellen dat hiervoor extra middelen beschikbaar komen.", "kunnen ons .. voorstellen dat"),
        ("Het is extra urgent om te investeren in het behoud van ervaren gezinsvoogden.", "is .. urgent om"),
    ])
    func opinionFramesOfAdvisoryReports(sentence: String, cue: String) throws {
        let found = try #require(try inline(sentence))
        #expect(found.cue == cue)
    }

    @Test(arguments: [
        ("De rol van ouders in de cliëntenraad kan worden versterkt door hen vooraf te informeren.", "kan worden versterkt"),
        ("Ook een vaste mentor op school kan bijdragen aan een soepele overstap naar het vervolgonderwijs.", "kan bijdragen aan"),
        ("De provincie heeft een belangrijke rol bij het bewaken van de spreiding van crisisplekken.", "heeft een belangrijke rol"),
        ("Wij gaan uit van de kracht van het netwerk rond het gezin.", "gaan uit van"),
        ("Gezinsvoogden die dit zware werk doen, verdienen daarvoor meer erkenning.", "verdien* ... erkenning"),
    ])
    func normativeStatementsOfAnAdvice(sentence: String, cue: String) throws {
        let found = try #require(try inline(sentence))
        #expect(found.cue == cue)
    }

    @Test(arguments: [
        "Veel gezinnen moeten daardoor maanden wachten op een eerste gesprek.",
        "In die gevallen moet er vaak een nieuwe beschikking komen.",
        "We zien dat de instellingen tekorten hebben en hun deuren moeten sluiten.",
        "Tot slot willen we benadrukken dat deze cijfers voorlopig zijn.",
        "Wij willen iedereen die aan dit rapport heeft meegewerkt heel hartelijk bedanken.",
        "Met dit voorstel worden regio's verplicht om samen te werken bij de inkoop.",
    ])
    func announcementsThanksAndMentionsAreNot(sentence: String) throws {
        #expect(try inline(sentence) == nil)
    }

    @Test func aColonCueNeedsItsColon() throws {
        #expect(try inline("Voorstel: het overleg stelt de planning voor het najaar vast.") != nil)
    }

    @Test func aLettersPublicBodiesAnnounceItsMeasures() throws {
        let letter = """
            Geachte voorzitter,

            In deze brief schets ik de stand van zaken. Dit najaar ontwikkelt de VNG een handreiking voor \
            de regionale inkoop. OCW en VWS onderzoeken samen hoe scholen en wijkteams beter kunnen \
            samenwerken. Dit is een debat dat we willen voeren met ouders en scholen. De regio's werken \
            al jaren samen.
            """
        let (items, _) = try TagFixture.recommendations(letter)
        let cues = items.map { $0.cue ?? "" }
        #expect(cues.sorted() == ["ocw onderzoeken", "ontwikkelt vng"].sorted(), "\(cues)")
        let (plain, _) = try TagFixture.recommendations(letter.replacingOccurrences(of: "Geachte voorzitter,", with: "Inleiding"))
        #expect(plain.isEmpty)
    }

    @Test func theClauseSplitterCountsEveryWord() {
        let text = "Als de hulp stopt, moet er (zo snel mogelijk) een plan komen; daarover: afspraken – nu?"
        let starts = RecommendationRule.clauseStarts(text)
        #expect(starts.count == CueWords.words(text).count)
        #expect(starts == [0, 0, 0, 0, 4, 4, 6, 6, 6, 9, 9, 9, 12, 13, 14])
    }
}
