import DwarsModel
import Foundation
import Testing

@testable import Tagging

/// Recall paths of the recommendation rule: cues and imperatives of advisory prose that the first
/// lexicons lacked. Sentences written for these tests in the style of Dutch advisory reports.
@Suite struct RecommendationRecallTests {
    @Test(arguments: [
        ("Daarbij is het cruciaal dat wijkteams de tijd krijgen voor een goede analyse.", "is het cruciaal"),
        ("Voor kleine gemeenten is het aan te bevelen om de inkoop samen te organiseren.", "aan te bevelen"),
        ("De raad vindt het het overwegen waard om een maximale winst voor aanbieders vast te leggen.",
         "het overwegen waard"),
        ("Gedacht kan worden aan een vast aanspreekpunt voor vrijgevestigde behandelaars.", "gedacht kan worden aan"),
        ("Dit is een pleidooi voor minder vrijblijvende afspraken tussen regio's.", "een pleidooi voor"),
        ("Daarom ligt het voor de hand om de tarieven landelijk vast te stellen.", "ligt het voor de hand"),
        ("Toch is het relevant om te volgen welke kennis wijkteams echt helpt.", "is het relevant om"),
        ("Dat maakt het des te belangrijker dat scholen en wijkteams samen optrekken.", "des te belangrijker"),
        ("Wij steunen het voorstel om de leeftijdsgrens voor pleegzorg te verhogen.", "wij steunen"),
        ("Omgekeerd mogen gemeenten van aanbieders verwachten dat zij hun cijfers delen.", "mogen .. verwachten dat"),
        ("Bij nieuwe klachten is het voorstel om de tekst niet meer te wijzigen.", "is het voorstel om"),
    ])
    func evaluativeAndDeliberativeCues(sentence: String, cue: String) throws {
        let (items, _) = try TagFixture.recommendations("Inleiding op dit hoofdstuk.\n\nDe regio kent al jaren tekorten. \(sentence)\n")
        let found = try #require(items.first, "\(sentence)")
        #expect(items.count == 1)
        #expect(found.text == sentence)
        #expect(found.cue == cue)
    }

    @Test(arguments: [
        "Handhaaf de huisarts als verwijzer naar de jeugdhulp.",
        "Behoud de bestaande route via de jeugdarts.",
        "Omarm als regio een klein aantal gedeelde waarden.",
    ])
    func moreImperatives(sentence: String) throws {
        let (items, _) = try TagFixture.recommendations("Inleiding op dit hoofdstuk.\n\nDe regio kent al jaren tekorten. \(sentence)\n")
        #expect(items.first?.text == sentence)
        #expect(items.first?.cue == "imperatief")
    }

    @Test(arguments: [
        // "behoud" as a noun, "denk" is no imperative of a proposal here, a plain description.
        "Het behoud van personeel is in de regio een groot probleem.",
        "Denk je eens in hoe lang ouders moeten zoeken naar hulp.",
        "Het voorstel werd in de vergadering besproken en aangehouden.",
    ])
    func descriptionsStayOut(sentence: String) throws {
        let (items, _) = try TagFixture.recommendations("Knelpunten\n\n\(sentence)\n")
        #expect(items.isEmpty, "\(items.map { $0.text ?? "" })")
    }
}
