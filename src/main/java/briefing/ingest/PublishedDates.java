package briefing.ingest;

import briefing.ingest.clean.NewsDate;
import briefing.ingest.clean.NewsDates;
import briefing.model.Published;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Parses a publication date as editors and pages write it. */
public final class PublishedDates {
  private PublishedDates() {}

  /**
   * Parses {@code 2022-01-10}, {@code 2022-01-10 16:06}, ISO 8601 date-times with or without an
   * offset and fractions of a second, and written dates with a year ("10 January 2022").
   */
  public static Optional<Published> parse(String value) {
    Optional<Published> iso = iso(value);
    if (iso.isPresent()) {
      return iso;
    }
    List<NewsDate> written = NewsDates.find(value);
    if (written.size() == 1 && written.get(0).hasYear()) {
      NewsDate date = written.get(0);
      return Optional.of(new Published(date.day().atYear(date.year().getAsInt()), date.time()));
    }
    return Optional.empty();
  }

  /** Parses only the ISO 8601 forms: what front matter must use, so that 03/04 is never a guess. */
  public static Optional<Published> iso(String value) {
    String text = value.strip().replace(' ', 'T').replaceFirst("(T\\d{2}:\\d{2}:\\d{2})\\.\\d+", "$1");
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(Published.on(LocalDate.parse(text)));
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:?\\d{2})")) {
        OffsetDateTime time = OffsetDateTime.parse(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
        return Optional.of(new Published(time.toLocalDate(), time.toLocalTime()));
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?")) {
        LocalDateTime time = LocalDateTime.parse(text);
        return Optional.of(new Published(time.toLocalDate(), time.toLocalTime()));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
