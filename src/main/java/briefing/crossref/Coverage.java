package briefing.crossref;

import briefing.crossref.figures.FigureAlignment;
import briefing.crossref.figures.FigureGroup;
import briefing.crossref.figures.FigureMention;
import briefing.model.Citation;
import briefing.model.Metadata;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Claim;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.Event;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.Person;
import briefing.model.briefing.SourceSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Which source reports which fact, and what each source contributes; public so that the
 * editor's corrections recount coverage by the same rules.
 */
public final class Coverage {
  private Coverage() {}

  /**
   * One row per event (by date, then id), per person (most sources first, then by name), per
   * figure (the compared figures in their order, then each figure only one source gives, in
   * citation order) and per claim several sources report (most sources first); each row lists the
   * sorted ids of the articles that report it.
   */
  static List<CoverageRow> of(CastOfPeople cast, List<Event> events, List<FigureGroup> figureGroups,
      List<Claim> claims) {
    List<CoverageRow> figures = new ArrayList<>();
    for (FigureComparison f : FigureAlignment.compared(figureGroups)) {
      figures.add(new CoverageRow("figure", f.topic(), label(f),
          articles(f.readings().stream().map(FigureComparison.Reading::citation).toList())));
    }
    for (FigureGroup g : figureGroups) {
      if (g.readings().size() == 1) {
        // alone, a figure has no comparison to name it: its own words say what it counts, or
        // where none follow it, what the figures of its kind count
        FigureMention alone = g.readings().get(0);
        String words = alone.phrase().equals(alone.figure().text()) ? g.unit() + ": " + alone.phrase()
            : alone.phrase();
        figures.add(new CoverageRow("figure", g.topic(), words, g.articles()));
      }
    }
    for (Claim c : claims) {
      figures.add(new CoverageRow("claim", c.id(), c.summary(), c.sources()));
    }
    return of(events, cast.people(), figures);
  }

  /**
   * As {@link #of(CastOfPeople, List, List)}: the rows of {@code events} and {@code people}, in
   * that order, then the figures' and claims' rows as they are.
   */
  public static List<CoverageRow> of(List<Event> events, List<Person> people, List<CoverageRow> figures) {
    List<CoverageRow> rows = new ArrayList<>();
    events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
        .forEach(e -> rows.add(new CoverageRow("event", e.id(), e.date().value() + ": " + e.summary(), e.sources())));
    List<CoverageRow> byPerson = new ArrayList<>();
    for (Person p : people) {
      byPerson.add(new CoverageRow("person", p.id(), p.name(), articles(p.mentions())));
    }
    byPerson.sort(Comparator.comparing((CoverageRow r) -> -r.sources().size())
        .thenComparing(CoverageRow::label).thenComparing(CoverageRow::id));
    rows.addAll(byPerson);
    rows.addAll(figures);
    return rows;
  }

  /** {@code summaries} with each source's facts and exclusive facts counted again from {@code coverage}. */
  public static List<SourceSummary> recounted(List<SourceSummary> summaries, List<CoverageRow> coverage) {
    Map<String, int[]> counts = counts(coverage);
    List<SourceSummary> out = new ArrayList<>();
    for (SourceSummary s : summaries) {
      int[] mine = counts.getOrDefault(s.article(), new int[2]);
      out.add(new SourceSummary(s.article(), s.outlet(), s.title(), s.published(), s.credits(),
          s.sentences(), mine[0], mine[1]));
    }
    return out;
  }

  /**
   * For each article, how many rows it appears in and how many of those it alone reports: one
   * pass over the rows, where looking for each source in every row cost sources times rows.
   */
  private static Map<String, int[]> counts(List<CoverageRow> coverage) {
    Map<String, int[]> counts = new HashMap<>();
    for (CoverageRow r : coverage) {
      for (String article : new HashSet<>(r.sources())) {
        int[] mine = counts.computeIfAbsent(article, k -> new int[2]);
        mine[0]++;
        mine[1] += r.exclusive() ? 1 : 0;
      }
    }
    return counts;
  }

  /**
   * Per source, in article id order: its metadata, its credits as the analysis found them, how
   * many coverage rows it appears in and how many of those it alone reports.
   */
  static List<SourceSummary> summaries(List<Source> sources, List<CoverageRow> coverage) {
    Map<String, int[]> counts = counts(coverage);
    List<SourceSummary> summaries = new ArrayList<>();
    for (Source source : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
      int[] mine = counts.getOrDefault(source.id(), new int[2]);
      Metadata meta = source.article().metadata();
      summaries.add(new SourceSummary(source.id(),
          meta.outlet() == null ? null : meta.outlet().value(),
          title(source),
          meta.published() == null ? null : meta.published().value().iso(),
          source.analysis().credits(),
          source.analysis().sentences().size(),
          mine[0],
          mine[1]));
    }
    return summaries;
  }

  /** "troops near Norland's border: hundreds of troops / 100,000 troops". */
  private static String label(FigureComparison f) {
    List<String> texts = f.readings().stream().map(FigureComparison.Reading::text).distinct().toList();
    return f.topic() + ": " + String.join(" / ", texts);
  }

  /** The title from the metadata, else the headline, else the article id. */
  private static String title(Source source) {
    Metadata meta = source.article().metadata();
    if (meta.title() != null && !meta.title().value().isBlank()) {
      return meta.title().value();
    }
    return source.analysis().sentences().stream().filter(Sentence::isHeadline).map(Sentence::text)
        .findFirst().orElse(source.id());
  }

  private static List<String> articles(List<Citation> citations) {
    return citations.stream().map(Citation::article).distinct().sorted().toList();
  }
}
