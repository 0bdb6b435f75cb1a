package briefing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The repository's own files, as git tracks them. */
class TrackedPathsTest {
  @Test
  void noTwoTrackedPathsDifferOnlyInCase() throws Exception {
    // On macOS and Windows file systems two such paths are one file: a checkout there silently
    // loses one of them. Folders count too: src/Foo/a and src/foo/b land in one folder.
    Map<String, TreeSet<String>> byFoldedName = new TreeMap<>();
    for (String file : trackedFiles()) {
      for (int slash = file.indexOf('/'); ; slash = file.indexOf('/', slash + 1)) {
        String path = slash < 0 ? file : file.substring(0, slash);
        byFoldedName.computeIfAbsent(path.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(path);
        if (slash < 0) {
          break;
        }
      }
    }
    List<String> clashes = byFoldedName.values().stream().filter(spellings -> spellings.size() > 1)
        .map(spellings -> String.join(" and ", spellings)).toList();
    assertTrue(clashes.isEmpty(), () -> "tracked paths that differ only in case (one file on a case-insensitive "
        + "file system; rename one):\n" + String.join("\n", clashes));
  }

  /** The tracked files, from {@code git ls-files}; skips the test when git or a checkout is missing. */
  private static List<String> trackedFiles() throws IOException, InterruptedException {
    Process git;
    try {
      git = new ProcessBuilder("git", "ls-files", "-z").redirectErrorStream(false).start();
    } catch (IOException e) {
      String message = "Skipping the tracked-paths check: git cannot be run (" + e.getMessage() + ")";
      System.out.println(message);
      Assumptions.abort(message);
      throw e;
    }
    git.getOutputStream().close();
    byte[] listing = git.getInputStream().readAllBytes();
    String error = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (git.waitFor() != 0) {
      String message = "Skipping the tracked-paths check: not a git checkout (git ls-files: " + error + ")";
      System.out.println(message);
      Assumptions.abort(message);
    }
    List<String> files = new ArrayList<>();
    for (String file : new String(listing, StandardCharsets.UTF_8).split("\0")) {
      if (!file.isEmpty()) {
        files.add(file);
      }
    }
    assertTrue(files.contains("pom.xml"), () -> "git ls-files did not list pom.xml; run the tests from the repository root");
    return files;
  }
}
