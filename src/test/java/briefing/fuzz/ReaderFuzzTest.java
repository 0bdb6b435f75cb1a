package briefing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.ingest.FrontMatterParser;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.model.Editorial;
import briefing.render.Renderer;
import briefing.render.Site;
import briefing.render.Theme;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes each reader and the front matter parser with Jazzer: any input may be reported as a
 * problem, none may throw, and no page made from it may carry active content. In a plain test run
 * these replay the inputs under {@code ReaderFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} they fuzz.
 */
class ReaderFuzzTest {
  private static final Ingest INGEST = Ingest.standard();
  private static final Renderer RENDERER = new Renderer(new Theme(Path.of("no-project-templates")));

  @FuzzTest(maxDuration = "20s")
  void textArticles(byte[] bytes) {
    readAndRender("fuzz.txt", bytes);
  }

  @FuzzTest(maxDuration = "20s")
  void markdownArticles(byte[] bytes) {
    readAndRender("fuzz.md", bytes);
  }

  @FuzzTest(maxDuration = "20s")
  void webPages(byte[] bytes) {
    readAndRender("fuzz.html", bytes);
  }

  @FuzzTest(maxDuration = "20s")
  void frontMatter(byte[] bytes) {
    String text = "---\n" + new String(bytes, StandardCharsets.UTF_8) + "\n---\nbody\n";
    FrontMatterParser.parse(text, "fuzz.md", new ArrayList<>());
  }

  private static void readAndRender(String name, byte[] bytes) {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Article> article = INGEST.readArticle(name, bytes, problems);
    if (article.isEmpty()) {
      return;
    }
    Ingest.Result result = new Ingest.Result(List.of(article.get()),
        new Editorial("Fuzz", "en", "", ""), problems);
    Site site = RENDERER.render(result, List.of());
    site.pages().stream()
        .filter(p -> p.path().endsWith(".html"))
        .forEach(p -> assertEquals(Optional.empty(), ActiveContent.find(new String(p.bytes(), StandardCharsets.UTF_8)),
            () -> "active content in " + p.path()));
  }
}
