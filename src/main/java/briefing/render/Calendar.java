package briefing.render;

import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Event;
import briefing.model.briefing.SourceSummary;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The timeline as an iCalendar file ({@code timeline.ics}, RFC 5545): one all-day event per
 * dated day, one timed event per event with a time. Events known only to the month or year are
 * left out: a calendar cannot show "some day in January".
 */
final class Calendar {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  private Calendar() {}

  static String of(Briefing briefing, String baseUrl) {
    Map<String, String> outlets = briefing.sources().stream().collect(Collectors.toMap(
        SourceSummary::article, s -> s.outlet() == null ? s.title() : s.outlet()));
    // The stamp must not be the clock's, or two builds would differ: the latest source date.
    String stamp = briefing.sources().stream().map(SourceSummary::published)
        .filter(p -> p != null && p.length() >= 10).map(p -> p.substring(0, 10)).max(String::compareTo)
        .map(d -> LocalDate.parse(d).format(DAY) + "T000000Z").orElse("19700101T000000Z");
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//briefing//briefing timeline//EN");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "X-WR-CALNAME:" + text(briefing.title()));
    for (Event e : briefing.events()) {
      // Only a day goes in a calendar: a month, a week or a year has no day to put it on.
      if (e.date().day().isEmpty()) {
        continue;
      }
      LocalDate day = e.date().day().get();
      String start = "DTSTART;VALUE=DATE:" + day.format(DAY);
      String end = "DTEND;VALUE=DATE:" + day.plusDays(1).format(DAY);
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + e.id() + "@briefing");
      line(ics, "DTSTAMP:" + stamp);
      line(ics, start);
      line(ics, end);
      line(ics, "SUMMARY:" + text(e.summary()));
      StringBuilder sources = new StringBuilder("Reported by ");
      int n = 0;
      for (String article : e.sources()) {
        sources.append(n++ == 0 ? "" : ", ").append(outlets.getOrDefault(article, article));
      }
      line(ics, "DESCRIPTION:" + text(sources + "."));
      if (!baseUrl.isBlank()) {
        Citation from = e.summaryFrom();
        line(ics, "URL:" + uri(baseUrl.replaceAll("/+$", "") + "/" + from.href()));
      }
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** A TEXT value: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11). */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  /**
   * A URI value: characters a URI may not hold (spaces, quotes, controls, non-ASCII) written as
   * %XX, so that the value cannot end its line or carry markup.
   */
  static String uri(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c > ' ' && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  /**
   * One content line, folded at 75 octets, ended with CRLF as RFC 5545 requires. Control
   * characters are dropped: no value, whatever escaped it, may end a line or start another.
   */
  private static void line(StringBuilder ics, String content) {
    int octets = 0;
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      if (Character.getType(cp) == Character.CONTROL) {
        i += Character.charCount(cp);
        continue;
      }
      int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        folded.append("\r\n ");
        octets = 1;
      }
      folded.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    ics.append(folded).append("\r\n");
  }
}
