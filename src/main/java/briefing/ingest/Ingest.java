package briefing.ingest;

import briefing.ingest.html.HtmlReader;
import briefing.ingest.markdown.MarkdownReader;
import briefing.ingest.text.TextReader;
import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Editorial;
import briefing.text.Hashes;
import briefing.work.Aside;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** The ingest stage: reads {@code content/} into articles and the editor's settings. */
public final class Ingest {
  /** The longest one file may take to read, as for analysis; a long article takes well under a second. */
  static final Duration MAX_TIME = Duration.ofSeconds(120);
  /** The largest article file read, in bytes (10 MB): anything larger is not one article. */
  public static final long MAX_ARTICLE_BYTES = ContentFiles.MAX_FILE_BYTES;

  private final List<ArticleReader> readers;
  private final Duration limit;
  /** Articles read by earlier builds, or null where each file is read afresh. */
  private final ReadingCache cache;

  /**
   * What the content folder holds, and every problem found reading it.
   *
   * @param read the SHA-256 of every article file read, duplicates and files that hold no
   *     article included: a rebuild of the same files has no other article to analyse
   */
  public record Result(Content content, List<Diagnostic> diagnostics, Set<String> read) {
    public Result {
      Objects.requireNonNull(content, "content");
      diagnostics = List.copyOf(diagnostics);
      read = Set.copyOf(read);
    }

    public List<Article> articles() {
      return content.articles();
    }

    public Editorial editorial() {
      return content.editorial();
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  public Ingest(List<ArticleReader> readers) {
    this(readers, MAX_TIME);
  }

  /** With another time limit per file: for tests. */
  Ingest(List<ArticleReader> readers, Duration limit) {
    this(readers, limit, null);
  }

  private Ingest(List<ArticleReader> readers, Duration limit, ReadingCache cache) {
    this.readers = List.copyOf(readers);
    this.limit = limit;
    this.cache = cache;
  }

  /** The readers briefing ships with, one per input kind. */
  public static Ingest standard() {
    return new Ingest(List.of(new TextReader(), new MarkdownReader(), new HtmlReader()));
  }

  /**
   * This ingest keeping what it reads in {@code folder} ({@code .briefing/reading}), and reading
   * an unchanged file back from there instead of cleaning it again.
   */
  public Ingest withCache(Path folder) {
    return new Ingest(readers, limit, new ReadingCache(folder));
  }

  /**
   * Drops the kept readings no build has used for a while, where this reader keeps them; returns
   * how many went.
   */
  public int pruneCache(Instant now) {
    return cache == null ? 0 : cache.prune(now);
  }

  /**
   * Reads {@code content/briefing.md} and every article under {@code content/articles}.
   *
   * @param content the content folder
   * @param shown how the content folder is named in messages ("content")
   */
  public Result read(Path content, String shown) {
    List<Diagnostic> problems = new ArrayList<>();
    Editorial editorial =
        EditorialReader.read(content, content.resolve("briefing.md"), shown + "/briefing.md", problems);
    List<ContentFiles.Found> files =
        ContentFiles.list(content, content.resolve("articles"), shown + "/articles", extensions(), problems);
    ArticleIds ids = new ArticleIds();
    List<Article> articles = new ArrayList<>();
    List<Duplicates.Fingerprint> prints = new ArrayList<>();
    Set<String> read = new TreeSet<>();
    try (Readers reading = new Readers(limit)) {
      // Files are opened and named in order here and parsed on workers; the articles and their
      // problems are taken back in the same order, so the result does not depend on timing.
      Deque<Reading> inFlight = new ArrayDeque<>();
      for (ContentFiles.Found file : files) {
        List<Diagnostic> own = new ArrayList<>();
        Optional<Parse> parse = opened(file.path(), file.shown(), ids, own);
        inFlight.add(new Reading(parse.map(reading::start), own));
        if (inFlight.size() > 2 * Readers.WORKERS) {
          inFlight.remove().collect(articles, prints, read, problems);
        }
      }
      while (!inFlight.isEmpty()) {
        inFlight.remove().collect(articles, prints, read, problems);
      }
    }
    if (articles.isEmpty() && problems.stream().noneMatch(Diagnostic::isError)) {
      problems.add(Diagnostic.error(shown + "/articles", 0, "no articles to build a briefing from",
          "put the articles (.txt, .md, .html) in " + shown + "/articles"));
    }
    return new Result(new Content(editorial, Duplicates.keepOnce(articles, prints, problems), shown), problems, read);
  }

  /** Reads one article file, reporting its problems; empty where it cannot be read. */
  public Optional<Article> readArticle(Path path, String shown, List<Diagnostic> problems) {
    try (TimeLimit time = new TimeLimit(limit)) {
      return readArticle(path, shown, new ArticleIds(), time, problems);
    }
  }

  /**
   * Why {@code candidate} would be dropped as a duplicate of one of {@code articles} (the same
   * text, or most of it, as the build judges it), or empty where it is an article of its own.
   */
  public static Optional<String> duplicateOf(List<Article> articles, Article candidate) {
    return Duplicates.original(articles, candidate).map(m -> Duplicates.sameAs(m.getKey(), m.getValue()));
  }

  /** Reads one article from bytes, choosing the reader by the name's ending. */
  public Optional<Article> readArticle(String name, byte[] bytes, List<Diagnostic> problems) {
    Optional<ArticleReader> reader = readerFor(Path.of("article").resolveSibling(name.replace('/', '_')));
    if (reader.isEmpty()) {
      return Optional.empty();
    }
    String id = new ArticleIds().next(name);
    try (TimeLimit time = new TimeLimit(limit)) {
      return guarded(name, time, problems, own -> ArticleBuilder.build(reader.get(), bytes, name, id, own));
    }
  }

  private Optional<Article> readArticle(
      Path path, String shown, ArticleIds ids, TimeLimit time, List<Diagnostic> problems) {
    return opened(path, shown, ids, problems).flatMap(parse -> parse.run(time, problems));
  }

  /** One file's bytes, named, ready to parse: the part of reading that must go in file order. */
  private record Parse(String shown, byte[] bytes, Function<List<Diagnostic>, Optional<Article>> read) {
    Optional<Article> run(TimeLimit time, List<Diagnostic> problems) {
      return guarded(shown, time, problems, read);
    }
  }

  /** A file being parsed, and the problems found in opening it. */
  private record Reading(Optional<Future<Parsed>> parsed, List<Diagnostic> problems) {
    void collect(List<Article> articles, List<Duplicates.Fingerprint> prints, Set<String> read,
        List<Diagnostic> all) {
      all.addAll(problems);
      parsed.map(Aside::resultOf).ifPresent(p -> {
        all.addAll(p.problems());
        p.article().ifPresent(articles::add);
        p.print().ifPresent(prints::add);
        read.add(p.hash());
      });
    }
  }

  /**
   * A file parsed, with the fingerprint duplicates are found by, made on the same worker, and
   * the SHA-256 of its bytes, an article or not.
   */
  private record Parsed(Optional<Article> article, Optional<Duplicates.Fingerprint> print, String hash,
      List<Diagnostic> problems) {}

  /**
   * Workers that parse files side by side, each file under its own time limit: parsing is most
   * of reading a story.
   */
  private static final class Readers implements AutoCloseable {
    static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final List<TimeLimit> limits = new CopyOnWriteArrayList<>();
    private final ThreadLocal<TimeLimit> own;
    private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
      Thread t = new Thread(r, "briefing-parse");
      t.setDaemon(true);
      return t;
    });

    Readers(Duration limit) {
      this.own = ThreadLocal.withInitial(() -> {
        TimeLimit time = new TimeLimit(limit);
        limits.add(time);
        return time;
      });
    }

    Future<Parsed> start(Parse parse) {
      return pool.submit(() -> {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Article> article = parse.run(own.get(), problems);
        String hash = article.map(Article::contentHash).orElseGet(() -> Hashes.sha256Hex(parse.bytes()));
        return new Parsed(article, article.map(Duplicates.Fingerprint::of), hash, problems);
      });
    }

    @Override
    public void close() {
      pool.shutdownNow();
      limits.forEach(TimeLimit::close);
    }
  }

  /** Opens one article file and names it, reporting what stops it; empty where it cannot be read. */
  private Optional<Parse> opened(Path path, String shown, ArticleIds ids, List<Diagnostic> problems) {
    Optional<ArticleReader> reader = readerFor(path);
    if (reader.isEmpty()) {
      problems.add(Diagnostic.warning(shown, 0, "not an article format briefing reads; skipped",
          "articles are " + String.join(", ", extensions().stream().map(e -> "." + e).toList())));
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = ContentFiles.readLimited(path);
    } catch (ContentFiles.TooLarge e) {
      problems.add(Diagnostic.warning(shown, 0, e.getMessage() + "; skipped",
          "keep only the article's own text in the file, or split it into several articles"));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Diagnostic.warning(shown, 0, "cannot be read (" + e.getMessage() + "); skipped", ""));
      return Optional.empty();
    }
    String id = ids.next(fileName(path));
    return Optional.of(new Parse(shown, bytes, own -> build(reader.get(), bytes, shown, id, own)));
  }

  /** Reads one file's bytes into an article, or takes back what an earlier build read from them. */
  private Optional<Article> build(ArticleReader reader, byte[] bytes, String shown, String id,
      List<Diagnostic> problems) {
    if (cache == null) {
      return ArticleBuilder.build(reader, bytes, shown, id, problems);
    }
    String key = ReadingCache.key(reader, bytes, shown, id);
    Optional<ReadingCache.Entry> kept = cache.find(key);
    if (kept.isPresent()) {
      problems.addAll(kept.get().problems());
      return kept.get().found();
    }
    List<Diagnostic> own = new ArrayList<>();
    Optional<Article> article = ArticleBuilder.build(reader, bytes, shown, id, own);
    cache.store(new ReadingCache.Entry(key, article.orElse(null), own));
    problems.addAll(own);
    return article;
  }

  /**
   * Runs one file's reading so that a failure on it, or reading past the time limit, skips the
   * file, not the build. The reading reports into a list of its own, kept only where it ends.
   */
  private static Optional<Article> guarded(String shown, TimeLimit time, List<Diagnostic> problems,
      Function<List<Diagnostic>, Optional<Article>> read) {
    List<Diagnostic> own = new ArrayList<>();
    try {
      Optional<Article> article = time.run(() -> read.apply(own));
      problems.addAll(own);
      return article;
    } catch (TimeoutException e) {
      problems.add(Diagnostic.warning(shown, 0, String.format(Locale.ROOT,
          "reading took over %s and was given up; skipped", shownTime(time.limit())),
          "split the article, or cut what is not the article"));
      return Optional.empty();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException || cause instanceof StackOverflowError) {
        problems.add(Diagnostic.warning(shown, 0,
            "could not be read (internal error: " + cause.getClass().getSimpleName() + "); skipped",
            "please report this file; run with --verbose for details"));
        return Optional.empty();
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static String shownTime(Duration limit) {
    return limit.toMillis() >= 1000 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
  }

  private Optional<ArticleReader> readerFor(Path path) {
    String name = fileName(path).toLowerCase(Locale.ROOT);
    return readers.stream()
        .filter(r -> r.extensions().stream().anyMatch(e -> name.endsWith("." + e)))
        .findFirst();
  }

  private List<String> extensions() {
    return readers.stream().flatMap(r -> r.extensions().stream()).toList();
  }

  private static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /** The text with CR LF and lone CR line ends made LF. */
  static String normalizeNewlines(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
