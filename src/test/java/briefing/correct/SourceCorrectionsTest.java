package briefing.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Editorial;
import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Published;
import briefing.model.Sourced;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source corrections set the articles' metadata before analysis, with origin "editor" (issue 16). */
class SourceCorrectionsTest {
  @TempDir Path dir;
  private final List<Diagnostic> problems = new ArrayList<>();

  private static Article article(String id, String outlet) {
    Metadata m = Metadata.EMPTY.withOutlet(Sourced.of(outlet, Origin.TEXT, "(" + outlet + ")"))
        .withPublished(Sourced.of(Published.on(LocalDate.of(2023, 3, 15)), Origin.FRONT_MATTER, ""));
    return new Article(id, "content/articles/" + id + ".txt", "text", m, List.of(), List.of(), List.of(), "0");
  }

  private Content corrected(String yaml) throws IOException {
    Files.writeString(dir.resolve("corrections.yaml"), yaml);
    Content content = new Content(new Editorial("Harbour", "en", "", ""),
        List.of(article("gazette", "Bay Gazette"), article("radio", "Coast Radio News"), article("fm", "COAST RADIO NEWS")),
        "content");
    return Corrections.read(dir, "content", problems).correct(content, problems);
  }

  @Test
  void anArticlesDateAndOutletAreSetByItsFile() throws IOException {
    Content c = corrected("sources:\n  - file: articles/gazette.txt\n    published: 2023-03-14 18:30\n    outlet: Alder Bay Gazette\n");
    assertEquals(List.of(), problems);
    Metadata m = c.articles().get(0).metadata();
    assertEquals("2023-03-14T18:30", m.published().value().iso());
    assertSame(Origin.EDITOR, m.published().origin());
    assertEquals("Alder Bay Gazette", m.outlet().value());
    assertSame(Origin.EDITOR, m.outlet().origin());
    assertEquals("Coast Radio News", c.articles().get(1).metadata().outlet().value(), "other files stay as read");
  }

  @Test
  void anOutletsNameIsSetForEveryArticleOfThatOutlet() throws IOException {
    Content c = corrected("sources:\n  - outlet: Coast Radio News\n    name: Coast Radio\n");
    assertEquals(List.of(), problems);
    assertEquals(List.of("Bay Gazette", "Coast Radio", "Coast Radio"),
        c.articles().stream().map(a -> a.metadata().outlet().value()).toList());
    assertSame(Origin.EDITOR, c.articles().get(2).metadata().outlet().origin());
  }

  @Test
  void aSourceCorrectionThatMatchesNoArticleIsAWarning() throws IOException {
    corrected("sources:\n  - file: articles/gone.txt\n    published: 2023-03-14\n  - outlet: Nowhere FM\n    note: x\n"
        + "  - file: articles/radio.txt\n    published: 14/03/2023\n");
    assertEquals("""
        content/corrections.yaml:7: error: published: '14/03/2023' is not a date
        content/corrections.yaml:2: warning: stale correction: no article is read from articles/gone.txt (files are named from the content folder: articles/…)
        content/corrections.yaml:4: warning: stale correction: no article's outlet is 'Nowhere FM'""",
        problems.stream().map(d -> d.format().lines().findFirst().orElseThrow()).collect(Collectors.joining("\n")));
  }
}
