package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --quiet, --verbose and the progress line of build, check and serve. */
class OutputOptionsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path content() throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("articles"));
    Files.writeString(content.resolve("briefing.md"), "---\ntitle: Harbour storm\n---\n");
    // No outlet: the build warns, and --quiet leaves the warning out.
    Files.writeString(content.resolve("articles/a.txt"), """
        ---
        published: 2023-02-07
        ---
        Storm closes harbour as ships wait offshore

        The harbour was closed on Tuesday as a storm swept the coast, the port authority said.
        """);
    return content;
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static OutputOptions options(boolean quiet, boolean verbose) {
    OutputOptions options = new OutputOptions();
    options.quiet = quiet;
    options.verbose = verbose;
    return options;
  }

  @Test
  void onATerminalOneLineIsRewrittenInPlaceAndClearedAtTheEnd() {
    Progress progress = Progress.of(new PrintWriter(err), options(false, false), true);
    progress.accept("reading content/");
    progress.accept("analysing 3 articles");
    progress.done();
    assertEquals("\r\u001b[Kreading content/ ...\r\u001b[Kanalysing 3 articles ...\r\u001b[K", err.toString());
  }

  @Test
  void elsewhereThereIsNoProgressLineAndVerboseGivesPlainLines() {
    Progress.of(new PrintWriter(err), options(false, false), false).accept("reading content/");
    Progress.of(new PrintWriter(err), options(true, false), true).accept("reading content/");
    assertEquals("", err.toString(), "nothing in a pipe, nothing with --quiet");
    Progress verbose = Progress.of(new PrintWriter(err), options(false, true), true);
    verbose.accept("reading content/");
    verbose.done();
    assertTrue(err.toString().matches("\\[ +\\d+\\.\\d s\\] reading content/\\R"), err::toString);
  }

  @Test
  void quietSaysOnlyWhatWentWrongAndVerboseSaysEachStage() throws IOException {
    Path content = content();
    String[] build = {"build", "--content", content.toString(), "--out", dir.resolve("site").toString(),
        "--templates", dir.resolve("templates").toString()};
    assertEquals(0, run(append(build, "--quiet")), err::toString);
    assertEquals("", out.toString());
    assertEquals("", err.toString(), "the warning about the outlet is left out");
    assertTrue(Files.exists(dir.resolve("site/index.html")));

    deleteTree(content.getParent().resolve(".briefing")); // so the article is analysed again
    assertEquals(0, run(append(build, "--verbose")), err::toString);
    for (String stage : new String[] {"] reading ", "] analysing 1 articles",
        "] analysed 1 of 1 articles", "] cross-referencing",
        "] rendering the pages", "] writing "}) {
      assertTrue(err.toString().contains(stage), () -> stage + " in: " + err);
    }
    assertTrue(err.toString().contains("warning: outlet unknown"), err::toString);
    assertTrue(out.toString().contains("built "), out::toString);

    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    Files.writeString(content.resolve("articles/a.txt"), "---\npublished: soon\n---\nA headline\n\nText.\n");
    assertEquals(1, run("check", "--content", content.toString(), "-q"));
    assertEquals("", out.toString());
    assertTrue(err.toString().contains("error: published: 'soon' is not a date"), err::toString);
  }

  @Test
  void quietAndVerboseTogetherAreBadUsage() {
    assertEquals(2, run("check", "--quiet", "--verbose"));
    assertTrue(err.toString().contains("--quiet and --verbose contradict each other"), err::toString);
    assertEquals(2, run("serve", "-q", "-v"));
  }

  private static String[] append(String[] args, String more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }
}
