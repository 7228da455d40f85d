import CrossReferencing
import Testing

@Suite("BackingQuery")
struct BackingQueryTests {
    @Test(arguments: [
        ("B5", BackingQuery.code("B5")),
        ("b23", BackingQuery.code("B23")),
        ("004_3d3c824833c3c7c9.txt:182", BackingQuery.location(file: "004_3d3c824833c3c7c9.txt", line: 182)),
        ("SER21-R7", BackingQuery.itemID("SER21-R7")),
        ("landelijke kwaliteitseisen", BackingQuery.text("landelijke kwaliteitseisen")),
        ("Bouwsteen", BackingQuery.text("Bouwsteen")),
    ])
    func parses(_ raw: String, _ expected: BackingQuery) {
        #expect(BackingQuery(parsing: raw, knownIDs: ["SER21-R7"]) == expected)
    }
}
