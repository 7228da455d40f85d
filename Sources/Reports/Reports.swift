/// Namespace of the reports stage: consensus matrix, measures x parties, Hervormingsagenda outline,
/// CSV, Markdown, JSON and the self-contained HTML page.
///
/// Everything here reads an `AnalysisSnapshot` (values of `DwarsModel` only) and returns text; nothing
/// touches the store, the tagger or the file system, except `ReportLabels` reading its lexicon.
public enum Reports {}
