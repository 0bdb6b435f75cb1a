package briefing.analyze.cache;

import briefing.work.CodeVersion;
import java.util.List;

/**
 * The analyser's version: CoreNLP's version and a digest of the compiled analysis code.
 *
 * <p>Any change to a rule changes the digest, so a cached analysis from other code is never
 * trusted, and nobody has to remember to bump a number.
 */
public final class AnalyzerVersion {
  /** The analysis code and the records it writes: a change to either makes a new version. */
  private static final List<String> PACKAGES = List.of("briefing/analyze/", "briefing/model/", "briefing/text/");
  private static final String CORENLP = "corenlp-4.5.10";
  private static volatile String current;

  private AnalyzerVersion() {}

  /** "corenlp-4.5.10/3f2a…": stable for the same code, different after any change to it. */
  public static String current() {
    String v = current;
    if (v == null) {
      v = CORENLP + "/" + CodeVersion.of(PACKAGES);
      current = v;
    }
    return v;
  }
}
