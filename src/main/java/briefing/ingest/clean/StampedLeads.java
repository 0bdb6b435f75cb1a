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
 * or am/pm, written without "at" unless a label ("Last updated:") stands before it: prose writes
 * "on Tuesday 28 April 2009 at 5.37 pm", a page does not. The words before it are the page's
 * headline (and its standfirst), the stamp is the publication date, and the report begins after
 * it: each becomes a unit of its own. Where the headline is known, or running text stands above,
 * only a byline, a label or the headline itself may stand before a stamp; else the words before
 * it must read as a headline, not as a sentence cut short ("Doors open Friday 1 May 2009 7:30 pm
 * Tickets cost …" stays whole).
 */
final class StampedLeads {
  /** How far into a page the stamp may stand, in units. */
  private static final int SEARCH_UNITS = 4;
  /** How far into its line a stamp may start, in characters. */
  private static final int STAMP_CHARS = 400;
  /** The fewest words of a headline before a stamp: "Doors open" is a sentence's start. */
  private static final int HEADLINE_WORDS = 5;
  /** The most words of a line above that is page chrome, not running text. */
  private static final int CHROME_WORDS = 6;
  /** Words after which a date is a sentence's, not a stamp: "talks on Tuesday 28 April 2009 …". */
  private static final Set<String> LEADING_ON = Set.of("on", "at", "since", "until", "till", "by",
      "from", "to", "before", "after", "of", "and", "or", "between", "for", "in");

  /**
   * What a page sets before its stamp, as part of it: the place of a wire's dateline and a bar
   * ("TOKYO | ", "KENT, England | "), or a label, capitalised ("Last updated", "First published
   * on") or before a colon ("updated:").
   */
  private static final Pattern LABEL = Pattern.compile(
      "(?:\\p{Lu}[\\p{Lu}.'’/ -]*\\p{Lu}(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?\\s*\\|"
      + "|(?:(?:First|Last|FIRST|LAST)\\s+)?(?:Updated|Published|Posted|Modified|UPDATED|PUBLISHED|POSTED"
      + "|MODIFIED)(?:\\s+(?:on|at))?\\s*:?"
      + "|(?<![\\p{Ll},]\\s)(?i:(?:first\\s+|last\\s+)?(?:updated|published|posted|modified))\\s*:)\\s*$");

  /** A time of day, am/pm and the word after: "17.37 BST", "4:23 pm", "4:23 pm EST". */
  private static final Pattern CLOCK =
      Pattern.compile("\\d{1,2}[.:]\\d{2}(?<meridiem>\\s*[ap]\\.?m\\.?)?(?:\\s+(?<zone>\\p{L}{1,4})\\b)?");
  /** "at" between a date and its time, as prose writes it: "Tuesday 28 April 2009 at 5.37 pm". */
  private static final Pattern AT = Pattern.compile("\\bat\\b", Pattern.CASE_INSENSITIVE);

  /** Where a stamp stands in a line: from its label, if any, to the end of its time. */
  private record Stamp(int start, int end) {}

  private StampedLeads() {}

  /**
   * {@code units} with the first paragraph that has a stamp run into it split there into the
   * words before the stamp (a heading where they read as a headline, else a paragraph), the
   * stamp (each, where two follow each other) and the words after it; as they were where no such
   * stamp stands in the first units. {@code noise} holds why each unit is noise (null where it
   * is not) and is kept in step; {@code knownTitle} is the headline the page or the editor gave,
   * or null.
   */
  static List<Unit> split(List<Unit> units, List<String> noise, String knownTitle) {
    int limit = Math.min(units.size(), SEARCH_UNITS);
    boolean textAbove = false;
    for (int s = 0; s < limit; s++) {
      Unit unit = units.get(s);
      String text = unit.text();
      // a line that is a stamp and nothing more is read as one as it stands
      if (unit.kind() == BlockKind.PARAGRAPH && noise.get(s) == null && DateStamps.parse(text).isEmpty()) {
        List<Unit> parts = parts(unit, knownTitle, textAbove);
        if (!parts.isEmpty()) {
          List<Unit> out = new ArrayList<>(units.subList(0, s));
          out.addAll(parts);
          out.addAll(units.subList(s + 1, units.size()));
          for (int k = 1; k < parts.size(); k++) {
            noise.add(s, null);
          }
          return out;
        }
      }
      textAbove |= noise.get(s) == null
          && (LineWords.endsSentence(text) || LineWords.count(text) > CHROME_WORDS);
    }
    return units;
  }

  /** {@code unit} split at the first stamp run into it, or nothing where none is. */
  private static List<Unit> parts(Unit unit, String knownTitle, boolean textAbove) {
    String text = unit.text();
    for (NewsDate date : NewsDates.find(text)) {
      if (date.start() > STAMP_CHARS) {
        break;
      }
      Stamp stamp = stamp(text, date);
      if (stamp == null) {
        continue;
      }
      String written = text.substring(0, stamp.start()).strip();
      // "Ann Cole | 18:00 UK time, …": a name before a bar is the writer's, read as a byline
      boolean byline = Bylines.parse(written).isPresent();
      String before = byline ? written : written.replaceFirst("\\s*\\|$", "");
      // a stamp with its time first stands under a blog's writer, or alone: after other words
      // it dates an entry of a list ("More on vaccines - 16:10 UK time, Wednesday, 8 July 2009")
      boolean timeFirst = date.time() == null;
      if (!before.isEmpty() && !byline && (timeFirst || !head(before, knownTitle, textAbove))) {
        continue;
      }
      List<Unit> parts = new ArrayList<>();
      if (!before.isEmpty()) {
        parts.add(new Unit(!byline && headline(before) ? BlockKind.HEADING : BlockKind.PARAGRAPH, before, unit.line()));
      }
      // "First published … BST Last modified … BST The port …": each stamp a unit
      int at = stamp.start();
      while (stamp != null) {
        parts.add(new Unit(BlockKind.PARAGRAPH, text.substring(at, stamp.end()).strip(), unit.line()));
        at = stamp.end();
        stamp = opening(text, at);
      }
      String after = text.substring(at).strip();
      if (!after.isEmpty()) {
        parts.add(new Unit(BlockKind.PARAGRAPH, after, unit.line()));
      }
      return parts.size() > 1 ? parts : List.of();
    }
    return List.of();
  }

  /** The stamp that opens {@code text} at {@code from}, its label counted, or null. */
  private static Stamp opening(String text, int from) {
    for (NewsDate date : NewsDates.find(text.substring(from))) {
      NewsDate shifted = new NewsDate(date.day(), date.year(), date.time(), date.start() + from, date.end() + from);
      Stamp stamp = stamp(text, shifted);
      return stamp != null && text.substring(from, stamp.start()).isBlank() ? stamp : null;
    }
    return null;
  }

  /**
   * The stamp {@code date} in {@code text} makes, or null where the date is none run into the
   * text: a stamp has a year and a time of day with a time zone or am/pm, "at" before its time
   * only after a label, the words after it begin anew (a capital or a quotation mark) and, with
   * no label, the word before it does not lead on to a date.
   */
  private static Stamp stamp(String text, NewsDate date) {
    if (!date.hasYear()) {
      return null;
    }
    if (date.time() == null) {
      return timeFirst(text, date);
    }
    Matcher clock = CLOCK.matcher(text).region(date.start(), text.length());
    if (!clock.find()) {
      return null;
    }
    int end = clock.group("zone") != null && CalendarWords.isTimeZone(clock.group("zone")) ? clock.end("zone")
        : clock.group("meridiem") != null ? clock.end("meridiem") : -1;
    if (end < 0) {
      return null;
    }
    if (!beginsAnew(text, end)) {
      return null;
    }
    Matcher label = LABEL.matcher(text).region(0, date.start());
    if (label.find()) {
      return new Stamp(label.start(), end);
    }
    String before = text.substring(0, date.start()).strip();
    String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    boolean at = AT.matcher(text.substring(date.start(), clock.start())).find();
    return at || LEADING_ON.contains(previous) ? null : new Stamp(date.start(), end);
  }

  /**
   * A blog page's stamp, its time first: "Ann Cole | 18:00 UK time, Saturday, 25 April 2009 The
   * …", "09:53 AM, Thursday, 21 May 2009"; null where no such time stands right before {@code
   * date} or the words after it do not begin anew.
   */
  private static Stamp timeFirst(String text, NewsDate date) {
    Matcher clock = CLOCK_FIRST.matcher(text).region(0, date.start());
    if (!clock.find() || (clock.group("zone") != null && !CalendarWords.isTimeZone(clock.group("zone")))) {
      return null;
    }
    return beginsAnew(text, date.end()) ? new Stamp(clock.start(), date.end()) : null;
  }

  /** Whether the words of {@code text} from {@code at} begin anew: nothing, a capital or a quotation mark. */
  private static boolean beginsAnew(String text, int at) {
    String after = text.substring(at).strip();
    return after.isEmpty() || Character.isUpperCase(after.codePointAt(0)) || "\"“‘'".indexOf(after.charAt(0)) >= 0;
  }

  /** A time of day before a date, with am/pm, "UK time" or a time zone: "18:00 UK time, ". */
  private static final Pattern CLOCK_FIRST = Pattern.compile("(?<![\\d.:])\\d{1,2}[.:]\\d{2}\\s*"
      + "(?:[AaPp]\\.?[Mm]\\.?|UK time|(?<zone>[A-Z]{2,4}))\\s*,?\\s*$");

  /**
   * Whether the words before a stamp are what a page sets there: a byline, the known headline
   * (with its standfirst), or, where no headline is known and no running text stands above, a
   * headline of {@link #HEADLINE_WORDS} words or more that holds no sentence's end.
   */
  private static boolean head(String before, String knownTitle, boolean textAbove) {
    if (Bylines.parse(before).isPresent()) {
      return true;
    }
    if (knownTitle != null && !knownTitle.isBlank()) {
      String title = LineWords.key(knownTitle);
      String key = LineWords.key(before);
      return !title.isEmpty() && (key.equals(title) || key.startsWith(title + " "));
    }
    return !textAbove && LineWords.count(before) >= HEADLINE_WORDS && !LineWords.endsSentence(before)
        && !Headline.SENTENCE_INSIDE.matcher(before).find();
  }

  /** The words before a stamp read as a headline: a short line that is no sentence. */
  private static boolean headline(String before) {
    return LineWords.count(before) <= WireLeads.HEADLINE_WORDS && !LineWords.endsSentence(before)
        && Bylines.parse(before).isEmpty();
  }
}
