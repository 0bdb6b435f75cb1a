package briefing.ingest.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a line that is only a date stamp ("10 Jan, 2022 | 4:06 pm", "Tuesday, March 18,
 * 2025", "Published: 2022-01-10"), as pages print above or below a headline, or a date stamp
 * set between a wire dateline's parts ("PLACE, Country | Tue Jun 30, 2009 9:33 am EDT").
 */
final class DateStamps {
  private DateStamps() {}

  /** The date the line stamps, or empty where the line says more than a date. */
  static Optional<NewsDate> parse(String line) {
    if (LineWords.count(line) > 14) {
      return Optional.empty();
    }
    List<NewsDate> dates = NewsDates.find(line);
    if (dates.size() != 1) {
      return Optional.empty();
    }
    NewsDate date = dates.get(0);
    String rest = (line.substring(0, date.start()) + " " + line.substring(date.end()))
        .replaceAll("\\b\\d{1,2}[:.]\\d{2}\\b", " ")
        .replaceAll("\\b[A-Z]{2,4}\\b", " ")
        .replaceAll("(?i)\\b(published|updated|posted|last|modified|on|at|date|time|am|pm)\\b", " ")
        .replaceAll("[\\p{Punct}\\s|–—]+", " ")
        .strip();
    if (LineWords.count(rest) <= 1) {
      return Optional.of(date);
    }
    // a wire page's header: "KETTLEWELL, Norland | Tue Jun 30, 2009 9:33 am EDT KETTLEWELL,
    // Norland (Reuters Life!)": besides the date, only a dateline's place and outlet, no sentence
    boolean datelineOnly = line.contains("|") && rest.chars().noneMatch(Character::isDigit)
        && Arrays.stream(rest.split(" ")).allMatch(w -> Character.isUpperCase(w.charAt(0)));
    return datelineOnly ? Optional.of(date) : Optional.empty();
  }
}
