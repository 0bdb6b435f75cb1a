package briefing.analyze;

import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small made-up articles for analysis tests, read the way a build reads them. */
final class Articles {
  private Articles() {}

  /** An article read from {@code text} as the file {@code name}. */
  static Article read(String name, String text) {
    List<Diagnostic> problems = new ArrayList<>();
    return Ingest.standard().readArticle(name, text.getBytes(StandardCharsets.UTF_8), problems)
        .orElseThrow(() -> new AssertionError("not read: " + problems));
  }

  /** A text article with a date in its front matter, a headline and paragraphs. */
  static Article dated(String published, String headline, String... paragraphs) {
    StringBuilder text = new StringBuilder("---\npublished: " + published + "\n---\n" + headline + "\n");
    for (String p : paragraphs) {
      text.append('\n').append(p).append('\n');
    }
    return read("article.txt", text.toString());
  }
}
