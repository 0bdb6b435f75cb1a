package briefing;

import briefing.analyze.Analyses;
import briefing.analyze.cache.AnalysisCache;
import briefing.config.Settings;
import briefing.correct.Corrections;
import briefing.crossref.CrossReference;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Site;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.briefing.Briefing;
import briefing.render.RenderException;
import briefing.render.Renderer;
import briefing.render.Theme;
import briefing.work.WholeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The stages in order: ingest (with the editor's source corrections), analyse, cross-reference
 * (with the editor's corrections of the briefing), render; publishing is the caller's.
 */
public final class Pipeline {
  /**
   * The site built (empty where errors stopped the build) and every problem found.
   *
   * @param site the site built, empty where errors stopped the build
   * @param articles how many articles were read
   * @param analysed how many articles CoreNLP analysed in this run
   * @param cached how many analyses came from the cache, with no language analysis
   * @param diagnostics every problem found
   */
  public record Outcome(Optional<Site> site, int articles, int analysed, int cached,
      List<Diagnostic> diagnostics) {
    public Outcome {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private Pipeline() {}

  /** Each analysed article with its analysis; an article without one takes no part. */
  public static List<Source> sources(List<Article> articles, List<AnalyzedArticle> analyses) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    analyses.forEach(a -> byId.put(a.article(), a));
    List<Source> sources = new ArrayList<>();
    for (Article a : articles) {
      if (byId.containsKey(a.id())) {
        sources.add(new Source(a, byId.get(a.id())));
      }
    }
    return sources;
  }

  /** Says how many articles are analysed of the total and about how long the rest will take. */
  private static final class TimeLeft implements BiConsumer<Integer, Integer> {
    private final Consumer<String> stages;
    private final long start = System.nanoTime();

    TimeLeft(Consumer<String> stages) {
      this.stages = stages;
    }

    @Override
    public void accept(Integer finished, Integer total) {
      double seconds = (System.nanoTime() - start) / 1e9 / finished * (total - finished);
      String left = finished.equals(total) ? "" : seconds < 90
          ? String.format(Locale.ROOT, ", about %d s left", Math.round(Math.max(1, seconds)))
          : String.format(Locale.ROOT, ", about %d min left", Math.round(seconds / 60));
      stages.accept("analysed " + finished + " of " + total + " articles" + left);
    }
  }

  /**
   * Lists the SHA-256 of every article file read, once all of them have their analyses in the
   * cache: the launcher hashes the files with {@code sha256sum} and, where each is listed, knows
   * that the build has no language analysis to run and starts the JVM for a short job. A list
   * older than the tool (whose analyser may read articles otherwise) is not trusted; one that
   * cannot be written only makes the next start slower.
   */
  private static void listAnalysed(Path file, Set<String> hashes) {
    String list = hashes.stream().sorted().map(h -> h + "\n").collect(Collectors.joining());
    try {
      // written each time: the launcher trusts a list only when it is newer than the tool's jar
      WholeFiles.write(file, list.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // the launcher then assumes there may be something to analyse
    }
  }

  /** Reads the content and renders the site in memory; writes nothing but the caches in {@code .briefing}. */
  public static Outcome run(Settings settings) {
    return run(settings, stage -> { });
  }

  /** As {@link #run(Settings)}, telling {@code stages} what each stage is about to do. */
  public static Outcome run(Settings settings, Consumer<String> stages) {
    stages.accept("reading " + Settings.shown(settings.content()) + "/");
    Ingest ingest = Ingest.standard().withCache(settings.readings());
    Ingest.Result read = ingest.read(settings.content(), Settings.shown(settings.content()));
    List<Diagnostic> problems = new ArrayList<>(read.diagnostics());
    Corrections corrections = Corrections.read(settings.content(), Settings.shown(settings.content()), problems);
    Content content = corrections.correct(read.content(), problems);
    boolean unread = problems.stream().anyMatch(Diagnostic::isError);
    if (!unread) {
      stages.accept("analysing " + content.articles().size() + " articles");
    }
    AnalysisCache analyses = new AnalysisCache(settings.cache());
    Analyses.Result analysed = unread
        ? new Analyses.Result(List.of(), List.of(), 0, 0)
        : Analyses.withCache(analyses).analyze(content.articles(), new TimeLeft(stages));
    problems.addAll(analysed.diagnostics());
    if (!unread && analysed.analyses().size() == content.articles().size()) {
      listAnalysed(settings.analysedFiles(), read.read());
      // every file read and analysed: each entry this build needs is marked used
      Instant now = Instant.now();
      ingest.pruneCache(now);
      analyses.prune(now);
    }
    stages.accept("cross-referencing");
    Briefing briefing = null;
    try {
      briefing = corrections.correct(
          CrossReference.link(content.editorial(), sources(content.articles(), analysed.analyses())), problems);
    } catch (RuntimeException | StackOverflowError e) {
      // A fault in cross-referencing costs the cross-referenced pages, never the articles.
      problems.add(Diagnostic.warning(Settings.shown(settings.content()), 0,
          "could not cross-reference the articles (" + e + "); the site is built without the briefing's facts",
          "run `briefing check --verbose` and report the problem"));
    }
    Site site = null;
    stages.accept("rendering the pages");
    try {
      Theme theme = Theme.of(settings.templates());
      theme.linksOutside().forEach((name, target) -> problems.add(Diagnostic.warning(
          Settings.shown(settings.templates()) + "/" + name, 0,
          "is a link to " + target + ", outside the templates folder; skipped",
          "copy the file into the templates folder instead of linking to it; until then the bundled theme's file is used")));
      site = new Renderer(theme).render(content, analysed.analyses(), briefing);
    } catch (RenderException e) {
      problems.add(Diagnostic.error(
          Settings.shown(settings.templates().resolve(e.template())), e.line(),
          "template error: " + e.getMessage().strip().lines().findFirst().orElse(""),
          "fix the template, or delete it to fall back to the bundled theme"));
    }
    boolean failed = problems.stream().anyMatch(Diagnostic::isError);
    return new Outcome(failed ? Optional.empty() : Optional.ofNullable(site), read.articles().size(),
        analysed.analysed(), analysed.cached(), problems);
  }
}
