package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
    Files.copy(Path.of("briefing"), dir.resolve("briefing"), StandardCopyOption.REPLACE_EXISTING);
    // A jar newer than the (absent) sources: the launcher does not try to build the tool.
    Files.createDirectories(dir.resolve("target"));
    Files.writeString(dir.resolve("target/briefing.jar"), "");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
    bin.resolve("java").toFile().setExecutable(true);
    ProcessBuilder process = new ProcessBuilder("/bin/bash", dir.resolve("briefing").toString(), "build")
        .redirectErrorStream(true);
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
    assertEquals("-Xmx2g -cp", args.substring(0, "-Xmx2g -cp".length()), args);
  }

  @Test
  void briefingJavaOptsReplacesTheDefaultOptions() throws Exception {
    String args = launch(Map.of("BRIEFING_JAVA_OPTS", "-Xmx512m -Dfile.encoding=UTF-8"));
    assertEquals("-Xmx512m -Dfile.encoding=UTF-8 -cp", args.substring(0, args.indexOf(" -cp") + 4), args);
    assertTrue(args.endsWith("briefing.Main build"), args);
  }
}
