package briefing.render;

import briefing.model.briefing.Briefing;
import briefing.model.briefing.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which page of the timeline holds each event. A story of up to {@link #LONG_STORY} events has
 * one page, {@code timeline.html}; a longer one has an index there and a page per day (or per
 * month, week or year for events known only to that) at {@code timeline/<date>.html}, so that
 * no page grows with the story. Every link to an event asks here for its address.
 */
public final class TimelinePages {
  /** More events than this and the timeline is split into a page per day. */
  static final int LONG_STORY = 150;

  /** One page of a split timeline: its date value ("2022-01-10", "2022-01") and its events. */
  public record Day(String key, List<Event> events) {
    /** The page's path from the site root. */
    public String path() {
      return "timeline/" + key + ".html";
    }
  }

  private final boolean paged;
  private final Map<String, String> pageOf = new LinkedHashMap<>();
  private final List<Day> days;

  private TimelinePages(Briefing briefing) {
    paged = briefing.events().size() > LONG_STORY;
    Map<String, List<Event>> byKey = new LinkedHashMap<>();
    for (Event e : briefing.events()) {
      String key = key(e);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      pageOf.put(e.id(), paged ? "timeline/" + key + ".html" : "timeline.html");
    }
    List<Day> out = new ArrayList<>();
    if (paged) {
      byKey.forEach((key, events) -> out.add(new Day(key, List.copyOf(events))));
    }
    days = List.copyOf(out);
  }

  static TimelinePages of(Briefing briefing) {
    return new TimelinePages(briefing);
  }

  /** True where the timeline is split into a page per day. */
  public boolean paged() {
    return paged;
  }

  /** The pages of a split timeline, in the briefing's time order; none on a short story. */
  public List<Day> days() {
    return days;
  }

  /** The address of event {@code id} from the site root ("timeline.html#id"). */
  public String href(String id) {
    return pageOf.getOrDefault(id, "timeline.html") + "#" + id;
  }

  /** The page an event is on: its day, or its own date value where it has no day. */
  static String key(Event e) {
    return e.date().day().map(Object::toString).orElse(e.date().value())
        .replaceAll("[^0-9A-Za-z-]", "-");
  }
}
