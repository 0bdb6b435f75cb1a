package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.analyze.cache.AnalysisCache;
import briefing.analyze.cache.AnalysisJson;
import briefing.model.Article;
import briefing.model.analysis.AnalyzedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis cache: a rebuild of unchanged articles runs no analysis; damage is never trusted. */
class AnalysisCacheTest {
  @TempDir Path dir;

  private final List<Article> articles = List.of(
      Articles.dated("2023-02-07", "Storm closes harbour",
          "The harbour was closed on Tuesday, the port authority said.",
          "About 40 ships waited offshore, harbour master Tom Lee said."),
      Articles.read("b.txt", "---\npublished: 2023-02-08\n---\nHarbour reopens\n\n"
          + "The harbour reopened on Wednesday after the storm passed.\n"));

  @Test
  void aSecondRunOfUnchangedArticlesAnalysesNothing() {
    AnalysisCache cache = new AnalysisCache(dir.resolve("cache"));
    Analyses.Result first = new Analyses(cache, 2).analyze(articles);
    assertEquals(2, first.analysed());
    Analyses.Result second = new Analyses(cache, 2).analyze(articles);
    assertEquals(0, second.analysed());
    assertEquals(2, second.cached());
    assertEquals(json(first.analyses()), json(second.analyses()));
  }

  @Test
  void aDamagedEntryIsAnalysedAgainAndReplaced() throws IOException {
    AnalysisCache cache = new AnalysisCache(dir.resolve("cache"));
    Analyses.Result first = new Analyses(cache, 1).analyze(articles);
    List<Path> entries = entries();
    assertEquals(2, entries.size());
    Files.writeString(entries.get(0), "{\"article\": \"truncated");
    String json = Files.readString(entries.get(1));
    Files.writeString(entries.get(1), json.replace("\"s2\"", "\"s9\"").replace("\"analyser\" : \"", "\"analyser\" : \"old-"));
    Analyses.Result again = new Analyses(cache, 1).analyze(articles);
    assertEquals(2, again.analysed(), "neither a truncated nor an other-version entry is trusted");
    assertEquals(json(first.analyses()), json(again.analyses()));
    Analyses.Result third = new Analyses(cache, 1).analyze(articles);
    assertEquals(0, third.analysed(), "the damaged entries were replaced");
  }

  @Test
  void anEditedArticleIsAnalysedAgain() {
    AnalysisCache cache = new AnalysisCache(dir.resolve("cache"));
    new Analyses(cache, 1).analyze(articles);
    Article edited = Articles.dated("2023-02-07", "Storm closes harbour",
        "The harbour was closed on Monday, the port authority said.",
        "About 40 ships waited offshore, harbour master Tom Lee said.");
    Analyses.Result again = new Analyses(cache, 1).analyze(List.of(edited, articles.get(1)));
    assertEquals(1, again.analysed());
    assertEquals(1, again.cached());
  }

  @Test
  void parallelAnalysisGivesTheSameResultsAsOneThread() {
    List<Article> more = List.of(articles.get(0), articles.get(1),
        Articles.read("c.txt", "---\npublished: 2023-02-09\n---\nPort counts cost\n\n"
            + "The closure cost the port $3 million, officials said on Thursday.\n"));
    assertEquals(json(new Analyses(null, 1).analyze(more).analyses()),
        json(new Analyses(null, 3).analyze(more).analyses()));
  }

  @Test
  void anAnalysisSurvivesTheTripToJsonAndBack() {
    AnalyzedArticle a = new Analyzer().analyze(articles.get(0));
    assertEquals(a, AnalysisJson.read(AnalysisJson.write(a)));
    assertTrue(AnalysisJson.write(a).contains("\"sentences\""));
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static List<String> json(List<AnalyzedArticle> analyses) {
    return analyses.stream().map(AnalysisJson::write).toList();
  }

  @Test
  void anArticleWhoseAnalysisRunsPastTheLimitIsGivenUpAndTheOthersAreAnalysed() {
    Article slow = Articles.read("slow.txt", "Slow\n\nA text that takes too long.\n");
    List<Article> three = List.of(articles.get(0), slow, articles.get(1));
    Analyses analyses = new Analyses(null, 2, java.time.Duration.ofMillis(300), (article, anchor) -> {
      if (article == slow) {
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return new AnalyzedArticle(article.id(), article.contentHash(), "test", null, List.of(), List.of(),
          List.of(), List.of(), List.of(), List.of(), List.of());
    });
    long start = System.nanoTime();
    Analyses.Result result = analyses.analyze(three);
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "the build does not wait for the slow article");
    assertEquals(List.of(articles.get(0).id(), articles.get(1).id()),
        result.analyses().stream().map(AnalyzedArticle::article).toList());
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.file().equals("slow.txt")
        && d.message().contains("took over 300 ms and was given up")), result.diagnostics()::toString);
  }
}
