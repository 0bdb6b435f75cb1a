package briefing.ingest.clean;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advertising taglines run together at the foot of a page, as a wire service's pages print them
 * under every report: "An ultra-low latency infrastructure for trading A connected approach to
 * compliance Our next generation research platform". Each tagline is a phrase that opens with a
 * capitalised "A", "An" or "Our"; run together, they leave that capital in mid-line after
 * a lower-case word, where prose would have ended a sentence. {@value #PHRASES} such phrases with
 * no sentence punctuation among them, ending the page's last paragraph, are advertising; the
 * cleaner looks nowhere else, so that "type A flu" in a report is never taken for one.
 */
final class Taglines {
  /** The fewest phrases in a run of taglines. */
  static final int PHRASES = 3;

  /** A tagline's opening word: after a lower-case word or a mark, before a lower-case word. */
  private static final Pattern OPENER = Pattern.compile("(?<=^|[\\p{Ll}\\p{N}\\p{P}] )(?:An?|Our) (?=\\p{Ll})");
  /** Marks that end or break a sentence; taglines carry none. */
  private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?;:\"“”()]");

  private Taglines() {}

  /** Where a run of taglines ending {@code text} starts, or empty where it does not end in one. */
  static OptionalInt start(String text) {
    int from = 0;
    Matcher mark = SENTENCE_MARK.matcher(text);
    while (mark.find()) {
      from = mark.end();
    }
    Matcher opener = OPENER.matcher(text);
    opener.region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    int first = -1;
    int phrases = 0;
    while (opener.find()) {
      first = first < 0 ? opener.start() : first;
      phrases++;
    }
    return phrases >= PHRASES ? OptionalInt.of(first) : OptionalInt.empty();
  }
}
