package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A day the story names by its place in the narrative, not by a date: "the day before", "the next
 * day", "that day", "the following morning", "earlier that same day". This class finds them and
 * says which way they count; {@link NarrativeDating} dates them.
 */
final class NarrativeDays {
  private static final Set<String> PARTS = Set.of("day", "morning", "afternoon", "evening", "night");
  private static final Set<String> BEFORE = Set.of("previous", "preceding", "before", "earlier");
  private static final Set<String> AFTER = Set.of("next", "following", "after", "later");
  /** "the day before yesterday", "the day after tomorrow": counted from publication after all. */
  private static final Set<String> PUBLICATION_DAYS = Set.of("yesterday", "today", "tomorrow");

  private NarrativeDays() {}

  /**
   * {@code found} with the narrative days in {@code tokens} added, each replacing what SUTime found
   * inside it; one that SUTime found as part of a longer expression ("Nov. 3, the day before") is
   * left to that expression.
   */
  static List<SutimeMention> with(List<CoreLabel> tokens, List<SutimeMention> found) {
    List<SutimeMention> all = new ArrayList<>(found);
    for (int i = 0; i < tokens.size(); i++) {
      int to = end(tokens, i);
      int from = i;
      if (to < 0 || found.stream().anyMatch(m -> m.from() < to && m.to() > from
          && (m.from() < from || m.to() > to))) {
        continue;
      }
      String text = String.join(" ", tokens.subList(from, to).stream().map(CoreLabel::word).toList());
      SutimeMention day = new SutimeMention(text, Kind.DATE, null, tokens, from, to);
      // "later in the day before returning home": a day counted from an event is only taken
      // where SUTime took it for a time too, to give it no value rather than publication's.
      if (countedFromAnEvent(day) && found.stream().noneMatch(m -> m.from() < to && m.to() > from
          && !NotTimes.isNotATime(m))) {
        continue;
      }
      all.removeIf(m -> m.from() >= from && m.to() <= to);
      all.add(day);
      i = to - 1;
    }
    return all;
  }

  /**
   * How many days after the day it is counted from {@code m} names (-1, 0 or 1), or null when it
   * is no narrative day.
   */
  static Integer offset(SutimeMention m) {
    if (m.value() != null || end(m.sentence(), m.from()) != m.to()) {
      return null;
    }
    for (CoreLabel t : m.tokens()) {
      String w = word(t);
      if (w.equals("that") || w.equals("same")) {
        return 0;
      }
      if (BEFORE.contains(w) && !isEdge(m, t)) {
        return -1;
      }
      if (AFTER.contains(w) && !isEdge(m, t)) {
        return 1;
      }
    }
    return null;
  }

  /** "earlier" or "later" opening "earlier that day": a part of the day, not another day. */
  private static boolean isEdge(SutimeMention m, CoreLabel t) {
    return t == m.tokens().get(0);
  }

  /**
   * The token after a narrative day starting at {@code i}, or -1 when none starts there: "[earlier|later]
   * (that|the same|that same) PART", "the (next|following|previous|preceding) PART" and "the PART
   * (before|after|earlier|later)", but not "the day before yesterday" (counted from publication).
   */
  static int end(List<CoreLabel> tokens, int i) {
    int j = i;
    if (is(tokens, j, "earlier") || is(tokens, j, "later")) {
      j++;
    }
    if (is(tokens, j, "that") && is(tokens, j + 1, "same") && isPart(tokens, j + 2)) {
      return j + 3;
    }
    if (is(tokens, j, "that") && isPart(tokens, j + 1)) {
      return j + 2;
    }
    if (is(tokens, j, "the") && is(tokens, j + 1, "same") && isPart(tokens, j + 2)) {
      return j + 3;
    }
    if (j != i || !is(tokens, i, "the") || i + 2 >= tokens.size()) {
      return -1;
    }
    if (isStep(tokens.get(i + 1)) && isPart(tokens, i + 2)) {
      return i + 3;
    }
    if (isPart(tokens, i + 1) && isStep(tokens.get(i + 2))
        && !(i + 3 < tokens.size() && PUBLICATION_DAYS.contains(word(tokens.get(i + 3))))) {
      return i + 3;
    }
    return -1;
  }

  /**
   * True when {@code m} is counted from an event the sentence names rather than from a day ("the
   * day before the vote", "the day after he left", "the same day as the hearing"): the text does
   * not say here which day that is.
   */
  static boolean countedFromAnEvent(SutimeMention m) {
    String next = m.after(1);
    if (m.has("same")) {
      return next.equals("as");
    }
    return isStep(m.sentence().get(m.to() - 1)) && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))
        && !next.equals("and") && !next.equals("but");
  }

  static boolean isStep(CoreLabel t) {
    return BEFORE.contains(word(t)) || AFTER.contains(word(t));
  }

  /** -1 for a word that steps back ("before", "previous"), 1 for one that steps on, else 0. */
  static int step(CoreLabel t) {
    return BEFORE.contains(word(t)) ? -1 : AFTER.contains(word(t)) ? 1 : 0;
  }

  private static boolean isPart(List<CoreLabel> tokens, int i) {
    return i < tokens.size() && PARTS.contains(word(tokens.get(i)));
  }

  private static boolean is(List<CoreLabel> tokens, int i, String word) {
    return i < tokens.size() && word(tokens.get(i)).equals(word);
  }

  private static String word(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
