/// Namespace of the tokenizer stage: Dutch tokens with offsets, sentences, normalisation for matching.
public enum Tokenization {}
