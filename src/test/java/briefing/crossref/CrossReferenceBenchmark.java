package briefing.crossref;

import briefing.analyze.Analyses;
import briefing.analyze.cache.AnalysisCache;
import briefing.config.Settings;
import briefing.crossref.claims.Claims;
import briefing.crossref.entities.Organisations;
import briefing.crossref.entities.Places;
import briefing.crossref.figures.FigureAlignment;
import briefing.crossref.figures.FigureGroup;
import briefing.crossref.people.PeopleMerger;
import briefing.crossref.quotes.QuoteAlignment;
import briefing.crossref.timeline.Timeline;
import briefing.ingest.Ingest;
import briefing.model.Content;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.briefing.Claim;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.Event;
import briefing.model.briefing.Organisation;
import briefing.model.briefing.Place;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each step of {@link CrossReference#link} timed on its own (CPU time of its thread), in one JVM, first run and warm runs:
 * where a big story's cross-referencing goes (the first run pays for loading and compiling the
 * code, the later ones show the work itself). Analyses come from the project's cache; run a build
 * first.
 *
 * <pre>mvn -q test-compile exec:java@bench-crossref -Dexec.args="PROJECT [RUNS]"</pre>
 */
public final class CrossReferenceBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CrossReferenceBenchmark() {}

  public static void main(String[] args) {
    Path project = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Settings settings = new Settings(project.resolve("content"), project.resolve("site"), project.resolve("templates"), false);
    Content content = Ingest.standard().read(settings.content(), "content").content();
    Analyses.Result analysed = Analyses.withCache(new AnalysisCache(settings.cache())).analyze(content.articles());
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    analysed.analyses().forEach(a -> byId.put(a.article(), a));
    List<Source> sources = new ArrayList<>();
    content.articles().stream().filter(a -> byId.containsKey(a.id())).forEach(a -> sources.add(new Source(a, byId.get(a.id()))));
    System.out.printf(Locale.ROOT, "%d articles, %d analysed (%d from the cache)%n", sources.size(), analysed.analysed() + analysed.cached(), analysed.cached());
    for (int run = 1; run <= runs; run++) {
      Map<String, Long> times = new LinkedHashMap<>();
      List<Source> ordered = sources.stream().sorted(Comparator.comparing(Source::id)).toList();
      CastOfPeople cast = time(times, "people", () -> PeopleMerger.merge(ordered));
      List<Place> places = time(times, "places", () -> Places.merge(ordered));
      List<Organisation> organisations = time(times, "organisations", () -> Organisations.merge(ordered, places));
      time(times, "namings", () -> Namings.of(cast, organisations, places));
      List<Event> events = time(times, "timeline", () -> Timeline.build(ordered, cast));
      List<FigureGroup> groups = time(times, "figures", () -> FigureAlignment.groups(ordered));
      time(times, "figure comparisons", () -> FigureAlignment.compared(groups));
      time(times, "quotes", () -> QuoteAlignment.align(ordered, cast));
      List<Claim> claims = time(times, "claims", () -> Claims.find(ordered));
      List<CoverageRow> coverage = time(times, "coverage", () -> Coverage.of(cast, events, groups, claims));
      time(times, "summaries", () -> Coverage.summaries(ordered, coverage));
      time(times, "story in brief", () -> StoryBrief.choose(events, StoryBrief.LENGTH));
      time(times, "mention links", () -> MentionLinks.of(ordered, cast, events));
      long total = times.values().stream().mapToLong(Long::longValue).sum();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "run %d: %.2f s of CPU:", run, total / 1e9));
      times.forEach((stage, nanos) -> line.append(String.format(Locale.ROOT, " %s %.0f ms,", stage, nanos / 1e6)));
      System.out.println(line.substring(0, line.length() - 1));
    }
    System.exit(0);
  }

  /** Runs a step, keeping the CPU time this thread spent in it (the machine may be busy). */
  private static <T> T time(Map<String, Long> times, String stage, Supplier<T> step) {
    long start = THREADS.getCurrentThreadCpuTime();
    T result = step.get();
    times.put(stage, THREADS.getCurrentThreadCpuTime() - start);
    return result;
  }
}
