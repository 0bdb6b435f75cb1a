package briefing.crossref.timeline;

import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sentences that tell a happening without dating it. A report dates a happening once and
 * goes on about it: what was said there, who did what, what followed, until it turns to another
 * dated happening. So a body sentence with no date of its own belongs to the happening its
 * report told of last (a look back or ahead aside: a report returns to its story after it); it
 * supports that event (as a citation), never dates or sums it up. A headline is what its report
 * is news of: where no happening of its day took it, it supports the report's first happening.
 */
final class TimelineContext {
  /** A verb that reports speech: a short sentence with one ("he declared.") is part of a statement. */
  private static final Pattern SPEECH = Pattern.compile(
      "(?i)\\b(said|says|asked|asks|added|adds|declared|told|replied|explained|continued)\\b");

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
      Set<String> quoted = quotationPieces(source);
      Integer current = null;
      Integer first = null;
      Citation headline = null;
      for (Sentence s : source.analysis().sentences()) {
        Citation here = new Citation(source.id(), s.id());
        Integer event = citedBy.get(here);
        if (s.isHeadline()) {
          headline = event == null ? here : null;
        } else if (event != null) {
          // a look back or ahead is a digression: the report goes back to its story after it
          if (events.get(event).kind() == Event.Kind.STORY || current == null) {
            current = event;
          }
          first = first == null ? event : first;
        } else if (current != null && !TimelineCandidates.isCaption(source.article(), s)
            && tellsSomething(s, quoted)) {
          added.get(current).add(here);
        }
      }
      if (headline != null && first != null) {
        added.get(first).add(headline);
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

  /**
   * True for a sentence that tells something: enough content words, or a piece of someone's
   * statement however short (a quotation the sentence splitter cut, "he declared.").
   */
  private static boolean tellsSomething(Sentence s, Set<String> quotationPieces) {
    return TimelineWords.of(s.text()).size() >= TimelineCandidates.MIN_WORDS
        || quotationPieces.contains(s.id()) || SPEECH.matcher(s.text()).find();
  }

  /** The sentences of the source's quotations that run through more than one sentence. */
  private static Set<String> quotationPieces(Source source) {
    return source.analysis().quotes().stream().map(Quote::sentences).filter(ids -> ids.size() > 1)
        .flatMap(List::stream).collect(Collectors.toSet());
  }
}
