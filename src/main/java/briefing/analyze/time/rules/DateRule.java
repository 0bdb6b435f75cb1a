package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import java.time.LocalDate;

/** One way of resolving a time expression that SUTime leaves underspecified or gets wrong. */
interface DateRule {
  /** True when this rule reads {@code mention}. */
  boolean applies(SutimeMention mention);

  /** What {@code mention} means, given the publication day {@code anchor} (never null here). */
  Resolution resolve(SutimeMention mention, LocalDate anchor);

  /** True when the value depends on the publication day, so that without it there is none. */
  default boolean needsAnchor() {
    return true;
  }
}
