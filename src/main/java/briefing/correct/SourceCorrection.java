package briefing.correct;

import briefing.model.Article;
import briefing.model.Content;
import java.util.List;
import java.util.Optional;

/**
 * One of the editor's corrections of the articles' metadata (an outlet, a date), applied right
 * after ingest so that analysis resolves "on Tuesday" against the corrected date.
 */
public interface SourceCorrection {
  /** The line of corrections.yaml the entry starts on, for messages. */
  int line();

  /**
   * Corrects the matching {@code articles} in place ({@code content} says where each file lies);
   * returns why it matched none, or empty where it applied.
   */
  Optional<String> apply(Content content, List<Article> articles);
}
