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
        ("Thuisbegeleiding en logeeropvang hebben altijd de voorkeur boven een plaatsing ver van huis.",
         "hebben ... de voorkeur"),
        ("Het sluiten van een groep vereist wel een zorgvuldige overgang naar hulp in de buurt.", "vereist wel"),
        ("Overwogen kan worden om de budgetten per regio te bundelen.", "overwogen kan worden"),
        ("Het is een regionale verantwoordelijkheid om een sluitend aanbod voor crisisopvang te organiseren.",
         "is een .. verantwoordelijkheid om"),
        ("De werkgroep voorziet een landelijke rol bij het vaststellen van de indicatoren.", "de werkgroep voorziet"),
        ("De werkgroep benadrukt daarbij het belang van ervaringskennis in elk team.", "benadrukt ... het belang"),
        ("Dit vraagt van scholen en wijkteams dat zij hun gegevens over verzuim delen.", "vraagt ... van ... dat"),
        ("Bij goed opdrachtgeverschap hoort ook een eerlijke prijs voor de geleverde hulp.", "hoort ook"),
        ("De afstemming tussen wijkteam en huisarts kan echt nog beter.", "kan .. nog beter"),
        ("Het is niet aan de inkopers, maar aan de professionals om te bepalen wat goede hulp is.", "het is niet aan"),
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
        "Bepaal samen met de scholen welke steun een klas nodig heeft.",
        "Spreek met de partners af wie de regie houdt over een gezin.",
        "Concretiseer de doelen van het programma en volg de voortgang per jaar.",
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

    @Test func aLeadInThatProposesOpensAListOfProposals() throws {
        let (items, lines) = try TagFixture.recommendations("""
            Samenwerking in de wijk

            1️⃣Het is hoog tijd dat scholen, wijkteams en huisartsen samen met ouders en jongeren een handreiking schrijven over:

            2️⃣- wie de eerste vragen van ouders opvangt
            3️⃣- hoe snel een kind bij de juiste hulp terechtkomt

            De regio heeft veel wijkteams.
            """)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.form == "inline-sentence" })
        #expect(items.contains { $0.line == lines["2️⃣"] && $0.text == "wie de eerste vragen van ouders opvangt"
            && $0.cue == "lijst na 'is hoog tijd'" })
        #expect(items.contains { $0.line == lines["3️⃣"] })
        #expect(items.count == 3, "\(items.map { $0.text ?? "" })")
    }

    @Test(arguments: [
        // A lead-in cue announces the list; so does "het volgende"; a short sentence names the topic.
        "Voor de inkoop van jeugdhulp in de regio stellen we daarom voor:",
        "Op het niveau van de gemeente is ten minste het volgende nodig om preventie te versterken:",
        "Het is nodig om te bespreken:",
    ])
    func anAnnouncementBeforeAColonIsNoProposal(leadIn: String) throws {
        let (items, _) = try TagFixture.recommendations("Inkoop\n\nDe regio kent al jaren tekorten. \(leadIn)\n")
        #expect(items.isEmpty, "\(items.map { $0.text ?? "" })")
    }

    @Test func aLettersCommitmentLeadInOpensAListOfCommitments() throws {
        let (items, lines) = try TagFixture.recommendations("""
            Geachte voorzitter,

            Met deze brief informeer ik u over de voortgang van de afspraken.

            Rijk en VNG gaan met de zorgverzekeraars in gesprek over:

            1️⃣- Een gezamenlijke inzet van de praktijkondersteuner vanuit beide wetten.
            2️⃣- De wachttijden voor kinderen die tussen twee wetten vallen.
            """)
        #expect(items.contains { $0.line == lines["1️⃣"] && $0.form == "bullet" })
        #expect(items.contains { $0.line == lines["2️⃣"] })
    }

    @Test(arguments: [
        ("Komen partijen er niet uit, dan wordt de kwestie voorgelegd aan een onafhankelijke commissie.",
         "wordt ... voorgelegd"),
        ("De lessen uit de evaluatie worden meegenomen in het nieuwe actieplan voor de pleegzorg.", "worden meegenomen"),
        ("Om de doorlooptijd te verkorten zijn we met de ketenpartners in gesprek over een snellere aanpak.",
         "zijn we .. in gesprek"),
        ("Dit najaar zal in vier regio's een verdiepend onderzoek plaatsvinden.", "zal ... plaatsvinden"),
    ])
    func passiveCommitmentsOfALetter(sentence: String, cue: String) throws {
        let letter = "Geachte voorzitter,\n\nMet deze brief informeer ik u over de voortgang.\n\n\(sentence)\n"
        let (items, _) = try TagFixture.recommendations(letter)
        #expect(items.count == 1, "\(items.map { $0.text ?? "" })")
        #expect(items.first?.text == sentence)
        #expect(items.first?.cue == cue)
        // Outside a letter the same sentence reports what happens.
        let (plain, _) = try TagFixture.recommendations(letter.replacingOccurrences(of: "Geachte voorzitter,", with: "Inleiding"))
        #expect(plain.isEmpty)
    }
}
