package briefing.crossref;

import briefing.crossref.claims.Claims;
import briefing.crossref.entities.Organisations;
import briefing.crossref.entities.Places;
import briefing.crossref.figures.FigureAlignment;
import briefing.crossref.figures.FigureGroup;
import briefing.crossref.people.PeopleMerger;
import briefing.crossref.quotes.QuoteAlignment;
import briefing.crossref.timeline.Timeline;
import briefing.model.Editorial;
import briefing.model.Source;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.Event;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.Naming;
import briefing.model.briefing.Organisation;
import briefing.model.briefing.Place;
import briefing.model.briefing.QuoteComparison;
import briefing.model.briefing.SourceSummary;
import briefing.work.Aside;
import java.util.Comparator;
import java.util.List;

/** The cross-reference stage: every source's facts merged into one {@link Briefing}. */
public final class CrossReference {
  private CrossReference() {}

  /** What does not depend on the people: places and organisations, figures, claims. */
  private record Apart(List<Place> places, List<Organisation> organisations, List<FigureGroup> figures,
      List<Claim> claims) {}

  /**
   * Merges {@code sources} (in any order) into the briefing; the same input, the same result.
   * The steps that do not need the people run on a second thread beside those that do: each
   * step reads the sources and nothing the other thread writes, so the result is the same.
   */
  public static Briefing link(Editorial editorial, List<Source> sources) {
    List<Source> ordered = sources.stream().sorted(Comparator.comparing(Source::id)).toList();
    try (Aside<Apart> apart = Aside.start("briefing-crossref", () -> {
      List<Place> places = Places.merge(ordered);
      return new Apart(places, Organisations.merge(ordered, places), FigureAlignment.groups(ordered),
          Claims.find(ordered));
    })) {
      CastOfPeople cast = PeopleMerger.merge(ordered);
      List<Event> events;
      List<QuoteComparison> quotes;
      // Quotes and the timeline both need the people, not each other: side by side, they end
      // about when the steps that need no people do (a cached rebuild of 396 articles: quotes
      // were a quarter of the main thread's cross-referencing).
      try (Aside<List<QuoteComparison>> quoting =
          Aside.start("briefing-quotes", () -> QuoteAlignment.align(ordered, cast))) {
        events = Timeline.build(ordered, cast);
        quotes = quoting.join();
      }
      Apart rest = apart.join();
      List<Naming> namings = Namings.of(cast, rest.organisations(), rest.places());
      List<FigureComparison> figures = FigureAlignment.compared(rest.figures());
      List<CoverageRow> coverage = Coverage.of(cast, events, rest.figures(), rest.claims());
      List<SourceSummary> summaries = Coverage.summaries(ordered, coverage);
      StoryBrief.Told brief = StoryBrief.Told.of(events, ordered);
      return new Briefing(editorial.title(), summaries, cast.people(), rest.organisations(), rest.places(),
          events, brief.events(), figures, quotes, rest.claims(), namings, coverage,
          MentionLinks.of(ordered, cast, events), List.of(), List.of(), List.of(), brief.more());
    }
  }
}
