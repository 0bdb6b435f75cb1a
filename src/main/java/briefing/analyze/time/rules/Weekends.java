package briefing.analyze.time.rules;

import briefing.analyze.time.Direction;
import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.analyze.time.Tense;
import briefing.analyze.time.TimexValues;
import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A weekend named without a date ("this weekend", "over the weekend"): the one before
 * publication in a past-tense sentence, the next one in a future-tense sentence, the nearest one
 * otherwise, and the next one for "this weekend" in the present ("ministers meet this weekend");
 * "last" and "next" decide where written. SUTime gives the weekend of publication's
 * week (Monday to Sunday), so a Monday's "he grabbed a student this weekend" fell five days
 * ahead; the tense decides, as for a weekday ({@link Weekdays}), "this" included.
 */
final class Weekends implements DateRule {
  private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");

  @Override
  public boolean applies(SutimeMention m) {
    // SUTime gives no value to "last weekend" when it lies in the ISO year before: the word decides
    return (m.value() == null ? m.kind() == Kind.DATE : WEEKEND.matcher(m.value()).matches())
        && !m.hasYear() && m.text().toLowerCase(Locale.ROOT).contains("weekend");
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    Direction direction = Direction.of(m.text(), m.tense(), m.story());
    if (direction == Direction.NEAREST) {
      // "this weekend" in a past-tense sentence is the one just gone, as a weekday would be; in
      // the present, news tells what is planned ("ministers meet this weekend"): the one ahead
      direction = m.tense() == Tense.PAST ? Direction.ON_OR_BEFORE
          : m.tense() == Tense.FUTURE || m.text().toLowerCase(Locale.ROOT).contains("this")
              ? Direction.ON_OR_AFTER : Direction.NEAREST;
    }
    LocalDate saturday = anchor.with(DayOfWeek.SATURDAY);
    List<LocalDate> saturdays = List.of(saturday.minusWeeks(1), saturday, saturday.plusWeeks(1));
    LocalDate day = direction.pick(saturdays, s -> distance(anchor, s)).orElseThrow();
    return new Resolution(m.kind(), TimexValues.week(day) + "-WE", "'" + m.text() + "' "
        + direction.explain("weekend") + ", the weekend of " + CalendarWords.longDate(day), true,
        m.to());
  }

  /** Days from {@code anchor} to the weekend starting {@code saturday}: 0 within it. */
  private static long distance(LocalDate anchor, LocalDate saturday) {
    LocalDate sunday = saturday.plusDays(1);
    if (anchor.isBefore(saturday)) {
      return ChronoUnit.DAYS.between(anchor, saturday);
    }
    return anchor.isAfter(sunday) ? ChronoUnit.DAYS.between(anchor, sunday) : 0;
  }
}
