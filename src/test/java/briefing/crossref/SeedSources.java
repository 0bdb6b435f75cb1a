package briefing.crossref;

import briefing.analyze.Analyses;
import briefing.analyze.cache.AnalysisCache;
import briefing.ingest.Ingest;
import briefing.model.Source;
import java.nio.file.Path;
import java.util.List;

/** The sample story's articles with their analyses, from the build's cache where it is warm. */
final class SeedSources {
  private SeedSources() {}

  /** Every article of {@code content} with its analysis, cached in the project's .briefing. */
  static List<Source> read(Path content) {
    Ingest.Result read = Ingest.standard().read(content, content.toString());
    Path cache = content.toAbsolutePath().normalize().getParent().resolve(".briefing").resolve("analysis");
    Analyses.Result analysed = Analyses.withCache(new AnalysisCache(cache)).analyze(read.articles());
    List<Source> sources = new java.util.ArrayList<>();
    for (var article : read.articles()) {
      analysed.analyses().stream().filter(a -> a.article().equals(article.id())).findFirst()
          .ifPresent(a -> sources.add(new Source(article, a)));
    }
    return sources;
  }
}
