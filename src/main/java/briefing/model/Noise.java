package briefing.model;

import java.util.Objects;

/**
 * Text a reader removed from an article as page noise, kept so that the user can see what went.
 *
 * @param text the removed text
 * @param line the 1-based line of the source file, or 0 where unknown
 * @param reason why it was removed, in words a user understands ("comment form")
 */
public record Noise(String text, int line, String reason) {
  public Noise {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (unknown) or positive: " + line);
    }
  }
}
