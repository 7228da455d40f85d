import Foundation

/// Term analysis of many texts at once, on all cores, in order: the analyzers are pure functions of
/// the text, so the result is the same as analysing one text after the other.
enum TermBatch {
    /// `analyzer.terms(in:)` of each of `texts`, in order.
    static func terms(of texts: [String], analyzer: any TermAnalyzing) -> [[Term]] {
        let workers = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        guard workers > 1, texts.count >= 64 else { return texts.map { analyzer.terms(in: $0) } }
        // Interleaved strides keep the workers evenly loaded when long texts cluster.
        let slots = ResultSlots<[[Term]]>(count: workers, empty: [])
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            slots.set(w, stride(from: w, to: texts.count, by: workers).map { analyzer.terms(in: texts[$0]) })
        }
        let parts = slots.values
        var out: [[Term]] = []
        out.reserveCapacity(texts.count)
        for i in texts.indices { out.append(parts[i % workers][i / workers]) }
        return out
    }
}
