package briefing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real build process killed while it writes the site: the next build repairs what it left by
 * itself. (The states a kill can leave are also made directly in {@code PublisherTest}.)
 */
class InterruptedBuildTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private String[] build() {
    return new String[] {"build", "--content", dir.resolve("content").toString(), "--out",
        dir.resolve("site").toString(), "--templates", dir.resolve("templates").toString()};
  }

  private int buildInProcess() {
    err.getBuffer().setLength(0);
    return Main.run(build(), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
  }

  @Test
  @Timeout(300)
  void aBuildKilledWhileWritingTheSiteIsRepairedByTheNextBuild() throws Exception {
    Files.createDirectories(dir.resolve("content/articles"));
    Files.writeString(dir.resolve("content/briefing.md"), "---\ntitle: Harbour storm\n---\n");
    Files.writeString(dir.resolve("content/articles/a.txt"), "Storm closes harbour\n\n"
        + "PORTSMOUTH (Reuters) - The harbour was closed on Tuesday as a storm swept the coast, the port authority said.\n");
    // Thousands of small theme files make writing the site take long enough to be cut short.
    Path assets = Files.createDirectories(dir.resolve("templates/assets"));
    for (int i = 0; i < 3000; i++) {
      Files.writeString(assets.resolve(String.format("file-%04d.css", i)), "/* " + i + " */\n".repeat(50));
    }
    assertEquals(0, buildInProcess(), err::toString);

    boolean cutShort = false;
    for (int attempt = 0; attempt < 3 && !cutShort; attempt++) {
      Files.writeString(dir.resolve("templates/assets/file-0000.css"), "/* attempt " + attempt + " */\n");
      cutShort = killWhenTheNewSiteAppears();
      assertTrue(Files.isDirectory(dir.resolve("site")) || Files.isDirectory(dir.resolve(".site.old")),
          "a previous site survives the kill");
      assertEquals(0, buildInProcess(), err::toString);
      assertEquals(List.of("content", "site", "templates"), listing(), "the leftovers are cleared");
      assertTrue(Files.readString(dir.resolve("site/assets/file-0000.css")).contains("attempt " + attempt));
    }
    assertTrue(cutShort, "the build was never killed while writing the site");
  }

  /** Starts a build process and kills it once {@code .site.new} appears; whether that happened. */
  private boolean killWhenTheNewSiteAppears() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx1g",
        "-Dorg.freemarker.loggerLibrary=none", "-cp", classPath, "briefing.Main"));
    command.addAll(List.of(build()));
    try (WatchService watch = FileSystems.getDefault().newWatchService()) {
      dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("build.log").toFile()).start();
      try {
        while (process.isAlive()) {
          WatchKey key = watch.poll(50, TimeUnit.MILLISECONDS);
          if (key == null) {
            continue;
          }
          boolean appeared = key.pollEvents().stream().anyMatch(e -> e.context().toString().equals(".site.new"));
          key.reset();
          if (appeared) {
            process.destroyForcibly().waitFor();
            break;
          }
        }
        process.waitFor();
      } finally {
        process.destroyForcibly();
      }
      boolean killed = process.exitValue() != 0 && Files.exists(dir.resolve(".site.new"));
      assertFalse(process.exitValue() != 0 && !killed, () -> "the build failed by itself: " + log());
      Files.deleteIfExists(dir.resolve("build.log"));
      return killed;
    }
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("build.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private List<String> listing() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".briefing")).sorted().toList();
    }
  }

}
