package briefing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.analyze.Analyzer;
import briefing.analyze.cache.AnalysisJson;
import briefing.ingest.FrontMatterParser;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Editorial;
import briefing.model.Site;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.Span;
import briefing.render.Renderer;
import briefing.render.Theme;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes each reader, the front matter parser and the analysis with Jazzer: any input may be reported as a
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

  /**
   * The analysis entry point: any text article analyses without throwing, every fact points at
   * a sentence that exists, within its text, and the analysis survives JSON and back.
   */
  @FuzzTest(maxDuration = "30s")
  void analysis(byte[] bytes) {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Article> article = INGEST.readArticle("fuzz.txt", bytes, problems);
    if (article.isEmpty()) {
      return;
    }
    AnalyzedArticle a = new Analyzer().analyze(article.get(), LocalDate.of(2022, 1, 10));
    Map<String, Sentence> sentences = new HashMap<>();
    for (Sentence s : a.sentences()) {
      String text = s.isHeadline() ? article.get().metadata().title().value()
          : article.get().blocks().get(s.block()).text();
      assertEquals(s.text(), text.substring(s.start(), s.end()), "a sentence is a piece of its block");
      sentences.put(s.id(), s);
    }
    List<Span> spans = new ArrayList<>();
    a.people().forEach(p -> spans.add(p.span()));
    a.entities().forEach(e -> spans.add(e.span()));
    a.times().forEach(t -> spans.add(t.span()));
    a.quotes().forEach(q -> spans.add(q.span()));
    a.figures().forEach(f -> spans.add(f.span()));
    for (Span span : spans) {
      Sentence s = sentences.get(span.sentence());
      assertTrue(s != null && span.end() <= s.text().length(), () -> "a span outside its sentence: " + span);
    }
    assertEquals(a, AnalysisJson.read(AnalysisJson.write(a)));
    Content result = new Content(new Editorial("Fuzz", "en", "", ""), List.of(article.get()), "content");
    assertNoActiveContent(RENDERER.render(result, List.of(a)));
  }

  private static void readAndRender(String name, byte[] bytes) {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Article> article = INGEST.readArticle(name, bytes, problems);
    if (article.isEmpty()) {
      return;
    }
    Content result = new Content(new Editorial("Fuzz", "en", "", ""), List.of(article.get()), "content");
    assertNoActiveContent(RENDERER.render(result, List.of()));
  }

  private static void assertNoActiveContent(Site site) {
    site.pages().stream()
        .filter(p -> p.path().endsWith(".html"))
        .forEach(p -> assertEquals(Optional.empty(), ActiveContent.find(new String(p.bytes(), StandardCharsets.UTF_8)),
            () -> "active content in " + p.path()));
  }
}
