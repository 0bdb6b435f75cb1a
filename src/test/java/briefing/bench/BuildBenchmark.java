package briefing.bench;

import briefing.analyze.Analyses;
import briefing.analyze.cache.AnalysisCache;
import briefing.analyze.nlp.Nlp;
import briefing.crossref.CrossReference;
import briefing.ingest.Ingest;
import briefing.model.Site;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.briefing.Briefing;
import briefing.render.Renderer;
import briefing.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times the ingest, analyse, cross-reference and render stages on a content folder and prints the figures:
 * {@code mvn -q test-compile exec:java@bench -Dexec.args="DIR [ROUNDS] [THREADS]"} (default:
 * content, 3 rounds, all cores). The first round analyses with an empty cache (and loads the
 * models); later rounds analyse again without a cache (warm), then once more from the cache.
 */
public final class BuildBenchmark {
  private BuildBenchmark() {}

  private static List<Source> sources(Ingest.Result read, Analyses.Result analysed) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    analysed.analyses().forEach(a -> byId.put(a.article(), a));
    return read.articles().stream().filter(a -> byId.containsKey(a.id()))
        .map(a -> new Source(a, byId.get(a.id()))).toList();
  }

  public static void main(String[] args) throws IOException {
    Path content = Path.of(args.length > 0 ? args[0] : "content");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    Path cacheDir = Files.createTempDirectory("briefing-bench-cache");
    try {
      for (int round = 1; round <= rounds + 1; round++) {
        boolean fromCache = round == rounds + 1;
        long start = System.nanoTime();
        Ingest.Result read = Ingest.standard().read(content, content.toString());
        long ingested = System.nanoTime();
        AnalysisCache cache = round == 1 || fromCache ? new AnalysisCache(cacheDir) : null;
        Analyses.Result analysed = new Analyses(cache, threads).analyze(read.articles());
        long analysedAt = System.nanoTime();
        Briefing briefing = CrossReference.link(read.editorial(), sources(read, analysed));
        long linked = System.nanoTime();
        Site site = new Renderer(new Theme(Path.of("templates"))).render(read.content(), analysed.analyses(), briefing);
        long rendered = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        int n = Math.max(1, read.articles().size());
        System.out.printf(Locale.ROOT,
            "round %d%s: %d articles, ingest %.0f ms (%.1f ms/article), analyse %.0f ms (%.0f ms/article,"
                + " %d analysed, %d cached, %d threads%s), cross-reference %.0f ms, render %d files %.0f ms,"
                + " heap used %d MB%n",
            round, fromCache ? " (cache)" : "", read.articles().size(), (ingested - start) / 1e6,
            (ingested - start) / 1e6 / n, (analysedAt - ingested) / 1e6,
            (analysedAt - ingested) / 1e6 / n, analysed.analysed(), analysed.cached(), threads,
            round == 1 ? ", models loaded in " + Nlp.loadMillis() + " ms" : "",
            (linked - analysedAt) / 1e6, site.pages().size(), (rendered - linked) / 1e6,
            (rt.totalMemory() - rt.freeMemory()) / 1048576);
      }
    } finally {
      try (Stream<Path> walk = Files.walk(cacheDir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
