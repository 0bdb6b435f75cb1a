package briefing.analyze;

import java.time.LocalDate;

/** One way of resolving a time expression that SUTime leaves underspecified or gets wrong. */
interface DateRule {
  /** True when this rule reads {@code mention}. */
  boolean applies(SutimeMention mention);

  /** What {@code mention} means, given the publication day {@code anchor} (never null here). */
  Resolution resolve(SutimeMention mention, LocalDate anchor);
}
