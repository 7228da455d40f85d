import DwarsModel
import Testing

@Suite struct BlockLineTests {
    @Test(arguments: [(0, 10), (5, 10), (6, 11), (12, 12), (100, 12)])
    func offsetMapsToLine(offset: Int, expected: Int) {
        let block = Block(kind: .paragraph, text: "aaaaa bbbbb ccccc", lines: LineRange(first: 10, last: 12), lineStarts: [6, 12])
        #expect(block.line(atUTF8Offset: offset) == expected)
    }
}
