package briefing.render;

import briefing.model.briefing.Attested;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.Event;
import briefing.model.briefing.Person;
import briefing.model.briefing.SourceSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The timeline, the who's-who and the coverage matrix as CSV ({@code events.csv}, {@code
 * people.csv}, {@code coverage.csv}; RFC 4180, CRLF).
 * Cells a spreadsheet would run as a formula (starting with =, +, -, @) are prefixed with an
 * apostrophe: article text is untrusted.
 */
final class Tables {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

  private Tables() {}

  static String events(Briefing briefing) {
    Map<String, String> outlets = outlets(briefing);
    StringBuilder csv = new StringBuilder();
    row(csv, List.of("id", "date", "precision", "kind", "summary", "sources", "source_count", "people", "link"));
    for (Event e : briefing.events()) {
      row(csv, List.of(e.id(), e.date().value(), e.precision().name().toLowerCase(Locale.ROOT), e.kind().name().toLowerCase(Locale.ROOT),
          e.summary(), e.sources().stream().map(a -> outlets.getOrDefault(a, a)).collect(Collectors.joining("; ")),
          String.valueOf(e.sources().size()), String.join("; ", e.people()), e.summaryFrom().href()));
    }
    return csv.toString();
  }

  static String people(Briefing briefing) {
    Map<String, String> outlets = outlets(briefing);
    StringBuilder csv = new StringBuilder();
    row(csv, List.of("id", "name", "role", "affiliation", "spellings", "sources", "mentions", "quotes", "page"));
    for (Person p : briefing.people()) {
      List<String> sources = p.mentions().stream().map(c -> c.article()).distinct().sorted()
          .map(a -> outlets.getOrDefault(a, a)).toList();
      row(csv, List.of(p.id(), p.name(), p.roles().isEmpty() ? "" : p.roles().get(0).value(),
          p.affiliation() == null ? "" : p.affiliation(),
          p.spellings().stream().map(Attested::value).collect(Collectors.joining("; ")),
          String.join("; ", sources), String.valueOf(p.mentions().size()),
          String.valueOf(p.quotes().size()), "people/" + p.id() + ".html"));
    }
    return csv.toString();
  }

  /**
   * The whole coverage matrix: a row per fact (kind, id, label), a column per source headed by
   * its outlet and article id, "1" where the source reports the fact. Pages show only part of it.
   */
  static String coverage(Briefing briefing) {
    Map<String, String> outlets = outlets(briefing);
    List<String> ids = briefing.sources().stream().map(SourceSummary::article).toList();
    StringBuilder csv = new StringBuilder();
    List<String> header = new java.util.ArrayList<>(List.of("kind", "id", "fact"));
    ids.forEach(id -> header.add(outlets.get(id) + " (" + id + ")"));
    row(csv, header);
    for (CoverageRow r : briefing.coverage()) {
      List<String> cells = new java.util.ArrayList<>(List.of(r.kind(), r.id(), r.label()));
      java.util.Set<String> reporting = new java.util.HashSet<>(r.sources());
      ids.forEach(id -> cells.add(reporting.contains(id) ? "1" : ""));
      row(csv, cells);
    }
    return csv.toString();
  }

  private static Map<String, String> outlets(Briefing briefing) {
    return briefing.sources().stream().collect(Collectors.toMap(SourceSummary::article,
        s -> s.outlet() == null ? s.title() : s.outlet()));
  }

  private static void row(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    // Control characters (ESC, BEL, …) have no place in a cell, and a terminal showing the file
    // would run them as escape sequences.
    if (value == null || value.isEmpty() || value.equals("1")) {
      return value == null ? "" : value; // most cells of the coverage matrix, a million on a long story
    }
    String v = CONTROL.matcher(value).replaceAll("");
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
