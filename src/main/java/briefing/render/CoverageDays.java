package briefing.render;

import briefing.model.briefing.SourceSummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Which outlet published when: a row per outlet (the {@link CoverageChart#MAX_OUTLETS} with the
 * most articles, the others together in one row), a column per day, or per week or month where
 * the story runs longer than {@link #COLUMNS} days or weeks (years, past {@link #MONTHS}
 * months), and in each cell how many articles,
 * shaded by how many. The numbers are the cells' text, so the table is its own text equivalent,
 * and it stays the same size however many articles there are.
 *
 * @param unit "day", "week", "month" or "year": what a column counts
 * @param columns the columns, in time order
 * @param rows the outlets' rows, most articles first, then the rest together
 * @param undated how many articles have no publication date, and so no column
 */
public record CoverageDays(String unit, List<Column> columns, List<Row> rows, int undated) {
  /** The most columns of days (then of weeks) before the next larger unit is used. */
  static final int COLUMNS = 31;
  /** The most columns of months before the columns are years. */
  static final int MONTHS = 60;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  public CoverageDays {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** A column: its short label ("10 Jan", "Jun 2023") and its value for {@code <time>}. */
  public record Column(String label, String iso) {}

  /**
   * An outlet's row: its name (or "" for the other outlets together), how many outlets it
   * stands for, how many articles in all, and per column the articles and their shade (0 to 4).
   */
  public record Row(String outlet, int outlets, int articles, List<Integer> counts, List<Integer> levels) {}

  /** The table of {@code sources}, each named by {@code outlet}; empty where no source is dated. */
  static CoverageDays of(List<SourceSummary> sources, Function<String, String> outlet) {
    Map<String, List<LocalDate>> byOutlet = new LinkedHashMap<>();
    int undated = 0;
    for (SourceSummary s : sources) {
      LocalDate day = day(s.published());
      List<LocalDate> days = byOutlet.computeIfAbsent(outlet.apply(s.article()), k -> new ArrayList<>());
      if (day == null) {
        undated++;
      } else {
        days.add(day);
      }
    }
    List<LocalDate> all = byOutlet.values().stream().flatMap(List::stream).sorted().toList();
    if (all.isEmpty()) {
      return new CoverageDays("day", List.of(), List.of(), undated);
    }
    LocalDate first = all.get(0);
    LocalDate last = all.get(all.size() - 1);
    String unit = ChronoUnit.DAYS.between(first, last) < COLUMNS ? "day"
        : ChronoUnit.WEEKS.between(first, last) < COLUMNS ? "week"
        : ChronoUnit.MONTHS.between(first, last) < MONTHS ? "month" : "year";
    List<Column> columns = new ArrayList<>();
    Map<LocalDate, Integer> column = new LinkedHashMap<>();
    for (LocalDate d = start(first, unit); !d.isAfter(last); d = next(d, unit)) {
      column.put(d, columns.size());
      columns.add(switch (unit) {
        case "year" -> new Column(String.valueOf(d.getYear()), String.valueOf(d.getYear()));
        case "month" -> new Column(MONTH.format(d), YearMonth.from(d).toString());
        default -> new Column(DAY.format(d), d.toString());
      });
    }
    List<Map.Entry<String, List<LocalDate>>> outlets = byOutlet.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, List<LocalDate>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey)).toList();
    List<int[]> counts = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int[] others = new int[columns.size()];
    int otherOutlets = 0;
    int otherArticles = 0;
    for (int i = 0; i < outlets.size(); i++) {
      int[] c = i < CoverageChart.MAX_OUTLETS ? new int[columns.size()] : others;
      for (LocalDate d : outlets.get(i).getValue()) {
        c[column.get(start(d, unit))]++;
      }
      if (i < CoverageChart.MAX_OUTLETS) {
        counts.add(c);
      } else {
        otherOutlets++;
        otherArticles += outlets.get(i).getValue().size();
      }
    }
    if (otherOutlets > 0) {
      counts.add(others);
    }
    // Shaded by the outlets' own rows: the other outlets together, often many more, would leave
    // every single outlet's cells pale. Their row is shaded on the same scale, darkest past it.
    int most = counts.stream().limit(CoverageChart.MAX_OUTLETS).flatMapToInt(java.util.Arrays::stream)
        .max().orElse(1);
    for (int i = 0; i < counts.size(); i++) {
      boolean rest = i >= CoverageChart.MAX_OUTLETS;
      List<Integer> n = java.util.Arrays.stream(counts.get(i)).boxed().toList();
      List<Integer> levels = n.stream()
          .map(k -> k == 0 ? 0 : Math.min(CoverageChart.LEVELS,
              (int) Math.ceil(CoverageChart.LEVELS * k / (double) Math.max(1, most)))).toList();
      rows.add(new Row(rest ? "" : outlets.get(i).getKey(), rest ? otherOutlets : 1,
          rest ? otherArticles : outlets.get(i).getValue().size(), n, levels));
    }
    return new CoverageDays(unit, columns, rows, undated);
  }

  /** The day an ISO publication date ("2023-06-01", "2023-06-01T09:30") falls on, or null. */
  private static LocalDate day(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The first day of the column {@code day} falls in: itself, its week's Monday, its month's 1st. */
  private static LocalDate start(LocalDate day, String unit) {
    return switch (unit) {
      case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> day.withDayOfMonth(1);
      case "year" -> day.withDayOfYear(1);
      default -> day;
    };
  }

  private static LocalDate next(LocalDate day, String unit) {
    return switch (unit) {
      case "week" -> day.plusWeeks(1);
      case "month" -> day.plusMonths(1);
      case "year" -> day.plusYears(1);
      default -> day.plusDays(1);
    };
  }
}
