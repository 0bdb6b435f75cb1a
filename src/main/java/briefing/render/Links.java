package briefing.render;

import briefing.model.Citation;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.TimeMention;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The links an article page puts on its sentences: each name to its who's-who page, each date
 * an event of the timeline was read from to that event.
 */
final class Links {
  private Links() {}

  /** The links for one article; {@code root} leads from its page to the site root. */
  static List<TextView.Link> of(AnalyzedArticle analysis, Briefing briefing, String root) {
    List<TextView.Link> links = new ArrayList<>();
    if (analysis == null || briefing == null) {
      return links;
    }
    String article = analysis.article();
    // A name links to the person whose spellings hold it and who is cited in that sentence.
    Map<String, List<Person>> bySpelling = new HashMap<>();
    for (Person p : briefing.people()) {
      for (Attested s : p.spellings()) {
        bySpelling.computeIfAbsent(s.value(), k -> new ArrayList<>()).add(p);
      }
    }
    for (PersonMention m : analysis.people()) {
      if (!m.named()) {
        continue;
      }
      Citation here = new Citation(article, m.span().sentence());
      for (Person p : bySpelling.getOrDefault(m.name(), List.of())) {
        if (p.mentions().contains(here)) {
          links.add(new TextView.Link(m.span().sentence(), m.span().start(), m.span().end(),
              root + "people/" + p.id() + ".html", "person"));
          break;
        }
      }
    }
    // A date links to the event that was dated by it.
    Map<String, String> eventByReading = new HashMap<>();
    for (Event e : briefing.events()) {
      for (DateReading r : e.dates()) {
        if (r.citation().article().equals(article)) {
          eventByReading.putIfAbsent(r.citation().sentence() + "\u0000" + r.text(), e.id());
        }
      }
    }
    for (TimeMention t : analysis.times()) {
      String event = eventByReading.get(t.span().sentence() + "\u0000" + t.text());
      if (event != null) {
        links.add(new TextView.Link(t.span().sentence(), t.span().start(), t.span().end(),
            root + "timeline.html#" + event, "date"));
      }
    }
    return links;
  }
}
