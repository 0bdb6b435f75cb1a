package briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code briefing new DIR}: a folder for a new story, ready for its articles. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a folder for a new story.",
      "It holds content/articles/ (empty) for the articles, content/briefing.md for",
      "the briefing's title and introduction, and a README on what goes where.",
      "Refuses a folder that exists and is not empty; never overwrites a file.",
      "",
      "Example:",
      "  briefing new harbour-vote",
      "  cd harbour-vote && briefing add ~/Downloads/article.html"
    })
final class NewCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The story's folder; created, or empty.")
  Path dir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String shown = dir.toString().replace('\\', '/');
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
      err.println(shown + ": error: " + (Files.isDirectory(dir) ? "folder exists and is not empty"
          : "exists and is not a folder"));
      err.println("  hint: give the name of a new folder; briefing new never writes into an existing story");
      err.flush();
      return ExitCodes.USAGE;
    }
    try {
      Files.createDirectories(dir.resolve("content").resolve("articles"));
      create(dir.resolve("content").resolve("briefing.md"), briefingMd(title(dir)));
      create(dir.resolve("README.md"), readme());
      create(dir.resolve(".gitignore"), "# written by briefing: the built site and the analysis cache\n/site/\n/.briefing/\n");
    } catch (IOException e) {
      err.println(shown + ": error: could not create the story folder: " + e.getMessage());
      err.flush();
      return ExitCodes.ERRORS;
    }
    out.println("created " + shown + "/: content/briefing.md, content/articles/, README.md");
    out.println("next:");
    out.println("  cd " + shown);
    out.println("  briefing add ARTICLE-FILE-OR-URL ...   # copies or fetches articles into content/articles/");
    out.println("  briefing serve                         # previews the briefing at http://127.0.0.1:8000/");
    out.println("  briefing build                         # writes the site to site/");
    out.flush();
    return ExitCodes.OK;
  }

  private static boolean isEmpty(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes a new file; fails rather than replace one that appeared meanwhile. */
  private static void create(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
  }

  /** "harbour-vote" reads as "Harbour vote": a starting title the editor will change. */
  static String title(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    String words = name == null ? "" : name.toString().replaceAll("[-_.\\s]+", " ").strip();
    if (words.isEmpty()) {
      return "The story in brief";
    }
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private static String briefingMd(String title) {
    return """
        ---
        title: "%s"
        language: en
        # base_url: https://example.org/briefing/   # where the site is published; adds sitemap.xml
        ---
        Replace this paragraph with a short introduction: what the story is about, which sources
        the briefing draws on, and what a reader should look at first. Markdown works here.
        """.formatted(title.replace("\\", "\\\\").replace("\"", "\\\""));
  }

  private static String readme() {
    return """
        # A briefing

        This folder is one story for briefing: news articles in, one cross-referenced
        briefing site out.

        ```
        content/
          briefing.md     the briefing's title, language, base_url, and your introduction
          articles/       one file per article: .txt (scraped text), .md, .html (saved pages)
        site/             the built site (written by `briefing build`; do not edit by hand)
        .briefing/        the analysis cache (delete it at any time)
        ```

        - `briefing add FILE…` copies articles into `content/articles/`; `briefing add URL…`
          saves web pages there. Each is read at once, and briefing says what it could not
          find (most often the date: add `published: YYYY-MM-DD` as front matter at the top
          of the file).
        - `briefing serve` previews the briefing at http://127.0.0.1:8000/ and rebuilds it
          whenever a file in `content/` changes.
        - `briefing check` reports every problem; `briefing build` writes `site/`, which you
          publish as it is (any static web host, or opened from disk).
        """;
  }
}
