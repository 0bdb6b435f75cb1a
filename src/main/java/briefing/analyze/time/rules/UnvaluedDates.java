package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.analyze.time.TimexValues;
import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;

/**
 * A month and day SUTime finds inside a longer expression it gives no value ("Nov. 3, the day
 * before", "the week of March 6"): the day is read as a yearless date (see {@link YearlessDates}),
 * and "the week of" it is the ISO week that holds it.
 */
final class UnvaluedDates implements DateRule {
  private static final YearlessDates YEARLESS = new YearlessDates();

  @Override
  public boolean applies(SutimeMention m) {
    return m.value() == null && m.kind() == Kind.DATE && !m.hasYear() && dayAfterMonth(m) > 0;
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    Month month = m.month();
    int day = dayAfterMonth(m);
    int year = month == Month.FEBRUARY && day == 29 ? 2000 : anchor.getYear();
    SutimeMention dated = new SutimeMention(m.text(), Kind.DATE,
        LocalDate.of(year, month, day).toString(), m.sentence(), m.from(), m.to());
    Resolution r = YEARLESS.resolve(dated, anchor);
    if (!m.text().toLowerCase(Locale.ROOT).contains("week of")) {
      return r;
    }
    String week = TimexValues.week(LocalDate.parse(r.value()));
    return new Resolution(Kind.DATE, week, r.derivation() + "; the week that holds it, " + week,
        r.relative(), r.to());
  }

  /** The day of the month written just after the expression's month word, or 0. */
  private static int dayAfterMonth(SutimeMention m) {
    List<CoreLabel> tokens = m.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Month month = CalendarWords.month(tokens.get(i).word());
      String next = tokens.get(i + 1).word();
      if (month != null && Character.isUpperCase(tokens.get(i).word().charAt(0))
          && CalendarWords.isDayNumber(next)) {
        int day = Integer.parseInt(next.replaceAll("\\D", ""));
        return day <= month.maxLength() ? day : 0;
      }
    }
    return 0;
  }
}
