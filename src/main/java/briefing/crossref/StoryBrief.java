package briefing.crossref;

import briefing.model.briefing.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The story in brief: a short account a reader can trust, chosen from the timeline. It leads with
 * the main happening (the one most sources report), then tells the rest in time order up to the
 * latest state of the story and what is announced next; no sentence twice, and a quotation only
 * where nothing in the writers' own words tells as much.
 */
final class StoryBrief {
  /** How many events the brief tells. */
  static final int LENGTH = 6;
  /** The last sentence of a report's opening, its headline counted. */
  private static final int LEAD = 3;

  private StoryBrief() {}

  /** The ids of at most {@code n} events, in the order the brief tells them. */
  static List<String> choose(List<Event> events, int n) {
    List<Event> story = events.stream().filter(e -> e.kind() != Event.Kind.BACKGROUND).toList();
    if (story.isEmpty() || n <= 0) {
      return List.of();
    }
    Comparator<Event> weight = Comparator.comparingInt((Event e) -> e.sources().size())
        .thenComparingLong(StoryBrief::leads).thenComparingDouble(Event::rank)
        .thenComparing(e -> !quoted(e))
        .thenComparing(Event::id, Comparator.reverseOrder());
    List<Event> own = story.stream().filter(e -> e.kind() == Event.Kind.STORY).toList();
    Event main = (own.isEmpty() ? story : own).stream().max(weight).orElseThrow();
    List<Event> chosen = new ArrayList<>(List.of(main));
    Set<String> said = new HashSet<>(List.of(key(main)));
    // the latest state of the story: its last happening, by date, then weight
    own.stream().max(Comparator.comparing(Event::date).thenComparing(weight))
        .ifPresent(latest -> add(latest, chosen, said, n));
    List<Event> ranked = story.stream().sorted(weight.reversed()).toList();
    for (boolean quotes : List.of(false, true)) {
      for (Event e : ranked) {
        if (quoted(e) == quotes) {
          add(e, chosen, said, n);
        }
      }
    }
    List<Event> rest = chosen.subList(1, chosen.size()).stream()
        .sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
    List<String> ids = new ArrayList<>(List.of(main.id()));
    rest.forEach(e -> ids.add(e.id()));
    return ids;
  }

  private static void add(Event e, List<Event> chosen, Set<String> said, int n) {
    if (chosen.size() < n && !chosen.contains(e) && said.add(key(e))) {
      chosen.add(e);
    }
  }

  /** How many reports the event opens: news tells what matters most first. */
  private static long leads(Event e) {
    return e.citations().stream().filter(c -> Integer.parseInt(c.sentence().substring(1)) <= LEAD)
        .map(c -> c.article()).distinct().count();
  }

  /** A summary that opens with a quotation: a voice, not yet an account of what happened. */
  private static boolean quoted(Event e) {
    String s = e.summary().replace("… ", "");
    return s.startsWith("“") || s.startsWith("\"") || s.startsWith("‘");
  }

  private static String key(Event e) {
    return e.summary().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
