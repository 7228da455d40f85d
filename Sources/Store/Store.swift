/// Namespace of the SQLite store stage (GRDB).
public enum StoreStage {}
