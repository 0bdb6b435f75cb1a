package briefing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared data folder the repository is expected to sit beside ({@code ../shared}: the seeds as
 * scraped and the evaluation data sets). A test that needs it and does not find it is skipped with
 * a message saying what is missing, or fails when {@code BRIEFING_REQUIRE_SHARED} is set.
 */
public final class SharedData {
  /** Set (to anything but "0") to fail, rather than skip, a test whose shared data is missing. */
  public static final String REQUIRE = "BRIEFING_REQUIRE_SHARED";
  /** The folder, relative to the repository root that Maven runs the tests in. */
  public static final Path ROOT = Path.of("..", "shared");

  private SharedData() {}

  /**
   * Returns {@code ../shared/relative} when it exists; otherwise skips the calling test, printing
   * what is missing and where it was looked for, or fails it when {@link #REQUIRE} is set.
   */
  public static Path require(String relative) {
    Path path = ROOT.resolve(relative);
    if (Files.exists(path)) {
      return path;
    }
    String message = "needs " + path + " (looked for " + path.toAbsolutePath().normalize() + "): put the shared "
        + "data folder, with seeds/ and data/, beside the repository as ../shared";
    String require = System.getenv(REQUIRE);
    if (require != null && !require.isBlank() && !require.equals("0")) {
      Assertions.fail(REQUIRE + " is set but the test " + message);
    }
    // Printed as well: Maven lists skipped tests without their reason.
    System.out.println("Skipping a test that " + message + " (set " + REQUIRE + "=1 to fail instead)");
    Assumptions.abort("skipped: the test " + message);
    return path;
  }
}
