package briefing.analyze;

import briefing.analyze.Times.Found;
import java.util.List;
import java.util.Locale;

/**
 * A headline rarely has a tense to resolve "Jan. 10" or "Monday" by; where the text writes the
 * same expression, the headline means the same day.
 */
final class Headlines {
  private Headlines() {}

  /** {@code f}'s resolution, or, for a relative expression of the headline, the text's one. */
  static Resolution sameAsText(Found f, List<Found> all, Document document) {
    Resolution own = f.resolution();
    if (!own.relative() || !document.sentence(f.sentence()).isHeadline()) {
      return own;
    }
    String key = key(f.mention().text());
    for (Found g : all) {
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
