package briefing.ingest;

import briefing.model.Diagnostic;
import java.util.List;

/** Reads one kind of input file into a {@link Draft}; one implementation per format. */
public interface ArticleReader {
  /** The name of the format, as shown to users and stored on the article ("text"). */
  String format();

  /** The file name endings this reader takes, lower case, without the dot. */
  List<String> extensions();

  /**
   * The file's text: by default as briefing's decoder read it ({@code guessed}); a format that
   * declares its own encoding (a web page's {@code <meta charset>}) reads the bytes again.
   */
  default String decode(byte[] bytes, String guessed) {
    return guessed;
  }

  /**
   * Reads a file's body (its front matter already removed).
   *
   * @param body the text after the front matter
   * @param firstLine the 1-based line of the file on which {@code body} starts
   * @param file the file's name for diagnostics
   * @param problems where problems with the file are reported
   */
  Draft read(String body, int firstLine, String file, List<Diagnostic> problems);
}
