package briefing.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the browser tests find Chromium, its driver and axe-core: the environment variables
 * {@code BRIEFING_CHROMIUM}, {@code BRIEFING_CHROMEDRIVER} and {@code BRIEFING_AXE} when set,
 * else the paths Debian's packages and {@code npm ci --prefix src/test/js} install to.
 */
record BrowserTools(Optional<Path> chromium, Optional<Path> chromedriver, Optional<Path> axe) {
  /** Set (to anything but "0") in CI: a missing tool then fails the browser tests instead of skipping them. */
  static final String REQUIRE = "BRIEFING_REQUIRE_BROWSER";

  /** Looks for the three tools on this machine. */
  static BrowserTools find() {
    return new BrowserTools(
        first("BRIEFING_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"),
        first("BRIEFING_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"),
        first("BRIEFING_AXE", "src/test/js/node_modules/axe-core/axe.min.js"));
  }

  /** Whether this run must fail, rather than skip, when a tool is missing. */
  static boolean required() {
    String value = System.getenv(REQUIRE);
    return value != null && !value.isBlank() && !value.equals("0");
  }

  /**
   * Returns the tools when all three are here; otherwise fails the calling test when the run
   * requires them ({@link #REQUIRE}) and skips it, saying what to install, when it does not.
   */
  static BrowserTools requireOrSkip() {
    BrowserTools tools = find();
    Optional<String> missing = tools.missing();
    if (missing.isPresent() && required()) {
      Assertions.fail(REQUIRE + " is set but " + missing.get());
    }
    if (missing.isPresent()) {
      // Printed as well: Maven lists skipped tests without their reason.
      String message = "Skipping the browser checks: " + missing.get();
      System.out.println(message);
      Assumptions.abort(message);
    }
    return tools;
  }

  /** Returns what is missing and how to install it, or empty when all three are here. */
  Optional<String> missing() {
    List<String> lines = new ArrayList<>();
    if (chromium.isEmpty()) {
      lines.add("no Chromium (install: sudo apt-get install chromium, or set BRIEFING_CHROMIUM)");
    }
    if (chromedriver.isEmpty()) {
      lines.add("no chromedriver (install: sudo apt-get install chromium-driver, or set BRIEFING_CHROMEDRIVER)");
    }
    if (axe.isEmpty()) {
      lines.add("no axe-core (install: npm ci --prefix src/test/js, or set BRIEFING_AXE to axe.min.js)");
    }
    return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", lines));
  }

  private static Optional<Path> first(String variable, String... candidates) {
    String set = System.getenv(variable);
    Stream<String> paths = set != null && !set.isBlank() ? Stream.of(set) : Stream.of(candidates);
    return paths.map(Path::of).filter(Files::isRegularFile).findFirst();
  }
}
