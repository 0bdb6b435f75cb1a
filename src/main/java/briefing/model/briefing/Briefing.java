package briefing.model.briefing;

import java.util.List;
import java.util.Objects;

/**
 * One story as all its sources tell it: the cross-referenced model every page and export is
 * made from. Every fact carries the citations of the sentences it was read from.
 *
 * @param title the briefing's title (the editor's, or the most cited headline)
 * @param sources the articles, each with what it contributes
 * @param people newsmakers merged across articles, most cited first
 * @param organisations organisations merged across case and acronym forms
 * @param places places merged across spelling variants
 * @param events the timeline: dated happenings merged across sources, in date order
 * @param brief the story in brief: ids of the events it tells, in the order it tells them
 * @param figures figures about the same thing, side by side per source
 * @param quotes statements carried by several sources, side by side
 * @param claims statements several sources report, each in its own words
 * @param namings how each source spells each name that sources spell differently
 * @param coverage which source reports which event, person and figure
 * @param links which words of each article name which person or date which event
 * @param notes what the editor corrected (content/corrections.yaml), for the pages to say so
 * @param pinned ids of the events the editor put in the story in brief, in the editor's order
 * @param keyDates ids of the events the editor chose as the key dates, in their order; empty
 *     where the ranking chooses
 * @param briefDetail sentences of the brief's first event, from its reports' openings, that tell
 *     the main happening more fully than its summary does, each with the words shown
 */
public record Briefing(
    String title,
    List<SourceSummary> sources,
    List<Person> people,
    List<Organisation> organisations,
    List<Place> places,
    List<Event> events,
    List<String> brief,
    List<FigureComparison> figures,
    List<QuoteComparison> quotes,
    List<Claim> claims,
    List<Naming> namings,
    List<CoverageRow> coverage,
    List<MentionLink> links,
    List<EditorNote> notes,
    List<String> pinned,
    List<String> keyDates,
    List<Event.Excerpt> briefDetail) {
  public Briefing {
    Objects.requireNonNull(title, "title");
    sources = List.copyOf(sources);
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    places = List.copyOf(places);
    events = List.copyOf(events);
    brief = List.copyOf(brief);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    namings = List.copyOf(namings);
    coverage = List.copyOf(coverage);
    links = List.copyOf(links);
    notes = List.copyOf(notes);
    pinned = List.copyOf(pinned);
    keyDates = List.copyOf(keyDates);
    briefDetail = List.copyOf(briefDetail);
  }

  /** A briefing with no sentences telling its brief's main happening more fully. */
  public Briefing(String title, List<SourceSummary> sources, List<Person> people,
      List<Organisation> organisations, List<Place> places, List<Event> events, List<String> brief,
      List<FigureComparison> figures, List<QuoteComparison> quotes, List<Claim> claims,
      List<Naming> namings, List<CoverageRow> coverage, List<MentionLink> links,
      List<EditorNote> notes, List<String> pinned, List<String> keyDates) {
    this(title, sources, people, organisations, places, events, brief, figures, quotes, claims,
        namings, coverage, links, notes, pinned, keyDates, List.of());
  }

  /** A briefing as cross-referencing makes it: nothing corrected by the editor. */
  public Briefing(String title, List<SourceSummary> sources, List<Person> people,
      List<Organisation> organisations, List<Place> places, List<Event> events, List<String> brief,
      List<FigureComparison> figures, List<QuoteComparison> quotes, List<Claim> claims,
      List<Naming> namings, List<CoverageRow> coverage, List<MentionLink> links) {
    this(title, sources, people, organisations, places, events, brief, figures, quotes, claims,
        namings, coverage, links, List.of(), List.of(), List.of(), List.of());
  }
}
