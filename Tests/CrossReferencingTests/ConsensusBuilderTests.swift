import CrossReferencing
import DwarsModel
import Testing

/// Consensus items from links written for these tests: a numbered recommendation whose own heading
/// matches nothing, but whose body does.
@Suite("Consensus items")
struct ConsensusBuilderTests {
    let analyzer = BasicTermAnalyzer(wordList: nil)

    func unit(_ doc: String, _ line: Int, _ text: String, heading: Bool = false, section: String = "") -> LinkUnit {
        LinkUnit(ref: ItemRef(doc: doc, line: line, id: "\(doc.prefix(1))-\(line)"), kind: "recommendation",
                 text: text, section: section, group: doc, isHeading: heading)
    }

    func link(_ a: LinkUnit, _ b: LinkUnit, _ score: Double) -> ItemLink {
        ItemLink(a: a.ref, b: b.ref, score: score, evidence: ["term test"], sameDocument: a.group == b.group)
    }

    /// a.txt: a numbered recommendation and two body sentences; b.txt and c.txt answer the body.
    var units: [LinkUnit] {
        [
            unit("a.txt", 10, "1. Geef jongeren een stem", heading: true),
            unit("a.txt", 11, "Jongeren en ouders beslissen mee over de inzet van jeugdhulp."),
            unit("a.txt", 14, "Een vertrouwenspersoon helpt bij een klacht over de hulp."),
            unit("a.txt", 20, "2. Maak de toegang eenvoudiger", heading: true),
            unit("b.txt", 5, "Laat jongeren en ouders meebeslissen over de jeugdhulp die zij krijgen."),
            unit("c.txt", 7, "Iedere jongere krijgt toegang tot een onafhankelijke vertrouwenspersoon."),
        ]
    }

    func builder(share: Double = 0.9) -> ConsensusBuilder {
        var b = ConsensusBuilder(threshold: 0.3, analyzer: analyzer)
        b.headingShare = share
        b.sectionThreshold = 0
        return b
    }

    @Test func aHeadWithoutLinksJoinsThroughTheBestLinkOfItsBody() {
        let u = units
        let links = [link(u[1], u[4], 0.6), link(u[2], u[5], 0.4), link(u[1], u[0], 0.7)]
        let items = builder().build(links: links, units: u)
        let withHead = items.filter { $0.members.contains(u[0].ref) }
        #expect(withHead.count == 1)
        #expect(withHead.first?.members.contains(u[4].ref) == true)
        // The head joins one cluster: the body's two topics stay apart.
        #expect(withHead.first?.members.contains(u[5].ref) == false)
        #expect(items.contains { $0.members.contains(u[5].ref) && $0.members.contains(u[2].ref) })
        // The next heading is not part of the first one's body.
        #expect(!items.contains { $0.members.contains(u[3].ref) })
    }

    @Test func withoutTheHeadingShareTheHeadStaysOut() {
        let u = units
        let items = builder(share: 0).build(links: [link(u[1], u[4], 0.6)], units: u)
        #expect(items.count == 1)
        #expect(items.first?.members.contains(u[0].ref) == false)
    }

    @Test func aWeakBodyLinkIsNotInherited() {
        let u = units
        // 0.32 passes the threshold for the body item itself, but 0.32 x 0.9 does not for its head.
        let items = builder().build(links: [link(u[1], u[4], 0.32)], units: u)
        #expect(items.first?.members.contains(u[0].ref) == false)
    }

    @Test func aHeadThatIsLinkedItselfKeepsItsOwnCluster() {
        let u = units
        let links = [link(u[0], u[5], 0.5), link(u[1], u[4], 0.9)]
        let items = builder().build(links: links, units: u)
        let withHead = items.filter { $0.members.contains(u[0].ref) }
        #expect(withHead.count == 1)
        #expect(withHead.first?.members.sorted() == [u[0].ref, u[5].ref])
    }

    @Test func aSectionNobodyLinksFindsTheMatchingHeadElsewhere() {
        let body = "Het Rijk en de gemeenten maken bindende afspraken over het budget voor de jeugdzorg."
        let u = [
            unit("a.txt", 30, "9. Heldere afspraken tussen Rijk en gemeenten", heading: true, section: body),
            unit("a.txt", 31, body, section: body),
            unit("b.txt", 40, "Maak bindende afspraken tussen Rijk en gemeenten over het budget", heading: true,
                 section: "Het budget voor de jeugdzorg volgt uit afspraken tussen Rijk en gemeenten."),
            unit("b.txt", 60, "Versterk de wijkteams met specialistische kennis", heading: true,
                 section: "Wijkteams halen kennis uit de specialistische jeugdhulp."),
        ]
        var b = builder()
        #expect(b.build(links: [], units: u).isEmpty)
        b.sectionThreshold = 0.2
        let items = b.build(links: [], units: u)
        #expect(items.count == 1)
        #expect(items.first?.members == [u[0].ref, u[2].ref])
    }

    @Test func clustersStayWithinTheCap() {
        // A chain of strong links across twenty documents is cut into clusters of at most `maxMembers`.
        let chain = (0..<20).map { unit("d\($0).txt", 1, "Investeer in preventie in de wijk nummer \($0)") }
        let links = (1..<20).map { link(chain[$0 - 1], chain[$0], 0.9 - Double($0) * 0.01) }
        var b = builder()
        b.maxMembers = 6
        let items = b.build(links: links, units: chain)
        #expect(items.count >= 4)
        #expect(items.allSatisfy { $0.members.count <= 6 })
    }
}
