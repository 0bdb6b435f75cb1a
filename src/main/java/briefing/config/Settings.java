package briefing.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a build reads and writes.
 *
 * @param content the content folder (articles and the editor's files)
 * @param out the output folder, replaced as a whole by each build
 * @param templates the project's own templates, overriding the bundled theme file by file
 * @param force whether an output folder holding files briefing did not write may be replaced
 */
public record Settings(Path content, Path out, Path templates, boolean force) {
  public static final Path DEFAULT_CONTENT = Path.of("content");
  public static final Path DEFAULT_OUT = Path.of("site");
  public static final Path DEFAULT_TEMPLATES = Path.of("templates");

  public Settings {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(templates, "templates");
  }

  /**
   * Where analyses are kept between builds: {@code .briefing/analysis} in the project folder,
   * the folder that holds the content folder.
   */
  public Path cache() {
    return kept().resolve("analysis");
  }

  /** Where articles as read are kept between builds: {@code .briefing/reading} beside {@code cache()}. */
  public Path readings() {
    return kept().resolve("reading");
  }

  /**
   * Where the build lists the files whose analyses are all cached ({@code .briefing/analysed}):
   * the launcher reads it to know that a rebuild has nothing to analyse.
   */
  public Path analysedFiles() {
    return kept().resolve("analysed");
  }

  private Path kept() {
    Path parent = content.toAbsolutePath().normalize().getParent();
    return (parent == null ? Path.of("").toAbsolutePath() : parent).resolve(".briefing");
  }

  /** A path as it is shown in messages: as the user gave it, with forward slashes. */
  public static String shown(Path path) {
    String text = path.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
