package briefing.crossref.timeline;

import briefing.text.CalendarWords;
import briefing.text.FunctionWords;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a date that say it dates nothing the sentence tells: a bound ("after 1997"),
 * an end of a stretch ("from 1965 to 1970"), a comparison ("unlike the mayor a week ago"), a step
 * of the narrative ("the following year"), a year in a name ("CPAC 2010"), what a present perfect
 * is about ("has apologised for his behaviour over the weekend") or a reader's comment's stamp.
 */
final class DatesInPassing {
  /** What follows the stamp of a reader's comment: ", riverfan wrote:". */
  private static final Pattern COMMENT = Pattern.compile(",?\\s*([^\\s,]{1,40})\\s+wrote:");
  /**
   * A year, month or week counted from another the text gives ("the following year", "eight years
   * after"), an
   * ordinal day, week or month of a stretch it names ("the second day of the new council"), or a
   * horizon years ahead ("those retiring a decade from now"): no day anything happens.
   */
  private static final Pattern NARRATIVE_STEP = Pattern.compile("(?i)(?:the\\s+(?:following|next"
      + "|previous|preceding|prior)\\s+(?:year|month|week)|(?:a|an|one|the|two|three|four|five|six"
      + "|seven|eight|nine|ten|several|a\\s+few|\\d+)\\s+(?:years?|months?|weeks?)"
      + "\\s+(?:later|earlier|before|after)"
      + "|(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|\\d{1,2}(?:st|nd|rd|th))"
      + "\\s+(?:day|week|month)"
      + "|(?:a|an|one|two|three|four|five|ten|twenty|several|a\\s+few|\\d+)\\s+(?:decades?|years?)"
      + "\\s+from\\s+now)");
  /** A date after these words bounds a stretch of time; it is not when anything happened. */
  private static final Pattern BOUND = Pattern.compile(
      "(?i)\\b(?:after|before|since|until|till|prior to|ahead of|(?<!the\\s)following|in the wake of"
      + "|on the eve of|in the (?:run|lead)-up to|in advance of)\\s+$");
  /** A comparison opening the sentence or a clause, with no clause break before the date. */
  private static final Pattern COMPARED = Pattern.compile(
      "(?i)(?:^|[,;:]\\s+|^(?:but|and|yet)\\s+)(?:but\\s+|and\\s+|yet\\s+)?(?:unlike|like|as with"
      + "|compared (?:with|to)|in contrast to)\\s+[^,;:.!?]*$"
      // "… – just as he did in September": the date is the earlier act's the sentence likens
      // ("as they had lunch on Saturday" has its verb: the date is the sentence's)
      + "|\\b(?:just\\s+)?as\\s+(?:he|she|they|it|we|I)\\s+(?:did|had|has|have|does|do)"
      + "(?:\\s+(?:in|on|at|last|this|earlier))?\\s*$");
  /** A verb in the present perfect: "has apologised", "have long opposed". */
  private static final Pattern PERFECT = Pattern.compile("(?i)(?<!\\b(?:may|might|must|could"
      + "|would|should|will|shall|to)\\s)\\b(?:has|have)(?:n['’]t)?\\s+"
      + "(?:(?:not|never|also|already|long|now|repeatedly|publicly)\\s+)?(?:been\\s+)?"
      + "(?:" + Clauses.NOT_AN_ENDING + "\\p{L}+ed|been|done|made|said|told|written|spoken|given"
      + "|taken|shown|seen"
      + "|brought|sent|held|kept|left|lost|won|paid|sought|found|broken|chosen|come|gone|begun"
      + "|become)\\b");
  /** Words opening a clause of its own: "has emerged that …", "arrested a man who …". */
  private static final Pattern CLAUSE_OPENING = Pattern.compile("(?i)\\b(?:that|who|whom|which"
      + "|when|where|since|because|as|after|before|while)\\b");
  /** An auxiliary and "not" whose verb is left out, right before a date. */
  private static final Pattern ELIDED = Pattern.compile(
      "\\b(?:did|does|do|had|has|have|could|would|was|were)(?:\\s+not|n['’]t)\\s+$");
  /** What may follow a date that ends an elided clause: a clause break or the sentence's end. */
  private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[,;:.!?)—–]|--|(?:and|but)\\b|$)");
  /**
   * A year or month that opens or closes a stretch ("from 1965 to 1970", "between 2003 and
   * 2009"): the stretch's ends, not happenings.
   */
  private static final Pattern STRETCH_START = Pattern.compile("(?i)\\b(?:from|between)\\s+$");
  private static final Pattern STRETCH_END = Pattern.compile(
      "(?i)\\b(?:from|between)\\s+[^,;.]{1,30}?\\s*(?:\\bto|\\band|\\bthrough|-|–)\\s*$");
  private static final Pattern FIGURES = Pattern.compile("\\d");
  private static final Pattern AT_YEAR = Pattern.compile("(?i)\\b(?:in|during|by)\\s+$");
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}[\\p{L}.]*)\\s+$");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an",
      "this", "that", "its", "their", "his", "her", "our", "whose");

  private DatesInPassing() {}

  /**
   * True where the date ending at {@code end} stamps a reader's comment ("At 18:20 29th Apr 2009,
   * riverfan wrote: …"): it tells when the comment was posted, not when anything happened.
   */
  static boolean isCommentStamp(String sentence, int end) {
    return commentWriter(sentence, end) != null;
  }

  /** Who the stamp ending at {@code end} says wrote the comment ("harbourfan"), or null for none. */
  static String commentWriter(String sentence, int end) {
    if (end > sentence.length()) {
      return null;
    }
    Matcher m = COMMENT.matcher(sentence).region(end, sentence.length());
    return m.lookingAt() ? m.group(1) : null;
  }

  /**
   * True where the date from {@code start} to {@code end} lies in a comparison that opens its
   * clause ("But unlike the mayor a week ago, she let few points pass", "Like last year, the
   * fair …"), or ends a clause whose verb is left out after its auxiliary ("did everything her
   * rival did not last week, and …"): it dates what the sentence is compared with, not what it
   * tells. A date between "not" and its verb is the sentence's ("could not last night agree").
   */
  static boolean isCompared(String sentence, int start, int end) {
    String before = sentence.substring(0, start);
    return COMPARED.matcher(before).find() || ELIDED.matcher(before).find()
        && CLAUSE_END.matcher(sentence.substring(Math.min(end, sentence.length()))).lookingAt();
  }

  /**
   * True where the date starting at {@code start} follows, in its clause, a verb in the present
   * perfect and no other verb ("has apologised for his behaviour over the weekend"): the present
   * perfect takes no past day of its own, so the date tells when what the verb is about happened,
   * not the act. Only for a date already past when the report was written ({@code past}): "has
   * risen this week" dates the rise; not after a modal ("may have died on Saturday") nor where
   * another verb or clause comes between them.
   */
  static boolean isPerfectsTopic(String sentence, int start, boolean past) {
    if (!past) {
      return false;
    }
    String before = sentence.substring(0, start);
    int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
        Math.max(before.lastIndexOf('—'), before.lastIndexOf('–')));
    Matcher perfect = PERFECT.matcher(before).region(clause + 1, before.length());
    int last = -1;
    while (perfect.find()) {
      last = perfect.end();
    }
    if (last < 0) {
      return false;
    }
    // another verb or clause between them has the date: "have confirmed the army struck the base
    // on Friday", "has emerged that the minister quit on Tuesday", "has kept quiet since taking
    // office in 2019"
    String between = before.substring(last);
    return !Clauses.FINITE.matcher(between).find() && !Clauses.PAST.matcher(between).find()
        && !CLAUSE_OPENING.matcher(between).find() && !Sayings.isQuoted(sentence, start);
  }

  /** True where the date starting at {@code start} follows "after", "since", "until" and the like. */
  static boolean isBound(String sentence, int start) {
    return BOUND.matcher(sentence.substring(Math.max(0, start - 20), start)).find();
  }

  /**
   * True where the date starting at {@code start} is one end of a stretch ("from 1965 to
   * 1970"); only years and months are taken so, since a stretch of days ("from Monday to
   * Wednesday") is most often one happening's own days.
   */
  static boolean isStretchEnd(String sentence, int start) {
    String before = sentence.substring(Math.max(0, start - 50), start);
    return STRETCH_START.matcher(before).find() || STRETCH_END.matcher(before).find();
  }

  /**
   * True for a year, month or week named by its place in the narrative ("from $11 million in 2011
   * to $10 million the following year", "a year later"): counted from a date the sentence gives,
   * which the analysis does not count from, so its value (counted from publication) dates nothing;
   * or counted to what it follows ("invades the country eight years after its annexation of the
   * peninsula"), which the sentence names only in passing.
   */
  static boolean isNarrativeStep(String written) {
    return NARRATIVE_STEP.matcher(written.strip()).matches();
  }

  /**
   * True where the year starting at {@code start} and ending at {@code end} is part of a name or
   * qualifies a noun ("CPAC 2010", "the 2012 presidential race"): it names no time something
   * happened. Only a year written in figures: "last year" after a name ("a speech in Jakarta last
   * year") is when.
   */
  static boolean isYearInName(String sentence, int start, int end) {
    if (!FIGURES.matcher(sentence.substring(start, end)).find()) {
      return false;
    }
    // "won the council in 2018 partly by promising …": after "in" a year is when, never a name
    if (AT_YEAR.matcher(sentence.substring(Math.max(0, start - 10), start)).find()) {
      return false;
    }
    Matcher after = NEXT_WORD.matcher(sentence.substring(end));
    if (after.lookingAt() && Character.isLowerCase(after.group(1).charAt(0))
        && !FunctionWords.contains(after.group(1))) {
      return true;
    }
    Matcher before = LAST_WORD.matcher(sentence.substring(0, start));
    if (!before.find()) {
      return false;
    }

    if (DETERMINERS.contains(before.group(1).toLowerCase(Locale.ROOT))) {
      return true; // "the 2012 Republican nomination"
    }
    return Character.isUpperCase(before.group(1).charAt(0))
        && CalendarWords.month(before.group(1)) == null && !FunctionWords.contains(
            before.group(1).toLowerCase(Locale.ROOT)) && before.start(1) > 0;
  }
}
