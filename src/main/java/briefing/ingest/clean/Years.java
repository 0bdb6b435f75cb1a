package briefing.ingest.clean;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Gives a year to a year-less date ("Jan. 10 (UPI)") from the dates an article states in full:
 * the year that puts it nearest to them, so "Jan. 10" after "December 18, 2021" is 2022.
 */
final class Years {
  private Years() {}

  /** The date nearest to any of {@code known}, or empty where no full date is known. */
  static Optional<LocalDate> complete(MonthDay day, List<LocalDate> known) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (LocalDate anchor : known) {
      for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
        if (!day.isValidYear(year)) {
          continue;
        }
        LocalDate candidate = day.atYear(year);
        long distance = Math.abs(ChronoUnit.DAYS.between(candidate, anchor));
        if (distance < bestDistance || distance == bestDistance && candidate.isAfter(best)) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
