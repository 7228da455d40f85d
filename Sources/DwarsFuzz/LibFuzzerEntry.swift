import Foundation

#if FUZZING
/// libFuzzer's entry point (built with `-Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer`; libFuzzer supplies main).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    currentTarget.run(data)
    return 0
}

/// The target named by `DWARS_FUZZ_TARGET` (default: text).
nonisolated(unsafe) let currentTarget: FuzzTarget =
    FuzzTarget(rawValue: ProcessInfo.processInfo.environment["DWARS_FUZZ_TARGET"] ?? "text") ?? .text
#else
/// Replay mode (a normal build): `dwars-fuzz TARGET FILE...` runs saved inputs (crashes, the seed corpus)
/// through a target, so every crash the fuzzer found stays a regression check.
@main
struct ReplayMain {
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        guard let name = args.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: dwars-fuzz \(names) FILE...\n".utf8))
            exit(2)
        }
        var count = 0
        for path in args.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            target.run(data)
            count += 1
        }
        print("replayed \(count) input(s) through \(name)")
    }
}
#endif
