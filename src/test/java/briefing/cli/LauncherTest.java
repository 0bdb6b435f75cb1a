package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import briefing.ingest.Ingest;
import briefing.text.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code briefing} launcher script, run with a stand-in {@code java} that prints its
 * arguments: what the JVM is started with.
 */
class LauncherTest {
  @TempDir Path dir;

  private String launch(Map<String, String> env) throws IOException, InterruptedException {
    return launch(env, "build");
  }

  private String launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
    Files.copy(Path.of("briefing"), dir.resolve("briefing"), StandardCopyOption.REPLACE_EXISTING);
    // A jar newer than the (absent) sources: the launcher does not try to build the tool.
    Files.createDirectories(dir.resolve("target"));
    Files.writeString(dir.resolve("target/briefing.jar"), "");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
    bin.resolve("java").toFile().setExecutable(true);
    List<String> command = new ArrayList<>(List.of("/bin/bash", dir.resolve("briefing").toString()));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    process.environment().remove("BRIEFING_JAVA_OPTS");
    process.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    process.environment().putAll(env);
    Process p = process.start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), printed);
    return printed;
  }

  @Test
  void theJvmIsGivenAHeapLimit() throws Exception {
    String args = launch(Map.of());
    assertTrue(args.startsWith("-Xmx2g "), args);
  }

  @Test
  void briefingJavaOptsReplacesTheDefaultOptions() throws Exception {
    String args = launch(Map.of("BRIEFING_JAVA_OPTS", "-Xmx512m -Dfile.encoding=UTF-8"));
    assertTrue(args.startsWith("-Xmx512m -Dfile.encoding=UTF-8 -XX:"), args);
    assertTrue(args.endsWith("briefing.Main build"), args);
  }

  /** A content folder of {@code n} articles in the launcher's folder. */
  private Path story(String name, int n) throws IOException {
    Path articles = Files.createDirectories(dir.resolve(name).resolve("articles"));
    for (int i = 0; i < n; i++) {
      Files.writeString(articles.resolve(i + ".txt"), "An article.\n");
    }
    return dir.resolve(name);
  }

  @Test
  void smallStoriesAreBuiltWithTheQuickCompilerOnly() throws Exception {
    story("content", 5);
    assertTrue(launch(Map.of()).contains("-XX:TieredStopAtLevel=1"), "the default content folder");
    Path small = story("small", 100);
    assertTrue(launch(Map.of(), "build", "--content", small.toString()).contains("-XX:TieredStopAtLevel=1"));
    assertTrue(launch(Map.of(), "check", "--content=" + small).contains("-XX:TieredStopAtLevel=1"));
  }

  @Test
  void bigStoriesAndTheLivePreviewKeepTheOptimisingCompilerAndOnlyBuildsUseTheBatchCollector() throws Exception {
    Path big = story("big", 101);
    String build = launch(Map.of(), "build", "--content", big.toString());
    assertFalse(build.contains("TieredStopAtLevel"), build);
    assertTrue(build.contains("-XX:+UseParallelGC"), "a build is a batch job: " + build);
    story("content", 5);
    String serve = launch(Map.of(), "serve");
    assertFalse(serve.contains("TieredStopAtLevel"), "serve rebuilds in one JVM for hours");
    assertFalse(serve.contains("UseParallelGC"), "serve keeps the collector with short pauses");
    assertFalse(launch(Map.of("BRIEFING_JAVA_OPTS", "-Xmx1g")).contains("TieredStopAtLevel"),
        "BRIEFING_JAVA_OPTS replaces every default");
  }

  @Test
  void aBigStoryWhoseFilesTheLastBuildListedAsAnalysedIsRebuiltWithTheQuickCompiler() throws Exception {
    Path big = story("big", 101);
    Path list = dir.resolve(".briefing/analysed");
    Files.createDirectories(list.getParent());
    Files.writeString(list, Hashes.sha256Hex("An article.\n".getBytes(StandardCharsets.UTF_8)) + "\n");
    Files.setLastModifiedTime(list, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertTrue(launch(Map.of(), "build", "--content", big.toString()).contains("-XX:TieredStopAtLevel=1"),
        "every article file is listed: nothing to analyse");
    // a copy or a checkout makes every file newer than the list: their bytes decide, not their times
    Files.setLastModifiedTime(big.resolve("articles/3.txt"), FileTime.fromMillis(System.currentTimeMillis() + 120_000));
    assertTrue(launch(Map.of(), "build", "--content", big.toString()).contains("-XX:TieredStopAtLevel=1"));
    Files.writeString(big.resolve("articles/7.txt"), "An edited article.\n");
    assertFalse(launch(Map.of(), "build", "--content", big.toString()).contains("TieredStopAtLevel"),
        "an article changed since the last analysis: CoreNLP needs the optimising compiler");
    Files.writeString(big.resolve("articles/7.txt"), "An article.\n");
    Files.setLastModifiedTime(list, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    assertFalse(launch(Map.of(), "build", "--content", big.toString()).contains("TieredStopAtLevel"),
        "a list older than the tool: its analyser may read the articles otherwise");
    story("content", 5);
    assertFalse(launch(Map.of(), "serve").contains("TieredStopAtLevel"));
  }

  @Test
  void aBuildListsTheArticleFilesWhoseAnalysesAreCached() throws Exception {
    // the list the launcher reads is the one a build writes, in the same hash
    Path content = story("content", 3);
    Files.writeString(content.resolve("articles/1.txt"), "A second article, other words.\n");
    Files.writeString(content.resolve("articles/2.txt"), "\n\n");
    Files.writeString(content.resolve("articles/3.txt"), "An article.\n");
    Ingest.Result read = Ingest.standard().read(content, "content");
    assertEquals(java.util.Set.of(Hashes.sha256Hex("An article.\n".getBytes(StandardCharsets.UTF_8)),
        Hashes.sha256Hex("A second article, other words.\n".getBytes(StandardCharsets.UTF_8)),
        Hashes.sha256Hex("\n\n".getBytes(StandardCharsets.UTF_8))), read.read(),
        "a duplicate dropped and a file that holds no article are listed too");
  }

  @Test
  void theFirstRunAfterABuildMakesAClassArchiveAndLaterRunsUseIt() throws Exception {
    String first = launch(Map.of());
    assertTrue(first.contains("-XX:ArchiveClassesAtExit=" + dir.resolve("target/briefing.jsa")), first);

    Files.writeString(dir.resolve("target/briefing.jsa"), "archive");
    Files.setLastModifiedTime(dir.resolve("target/briefing.jsa"),
        FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    String later = launch(Map.of());
    assertTrue(later.contains("-XX:SharedArchiveFile=" + dir.resolve("target/briefing.jsa")), later);
    assertTrue(later.contains("-Xlog:cds=off"), "an archive the JVM cannot use is ignored silently");
  }
}
