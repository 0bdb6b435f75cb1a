package briefing.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One article as read from {@code content/}: its metadata, its clean text and what was removed.
 *
 * @param id a stable id, unique in the briefing, usable in a file name and URL ("000-6c6f23fb")
 * @param file the source file, relative to the project ("content/articles/a.txt")
 * @param format the reader that read it ("text", "html", "markdown")
 * @param metadata title, outlet, date and the rest, each with where it came from
 * @param blocks the article's text in reading order
 * @param credits photographers and others credited besides the writers
 * @param noise what was removed as page noise
 * @param contentHash SHA-256 of the file's bytes, in hex
 */
public record Article(
    String id,
    String file,
    String format,
    Metadata metadata,
    List<Block> blocks,
    List<Credit> credits,
    List<Noise> noise,
    String contentHash) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  public Article {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("article id must be lowercase letters, digits, '-': " + id);
    }
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(metadata, "metadata");
    blocks = List.copyOf(blocks);
    credits = List.copyOf(credits);
    noise = List.copyOf(noise);
    Objects.requireNonNull(contentHash, "contentHash");
  }

  /** The article's paragraphs, headings and quotes, without its captions. */
  public List<Block> text() {
    return blocks.stream().filter(b -> b.kind() != BlockKind.CAPTION).toList();
  }

  /**
   * Whether block {@code block} is a photo caption; false for a headline's (a negative index) or
   * one past the blocks.
   */
  public boolean caption(int block) {
    return block >= 0 && block < blocks.size() && blocks.get(block).kind() == BlockKind.CAPTION;
  }

  /** The article's photo captions. */
  public List<Block> captions() {
    return blocks.stream().filter(b -> b.kind() == BlockKind.CAPTION).toList();
  }
}
