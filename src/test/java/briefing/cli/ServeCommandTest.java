package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing serve} as an editor uses it: open a page, change an article and see the page
 * change, break a template and see the error, fix it and see the site again, stop the server.
 */
class ServeCommandTest {
  /** The first build loads the language models; the test waits this long for anything. */
  private static final Duration PATIENCE = Duration.ofSeconds(180);

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicInteger exit = new AtomicInteger(-1);
  private Thread server;

  private static String article(String headline) {
    return """
        ---
        published: 2023-02-07
        outlet: Harbour Post
        ---
        %s

        PORTSMOUTH - The harbour was closed on Tuesday as a storm swept the coast, the port authority said.
        """.formatted(headline);
  }

  private int start(Path content, Path templates) throws InterruptedException {
    server = new Thread(() -> exit.set(Main.run(new String[] {"serve", "--content", content.toString(),
        "--templates", templates.toString(), "--port", "0"}, new PrintWriter(out, true), new PrintWriter(err, true))),
        "serve-under-test");
    server.start();
    Pattern serving = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = serving.matcher(out.toString());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      assertTrue(server.isAlive(), () -> "serve stopped: " + out + err);
      Thread.sleep(50);
    }
    throw new AssertionError("serve did not start: " + out + err);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.interrupt();
      server.join(PATIENCE.toMillis());
    }
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Asks for {@code path} until the answer passes {@code test}; polls, never sleeps blindly. */
  private HttpResponse<String> await(int port, String path, Predicate<HttpResponse<String>> test)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = get(port, path);
      if (test.test(last)) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("gave up waiting for " + path + "; last answer " + last.statusCode() + ":\n"
        + last.body() + "\nserve said:\n" + out + err);
  }

  @Test
  void thePreviewFollowsTheEditorsChangesAndShowsErrorsUntilTheyAreFixed() throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("articles"));
    Files.writeString(content.resolve("briefing.md"), "---\ntitle: Harbour storm\n---\nThe storm in brief.\n");
    Path article = Files.writeString(content.resolve("articles/a.txt"), article("Storm closes harbour as ships wait"));
    Files.writeString(content.resolve("articles/b.txt"), article("Ferries cancelled along the coast")
        .replace("The harbour was closed", "All ferries were cancelled"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    int port = start(content, templates);

    HttpResponse<String> page = get(port, "/articles/a.html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Storm closes harbour as ships wait"), page.body());
    assertTrue(page.body().contains("<script src=\"/__briefing/reload.js?v="), "open pages reload themselves");
    assertTrue(page.body().contains("connect-src 'self'"), "the page's policy lets the script ask for the version");
    assertEquals(200, get(port, "/").statusCode());
    assertTrue(get(port, "/__briefing/reload.js").body().contains("location.reload()"));
    String version = get(port, "/__briefing/version").body();
    assertEquals(404, get(port, "/no-such-page.html").statusCode());

    // An open page's request for a newer version waits for the rebuild and is answered by it.
    var waiting = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/__briefing/version?since=" + version)).timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
    Thread.sleep(300);
    assertFalse(waiting.isDone(), "no rebuild yet: the request waits");
    Files.writeString(article, article("Harbour reopens as the storm passes"));
    String rebuilt = waiting.get(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).body();
    assertFalse(rebuilt.equals(version), "open pages learn of the rebuild as soon as it is served");
    await(port, "/articles/a.html", r -> r.body().contains("Harbour reopens as the storm passes"));

    Files.writeString(templates.resolve("index.ftlh"), "<html>\n${noSuchThing.title}\n</html>\n");
    HttpResponse<String> broken = await(port, "/", r -> r.statusCode() == 500);
    assertTrue(broken.body().contains("templates/index.ftlh:2</code>"), broken.body());
    assertTrue(broken.body().contains("<script src=\"/__briefing/reload.js?v="), "the error page reloads too");
    assertTrue(err.toString().contains("index.ftlh:2: error: template error"), err::toString);

    Files.delete(templates.resolve("index.ftlh"));
    Files.writeString(article, article("Harbour reopens").replace("published: 2023-02-07", "published: <b>soon</b>"));
    HttpResponse<String> frontMatter = await(port, "/articles/a.html",
        r -> r.statusCode() == 500 && r.body().contains("a.txt:2"));
    assertTrue(frontMatter.body().contains("published: '&lt;b&gt;soon&lt;/b&gt;' is not a date"), frontMatter.body());

    Files.writeString(article, article("Harbour reopens after two days"));
    await(port, "/", r -> r.statusCode() == 200 && r.body().contains("Harbour storm"));
    assertTrue(get(port, "/articles/a.html").body().contains("Harbour reopens after two days"));
    assertTrue(out.toString().contains("analysis: 1 analysed, 1 from the cache"),
        "a rebuild analyses only the article that changed: " + out);

    server.interrupt();
    server.join(PATIENCE.toMillis());
    assertEquals(0, exit.get(), err::toString);
    assertTrue(out.toString().contains("stopped"), out::toString);
    assertThrows(IOException.class, () -> get(port, "/"), "the port is closed");
  }

  @Test
  void whatServeAddsIsNeverInTheBuiltSite() throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("articles"));
    Files.writeString(content.resolve("articles/a.txt"), article("Storm closes harbour as ships wait"));
    Path site = dir.resolve("site");
    assertEquals(0, Main.run(new String[] {"build", "--content", content.toString(), "--out", site.toString(),
        "--templates", dir.resolve("templates").toString()}, new PrintWriter(out, true), new PrintWriter(err, true)), err::toString);
    int port = start(content, dir.resolve("templates"));
    for (String path : new String[] {"index.html", "articles/a.html", "assets/style.css", "briefing.json"}) {
      String built = Files.readString(site.resolve(path));
      String served = get(port, "/" + path).body();
      assertFalse(built.contains("__briefing"), path);
      // the bundled theme's policy already allows the reload script's requests: only the tag differs
      String withoutReload = served.replaceFirst("<script src=\"/__briefing/reload\\.js\\?v=\\d+\" defer></script>", "");
      assertEquals(built, withoutReload, "serve shows the files build writes: " + path);
    }
  }

  @Test
  void aTakenPortIsSaidPlainly() throws Exception {
    try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Path content = Files.createDirectories(dir.resolve("content/articles")).getParent();
      Files.writeString(content.resolve("articles/a.txt"), article("Storm closes harbour as ships wait"));
      assertEquals(1, Main.run(new String[] {"serve", "--content", content.toString(), "--port",
          String.valueOf(taken.getLocalPort()), "--quiet"}, new PrintWriter(out, true), new PrintWriter(err, true)));
      assertTrue(err.toString().contains("error: port " + taken.getLocalPort() + " is in use"), err::toString);
      assertEquals("", out.toString(), "--quiet says only what went wrong");
    }
  }
}
