import ArgumentParser
import DwarsModel
import Extraction
import Foundation
import Tagging

/// `dwars bench tag`: extracts and tags the seed corpus, printing time, throughput and peak memory.
struct BenchTagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Tag all seed texts: extraction and tagging time, findings per kind, peak memory.")

    @Option(help: "Folder of the seed texts (default: $DWARS_SHARED/corpus or ../shared/corpus).")
    var corpus: String?
    @Option(help: "Tagging rounds; the best is reported.") var repeats: Int = 3

    func run() throws {
        let fm = FileManager.default
        let dir = corpus
            ?? ProcessInfo.processInfo.environment["DWARS_SHARED"].map { $0 + "/corpus" }
            ?? "../shared/corpus"
        guard let names = try? fm.contentsOfDirectory(atPath: dir).filter({ $0.hasSuffix(".txt") }).sorted(),
            !names.isEmpty
        else {
            printError("error: no .txt files in \(dir) (use --corpus DIR)")
            throw ExitCode.failure
        }
        let paths = names.map { dir + "/" + $0 }
        let bytes = paths.reduce(0) { $0 + ((try? fm.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        let megabytes = Double(bytes) / 1_048_576
        let tagger: Tagger
        do { tagger = try Tagger() } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let extractStart = DispatchTime.now().uptimeNanoseconds
        var documents: [Document] = []
        for path in paths {
            do { documents.append(try Extractor().extract(path: path)) } catch {
                printError("error: \(error.description)")
                throw ExitCode.failure
            }
        }
        let extractSeconds = Double(DispatchTime.now().uptimeNanoseconds - extractStart) / 1e9
        var best = Double.infinity
        var counts: [ItemKind: Int] = [:]
        func cpuSeconds() -> Double {
            var u = rusage()
            getrusage(RUSAGE_SELF.rawValue, &u)
            return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec)
                + Double(u.ru_stime.tv_usec) / 1e6
        }
        let cpuStart = cpuSeconds()
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            let tagged = tagger.tag(documents)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            counts = [:]
            for item in tagged.joined() where item.reported != true { counts[item.kind, default: 0] += 1 }
        }
        let cpuPerRound = (cpuSeconds() - cpuStart) / Double(max(1, repeats))
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024
        print(String(format: "input: %d seed texts, %.2f MB", names.count, megabytes))
        print(String(format: "extraction: %.3f s (%.2f MB/s)", extractSeconds, megabytes / extractSeconds))
        print(String(format: "tagging (best of %d): %.3f s wall (%.2f MB/s); %.3f s CPU per round", max(1, repeats), best,
                     megabytes / best, cpuPerRound))
        print("findings: " + ItemKind.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", "))
        print(String(format: "peak memory (maxrss): %.0f MB", peakMB))
    }
}
