package briefing.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import briefing.Main;
import briefing.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden sites: each case folder under {@link #CASES} holds a {@code content/} folder and the site
 * {@code briefing build} must make of it, in {@code expected/}, byte for byte, with the build's
 * exit code and messages in {@code messages.txt}. The {@code seeds} case has no content of its
 * own: it builds the repository's {@code content/}, the sample story.
 *
 * <p>A case fails on any missing, extra or different file and lists them all, each different
 * text file with its first differing line. Run with {@code -Dgolden.update=true} to rewrite the
 * expectations from the current build instead, and review the change in {@code git diff}.
 *
 * <p>Each case's content is copied to {@code target/golden/CASE/content} and built from there,
 * so the analysis cache ({@code .briefing/}) is never written into the sources, every build
 * analyses from cold, and the path the build is given is the same on every machine (article
 * pages show the file as the command line named it).
 */
class GoldenSiteTest {
  /** The cases, read from and (with the update flag) written to the sources, not the class path. */
  static final Path CASES = Path.of("src", "test", "resources", "briefing", "golden");
  /** Where each case is copied and built; relative, so the pages name the same path everywhere. */
  static final Path WORK = Path.of("target", "golden");
  /** The case that builds the repository's own content/ rather than a folder of its own. */
  static final String SEEDS = "seeds";
  /** The system property that rewrites the expectations instead of comparing with them. */
  static final String UPDATE = "golden.update";

  static Stream<String> cases() throws IOException {
    assertTrue(Files.isDirectory(CASES), () -> "no golden cases in " + CASES.toAbsolutePath()
        + ": run the tests from the repository root, as Maven does");
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theBuiltSiteIsTheExpectedSiteByteForByte(String name) throws IOException {
    Path folder = CASES.resolve(name);
    Path work = WORK.resolve(name);
    deleteTree(work);
    Path content = work.resolve("content");
    copyTree(name.equals(SEEDS) ? Path.of("content") : folder.resolve("content"), content);
    Path site = work.resolve("site");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"build", "--content", content.toString(), "--out", site.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    String messages = "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    Map<String, byte[]> built = Files.isDirectory(site) ? read(site) : Map.of();

    if (Boolean.getBoolean(UPDATE)) {
      deleteTree(folder.resolve("expected"));
      for (Map.Entry<String, byte[]> file : built.entrySet()) {
        Path target = folder.resolve("expected").resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      Files.writeString(folder.resolve("messages.txt"), messages, StandardCharsets.UTF_8);
      System.out.println("golden: rewrote " + folder + " (" + built.size() + " files); review it with git diff");
      return;
    }

    Map<String, byte[]> expected = new TreeMap<>(read(folder.resolve("expected")));
    Map<String, byte[]> actual = new TreeMap<>(built);
    Path messagesFile = folder.resolve("messages.txt");
    if (Files.exists(messagesFile)) {
      expected.put("../messages.txt", Files.readAllBytes(messagesFile));
    }
    actual.put("../messages.txt", messages.getBytes(StandardCharsets.UTF_8));
    List<String> problems = SiteDiff.between(expected, actual);
    if (!problems.isEmpty()) {
      fail("golden case " + name + ": the build of " + content + " differs from " + folder
          + "/expected in " + problems.size() + " files:\n" + String.join("\n", problems)
          + "\nIf the change is intended, rewrite the expectations with\n"
          + "  mvn -q -B test -Dtest=GoldenSiteTest -D" + UPDATE + "=true\nand review them in git diff."
          + "\nThe build said:\n" + messages);
    }
  }

  /** Every file under {@code root} by its path relative to it, with {@code /} separators. */
  private static Map<String, byte[]> read(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return Map.of();
    }
    Map<String, byte[]> files = new TreeMap<>();
    TestFiles.read(root).forEach((path, bytes) -> files.put(path.replace('\\', '/'), bytes));
    return files;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
