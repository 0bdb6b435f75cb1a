package briefing.model;

import java.util.Objects;

/**
 * A problem found in the user's input, reported as {@code file:line:column: severity: message}.
 *
 * @param severity error or warning
 * @param file the file as the user knows it (relative to the project), or "" when no file is concerned
 * @param line 1-based line, or 0 where the problem has no line
 * @param column 1-based column, or 0 where unknown
 * @param message what is wrong, in one sentence
 * @param hint what to do about it, or "" when there is nothing to add
 */
public record Diagnostic(
    Severity severity, String file, int line, int column, String message, String hint) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 0 (unknown) or positive");
    }
  }

  public static Diagnostic error(String file, int line, String message, String hint) {
    return new Diagnostic(Severity.ERROR, file, line, 0, message, hint);
  }

  public static Diagnostic warning(String file, int line, String message, String hint) {
    return new Diagnostic(Severity.WARNING, file, line, 0, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The diagnostic as one or two lines: {@code file:line:col: severity: message} then the hint. */
  public String format() {
    StringBuilder out = new StringBuilder();
    if (!file.isEmpty()) {
      out.append(file);
      if (line > 0) {
        out.append(':').append(line);
        if (column > 0) {
          out.append(':').append(column);
        }
      }
      out.append(": ");
    }
    out.append(severity.label()).append(": ").append(message);
    if (!hint.isEmpty()) {
      out.append("\n  hint: ").append(hint);
    }
    return out.toString();
  }
}
