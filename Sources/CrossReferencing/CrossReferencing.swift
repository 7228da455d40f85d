/// Namespace of the cross-referencer stage: links between items of different documents.
public enum CrossReferencing {}
