package briefing.analyze.time.rules;

import briefing.analyze.time.Direction;
import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.analyze.time.TimexValues;
import briefing.text.CalendarWords;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A day or month written without its year ("Jan. 10", "in October", "Thanksgiving"): the one
 * before publication in a past-tense sentence, the next one in a future-tense sentence, the
 * nearest one otherwise. A weekday written with it ("Friday, Oct. 23") picks the year it fits.
 */
final class YearlessDates implements DateRule {
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}(-[A-Z]+)?");
  private static final Pattern HOLIDAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NAMED = Pattern.compile("\\b(this|last|next) year\\b");
  private static final String NAMED_YEAR = "but the year named with it, counted from publication: ";
  private static final Set<String> OFFSETS = Set.of("before", "after", "ago", "later", "earlier",
      "today", "yesterday", "tomorrow", "tonight");

  @Override
  public boolean applies(SutimeMention m) {
    if (m.value() == null || m.hasYear()
        || m.tokens().stream().anyMatch(t -> OFFSETS.contains(t.word().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    if (m.month() != null) {
      return Weekdays.DAY_VALUE.matcher(m.value()).matches() || MONTH_VALUE.matcher(m.value()).matches();
    }
    return isHoliday(m);
  }

  /** A named day with no number in it, "Thanksgiving", "Christmas Day", that SUTime gave a date. */
  private static boolean isHoliday(SutimeMention m) {
    return HOLIDAY_VALUE.matcher(m.value()).matches() && !m.hasDigits() && m.weekday() == null
        && m.tokens().stream().anyMatch(t -> "NNP".equals(t.tag())
            && CalendarWords.month(t.word()) == null);
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    Direction direction = Direction.of(m.text(), m.tense(), m.story());
    String written = "'" + m.text() + "', no year, ";
    if (Weekdays.DAY_VALUE.matcher(m.value()).matches()) {
      LocalDate sutime = LocalDate.parse(m.value().substring(0, 10));
      List<LocalDate> candidates = new ArrayList<>();
      for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
        if (m.month() == null) {
          candidates.add(HolidayDates.inYear(sutime, year));
        } else if (sutime.getMonthValue() != 2 || sutime.getDayOfMonth() != 29 || java.time.Year.isLeap(year)) {
          candidates.add(sutime.withYear(year));
        }
      }
      Integer named = namedYear(m, anchor);
      LocalDate inNamed = named == null ? null
          : candidates.stream().filter(d -> d.getYear() == named).findFirst().orElse(null);
      if (inNamed != null) {
        return new Resolution(m.kind(), TimexValues.withDay(m.value(), inNamed),
            written + NAMED_YEAR + CalendarWords.longDate(inNamed), true, m.to());
      }
      if (m.weekday() != null && candidates.stream().anyMatch(d -> d.getDayOfWeek() == m.weekday())) {
        candidates.removeIf(d -> d.getDayOfWeek() != m.weekday());
      }
      LocalDate day = direction.pick(candidates, d -> ChronoUnit.DAYS.between(anchor, d)).orElseThrow();
      String what = m.month() == null ? m.text() : monthName(sutime.getMonth()) + " " + sutime.getDayOfMonth();
      return new Resolution(m.kind(), TimexValues.withDay(m.value(), day),
          written + direction.explain(what) + ", " + CalendarWords.longDate(day), true, m.to());
    }
    YearMonth sutime = YearMonth.parse(m.value().substring(0, 7));
    YearMonth now = YearMonth.from(anchor);
    List<YearMonth> candidates = List.of(sutime.withYear(anchor.getYear() - 1),
        sutime.withYear(anchor.getYear()), sutime.withYear(anchor.getYear() + 1));
    Integer named = namedYear(m, anchor);
    if (named != null) {
      YearMonth inNamed = sutime.withYear(named);
      return new Resolution(m.kind(), TimexValues.withMonth(m.value(), inNamed), written + NAMED_YEAR
          + monthName(sutime.getMonth()) + " " + named, true, m.to());
    }
    YearMonth month = direction.pick(candidates, c -> ChronoUnit.MONTHS.between(now, c)).orElseThrow();
    String name = monthName(sutime.getMonth());
    return new Resolution(m.kind(), TimexValues.withMonth(m.value(), month),
        written + direction.explain(name) + ", " + name + " " + month.getYear(), true, m.to());
  }

  /** The year "this year", "last year" or "next year" written with the date names, or null. */
  private static Integer namedYear(SutimeMention m, LocalDate anchor) {
    java.util.regex.Matcher year = NAMED.matcher(m.text().toLowerCase(Locale.ROOT));
    if (!year.find()) {
      return null;
    }
    return anchor.getYear() + switch (year.group(1)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  private static String monthName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
