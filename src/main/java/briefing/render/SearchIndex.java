package briefing.render;

import briefing.model.briefing.Briefing;
import briefing.model.briefing.Event;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteRef;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index as a script ({@code search-index.js}) that sets {@code window.briefingSearch}:
 * a page opened from disk cannot fetch a JSON file, but it can load a script beside it.
 */
final class SearchIndex {
  /** One thing to find: its kind, title, the text searched and shown, and where it is. */
  record Entry(String kind, String title, String text, String href) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SearchIndex() {}

  static String of(Briefing briefing, List<SourceView> sources) {
    BriefingView view = new BriefingView(briefing);
    List<Entry> entries = new ArrayList<>();
    for (Person p : briefing.people()) {
      String role = p.roles().isEmpty() ? "" : p.roles().get(0).value();
      entries.add(new Entry("person", p.name(), role, "people/" + p.id() + ".html"));
      for (QuoteRef q : p.quotes()) {
        entries.add(new Entry("quote", p.name() + " (" + view.outlet(q.citation().article()) + ")",
            q.text(), q.citation().href()));
      }
    }
    for (Event e : briefing.events()) {
      entries.add(new Entry("event", BriefingView.dateLabel(e.date().value(), e.precision()), e.summary(),
          view.href(e.id())));
    }
    for (SourceView s : sources) {
      entries.add(new Entry("article", s.title(), s.outlet() + " " + s.byline(), s.href()));
    }
    try {
      String json = MAPPER.writeValueAsString(entries)
          .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
      return "window.briefingSearch = " + json + ";\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the search index could not be written", e);
    }
  }
}
