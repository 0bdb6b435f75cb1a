package briefing.eval;

import briefing.analyze.Analyses;
import briefing.analyze.cache.AnalysisCache;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.model.Editorial;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The BASIL events ({@code ../shared/data/basil/EVENT/articles/{fox,nyt,hpo}.md}) read and
 * analysed as briefing reads a story, with the analyses cached in {@code target/eval-cache/basil}.
 */
final class BasilStories {
  static final Path DATA = Path.of("../shared/data/basil");
  static final Path CACHE = Path.of("target/eval-cache/basil");

  /** One event folder as a story: its editorial and its analysed sources. */
  record Story(String folder, Editorial editorial, List<Source> sources) {}

  private BasilStories() {}

  /** Every event folder's name, sorted. */
  static List<String> folders(Path data) {
    if (!Files.isDirectory(data)) {
      throw new IllegalStateException("BASIL data not found at " + data.toAbsolutePath()
          + " (the repository is expected to sit beside shared/)");
    }
    try (Stream<Path> list = Files.list(data)) {
      return list.filter(p -> Files.isDirectory(p.resolve("articles")))
          .map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gold's events: every sixth folder in name order, starting at the first. */
  static List<String> goldFolders(Path data) {
    List<String> all = folders(data);
    return IntStream.range(0, all.size()).filter(i -> i % 6 == 0 && i / 6 < 8)
        .mapToObj(all::get).toList();
  }

  /**
   * Reads and analyses the named event folders; all articles go through one analysis run, so
   * the models load once. Threads: {@code -Dthreads=N} (1).
   */
  static List<Story> load(Path data, List<String> folders) {
    Map<String, Ingest.Result> read = new LinkedHashMap<>();
    List<Article> all = new ArrayList<>();
    for (String folder : folders) {
      Ingest.Result r = Ingest.standard().read(data.resolve(folder), folder);
      if (r.hasErrors()) {
        throw new IllegalStateException(folder + ": " + r.diagnostics());
      }
      read.put(folder, r);
      all.addAll(r.articles());
    }
    Analyses.Result analysed =
        new Analyses(new AnalysisCache(CACHE), Integer.getInteger("threads", 1)).analyze(all);
    System.err.println("analysis: " + analysed.analysed() + " analysed, " + analysed.cached() + " cached");
    Map<String, AnalyzedArticle> byHash = analysed.analyses().stream()
        .collect(Collectors.toMap(AnalyzedArticle::contentHash, Function.identity(), (a, b) -> a));
    List<Story> stories = new ArrayList<>();
    for (Map.Entry<String, Ingest.Result> e : read.entrySet()) {
      List<Source> sources = new ArrayList<>();
      for (Article a : e.getValue().articles()) {
        AnalyzedArticle an = byHash.get(a.contentHash());
        if (an == null) {
          // shown without its facts, as briefing shows it (another language, too long): said
          // aloud, so that an analysis that failed is not taken for one
          System.err.println(e.getKey() + "/" + a.id() + " was not analysed: "
              + analysed.diagnostics().stream().filter(p -> p.file().equals(a.file()))
                  .map(Diagnostic::message).findFirst().orElse("no reason given"));
          continue;
        }
        sources.add(new Source(a, Analyses.renamed(an, a)));
      }
      stories.add(new Story(e.getKey(), e.getValue().editorial(), sources));
    }
    return stories;
  }
}
