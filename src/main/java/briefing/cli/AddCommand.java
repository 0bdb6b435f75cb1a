package briefing.cli;

import briefing.config.Settings;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.text.Hashes;
import briefing.text.Slugs;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code briefing add FILE|URL…}: articles into content/articles/, each read at once. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Copies articles or saves web pages into content/articles/.",
      "Files are copied; http and https addresses are fetched and saved as .html.",
      "Each is read as a build reads it, and briefing says what it could not find",
      "(such as the publication date) and which front matter to add. A file is never",
      "overwritten (a free name is chosen), and an article already there (the same",
      "file, or the same text) is not added again.",
      "",
      "Example:",
      "  briefing add ~/Downloads/reuters.txt ~/Downloads/ap.html",
      "  briefing add https://www.example.org/news/talks-end.html"
    })
final class AddCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Article files (.txt, .md, .html) or web addresses.")
  List<String> sources;

  @Option(names = "--content", paramLabel = "DIR", description = "The content folder (default: ${DEFAULT-VALUE}).")
  Path content = Settings.DEFAULT_CONTENT;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "How long to wait for a web page (default: ${DEFAULT-VALUE}).")
  double timeout = 20;

  /** The largest article taken; smaller in tests, so that they need not serve 10 MB. */
  @Option(names = "--max-bytes", hidden = true)
  long maxBytes = Ingest.MAX_ARTICLE_BYTES;

  @Option(names = "--verbose", description = "Show the stack trace of an internal failure.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Ingest ingest = Ingest.standard();
  private final List<Article> present = new ArrayList<>();
  private final Map<String, String> presentBytes = new HashMap<>();
  private Path articles;
  private String shownArticles;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(verbose, err, () -> {
      if (!Files.isDirectory(content)) {
        err.println(Settings.shown(content) + ": error: content folder not found");
        err.println("  hint: run briefing add in the story's folder (briefing new DIR makes one), or give --content DIR");
        err.flush();
        return ExitCodes.ERRORS;
      }
      articles = content.resolve("articles");
      shownArticles = Settings.shown(content) + "/articles";
      present.addAll(ingest.read(content, Settings.shown(content)).articles());
      try {
        Files.createDirectories(articles);
        hashPresentFiles();
      } catch (IOException e) {
        err.println(shownArticles + ": error: cannot be read or created: " + e.getMessage());
        err.flush();
        return ExitCodes.ERRORS;
      }
      int failed = 0;
      int added = 0;
      for (String source : sources) {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<String> file = add(source, problems, out);
        Reporter.report(problems, err);
        added += file.isPresent() ? 1 : 0;
        failed += problems.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
      }
      if (sources.size() > 1) {
        out.println("added " + added + " of " + sources.size());
      }
      out.flush();
      return failed > 0 ? ExitCodes.ERRORS : ExitCodes.OK;
    });
  }

  /** Adds one file or page; returns where it was written, or empty where it was not. */
  private Optional<String> add(String source, List<Diagnostic> problems, PrintWriter out) {
    byte[] bytes;
    String name;
    boolean isUrl = source.matches("(?i)^[a-z][a-z0-9+.-]*://.*");
    if (isUrl) {
      Optional<PageFetcher.Fetched> page = fetch(source, problems);
      if (page.isEmpty()) {
        return Optional.empty();
      }
      bytes = SavedPage.annotate(page.get().bytes(), page.get().url(), Instant.now());
      name = slug(page.get().url()) + ".html";
    } else {
      Path file = Path.of(source);
      if (!Files.isRegularFile(file)) {
        problems.add(Diagnostic.error(source, 0, Files.isDirectory(file) ? "is a folder" : "no such file",
            Files.isDirectory(file) ? "add the articles in it: briefing add " + source + "/*" : ""));
        return Optional.empty();
      }
      try {
        if (Files.size(file) > maxBytes) {
          problems.add(Diagnostic.error(source, 0, "is " + PageFetcher.megabytes(Files.size(file))
              + "; articles are read up to " + PageFetcher.megabytes(maxBytes) + "; not added",
              "keep only the article's own text in the file, or split it into several articles"));
          return Optional.empty();
        }
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        problems.add(Diagnostic.error(source, 0, "cannot be read (" + e.getMessage() + ")", ""));
        return Optional.empty();
      }
      String same = presentBytes.get(Hashes.sha256Hex(bytes));
      if (same != null) {
        problems.add(Diagnostic.warning(source, 0, "is already there as " + same + "; not added", ""));
        return Optional.empty();
      }
      name = file.getFileName().toString();
    }
    return write(source, name, bytes, problems, out);
  }

  private Optional<String> write(String source, String name, byte[] bytes, List<Diagnostic> problems,
      PrintWriter out) {
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : numbered(name, n);
      Path target = articles.resolve(candidate);
      String shown = shownArticles + "/" + candidate;
      if (Files.exists(target)) {
        continue;
      }
      List<Diagnostic> read = new ArrayList<>();
      Optional<Article> article = ingest.readArticle(shown, bytes, read);
      if (article.isEmpty()) {
        if (read.isEmpty()) {
          problems.add(Diagnostic.error(source, 0, "not an article format briefing reads; not added",
              "articles are .txt, .md or .html files"));
        }
        // What makes a build skip the file (binary, empty, no text) keeps it out of the story.
        read.forEach(d -> problems.add(Diagnostic.error(source, d.line(),
            d.message().replace("; skipped", "") + "; not added", d.hint())));
        return Optional.empty();
      }
      Optional<String> duplicate = Ingest.duplicateOf(present, article.get());
      if (duplicate.isPresent()) {
        problems.add(Diagnostic.warning(source, 0, duplicate.get() + "; not added",
            "it is in the briefing already; to keep both, copy the file into " + shownArticles + " yourself"));
        return Optional.empty();
      }
      try {
        Files.write(target, bytes, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        continue;  // written meanwhile by someone else: take the next free name
      } catch (IOException e) {
        problems.add(Diagnostic.error(shown, 0, "cannot be written (" + e.getMessage() + ")", ""));
        return Optional.empty();
      }
      present.add(article.get());
      presentBytes.put(Hashes.sha256Hex(bytes), shown);
      out.println("added " + shown + (candidate.equals(name) ? "" : " (" + name + " was taken)")
          + (source.equals(shown) ? "" : " from " + source));
      out.flush();
      problems.addAll(read);
      return Optional.of(shown);
    }
  }

  private Optional<PageFetcher.Fetched> fetch(String source, List<Diagnostic> problems) {
    URI url;
    try {
      url = URI.create(source.strip());
    } catch (IllegalArgumentException e) {
      problems.add(Diagnostic.error(source, 0, "is not a web address briefing can read", "quote it, and check it"));
      return Optional.empty();
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      problems.add(Diagnostic.error(source, 0, "only http and https addresses are fetched",
          "save the page and add the file"));
      return Optional.empty();
    }
    try {
      long millis = Math.max(1, Math.round(timeout * 1000));
      return Optional.of(new PageFetcher(Duration.ofMillis(millis), maxBytes).fetch(url));
    } catch (PageFetcher.FetchException e) {
      problems.add(Diagnostic.error(source, 0, e.getMessage() + "; nothing was saved", e.hint()));
      return Optional.empty();
    }
  }

  private void hashPresentFiles() throws IOException {
    try (Stream<Path> files = Files.walk(articles)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        if (Files.size(file) <= maxBytes) {
          presentBytes.putIfAbsent(Hashes.sha256Hex(Files.readAllBytes(file)),
              shownArticles + "/" + articles.relativize(file).toString().replace('\\', '/'));
        }
      }
    }
  }

  /** "talks.txt", 2 → "talks-2.txt". */
  static String numbered(String name, int n) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
  }

  /** A file name for a page: the last part of its path that has words in it, else its host. */
  static String slug(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      String part = parts[i].replaceFirst("(?i)\\.(html?|xhtml|php\\d?|aspx?|jsp|cms|shtml)$", "");
      if (part.matches(".*\\p{L}.*") && !part.matches("(?i)index|default|amp|article|story|news")) {
        return Slugs.of(part, Slugs.of(url.getHost(), "page"));
      }
    }
    return Slugs.of(url.getHost(), "page");
  }
}
