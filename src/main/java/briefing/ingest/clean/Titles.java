package briefing.ingest.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a site name off a page title ("Talks begin – NEWS WORLD UPDATE", "Talks | Site"). */
final class Titles {
  /** A headline and the site name that followed it, or null where there was none. */
  record Split(String headline, String site) {}

  private static final Pattern LAST_SEGMENT = Pattern.compile("^(?<head>.+?)\\s+(?<sep>[|–—:-]|::)\\s+(?<tail>[^|–—]+)$");

  /** Headlines are short; a longer line is never split (nor scanned). */
  private static final int MAX_TITLE = 300;

  private Titles() {}

  static Split split(String title) {
    if (title.length() > MAX_TITLE) {
      return new Split(title.strip(), null);
    }
    Matcher m = LAST_SEGMENT.matcher(title.strip());
    if (!m.matches()) {
      return new Split(title.strip(), null);
    }
    String head = m.group("head").strip();
    String tail = m.group("tail").strip();
    boolean pipe = m.group("sep").equals("|");
    boolean shouted = LineWords.isUpperCase(tail) && !LineWords.isUpperCase(head) && LineWords.count(tail) <= 6;
    boolean siteLike = LineWords.count(tail) <= 5 && looksLikeSiteName(tail);
    if ((pipe && LineWords.count(tail) <= 6) || shouted || siteLike) {
      return new Split(head, LineWords.unshout(tail));
    }
    return new Split(title.strip(), null);
  }

  /** Whether a title segment reads as a site name rather than part of the headline. */
  private static boolean looksLikeSiteName(String text) {
    return text.matches("(?i).*\\b(news|times|post|daily|herald|journal|tribune|gazette|review"
        + "|update|online|media|press|today|wire|network|magazine|\\w+\\.(com|net|org|co\\.\\w+))\\b.*")
        && !LineWords.endsSentence(text);
  }

  static Optional<String> site(String title) {
    return Optional.ofNullable(split(title).site());
  }
}
