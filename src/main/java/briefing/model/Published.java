package briefing.model;

import briefing.text.CalendarWords;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When an article was published: a day, and the time of day where the source gives it.
 *
 * @param date the day of publication
 * @param time the local time of publication, or null where only the day is known
 */
public record Published(LocalDate date, LocalTime time) implements Comparable<Published> {
  public Published {
    Objects.requireNonNull(date, "date");
  }

  public static Published on(LocalDate date) {
    return new Published(date, null);
  }

  public boolean hasTime() {
    return time != null;
  }

  /** ISO 8601: {@code 2022-01-10} or {@code 2022-01-10T16:06}. */
  public String iso() {
    return time == null ? date.toString() : LocalDateTime.of(date, time).toString();
  }

  /** For people: {@code Monday 10 January 2022}, with {@code , 16:06} where the time is known. */
  public String display() {
    String day = CalendarWords.longDate(date);
    return time == null ? day : day + ", " + time.format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  @Override
  public int compareTo(Published other) {
    int byDate = date.compareTo(other.date);
    if (byDate != 0) {
      return byDate;
    }
    LocalTime mine = time == null ? LocalTime.MIDNIGHT : time;
    LocalTime theirs = other.time == null ? LocalTime.MIDNIGHT : other.time;
    return mine.compareTo(theirs);
  }
}
