package briefing.ingest.clean;

import java.util.List;
import java.util.Optional;

/**
 * Recognises a line that is only a date stamp ("10 Jan, 2022 | 4:06 pm", "Tuesday, March 18,
 * 2025", "Published: 2022-01-10"), as pages print above or below a headline.
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
        .replaceAll("\\b[A-Z]{2,4}\\b", " ")
        .replaceAll("(?i)\\b(published|updated|posted|last|modified|on|at|date|time)\\b", " ")
        .replaceAll("[\\p{Punct}\\s|–—]+", " ")
        .strip();
    return LineWords.count(rest) <= 1 ? Optional.of(date) : Optional.empty();
  }
}
