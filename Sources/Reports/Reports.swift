/// Namespace of the reports stage: matrix, backing answers, outline, HTML page.
public enum Reports {}
