package briefing.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium driven through chromedriver: loads a page and reports its console errors and
 * every URL it requested. Both paths are given, so Selenium never looks for a driver or browser
 * to download.
 */
final class Browser implements AutoCloseable {
  /** What one page load did: console errors and the URLs of every request, in order. */
  record Visit(List<String> consoleErrors, List<String> requests) {
    Visit {
      consoleErrors = List.copyOf(consoleErrors);
      requests = List.copyOf(requests);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Quiet: Selenium warns when it has no DevTools bindings for this Chromium's version; this class
   * sends CDP commands through chromedriver instead and needs none. (Held so it is not collected.)
   */
  private static final java.util.logging.Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts a browser; with {@code javascript} false, pages run no script at all. */
  static Browser start(BrowserTools tools, boolean javascript) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(tools.chromium().orElseThrow().toFile());
    // No sandbox: CI runs as root, where Chromium's sandbox refuses to start. No background
    // networking: Chromium's own update and safe-browsing traffic is not the site's.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--disable-background-networking", "--disable-extensions", "--no-first-run", "--hide-scrollbars",
        "--force-device-scale-factor=1", "--lang=en-GB", "--window-size=1280,900");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
    if (!javascript) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(tools.chromedriver().orElseThrow().toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver);
  }

  /**
   * Loads a page, waits for its load event and then until the browser has been quiet for a
   * moment (the favicon and other late requests come after the load event), and reports what it
   * logged and requested.
   */
  Visit visit(String url) {
    drainLogs();
    driver.get(url);
    List<String> errors = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    boolean quiet = false;
    while (!quiet && System.nanoTime() < deadline) {
      int before = errors.size() + requests.size();
      collectLogs(errors, requests);
      quiet = errors.size() + requests.size() == before && before > 0;
      pause(Duration.ofMillis(150));
    }
    return new Visit(errors, requests);
  }

  private void collectLogs(List<String> errors, List<String> requests) {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = parse(entry.getMessage()).path("message");
      if (message.path("method").asText().equals("Network.requestWillBeSent")) {
        requests.add(message.path("params").path("request").path("url").asText());
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the page", e);
    }
  }

  /** Returns the rendered text of the page's {@code <main>}, empty when it has none. */
  String mainText() {
    return driver.findElements(By.tagName("main")).stream().map(e -> e.getText()).findFirst().orElse("");
  }

  /** Runs a script in the current page and returns its result, as WebDriver converts it. */
  Object script(String source, Object... arguments) {
    return driver.executeScript(source, arguments);
  }

  /** Runs an asynchronous script; it signals its result by calling its last argument. */
  Object asyncScript(String source, Object... arguments) {
    return driver.executeAsyncScript(source, arguments);
  }

  /**
   * Shows pages as a {@code width}×{@code height} viewport (a touch phone when {@code phone})
   * preferring the {@code scheme} colour scheme ("light" or "dark"), until called again.
   */
  void emulate(int width, int height, boolean phone, String scheme) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Writes a PNG of the current viewport. */
  void screenshot(Path png) throws IOException {
    Files.createDirectories(png.getParent());
    Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
  }

  private void drainLogs() {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("chromedriver wrote a log entry that is not JSON: " + json, e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
