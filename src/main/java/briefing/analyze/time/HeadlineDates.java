package briefing.analyze.time;

import briefing.analyze.nlp.Document;
import java.util.List;
import java.util.Locale;

/**
 * A headline rarely has a tense to resolve "Jan. 10" or "Monday" by; where the text writes the
 * same expression, the headline means the same day.
 */
public final class HeadlineDates {
  private HeadlineDates() {}

  /** {@code f}'s resolution, or, for a relative expression of the headline, the text's one. */
  static Resolution sameAsText(FoundTime f, List<FoundTime> all, Document document) {
    Resolution own = f.resolution();
    if (!own.relative() || !document.sentence(f.sentence()).isHeadline()) {
      return own;
    }
    String key = key(f.mention().text());
    for (FoundTime g : all) {
      if (!document.sentence(g.sentence()).isHeadline() && g.resolution().value() != null
          && key(g.mention().text()).equals(key)) {
        return new Resolution(g.resolution().kind(), g.resolution().value(), "'" + f.mention().text()
            + "' in the headline: the same as '" + g.mention().text() + "' in the text ("
            + document.sentence(g.sentence()).id() + "), " + g.resolution().value(), true, own.to());
      }
    }
    return own;
  }

  /** The words that matter: "on Jan. 10," and "Jan 10" are the same. */
  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim().replaceFirst("^(on|in|at) ", "");
  }
}
