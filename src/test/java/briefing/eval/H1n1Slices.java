package briefing.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small stories cut from Timeline17's H1N1 articles ({@code ../shared/data/t17/H1N1/articles}):
 * each a few articles of a few days, named in a stories file ({@code slice<TAB>file} a line).
 * They are copied as story folders under {@code target/eval-cache/h1n1-slices} and read like the
 * BASIL events ({@link BasilStories#load}).
 */
final class H1n1Slices {
  static final Path ARTICLES = Path.of("../shared/data/t17/H1N1/articles");
  static final Path ROOT = Path.of("target/eval-cache/h1n1-slices");

  private H1n1Slices() {}

  /** Copies each slice's articles into its story folder; returns the slices in file order. */
  static List<String> materialise(Path storiesFile) {
    Map<String, List<String>> slices = new LinkedHashMap<>();
    try {
      for (String[] row : GoldRows.read(storiesFile, 2)) {
        slices.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
      }
      for (Map.Entry<String, List<String>> slice : slices.entrySet()) {
        Path folder = ROOT.resolve(slice.getKey()).resolve("articles");
        Files.createDirectories(folder);
        for (String file : slice.getValue()) {
          Path from = ARTICLES.resolve(file);
          if (!Files.isRegularFile(from)) {
            throw new IllegalStateException(storiesFile + ": no article " + from);
          }
          Files.copy(from, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(slices.keySet());
  }

  /** The slices of {@code storiesFile}, read and analysed. */
  static List<BasilStories.Story> load(Path storiesFile) {
    return BasilStories.load(ROOT, materialise(storiesFile));
  }
}
