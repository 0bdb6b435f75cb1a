package briefing.bench;

import briefing.Pipeline;
import briefing.config.Settings;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One build of a project folder in memory, as {@code briefing build} runs it (the same
 * {@link Pipeline}, nothing written), printing how long cross-referencing and rendering took:
 * {@code crossref-ms render-ms articles}. Run by {@link ScaleBenchmark} in a fresh JVM per build,
 * so the times include what a user's build pays for loading and compiling the code.
 */
public final class StageTimes {
  private StageTimes() {}

  public static void main(String[] args) {
    Path project = Path.of(args[0]);
    Settings settings = new Settings(project.resolve("content"), project.resolve("site"),
        project.resolve("templates"), false);
    long[] at = new long[2];
    Pipeline.Outcome outcome = Pipeline.run(settings, stage -> {
      if (stage.startsWith("cross-referencing")) {
        at[0] = System.nanoTime();
      } else if (stage.startsWith("rendering")) {
        at[1] = System.nanoTime();
      }
    });
    long end = System.nanoTime();
    System.out.printf(Locale.ROOT, "%.1f %.1f %d%n", (at[1] - at[0]) / 1e6, (end - at[1]) / 1e6,
        outcome.articles());
  }
}
