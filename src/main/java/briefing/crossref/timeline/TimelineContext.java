package briefing.crossref.timeline;

import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sentences that tell a happening without dating it. A report dates a happening once and
 * goes on about it: what was said there, who did what, what followed, until it turns to another
 * dated happening. So a body sentence with no date of its own belongs to the happening its
 * report told of last (a look back or ahead aside: a report returns to its story after it); it
 * supports that event (as a citation), never dates or sums it up.
 */
final class TimelineContext {
  private TimelineContext() {}

  /** {@code events} with each source's undated sentences cited by the event before them. */
  static List<Event> attach(List<Event> events, List<Source> sources) {
    Map<Citation, Integer> citedBy = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      for (Citation c : events.get(i).citations()) {
        citedBy.putIfAbsent(c, i);
      }
    }
    List<TreeSet<Citation>> added = new ArrayList<>();
    events.forEach(e -> added.add(new TreeSet<>()));
    for (Source source : sources) {
      Integer current = null;
      for (Sentence s : source.analysis().sentences()) {
        Citation here = new Citation(source.id(), s.id());
        Integer event = citedBy.get(here);
        if (event != null) {
          // a look back or ahead is a digression: the report goes back to its story after it
          if (events.get(event).kind() == Event.Kind.STORY || current == null) {
            current = event;
          }
        } else if (current != null && !s.isHeadline()
            && !TimelineCandidates.isCaption(source.article(), s)
            && TimelineWords.of(s.text()).size() >= TimelineCandidates.MIN_WORDS) {
          added.get(current).add(here);
        }
      }
    }
    List<Event> attached = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (added.get(i).isEmpty()) {
        attached.add(e);
        continue;
      }
      TreeSet<Citation> citations = new TreeSet<>(e.citations());
      citations.addAll(added.get(i));
      attached.add(new Event(e.id(), e.date(), e.kind(), e.summary(), e.summaryFrom(),
          List.copyOf(citations), e.dates(), e.people(), e.announcedBy(), e.rank()));
    }
    return attached;
  }
}
