package briefing.ingest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.ingest.Draft;
import briefing.ingest.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Markdown articles: each block with the line of the file it starts on, and in linear time. */
class MarkdownReaderTest {

  @Test
  void eachBlockCarriesTheLineOfTheFileItStartsOn() {
    String body = "# Harbour shut\n\nThe harbour was closed.\n\n> “Never seen waves like these.”\n\n"
        + "- ships wait\n- ferries stop\n\n\n\nLast paragraph\nwraps here.\n";
    Draft draft = new MarkdownReader().read(body, 5, "a.md", new ArrayList<>());
    assertEquals(List.of(5, 7, 9, 11, 12, 16), draft.units().stream().map(Unit::line).toList());
  }

  /**
   * A 3 MB article of 60,000 blocks: flexmark's own line numbers counted the lines from the top
   * for every block, which took over a minute for this file (and minutes for 10 MB); the linear
   * reader takes about 2 s. The time-out lies well between the two.
   */
  @Test
  @Timeout(20)
  void aThreeMegabyteArticleIsReadInOnePassWithItsLineNumbers() {
    StringBuilder body = new StringBuilder();
    int blocks = 0;
    while (body.length() < 3_000_000) {
      body.append("Paragraph ").append(blocks++).append(" says the harbour stayed shut.\n\n");
    }
    Draft draft = new MarkdownReader().read(body.toString(), 1, "big.md", new ArrayList<>());
    assertEquals(blocks, draft.units().size());
    assertEquals(2 * (blocks - 1) + 1, draft.units().get(blocks - 1).line());
  }

  @Test
  void lineStartsFindTheLineOfEveryOffset() {
    LineStarts lines = new LineStarts("ab\n\ncd\n");
    assertEquals(4, lines.count());
    assertEquals(List.of(0, 0, 0, 1, 2, 2, 2, 3),
        java.util.stream.IntStream.rangeClosed(0, 7).map(lines::lineOf).boxed().toList());
  }
}
