package briefing.ingest.clean;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A calendar date written in a news text, with or without its year and time of day.
 *
 * @param day month and day
 * @param year the year where the text states it
 * @param time the time of day where the text states it, or null
 * @param start where the date starts in the text
 * @param end where the date ends in the text (exclusive)
 */
public record NewsDate(MonthDay day, OptionalInt year, LocalTime time, int start, int end) {
  public NewsDate {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(year, "year");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public boolean hasYear() {
    return year.isPresent();
  }
}
