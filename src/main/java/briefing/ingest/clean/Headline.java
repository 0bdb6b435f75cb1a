package briefing.ingest.clean;

import briefing.ingest.Unit;
import briefing.model.BlockKind;
import briefing.text.Datelines;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the unit that is the article's headline among the first units of a page. */
final class Headline {
  /** How far into a page the headline may stand. */
  private static final int SEARCH_UNITS = 12;
  /** The longest line of page chrome: "Tuesday, March 18, 2025", "No menu items!". */
  private static final int MAX_CHROME_WORDS = 6;

  private Headline() {}

  /**
   * The index of the headline: the unit equal to {@code knownTitle} where it is given, else the
   * first unit that reads as a headline before any paragraph of running text when {@code guess}
   * allows; -1 where there is none.
   */
  static int find(List<Unit> units, String[] noise, String knownTitle, boolean guess) {
    int limit = Math.min(units.size(), SEARCH_UNITS);
    if (knownTitle != null && !knownTitle.isBlank()) {
      String key = LineWords.key(knownTitle);
      for (int i = 0; i < limit; i++) {
        String unit = LineWords.key(units.get(i).text());
        if (!key.isEmpty() && (unit.equals(key) || LineWords.key(Titles.split(units.get(i).text()).headline()).equals(key))) {
          return i;
        }
      }
    }
    if (!guess) {
      return -1;
    }
    // Only short lines (chrome: a place, a date, a menu) may stand above a guessed headline, so
    // that guessing never drops a paragraph of the article.
    for (int i = 0; i < limit; i++) {
      Unit unit = units.get(i);
      if (noise[i] != null) {
        continue;
      }
      if (reads(unit)) {
        return i;
      }
      if (LineWords.count(unit.text()) > MAX_CHROME_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  /** A sentence's end inside a line, a capital after it: "… extension? No laws …". */
  static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}[.?!][\"”’]?\\s+[\"“‘]?\\p{Lu}");

  /** A headline is a short line that is not a sentence, a date, a byline or a caption. */
  private static boolean reads(Unit unit) {
    String text = unit.text();
    int words = LineWords.count(text);
    if (unit.kind() == BlockKind.HEADING && words >= 2) {
      return true;
    }
    return words >= 3 && words <= 30 && text.length() <= 250
        && !(LineWords.endsSentence(text) && !text.endsWith("?") && !text.endsWith("!"))
        // "… were put on notice Wednesday: No tax-cut extension? No laws for you!": two sentences
        // are a paragraph, however they end
        && !SENTENCE_INSIDE.matcher(text).find()
        && DateStamps.parse(text).isEmpty()
        && Bylines.parse(text).isEmpty()
        && Captions.parse(text).isEmpty()
        && Datelines.parse(text).isEmpty();
  }

}
