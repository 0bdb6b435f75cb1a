package briefing.ingest.clean;

import briefing.ingest.Unit;
import briefing.model.BlockKind;
import briefing.text.CalendarWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's date stamp run into its opening paragraph, as pages are scraped: "Prepare for the
 * storm, port warns Harbour chiefs say plans are needed now Tuesday 28 April 2009 17.37 BST The
 * port should prepare …". A stamp is a full date with its year and a clock time with a time zone
 * or am/pm, which prose does not write in the middle of a sentence. The words before it are the
 * page's headline (and its standfirst), the stamp is the publication date, and the report begins
 * after it: each becomes a unit of its own.
 */
final class StampedLeads {
  /** How far into a page the stamp may stand, in units. */
  private static final int SEARCH_UNITS = 4;
  /** How far into its line a stamp may start, in characters. */
  private static final int STAMP_CHARS = 400;
  /** Words after which a date is a sentence's, not a stamp: "talks on Tuesday 28 April 2009 …". */
  private static final Set<String> LEADING_ON = Set.of("on", "at", "since", "until", "till", "by",
      "from", "to", "before", "after", "of", "and", "or", "between", "for", "in");

  private StampedLeads() {}

  /**
   * {@code units} with the first paragraph that has a stamp run into it split there into the
   * words before the stamp (a heading where they read as a headline, else a paragraph), the
   * stamp and the words after it; as they were where no such stamp stands in the first units.
   * {@code noise} holds why each unit is noise (null where it is not) and is kept in step.
   */
  static List<Unit> split(List<Unit> units, List<String> noise) {
    int limit = Math.min(units.size(), SEARCH_UNITS);
    for (int s = 0; s < limit; s++) {
      Unit unit = units.get(s);
      String text = unit.text();
      // a line that is a stamp and nothing more is read as one as it stands
      if (unit.kind() != BlockKind.PARAGRAPH || noise.get(s) != null || DateStamps.parse(text).isPresent()) {
        continue;
      }
      for (NewsDate date : NewsDates.find(text)) {
        if (date.start() > STAMP_CHARS) {
          break;
        }
        int end = stampEnd(text, date);
        if (end < 0) {
          continue;
        }
        int start = date.start();
        Matcher label = LABEL.matcher(text).region(0, start);
        if (label.find()) {
          start = label.start();
        }
        String before = text.substring(0, start).strip();
        String after = text.substring(end).strip();
        if (after.isEmpty() && before.isEmpty()) {
          return units;
        }
        List<Unit> out = new ArrayList<>(units.subList(0, s));
        if (!before.isEmpty()) {
          out.add(new Unit(headline(before) ? BlockKind.HEADING : BlockKind.PARAGRAPH, before, unit.line()));
        }
        out.add(new Unit(BlockKind.PARAGRAPH, text.substring(start, end).strip(), unit.line()));
        if (!after.isEmpty()) {
          out.add(new Unit(BlockKind.PARAGRAPH, after, unit.line()));
        }
        int added = out.size() - s - 1;
        out.addAll(units.subList(s + 1, units.size()));
        for (int k = 0; k < added; k++) {
          noise.add(s, null);
        }
        return out;
      }
    }
    return units;
  }

  /**
   * What a page sets before its stamp, as part of it: the place of a wire's dateline and a bar
   * ("TOKYO | ", "KENT, England | "), or a label ("Last updated: ", "Published on").
   */
  private static final Pattern LABEL = Pattern.compile("(?:\\p{Lu}[\\p{Lu}.'’/ -]*\\p{Lu}(?:, [\\p{L} ]+?)?\\s*\\|"
      + "|(?i:(?:last\\s+)?(?:updated|published|posted|modified)(?:\\s+(?:on|at))?\\s*:?))\\s*$");

  /** A time of day, am/pm and the word after: "17.37 BST", "4:23 pm", "4:23 pm EST". */
  private static final Pattern CLOCK =
      Pattern.compile("\\d{1,2}[.:]\\d{2}(?<meridiem>\\s*[ap]\\.?m\\.?)?(?:\\s+(?<zone>\\p{L}{1,4})\\b)?");

  /**
   * Where the stamp {@code date} in {@code text} ends, or -1 where the date is none run into the
   * text: a stamp has a year and a time of day with a time zone or am/pm, the words after it
   * begin anew (a capital or a quotation mark) and the word before it does not lead on to a date.
   */
  private static int stampEnd(String text, NewsDate date) {
    if (!date.hasYear() || date.time() == null) {
      return -1;
    }
    Matcher clock = CLOCK.matcher(text).region(date.start(), text.length());
    if (!clock.find()) {
      return -1;
    }
    int end = clock.group("zone") != null && CalendarWords.isTimeZone(clock.group("zone")) ? clock.end("zone")
        : clock.group("meridiem") != null ? clock.end("meridiem") : -1;
    if (end < 0) {
      return -1;
    }
    String after = text.substring(end).strip();
    if (!after.isEmpty() && !Character.isUpperCase(after.codePointAt(0))
        && "\"“‘'".indexOf(after.charAt(0)) < 0) {
      return -1;
    }
    String before = text.substring(0, date.start()).strip();
    String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return LEADING_ON.contains(previous) ? -1 : end;
  }

  /** The words before a stamp read as a headline: a short line that is no sentence. */
  private static boolean headline(String before) {
    return LineWords.count(before) <= WireLeads.HEADLINE_WORDS && !LineWords.endsSentence(before)
        && Bylines.parse(before).isEmpty();
  }
}
