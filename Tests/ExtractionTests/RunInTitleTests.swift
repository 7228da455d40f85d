import DwarsModel
import Extraction
import Foundation
import Testing

/// A short title line before its text ends its block, also in a double-spaced conversion where an empty
/// line follows every line. Text written for the test.
@Suite struct RunInTitleTests {
    static let body: [String] = [
        "In deze brief informeren wij uw Kamer over de voortgang van de afspraken die in het voorjaar",
        "met de gemeenten en de aanbieders zijn gemaakt over de hulp aan jongeren en hun ouders.",
        "De afspraken gaan over de toegang tot de hulp, de wachttijden en de samenwerking met het",
        "onderwijs. Hieronder lichten wij per onderwerp toe wat er sinds de vorige brief is gebeurd.",
        "- Wachttijden in de specialistische hulp",
        "De gemeenten hebben in elke regio een overzicht gemaakt van de wachttijden bij de aanbieders",
        "van specialistische hulp. Waar de wachttijd te lang is, zoeken zij samen met de aanbieders",
        "naar een oplossing voor de jongeren die het langst wachten op een plek in de hulp.",
        "- Samenwerking tussen scholen en de hulp aan jongeren in de wijk met inzet van de",
        "wijkteams",
        "Scholen en wijkteams spreken af wie de ouders benadert als een leerling vaak afwezig is en",
        "wie daarna de hulp regelt. In tien gemeenten is daarmee al ervaring opgedaan, die wij met",
        "de andere gemeenten willen delen in een reeks bijeenkomsten in het najaar van dit jaar.",
        "- Vervolg van de gesprekken met de",
        "Vereniging van Nederlandse Gemeenten over de financiering van de hulp in de komende jaren.",
        "Verder spreken wij met de aanbieders over de tarieven die zij voor hun hulp in rekening",
        "brengen, en met de inspectie over het toezicht op de kwaliteit van de hulp aan jongeren.",
        "De uitkomsten van deze gesprekken sturen wij u voor het einde van het jaar in een volgende",
        "brief, samen met een overzicht van de voortgang op alle onderwerpen van deze brief.",
        "Daarnaast vragen wij de gemeenten om in hun eigen verslagen te melden hoe het gaat met",
        "de jongeren die lang op hulp wachten, zodat wij dat kunnen volgen en bijsturen waar dat",
        "nodig is. Wij zien ernaar uit om hierover met uw Kamer van gedachten te wisselen.",
    ]

    @Test func aTitleDoesNotRunIntoTheTextAfterIt() throws {
        let text = Self.body.joined(separator: "\n\n") + "\n"
        let blocks = try Extractor().extract(data: Data(text.utf8), path: "brief.txt").blocks
        let texts = blocks.map(\.text)
        #expect(texts.contains("Wachttijden in de specialistische hulp"), "\(texts)")
        #expect(texts.contains("Samenwerking tussen scholen en de hulp aan jongeren in de wijk met inzet van de wijkteams"), "\(texts)")
        #expect(texts.contains { $0.hasPrefix("De gemeenten hebben in elke regio") })
        #expect(texts.contains { $0.hasPrefix("Scholen en wijkteams spreken af") })
        // A line ending in a function word runs on, even before a capital.
        #expect(texts.contains { $0.hasPrefix("Vervolg van de gesprekken met de Vereniging van Nederlandse Gemeenten") })
        // A full line of running text before a capital is no title.
        #expect(texts.contains { $0.hasPrefix("In deze brief informeren wij") && $0.contains("De afspraken gaan over") })
    }
}
