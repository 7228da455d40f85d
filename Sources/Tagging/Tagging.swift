/// Namespace of the rule-based tagger stage: recommendations, measures, PM rows, cross-references, positions.
public enum Tagging {}
