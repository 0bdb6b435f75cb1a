package briefing.analyze.time;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Which of several candidate dates an expression without a full date means, relative to the
 * publication day: the tense or a word ("last", "next") decides.
 */
public enum Direction {
  /** Past tense: the latest one on or before publication. */
  ON_OR_BEFORE("in a past-tense sentence: the %s before publication"),
  /** No tense in the sentence, a story told in the past: as {@link #ON_OR_BEFORE}. */
  STORY_BEFORE("with no tense of its own, in a story told in the past: the %s before publication"),
  /** "last Monday": strictly before. */
  BEFORE("'last': the %s before publication"),
  /** Future tense: the earliest one on or after publication. */
  ON_OR_AFTER("in a future-tense sentence: the next %s after publication"),
  /** "next Monday": strictly after. */
  AFTER("'next': the %s after publication"),
  /** Present or no tense, or "this": the one nearest publication. */
  NEAREST("with no past or future tense: the %s nearest publication");

  private final String phrase;

  Direction(String phrase) {
    this.phrase = phrase;
  }

  /**
   * The direction a modifier word inside the expression sets, else the sentence's tense, else,
   * for a sentence with none ("Rebels fleeing the town Sunday night"), the story's tense.
   */
  public static Direction of(String expression, Tense tense, Tense story) {
    Direction direction = of(expression, tense);
    return direction == NEAREST && tense == Tense.NONE && story == Tense.PAST
        && !expression.toLowerCase(java.util.Locale.ROOT).matches(".*\\bthis\\b.*") ? STORY_BEFORE : direction;
  }

  /** The direction a modifier word inside the expression sets, else the sentence's tense. */
  public static Direction of(String expression, Tense tense) {
    String text = " " + expression.toLowerCase(java.util.Locale.ROOT) + " ";
    if (text.matches(".*\\b(last|past|previous|preceding)\\b.*")) {
      return BEFORE;
    }
    if (text.matches(".*\\b(next|coming|following)\\b.*")) {
      return AFTER;
    }
    if (text.matches(".*\\bthis\\b.*")) {
      return NEAREST;
    }
    return switch (tense) {
      case PAST -> ON_OR_BEFORE;
      case FUTURE -> ON_OR_AFTER;
      default -> NEAREST;
    };
  }

  /** How the choice reads for people, naming what was chosen ("Monday", "Jan. 10"). */
  public String explain(String what) {
    return String.format(phrase, what);
  }

  /**
   * The candidate this direction picks, by {@code distance} from publication (negative before it):
   * the nearest one allowed, or the nearest of all when none is allowed.
   */
  public <T> Optional<T> pick(List<T> candidates, ToLongFunction<T> distance) {
    Comparator<T> nearest = Comparator.comparingLong(c -> Math.abs(distance.applyAsLong(c)));
    // Ties in distance go to the earlier one: news reports the past more than the future.
    nearest = nearest.thenComparingLong(distance);
    Optional<T> allowed = candidates.stream().filter(c -> allows(distance.applyAsLong(c))).min(nearest);
    return allowed.isPresent() ? allowed : candidates.stream().min(nearest);
  }

  private boolean allows(long distance) {
    return switch (this) {
      case ON_OR_BEFORE, STORY_BEFORE -> distance <= 0;
      case BEFORE -> distance < 0;
      case ON_OR_AFTER -> distance >= 0;
      case AFTER -> distance > 0;
      case NEAREST -> true;
    };
  }
}
