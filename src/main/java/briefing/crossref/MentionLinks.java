package briefing.crossref;

import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.TimeMention;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.MentionLink;
import briefing.model.briefing.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which words of each article are which person and which event: the decisions the people merge
 * and the timeline made, recorded against the words, so pages link them without matching names.
 */
final class MentionLinks {
  private MentionLinks() {}

  /** Every named person's mention and every date an event was read from, article by article. */
  static List<MentionLink> of(List<Source> sources, CastOfPeople cast, List<Event> events) {
    Map<String, Person> people = new HashMap<>();
    cast.people().forEach(p -> people.put(p.id(), p));
    Map<String, String> eventByReading = new HashMap<>();
    for (Event e : events) {
      for (DateReading r : e.dates()) {
        eventByReading.putIfAbsent(key(r.citation(), r.text()), e.id());
      }
    }
    List<MentionLink> links = new ArrayList<>();
    for (Source s : sources) {
      for (PersonMention m : s.analysis().people()) {
        if (!m.named()) {
          continue;
        }
        Citation here = new Citation(s.id(), m.span().sentence());
        cast.idOf(s.id(), m.name()).map(people::get)
            .filter(p -> p.mentions().contains(here))
            .ifPresent(p -> links.add(new MentionLink(here, m.span().start(), m.span().end(),
                MentionLink.Kind.PERSON, p.id())));
      }
      for (TimeMention t : s.analysis().times()) {
        Citation here = new Citation(s.id(), t.span().sentence());
        String event = eventByReading.get(key(here, t.text()));
        if (event != null) {
          links.add(new MentionLink(here, t.span().start(), t.span().end(), MentionLink.Kind.EVENT,
              event));
        }
      }
    }
    return links;
  }

  private static String key(Citation citation, String text) {
    return citation.article() + "\u0000" + citation.sentence() + "\u0000" + text;
  }
}
