package briefing.analyze.time.rules;

import briefing.analyze.time.Direction;
import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.analyze.time.Tense;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A weekend named without a date ("this weekend", "over the weekend"): the one before
 * publication in a past-tense sentence, the next one in a future-tense sentence, the nearest one
 * otherwise; "last" and "next" decide where written. SUTime gives the weekend of publication's
 * week (Monday to Sunday), so a Monday's "he grabbed a student this weekend" fell five days
 * ahead; the tense decides, as for a weekday ({@link Weekdays}), "this" included.
 */
final class Weekends implements DateRule {
  private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");

  @Override
  public boolean applies(SutimeMention m) {
    return m.value() != null && WEEKEND.matcher(m.value()).matches() && !m.hasYear()
        && m.text().toLowerCase(Locale.ROOT).contains("weekend");
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    Direction direction = Direction.of(m.text(), m.tense(), m.story());
    if (direction == Direction.NEAREST) {
      // "this weekend" in a past-tense sentence is the one just gone, as a weekday would be
      direction = m.tense() == Tense.PAST ? Direction.ON_OR_BEFORE
          : m.tense() == Tense.FUTURE ? Direction.ON_OR_AFTER : Direction.NEAREST;
    }
    LocalDate saturday = anchor.with(DayOfWeek.SATURDAY);
    List<LocalDate> saturdays = List.of(saturday.minusWeeks(1), saturday, saturday.plusWeeks(1));
    LocalDate day = direction.pick(saturdays, s -> distance(anchor, s)).orElseThrow();
    String value = String.format(Locale.ROOT, "%d-W%02d-WE", day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new Resolution(m.kind(), value, "'" + m.text() + "' " + direction.explain("weekend")
        + ", " + value, true, m.to());
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
