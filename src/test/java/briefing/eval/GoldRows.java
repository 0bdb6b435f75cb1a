package briefing.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rows of a hand-made gold file: tab-separated, "#" opening a comment line. */
final class GoldRows {
  private GoldRows() {}

  /**
   * The columns of each row of {@code gold} that is no comment or blank line; a row with fewer
   * than {@code columns} is an error naming the file and line.
   */
  static List<String[]> read(Path gold, int columns) {
    try {
      List<String[]> rows = new ArrayList<>();
      int line = 0;
      for (String row : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] cols = row.split("\t", -1);
        if (cols.length < columns) {
          throw new IllegalStateException(gold + ":" + line + ": " + columns
              + " tab-separated columns expected");
        }
        rows.add(cols);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
