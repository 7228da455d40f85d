import Foundation

/// The target named by `DWARS_FUZZ_TARGET` (default: text).
let currentTarget: FuzzTarget =
    FuzzTarget(rawValue: ProcessInfo.processInfo.environment["DWARS_FUZZ_TARGET"] ?? "text") ?? .text

#if FUZZING
/// libFuzzer's driver (from libclang_rt.fuzzer, linked by `-sanitize=fuzzer`). SwiftPM gives an executable
/// its own entry symbol, so libFuzzer's `main` is not used: our `main` hands control to the driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The classic libFuzzer hook, for linkers that pull in libFuzzer's own main.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOne(start, count)
}

/// One fuzz input through the chosen target.
private let fuzzOne: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { start, count in
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    currentTarget.run(data)
    return 0
}
#endif

/// `dwars-fuzz`: under libFuzzer (built by scripts/fuzz.sh) it fuzzes `DWARS_FUZZ_TARGET`; in a normal
/// build it is the replay tool `dwars-fuzz TARGET FILE...`, so every crash found stays a regression check.
@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
        #else
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
        #endif
    }
}
