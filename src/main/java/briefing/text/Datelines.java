package briefing.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a news report: "WASHINGTON (Reuters) -", "March 3 (UPI) —",
 * "NAIROBI, Kenya (AP) _", "LONDON/PARIS -", "HARTFORD, Conn. —", "(Gazette);". Cleaning reads
 * what it says; the timeline leaves it out of a sentence's words and dates.
 */
public final class Datelines {
  /**
   * What a dateline says; each part is null where it is not given.
   *
   * @param place where the report was filed
   * @param date the date as written ("Jan. 10")
   * @param agency the outlet or wire in parentheses
   * @param text the dateline as written
   */
  public record Dateline(String place, String date, String agency, String text) {}

  private static final String PLACE =
      "(?<place>\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}(?:/\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu})*"
          + "(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)";
  private static final String DATE =
      "(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
          + "(?:,\\s*\\d{4})?)";
  private static final String AGENCY = "\\((?<agency>[\\p{L}\\d][\\p{L}\\d .&'’-]{0,38})\\)";
  private static final Pattern WITH_AGENCY =
      Pattern.compile("^(?:" + PLACE + "\\s*,?\\s*)?(?:" + DATE + "\\s*)?" + AGENCY
          + "\\s*(?:[-—–_:;]+|\\s)\\s*");
  /**
   * A place alone and its dash, before a capital ("HOUSTON — The", "KENT -The"): a hyphen or an
   * underscore only after a space, so that a word it joins is no dateline ("NATO-led forces",
   * "AFL-CIO President"), nor a dash before a phrase set off in lower case ("NATO - the alliance
   * of 30 countries - met").
   */
  private static final Pattern PLACE_ONLY = Pattern.compile("^" + PLACE + "(?:\\s*,?\\s*" + DATE + ")?"
      + "(?:\\s+[-_]+|\\s*(?:--|[—–]-?))\\s*(?=\\p{Lu})");

  /**
   * A dateline with the place, the day and the time before the agency, as some wire pages give
   * it: "LONDON | Wed Apr 29, 2009 12:20 am BST LONDON (Reuters) -".
   */
  private static final Pattern LONG = Pattern.compile(
      "^.{0,120}?\\((?:\\p{Lu}[\\p{L}.&' ]{1,30})\\)\\s*[-–—:]+\\s*");

  /** The news agencies whose name stands in a dateline's parentheses: "TOKYO (Reuters) -". */
  public static final List<String> WIRES = List.of("Reuters", "AP", "AFP", "UPI", "Bloomberg",
      "Xinhua", "dpa", "Kyodo", "PA", "Reuters Life!");

  private Datelines() {}

  /**
   * An editor's label that a report was updated, opening a sentence: "UPDATE:", "Updated:",
   * "UPDATE 2:52 p.m. --".
   */
  private static final Pattern UPDATE = Pattern.compile("^(?:UPDATED?|Updated?)(?:\\s+\\d{1,2}(?::\\d{2})?"
      + "\\s*(?:[ap]\\.m\\.|[AaPp]M)?(?:\\s+[A-Z]{2,3})?)?\\s*(?::|--|—|–)\\s*(?=\\p{L})");

  /**
   * Where {@code sentence}'s own words begin after a dateline or an editor's label of an update
   * opening it ("UPDATE: The council …"), or 0 where none does.
   */
  public static int end(String sentence) {
    Matcher update = UPDATE.matcher(sentence);
    if (update.lookingAt()) {
      return update.end() + end(sentence.substring(update.end()));
    }
    Matcher m = WITH_AGENCY.matcher(sentence);
    if (m.lookingAt() && !sentence.substring(m.end()).isBlank()) {
      return m.end();
    }
    m = PLACE_ONLY.matcher(sentence);
    if (m.lookingAt() && m.group("place").replaceAll("[^\\p{L}]", "").length() >= 3) {
      return m.end();
    }
    m = LONG.matcher(sentence);
    return m.lookingAt() ? m.end() : 0;
  }

  /** {@code sentence} without a dateline or an editor's label opening it ({@link #end}), stripped. */
  public static String without(String sentence) {
    return sentence.substring(end(sentence)).strip();
  }

  /** The dateline opening {@code paragraph}, if one does. */
  public static Optional<Dateline> parse(String paragraph) {
    Matcher m = WITH_AGENCY.matcher(paragraph);
    if (m.lookingAt() && !paragraph.substring(m.end()).isBlank()) {
      return Optional.of(of(m, m.group("agency").strip()));
    }
    m = PLACE_ONLY.matcher(paragraph);
    if (m.lookingAt() && m.group("place").replaceAll("[^\\p{L}]", "").length() >= 3) {
      return Optional.of(of(m, null));
    }
    return Optional.empty();
  }

  private static Dateline of(Matcher m, String agency) {
    String place = m.group("place");
    return new Dateline(
        place == null ? null : place.strip(),
        m.group("date"),
        agency,
        paragraphStart(m));
  }

  private static String paragraphStart(Matcher m) {
    return m.group().strip();
  }
}
