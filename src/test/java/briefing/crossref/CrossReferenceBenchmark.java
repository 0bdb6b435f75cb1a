package briefing.crossref;

import briefing.Pipeline;
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
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.Event;
import briefing.model.briefing.Organisation;
import briefing.model.briefing.Place;
import briefing.render.Renderer;
import briefing.render.Theme;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Each step of a cached rebuild timed on its own (CPU time of the thread that runs it; reading
 * and loading analyses also use other threads): reading, loading the cached analyses, each step
 * of {@link CrossReference#link}, rendering. In one JVM, first run and warm runs: the first run
 * pays for loading and compiling the code, the later ones show the work itself. Analyses come from the project's cache; run a build
 * first.
 *
 * <p>With {@code --growth N,N,...}: cross-referencing and rendering of the first N articles
 * (by id) for each N, the median CPU time of {@code RUNS} runs after one warm-up, and the fitted
 * exponent of time against N (1 is linear; issue 14 asks for at most n log n).
 *
 * <pre>mvn -q test-compile exec:java@bench-crossref -Dexec.args="PROJECT [RUNS] [--growth 100,200,400]"</pre>
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
    List<Source> sources = Pipeline.sources(content.articles(), analysed.analyses());
    System.out.printf(Locale.ROOT, "%d articles, %d analysed (%d from the cache)%n", sources.size(), analysed.analysed() + analysed.cached(), analysed.cached());
    if (args.length > 3 && args[2].equals("--growth")) {
      growth(content, analysed.analyses(), sources, runs, args[3]);
      System.exit(0);
    }
    for (int run = 1; run <= runs; run++) {
      Map<String, Long> times = new LinkedHashMap<>();
      Content reread = time(times, "reading", () -> Ingest.standard().read(settings.content(), "content").content());
      time(times, "cached analyses", () -> Analyses.withCache(new AnalysisCache(settings.cache())).analyze(reread.articles()));
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
      time(times, "story in brief", () -> StoryBrief.Told.of(events, ordered));
      time(times, "mention links", () -> MentionLinks.of(ordered, cast, events));
      Briefing briefing = CrossReference.link(content.editorial(), ordered);
      time(times, "render", () -> new Renderer(Theme.of(Path.of("templates"))).render(content, analysed.analyses(), briefing));
      long total = times.values().stream().mapToLong(Long::longValue).sum();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "run %d: %.2f s of CPU:", run, total / 1e9));
      times.forEach((stage, nanos) -> line.append(String.format(Locale.ROOT, " %s %.0f ms,", stage, nanos / 1e6)));
      System.out.println(line.substring(0, line.length() - 1));
    }
    System.exit(0);
  }

  private static void growth(Content content, List<AnalyzedArticle> analyses, List<Source> sources, int runs,
      String sizes) {
    List<Source> byId = sources.stream().sorted(Comparator.comparing(Source::id)).toList();
    Renderer renderer = new Renderer(Theme.of(Path.of("templates")));
    List<double[]> points = new ArrayList<>();
    for (String size : sizes.split(",")) {
      int n = Math.min(Integer.parseInt(size.strip()), byId.size());
      List<Source> some = byId.subList(0, n);
      Set<String> ids = new HashSet<>();
      some.forEach(x -> ids.add(x.id()));
      Content part = new Content(content.editorial(), content.articles().stream().filter(a -> ids.contains(a.id())).toList(),
          content.folder());
      List<AnalyzedArticle> partAnalyses = analyses.stream().filter(a -> ids.contains(a.article())).toList();
      List<Long> linking = new ArrayList<>();
      List<Long> rendering = new ArrayList<>();
      for (int run = 0; run <= runs; run++) {
        // the whole process's CPU: cross-referencing and rendering run on two threads each
        long start = processCpu();
        Briefing briefing = CrossReference.link(content.editorial(), some);
        long middle = processCpu();
        renderer.render(part, partAnalyses, briefing);
        long end = processCpu();
        if (run > 0) {
          linking.add(middle - start);
          rendering.add(end - middle);
        }
      }
      Collections.sort(linking);
      Collections.sort(rendering);
      double l = linking.get(linking.size() / 2) / 1e9;
      double r = rendering.get(rendering.size() / 2) / 1e9;
      points.add(new double[] {n, l, r});
      System.out.printf(Locale.ROOT, "%5d articles: cross-reference %.2f s, render %.2f s of CPU%n", n, l, r);
    }
    System.out.printf(Locale.ROOT, "fitted exponent (time ~ n^k) over %s articles: cross-reference %.2f, render %.2f%n",
        sizes, exponent(points, 1), exponent(points, 2));
  }

  /** The least-squares slope of log(time) against log(n). */
  private static double exponent(List<double[]> points, int column) {
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (double[] p : points) {
      double x = Math.log(p[0]);
      double y = Math.log(p[column]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    int n = points.size();
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Runs a step, keeping the CPU time this thread spent in it (the machine may be busy). */
  private static <T> T time(Map<String, Long> times, String stage, Supplier<T> step) {
    long start = THREADS.getCurrentThreadCpuTime();
    T result = step.get();
    times.put(stage, THREADS.getCurrentThreadCpuTime() - start);
    return result;
  }
}
