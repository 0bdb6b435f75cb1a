package briefing.analyze.time;

import java.util.Locale;
import java.util.Set;

/** One time expression found, in sentence {@code sentence}, with how it was resolved. */
record FoundTime(int sentence, SutimeMention mention, Resolution resolution) {
  private static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight");

  FoundTime with(Resolution r) {
    return new FoundTime(sentence, mention, r);
  }

  /** True when the expression names a day itself, rather than only a clock time. */
  boolean namesADay() {
    return mention.weekday() != null || mention.month() != null || mention.hasYear()
        || mention.tokens().stream().anyMatch(t -> DAY_WORDS.contains(t.word().toLowerCase(Locale.ROOT)));
  }
}
