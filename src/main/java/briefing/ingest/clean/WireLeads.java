package briefing.ingest.clean;

import briefing.ingest.Unit;
import briefing.model.BlockKind;
import briefing.text.Datelines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A wire report as pages are scraped: what stood above its dateline run into its lead paragraph
 * ("Full Article Flu spreads in Kent TOKYO | Tue May 19, 2009 10:10 am IST TOKYO (Reuters) - It
 * was …", "By Ann Cole, Health Editor WASHINGTON | … WASHINGTON (Reuters) - …"), and photo
 * captions, other stories' teasers and summary points in the lines above it. The report begins
 * at its dateline: the words before it in that paragraph are its headline, its byline or a
 * note, each a unit of its own, and the lines above it that are sentences or points are no part
 * of it.
 */
final class WireLeads {
  /** How far into a page the dateline may stand, in units. */
  private static final int SEARCH_UNITS = 4;
  /** How far into its line a dateline may start, in characters. */
  private static final int DATELINE_CHARS = 400;
  /** The longest headline run into a lead, in words. */
  static final int HEADLINE_WORDS = 20;

  /** A wire service in parentheses and its dash, after a place: "TOKYO (Reuters) -". */
  private static final Pattern WIRE = Pattern.compile("(?<place>\\p{Lu}[\\p{Lu}.'’/\\\\ -]*\\p{Lu}"
      + "(?:,\\s*(?:\\p{Lu}[\\p{L}.]*\\s?){1,3}(?:\\d{1,2})?)?)\\s*\\((?:"
      + Datelines.WIRES.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\)\\s*[-–—]");
  /**
   * A wire page's stamp of place, day and time: "TOKYO | Tue May 19, 2009 10:10 am IST", the
   * place left out at times ("Sat Apr 25, 2009 12:51 am BST").
   */
  private static final Pattern STAMP_INSIDE = Pattern.compile("(?:\\p{Lu}[\\p{Lu}.'’/\\\\ -]*\\p{Lu}"
      + "(?:, [\\p{L} ]+?)?\\s*\\|\\s*)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\w*,? \\w{3,9}\\.? \\d{1,2},? \\d{4}"
      + " \\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?(?: [A-Z]{2,4})?");
  /** The link a page sets before its headline: "Full Article". */
  private static final Pattern FULL_ARTICLE = Pattern.compile("^(?:Full Article|Full Story)\\s*");
  /** A line of summary points: "* Mexico announces … * New mixture …". */
  private static final Pattern POINTS = Pattern.compile("^\\\\?\\*\\s");

  private WireLeads() {}

  /**
   * {@code units} with the lead paragraph of a wire report split at its dateline, and why each
   * unit above it is noise (null where it is not) in {@code noise}, which is filled in for the
   * returned units.
   */
  static List<Unit> split(List<Unit> units, List<String> noise) {
    int limit = Math.min(units.size(), SEARCH_UNITS);
    for (int w = 0; w < limit; w++) {
      Unit unit = units.get(w);
      Matcher m = WIRE.matcher(unit.text());
      if (!m.find() || m.start() > DATELINE_CHARS) {
        continue;
      }
      // "TOKYO | Tue May 19, 2009 10:10 am IST TOKYO (Reuters) -": the page's stamp ends where
      // the dateline begins (the wire's place pattern would take the time zone for a place)
      int start = m.start();
      int beforeEnd = start;
      Matcher stamp = STAMP_INSIDE.matcher(unit.text());
      boolean stamped = stamp.find() && stamp.end() <= m.end();
      if (stamped) {
        beforeEnd = stamp.start();
        start = stamp.end();
        while (start < unit.text().length() && unit.text().charAt(start) == ' ') {
          start++;
        }
      }
      // nothing but marks before it ("\uFFFDPORTSMOUTH (Reuters) -"): the unit stays whole; a
      // stamp opening the paragraph goes all the same
      if (!stamped && !unit.text().substring(0, beforeEnd).codePoints().anyMatch(Character::isLetter)) {
        start = 0;
        beforeEnd = 0;
      }
      List<Unit> out = new ArrayList<>();
      for (int i = 0; i < w; i++) {
        Unit above = units.get(i);
        out.add(above);
        // a headline above the dateline stays; a caption, a teaser or points do not
        boolean sentence = LineWords.endsSentence(above.text()) || POINTS.matcher(above.text()).find();
        noise.add(sentence ? "above the report's dateline: a photo caption, another story's teaser"
            + " or summary points" : null);
      }
      String before = unit.text().substring(0, beforeEnd).strip();
      before = FULL_ARTICLE.matcher(before).replaceFirst("").strip();
      if (!before.isEmpty()) {
        BlockKind kind = kindOf(before);
        out.add(new Unit(kind == null ? BlockKind.PARAGRAPH : kind, before, unit.line()));
        noise.add(kind == null ? "a note above the report's dateline" : null);
      }
      out.add(new Unit(unit.kind(), unit.text().substring(start).strip(), unit.line()));
      noise.add(null);
      for (int i = w + 1; i < units.size(); i++) {
        out.add(units.get(i));
        noise.add(null);
      }
      return out;
    }
    units.forEach(u -> noise.add(null));
    return units;
  }

  /**
   * What the words before a dateline are: a byline as a paragraph (the cleaner reads it as one),
   * a headline, or null for a note, a credit or a stamp that is no part of the report.
   */
  private static BlockKind kindOf(String before) {
    if (Bylines.parse(before).isPresent()) {
      return BlockKind.PARAGRAPH;
    }
    if (before.startsWith("(") || before.matches("(?i)^(?:credit|photo|photograph|picture)s?:.*")
        || DateStamps.parse(before).isPresent()) {
      return null;
    }
    return LineWords.count(before) <= HEADLINE_WORDS && !LineWords.endsSentence(before)
        ? BlockKind.HEADING : null;
  }
}
