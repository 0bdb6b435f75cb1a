package briefing.cli;

import briefing.Pipeline;
import briefing.model.Diagnostic;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

/** Prints diagnostics in a stable order (by file, then line) and a one-line count. */
final class Reporter {
  private Reporter() {}

  static void report(List<Diagnostic> diagnostics, PrintWriter err) {
    report(diagnostics, err, false);
  }

  /** As {@link #report(List, PrintWriter)}; with {@code errorsOnly}, warnings are left out. */
  static void report(List<Diagnostic> diagnostics, PrintWriter err, boolean errorsOnly) {
    diagnostics.stream()
        .filter(d -> !errorsOnly || d.isError())
        .sorted(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line))
        .forEach(d -> err.println(Terminal.format(d)));
    err.flush();
  }

  static String count(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  /** "analysis: 5 analysed, 0 from the cache" — a rebuild of unchanged articles says 0 analysed. */
  static String analysis(Pipeline.Outcome outcome) {
    return "analysis: " + outcome.analysed() + " analysed, " + outcome.cached() + " from the cache"
        + (outcome.analysed() == 0 ? " (no language analysis run)" : "");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
