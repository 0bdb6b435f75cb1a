package briefing.render;

import briefing.model.analysis.TimeMention.Precision;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Event;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline drawn at build time: an axis of days (of months on long stories) with a mark per
 * event, sized by how many sources report it; background and announced events in lanes of their
 * own. The templates draw it as lists of links, which are also its text equivalent.
 */
public final class TimelineChart {
  /** The most marks one column shows; the rest are counted. */
  static final int MARKS = 8;
  /** Longer than this in days and the axis is of months. */
  static final int DAY_AXIS = 62;
  /** Longer than this in months and the gap is drawn as a break, not as empty months. */
  static final int MONTH_AXIS = 36;
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

  /** One event on the chart: where it links, what it says, how big it is drawn (1 to 4). */
  public record Mark(String id, String href, String summary, String when, int sources, int size) {}

  /**
   * One step of the axis: its short label ("10 Jan"), its value for {@code <time>}, its marks and
   * how many more events it holds; a column without events draws only the axis.
   */
  public record Column(String label, String iso, boolean tick, List<Mark> marks, int more, String moreHref) {
    public boolean empty() {
      return marks.isEmpty();
    }
  }

  /** A lane: the story, the background before it, or what was announced. */
  public record Lane(String kind, String name, List<Column> columns) {}

  private TimelineChart() {}

  /** The chart's lanes, those with events only, in time order: background, story, announced. */
  static List<Lane> of(Briefing briefing, TimelinePages pages, java.util.function.Function<Event, String> when) {
    List<Lane> lanes = new ArrayList<>();
    lane(lanes, briefing, pages, when, Event.Kind.BACKGROUND, "Background");
    lane(lanes, briefing, pages, when, Event.Kind.STORY, "The story");
    lane(lanes, briefing, pages, when, Event.Kind.ANNOUNCED, "Announced");
    return List.copyOf(lanes);
  }

  private static void lane(List<Lane> lanes, Briefing briefing, TimelinePages pages,
      java.util.function.Function<Event, String> when, Event.Kind kind, String name) {
    List<Event> events = briefing.events().stream().filter(e -> e.kind() == kind).toList();
    if (events.isEmpty()) {
      return;
    }
    LocalDate first = events.stream().map(e -> e.date().first()).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = events.stream().map(e -> e.date().first()).max(Comparator.naturalOrder()).orElseThrow();
    boolean byDay = ChronoUnit.DAYS.between(first, last) <= DAY_AXIS;
    // Columns keyed by day (or month); dates coarser than the axis keep a column of their own.
    Map<String, List<Event>> columns = new LinkedHashMap<>();
    events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
        .forEach(e -> columns.computeIfAbsent(key(e, byDay), k -> new ArrayList<>()).add(e));
    List<Column> out = new ArrayList<>();
    String previous = null;
    for (Map.Entry<String, List<Event>> c : columns.entrySet()) {
      if (previous != null && kind == Event.Kind.STORY) {
        fill(out, previous, c.getKey(), byDay);
      }
      out.add(column(c.getKey(), c.getValue(), pages, when));
      previous = c.getKey();
    }
    lanes.add(new Lane(kind.name().toLowerCase(Locale.ROOT), name, List.copyOf(out)));
  }

  /** Empty steps of the axis between two columns, so that distance on the chart is time. */
  private static void fill(List<Column> out, String from, String to, boolean byDay) {
    if (byDay && from.length() == 10 && to.length() == 10) {
      LocalDate a = LocalDate.parse(from);
      LocalDate b = LocalDate.parse(to);
      for (LocalDate d = a.plusDays(1); d.isBefore(b); d = d.plusDays(1)) {
        out.add(new Column(SHORT_DAY.format(d), d.toString(), d.getDayOfWeek().getValue() == 1,
            List.of(), 0, ""));
      }
    } else if (!byDay && from.matches("\\d{4}-\\d{2}") && to.matches("\\d{4}-\\d{2}")) {
      YearMonth a = YearMonth.parse(from);
      YearMonth b = YearMonth.parse(to);
      if (ChronoUnit.MONTHS.between(a, b) > MONTH_AXIS) {
        out.add(new Column("…", "", false, List.of(), 0, ""));
        return;
      }
      for (YearMonth m = a.plusMonths(1); m.isBefore(b); m = m.plusMonths(1)) {
        out.add(new Column(SHORT_MONTH.format(m), m.toString(), m.getMonthValue() == 1, List.of(), 0, ""));
      }
    }
  }

  private static Column column(String key, List<Event> events, TimelinePages pages,
      java.util.function.Function<Event, String> when) {
    List<Event> shown = events.size() <= MARKS ? events : events.stream()
        .sorted(Comparator.comparingDouble(Event::rank).reversed().thenComparing(Event::id))
        .limit(MARKS).sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
    List<Mark> marks = shown.stream().map(e -> new Mark(e.id(), pages.href(e.id()), e.summary(),
        when.apply(e), e.sources().size(), size(e.sources().size()))).toList();
    String moreHref = events.size() > shown.size()
        ? pages.href(events.stream().filter(e -> !shown.contains(e)).findFirst().orElseThrow().id()) : "";
    return new Column(label(key), BriefingView.htmlDate(key), true, marks, events.size() - shown.size(), moreHref);
  }

  /** 1 for one source, 2 for two, 3 for three or four, 4 for five or more. */
  static int size(int sources) {
    return sources <= 1 ? 1 : sources == 2 ? 2 : sources <= 4 ? 3 : 4;
  }

  private static String key(Event e, boolean byDay) {
    Precision p = e.precision();
    if (p.compareTo(Precision.DAY) >= 0) {
      return byDay ? e.date().first().toString() : YearMonth.from(e.date().first()).toString();
    }
    if (p == Precision.WEEK && !byDay) {
      return YearMonth.from(e.date().first()).toString();
    }
    return e.date().value();
  }

  /** The axis label of a column: "7 Apr", "Apr 2009", "Jan–Mar 2009", "wk 6 Apr", "1918". */
  static String label(String key) {
    if (key.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return SHORT_DAY.format(LocalDate.parse(key));
    }
    if (key.matches("\\d{4}-\\d{2}")) {
      return SHORT_MONTH.format(YearMonth.parse(key));
    }
    // "Jan–Mar 2009": the axis has room for a month's label, not "First quarter of 2009"
    if (key.matches("\\d{4}-Q[1-4]")) {
      YearMonth first = YearMonth.of(Integer.parseInt(key.substring(0, 4)), 3 * (key.charAt(6) - '1') + 1);
      return MONTH_NAME.format(first) + "–" + SHORT_MONTH.format(first.plusMonths(2));
    }
    return key.contains("-W")
        ? briefing.model.briefing.EventDate.parse(key)
            .map(d -> (d.weekend() ? "wknd " : "wk ") + SHORT_DAY.format(d.first())).orElse(key)
        : BriefingView.dateLabel(key, Precision.YEAR);
  }
}
