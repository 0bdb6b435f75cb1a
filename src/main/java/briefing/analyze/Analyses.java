package briefing.analyze;

import briefing.analyze.cache.AnalysisCache;
import briefing.analyze.nlp.ProseBlocks;
import briefing.model.Article;
import briefing.model.Block;
import briefing.model.Diagnostic;
import briefing.model.Origin;
import briefing.model.Published;
import briefing.model.Sourced;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.Sentence;
import briefing.text.EnglishText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * The analyse stage: every article analysed, in parallel on all cores, or loaded from the cache.
 */
public final class Analyses {
  /** The analyses in article order, every problem, and how many needed CoreNLP. */
  public record Result(List<AnalyzedArticle> analyses, List<Diagnostic> diagnostics, int analysed,
      int cached) {
    public Result {
      analyses = List.copyOf(analyses);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * The longest text analysed, in characters (about 30,000 words, ten times a long feature).
   * Longer texts are shown without facts: CoreNLP's time and memory grow with length.
   */
  public static final int MAX_CHARS = 200_000;

  /**
   * The longest one article may take to analyse. Analysis grows linearly with length (issue 11):
   * a long feature takes a second or two, and the longest article analysed ({@link #MAX_CHARS},
   * as 3,000 short sentences on one line or a word per paragraph) some 20 s of one core.
   */
  static final Duration MAX_TIME = Duration.ofSeconds(60);

  private final BiFunction<Article, LocalDate, AnalyzedArticle> analyzer;
  private final Duration limit;
  private final AnalysisCache cache;
  private final int threads;

  /** Analyses with {@code cache} (null: none) on {@code threads} threads. */
  public Analyses(AnalysisCache cache, int threads) {
    this(cache, threads, MAX_TIME, new Analyzer()::analyze);
  }

  /** With another analyser and time limit per article: for tests. */
  Analyses(AnalysisCache cache, int threads, Duration limit,
      BiFunction<Article, LocalDate, AnalyzedArticle> analyzer) {
    this.cache = cache;
    this.threads = Math.max(1, threads);
    this.limit = limit;
    this.analyzer = analyzer;
  }

  /** On every core. */
  public static Analyses withCache(AnalysisCache cache) {
    return new Analyses(cache, Runtime.getRuntime().availableProcessors());
  }

  /** Analyses each article; one that fails is reported and left without analysis. */
  public Result analyze(List<Article> articles) {
    return analyze(articles, (finished, total) -> { });
  }

  /**
   * As {@link #analyze(List)}, telling {@code progress} how many of the articles CoreNLP has to
   * analyse are finished, of how many, after each one (the cached ones take no time).
   */
  public Result analyze(List<Article> articles, BiConsumer<Integer, Integer> progress) {
    List<AnalyzedArticle> done = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    List<Article> toAnalyse = new ArrayList<>();
    AnalyzedArticle[] results = new AnalyzedArticle[articles.size()];
    int cached = 0;
    boolean[] skipped = new boolean[articles.size()];
    // Cached analyses are read on every core: a rebuild of a story of hundreds of articles reads
    // as many files, and parses each, before cross-referencing can start.
    AnalyzedArticle[] hits = new AnalyzedArticle[articles.size()];
    if (cache != null) {
      IntStream.range(0, articles.size()).parallel()
          .forEach(i -> hits[i] = cache.find(articles.get(i), anchor(articles.get(i))).orElse(null));
    }
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      int length = a.blocks().stream().mapToInt(b -> b.text().length() + 2).sum();
      if (length > MAX_CHARS) {
        skipped[i] = true;
        problems.add(Diagnostic.warning(a.file(), 0, String.format(Locale.ROOT,
            "is %,d characters long; briefing analyses articles up to %,d, so it is shown without its facts",
            length, MAX_CHARS), "split it into separate articles, or cut what is not the article"));
        continue;
      }
      if (!statedEnglish(a) && !EnglishText.reads(a.blocks().stream().map(Block::text).toList())) {
        skipped[i] = true;
        problems.add(Diagnostic.warning(a.file(), 0, "is not written in English; briefing's analysis"
                + " reads English only, so it is shown without its facts",
            "add 'language: en' to the front matter at the top of the file if it is English"));
        continue;
      }
      long unreadable = a.blocks().stream().filter(b -> !ProseBlocks.isProse(b.text())).count();
      if (unreadable > 0) {
        problems.add(Diagnostic.warning(a.file(), a.blocks().stream().filter(b -> !ProseBlocks.isProse(b.text()))
                .mapToInt(b -> b.line()).findFirst().orElse(0),
            String.format(Locale.ROOT, "%d block%s run%s over %,d characters without a sentence end;"
                + " %s shown but not analysed", unreadable, unreadable == 1 ? "" : "s",
                unreadable == 1 ? "s" : "", ProseBlocks.MAX_RUN, unreadable == 1 ? "it is" : "they are"),
            "break the text into sentences and paragraphs, or cut what is not the article"));
      }
      AnalyzedArticle hit = hits[i];
      if (hit != null) {
        results[i] = hit;
        cached++;
      } else {
        toAnalyse.add(a);
      }
    }
    if (!toAnalyse.isEmpty()) {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, toAnalyse.size()), r -> {
        Thread t = new Thread(r, "briefing-analyze");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<AnalyzedArticle>> futures = new ArrayList<>();
        AtomicLongArray started = new AtomicLongArray(toAnalyse.size());
        for (int k = 0; k < toAnalyse.size(); k++) {
          Article a = toAnalyse.get(k);
          int slot = k;
          futures.add(pool.submit(() -> {
            started.set(slot, System.nanoTime());
            return analyzer.apply(a, anchor(a));
          }));
        }
        int next = 0;
        for (int i = 0; i < articles.size(); i++) {
          if (results[i] != null || skipped[i]) {
            continue;
          }
          Article a = articles.get(i);
          try {
            int slot = next++;
            try {
              results[i] = await(futures.get(slot), started, slot, limit);
            } finally {
              progress.accept(slot + 1, toAnalyse.size());
            }
            if (cache != null && !cache.store(a, anchor(a), results[i])) {
              problems.add(Diagnostic.warning(".briefing", 0,
                  "could not write the analysis cache; the next build will analyse again",
                  "check that the project folder is writable"));
            }
          } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            problems.add(Diagnostic.warning(a.file(), 0,
                "could not analyse this article (" + cause + "); it is shown without its facts",
                "run `briefing analyze " + a.file() + " --verbose` and report the problem"));
          } catch (TimeoutException e) {
            problems.add(Diagnostic.warning(a.file(), 0, String.format(Locale.ROOT,
                "analysis took over %s and was given up; the article is shown without its facts",
                limit.toMillis() >= 1000 ? limit.toSeconds() + " s" : limit.toMillis() + " ms"), "split the article, or cut what is not the article"));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
    for (int i = 0; i < results.length; i++) {
      if (results[i] != null) {
        done.add(results[i]);
        unplaced(articles.get(i), results[i]).ifPresent(problems::add);
      }
    }
    return new Result(done, dedupe(problems), toAnalyse.size(), cached);
  }

  /**
   * For an article with no publication day, the relative dates it leaves unplaced ("Monday",
   * "next week"), named with their lines, so the editor sees what adding the date will place.
   */
  private static Optional<Diagnostic> unplaced(Article article, AnalyzedArticle analysis) {
    if (anchor(article) != null) {
      return Optional.empty();
    }
    Map<String, Integer> lines = new HashMap<>();
    for (Sentence s : analysis.sentences()) {
      int block = s.block();
      lines.put(s.id(), block >= 0 && block < article.blocks().size() ? article.blocks().get(block).line() : 0);
    }
    List<String> left = analysis.times().stream().filter(t -> t.value() == null)
        .map(t -> "'" + t.text() + "'" + (lines.getOrDefault(t.span().sentence(), 0) > 0
            ? " (line " + lines.get(t.span().sentence()) + ")" : ""))
        .distinct().toList();
    if (left.isEmpty()) {
      return Optional.empty();
    }
    int first = analysis.times().stream().filter(t -> t.value() == null)
        .mapToInt(t -> lines.getOrDefault(t.span().sentence(), 0)).filter(l -> l > 0).min().orElse(0);
    return Optional.of(Diagnostic.warning(article.file(), first, String.format(Locale.ROOT,
        "%d date%s here cannot be placed without the publication day: %s", left.size(),
        left.size() == 1 ? "" : "s", String.join(", ", left.subList(0, Math.min(8, left.size())))
            + (left.size() > 8 ? ", …" : "")),
        "add 'published: YYYY-MM-DD' to the front matter at the top of the file"));
  }

  /**
   * The result of {@code future}, waiting while it runs for no longer than {@code limit}
   * after it started (a queued task has not started: its clock has not begun).
   */
  private static AnalyzedArticle await(Future<AnalyzedArticle> future, AtomicLongArray started, int slot,
      Duration limit) throws ExecutionException, InterruptedException, TimeoutException {
    while (true) {
      try {
        return future.get(Math.min(1000, Math.max(1, limit.toMillis())), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long began = started.get(slot);
        if (began != 0 && System.nanoTime() - began > limit.toNanos()) {
          future.cancel(true);
          throw e;
        }
      }
    }
  }

  private static List<Diagnostic> dedupe(List<Diagnostic> problems) {
    return problems.stream().distinct().toList();
  }

  /** The day an article's relative dates are resolved against, or null. */
  static LocalDate anchor(Article article) {
    Published p = article.metadata().published() == null ? null : article.metadata().published().value();
    return p == null ? null : p.date();
  }

  /** A cached analysis under the article's current id (ids follow file names, not content). */
  public static AnalyzedArticle renamed(AnalyzedArticle a, Article article) {
    if (a.article().equals(article.id()) && a.contentHash().equals(article.contentHash())) {
      return a;
    }
    return new AnalyzedArticle(article.id(), article.contentHash(), a.analyser(), a.anchor(),
        a.sentences(), a.people(), a.credits(), a.entities(), a.times(), a.quotes(), a.figures());
  }

  /**
   * True where the editor's front matter says the article is in English ("language: en"): its
   * facts are read however its words look ({@link EnglishText}).
   */
  private static boolean statedEnglish(Article article) {
    Sourced<String> language = article.metadata().language();
    return language != null && language.origin() == Origin.FRONT_MATTER
        && language.value().toLowerCase(Locale.ROOT).startsWith("en");
  }
}
