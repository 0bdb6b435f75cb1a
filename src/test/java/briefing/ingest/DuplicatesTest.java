package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Article;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Diagnostic;
import briefing.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles that are one text under two names are kept once; others are all kept. */
class DuplicatesTest {
  private static Article article(String id, String... paragraphs) {
    List<Block> blocks = new ArrayList<>();
    for (String p : paragraphs) {
      blocks.add(new Block(BlockKind.PARAGRAPH, p, blocks.size() + 1));
    }
    return new Article(id, "content/articles/" + id + ".txt", "text", Metadata.EMPTY, blocks, List.of(), List.of(), id);
  }

  @Test
  void caseAndPunctuationDoNotMakeAnotherText() {
    Article first = article("a", "The port closed on Tuesday, officials said.", "Ships wait offshore — ½ of them tankers.");
    Article copy = article("b", "THE PORT CLOSED ON TUESDAY OFFICIALS SAID", "ships wait... offshore: ½ of them (tankers)");
    List<Diagnostic> problems = new ArrayList<>();
    assertEquals(List.of(first), Duplicates.keepOnce(List.of(first, copy), problems));
    assertTrue(problems.get(0).message().contains("100% of the text in common"), problems.toString());
  }

  @Test
  void mostOfTheTextInCommonIsOneArticleLessIsTwo() {
    String shared = "the harbour authority said the storm had damaged the outer wall and that repairs would take "
        + "a month while ferries would sail from the northern quay until the work was done";
    Article first = article("a", shared, "Fishing boats stayed in port.");
    Article syndicated = article("b", shared, "Fishing boats stayed in port all week.");
    Article other = article("c", "A different report on the harbour, its ferries and its quay, told in its own words "
        + "about the storm and the month of repairs.");
    List<Diagnostic> problems = new ArrayList<>();
    assertEquals(List.of(first, other), Duplicates.keepOnce(List.of(first, syndicated, other), problems));
    assertEquals(1, problems.size());
    assertEquals("content/articles/b.txt", problems.get(0).file());
  }

  private static String words(String stem, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      text.append(stem).append(i).append(' ');
    }
    return text.toString().strip();
  }

  @Test
  void aCopyOfTwoArticlesIsNamedAfterTheOneItSharesMostWithTheEarlierBetweenEquals() {
    Article rivers = article("a", words("river", 30), "with three words more");
    Article hills = article("b", words("hill", 30));
    Article both = article("c", words("river", 30), words("hill", 30));
    List<Diagnostic> problems = new ArrayList<>();
    assertEquals(List.of(rivers, hills), Duplicates.keepOnce(List.of(rivers, hills, both), problems));
    assertEquals("same article as content/articles/b.txt (100% of the text in common); kept once",
        problems.get(0).message());

    Article lakes = article("d", words("lake", 30));
    Article fields = article("e", words("field", 30));
    Article again = article("f", words("lake", 30), words("field", 30));
    problems.clear();
    assertEquals(List.of(lakes, fields), Duplicates.keepOnce(List.of(lakes, fields, again), problems));
    assertEquals("same article as content/articles/d.txt (100% of the text in common); kept once",
        problems.get(0).message());
  }

  @Test
  void runsThatMoreThanFiftyArticlesShareAreBoilerplateNotCopying() {
    String notice = words("notice", 20);
    for (int reports : new int[] {50, 51}) {
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < reports; i++) {
        articles.add(article("r" + i, words("report" + i + "x", 20), notice));
      }
      // the notice and three words: most of its runs are the notice's
      Article shortOne = article("s", notice, "and nothing else");
      articles.add(shortOne);
      List<Diagnostic> problems = new ArrayList<>();
      List<Article> kept = Duplicates.keepOnce(articles, problems);
      assertEquals(reports == 51, kept.contains(shortOne), reports + " reports");
      assertEquals(reports == 51 ? 0 : 1, problems.size(), problems.toString());
    }
  }
}
