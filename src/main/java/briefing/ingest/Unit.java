package briefing.ingest;

import briefing.model.BlockKind;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One piece of a file's text before cleaning: a line or paragraph of a text file, a Markdown
 * block, a block of a web page.
 *
 * @param kind what the reader saw it as (the cleaner may still call it noise or a caption)
 * @param text its text, whitespace folded
 * @param line the 1-based line of the file it starts on, or 0 where unknown
 */
public record Unit(BlockKind kind, String text, int line) {
  public Unit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    text = ControlCharacters.strip(text);
  }

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

  /** Folds runs of white space (including no-break and zero-width spaces) into one space. */
  public static String fold(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
