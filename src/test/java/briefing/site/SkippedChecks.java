package briefing.site;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Says, before the first test runs, which checks this machine will skip and the one command that
 * installs what they need: the browser checks without Chromium, its driver and axe-core, and the
 * evaluation-data tests without {@code ../shared} beside the repository. Silent when nothing is
 * missing; in CI the browser checks fail instead of skipping ({@link BrowserTools#REQUIRE}).
 */
public final class SkippedChecks implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    BrowserTools.find().missing().ifPresent(missing -> System.out.println(
        (BrowserTools.required() ? "The browser checks will FAIL: " : "The browser checks will be skipped: ")
            + missing + ".\n  Install all three with: sudo apt-get install chromium chromium-driver"
            + " && npm ci --prefix src/test/js"));
    if (!Files.isDirectory(Path.of("../shared/data"))) {
      System.out.println("The tests that read ../shared (the seeds as scraped) will be skipped: put"
          + " the shared/ folder beside this repository to run them.");
    }
  }
}
