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
import java.util.Comparator;
import java.util.List;

/** The cross-reference stage: every source's facts merged into one {@link Briefing}. */
public final class CrossReference {
  private CrossReference() {}

  /** Merges {@code sources} (in any order) into the briefing; the same input, the same result. */
  public static Briefing link(Editorial editorial, List<Source> sources) {
    List<Source> ordered = sources.stream().sorted(Comparator.comparing(Source::id)).toList();
    CastOfPeople cast = PeopleMerger.merge(ordered);
    List<Place> places = Places.merge(ordered);
    List<Organisation> organisations = Organisations.merge(ordered, places);
    List<Naming> namings = Namings.of(cast, organisations, places);
    List<Event> events = Timeline.build(ordered, cast);
    List<FigureGroup> figureGroups = FigureAlignment.groups(ordered);
    List<FigureComparison> figures = FigureAlignment.compared(figureGroups);
    List<QuoteComparison> quotes = QuoteAlignment.align(ordered, cast);
    List<Claim> claims = Claims.find(ordered);
    List<CoverageRow> coverage = Coverage.of(cast, events, figureGroups, claims);
    List<SourceSummary> summaries = Coverage.summaries(ordered, coverage);
    return new Briefing(editorial.title(), summaries, cast.people(), organisations, places, events,
        StoryBrief.choose(events, StoryBrief.LENGTH),
        figures, quotes, claims, namings, coverage, MentionLinks.of(ordered, cast, events));
  }
}
