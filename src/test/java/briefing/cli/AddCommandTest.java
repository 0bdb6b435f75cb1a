package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Main;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Diagnostic;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing add}: files copied and web pages fetched into content/articles/, never over a
 * file, never twice; every failure to fetch leaves no file. The pages are served on 127.0.0.1.
 */
class AddCommandTest {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <title>Talks end without a deal | Example News</title>
      <meta property="og:site_name" content="Example News">
      </head>
      <body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>
      <h1>Talks end without a deal</h1>
      <p>GENEVA (Example News) - Negotiators from both countries ended two days of talks on Tuesday
      without an agreement, but said they would meet again next month.</p>
      <p>“We have made progress on the smaller questions,” the lead negotiator, Anna Berg, told
      reporters outside the hotel where the talks were held.</p>
      <p>The talks are the first since the two governments broke off contact last year.</p>
      </article>
      </body>
      </html>
      """;
  private static final String TEXT = """
      Harbour stays shut as storm passes

      PORTSMOUTH - The harbour stayed closed on Wednesday as the storm moved east, the port
      authority said, and ships waited offshore for a second day.

      “We will open as soon as it is safe,” harbour master Tom Lee said.
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path content;
  private HttpServer server;
  private ExecutorService threads;
  private final CountDownLatch release = new CountDownLatch(1);

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("add", "--content", content.toString()));
    all.addAll(List.of(args));
    return Main.run(all.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeEach
  void story() throws IOException {
    content = dir.resolve("story/content");
    Files.createDirectories(content.resolve("articles"));
    Files.writeString(content.resolve("briefing.md"), "---\ntitle: A story\n---\n");
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    if (server != null) {
      server.stop(0);
      threads.shutdownNow();
    }
  }

  private List<String> articles() throws IOException {
    try (Stream<Path> files = Files.list(content.resolve("articles"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  // --- files

  @Test
  void aFileIsCopiedAndWhatItStillNeedsIsSaid() throws IOException {
    Path file = Files.writeString(dir.resolve("harbour.txt"), TEXT);
    assertEquals(0, run(file.toString()), err::toString);
    assertEquals(List.of("harbour.txt"), articles());
    assertEquals(TEXT, Files.readString(content.resolve("articles/harbour.txt")), "copied byte for byte");
    assertTrue(out.toString().contains("added " + content.toString().replace('\\', '/') + "/articles/harbour.txt"), out::toString);
    assertTrue(err.toString().contains("articles/harbour.txt:1: warning: publication date unknown"), err::toString);
    assertTrue(err.toString().contains("hint: add 'published: YYYY-MM-DD' to the front matter"), err::toString);
  }

  @Test
  void aTakenNameGetsANumberAndTheFileThereIsKept() throws IOException {
    Files.writeString(content.resolve("articles/harbour.txt"), "---\npublished: 2023-02-07\n---\n" + TEXT);
    Path other = Files.writeString(dir.resolve("harbour.txt"), PAGE_AS_TEXT);
    assertEquals(0, run(other.toString()), err::toString);
    assertEquals(List.of("harbour-2.txt", "harbour.txt"), articles());
    assertTrue(Files.readString(content.resolve("articles/harbour.txt")).startsWith("---\npublished"));
    assertTrue(out.toString().contains("harbour-2.txt (harbour.txt was taken)"), out::toString);
  }

  private static final String PAGE_AS_TEXT = """
      Talks end without a deal

      GENEVA (Example News) - Negotiators from both countries ended two days of talks on Tuesday
      without an agreement, but said they would meet again next month.
      """;

  @Test
  void theSameFileOrTheSameTextIsNotAddedTwice() throws IOException {
    Path file = Files.writeString(dir.resolve("harbour.txt"), TEXT);
    assertEquals(0, run(file.toString()), err::toString);
    assertEquals(0, run(file.toString()));
    assertTrue(err.toString().contains("harbour.txt: warning: is already there as "
        + content.toString().replace('\\', '/') + "/articles/harbour.txt; not added"), err::toString);
    // The same article with front matter added and Windows line ends: other bytes, same text.
    Path again = Files.writeString(dir.resolve("copy.txt"),
        ("---\noutlet: Harbour Post\n---\n" + TEXT).replace("\n", "\r\n"));
    assertEquals(0, run(again.toString()));
    assertTrue(err.toString().contains("copy.txt: warning: same article as "), err::toString);
    assertTrue(err.toString().contains("(100% of the text in common); not added"), err::toString);
    assertEquals(List.of("harbour.txt"), articles());
  }

  @Test
  void filesThatAreNotArticlesAreRefusedAndNothingIsWritten() throws IOException {
    Path pdf = Files.write(dir.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2});
    Path big = Files.writeString(dir.resolve("big.txt"), TEXT.repeat(20));
    assertEquals(1, run("--max-bytes", "1000", pdf.toString(), binary.toString(), big.toString(),
        dir.resolve("missing.txt").toString()));
    String said = err.toString();
    assertTrue(said.contains("report.pdf: error: not an article format briefing reads; not added"), said);
    assertTrue(said.contains("photo.txt: error: is binary data or in an unknown encoding; not added"), said);
    assertTrue(said.contains("big.txt: error: is 5,080 bytes;"), said);
    assertTrue(said.contains("articles are read up to 1,000 bytes; not added"), said);
    assertTrue(said.contains("missing.txt: error: no such file"), said);
    assertTrue(out.toString().contains("added 0 of 4"), out::toString);
    assertEquals(List.of(), articles());
  }

  @Test
  void aMissingContentFolderIsAnErrorNotANewFolder() {
    content = dir.resolve("nowhere");
    assertEquals(1, run(dir.resolve("a.txt").toString()));
    assertTrue(err.toString().contains("nowhere: error: content folder not found"), err::toString);
    assertFalse(Files.exists(content));
  }

  // --- web pages

  private String serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/news/2023/talks-end.html", e -> answer(e, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
    server.createContext("/moved", e -> redirect(e, "/news/2023/talks-end.html"));
    server.createContext("/loop-a", e -> redirect(e, "/loop-b"));
    server.createContext("/loop-b", e -> redirect(e, "/loop-a"));
    server.createContext("/photo.png", e -> answer(e, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    server.createContext("/missing", e -> answer(e, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/big-streamed", e -> {
      e.getResponseHeaders().set("Content-Type", "text/html");
      e.sendResponseHeaders(200, 0);  // chunked: the size shows only while reading
      try (OutputStream body = e.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          body.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException closedByTheClient) {
        // The client stops reading past the limit.
      }
    });
    server.createContext("/big-declared", e -> answer(e, 200, "text/html", PAGE.repeat(5).getBytes(StandardCharsets.UTF_8)));
    server.createContext("/never", e -> {
      try {
        release.await();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      e.close();
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void answer(HttpExchange e, int status, String type, byte[] body) throws IOException {
    e.getResponseHeaders().set("Content-Type", type);
    e.sendResponseHeaders(status, body.length);
    try (OutputStream out = e.getResponseBody()) {
      out.write(body);
    }
  }

  private static void redirect(HttpExchange e, String to) throws IOException {
    e.getResponseHeaders().set("Location", to);
    e.sendResponseHeaders(302, -1);
    e.close();
  }

  @Test
  void aPageIsSavedUnderItsSlugWithTheAddressItCameFrom() throws IOException {
    String base = serve();
    assertEquals(0, run(base + "/moved"), err::toString);
    assertEquals(List.of("talks-end.html"), articles());
    Path saved = content.resolve("articles/talks-end.html");
    String html = Files.readString(saved);
    assertTrue(html.contains("<head><meta name=\"briefing:url\" content=\"" + base + "/news/2023/talks-end.html\">"
        + "<meta name=\"briefing:fetched\" content=\"20"), html);
    assertEquals(PAGE.lines().count(), html.lines().count(), "every line of the page keeps its number");
    List<Diagnostic> problems = new ArrayList<>();
    Article article = Ingest.standard().readArticle(saved, "talks-end.html", problems).orElseThrow();
    assertEquals(base + "/news/2023/talks-end.html", article.metadata().url().value(),
        "the HTML reader reads the address the page was fetched from");
    assertEquals("Talks end without a deal", article.metadata().title().value());
    assertTrue(err.toString().contains("talks-end.html:1: warning: publication date unknown"), err::toString);
    assertEquals(0, run(base + "/news/2023/talks-end.html"));
    assertTrue(err.toString().contains("same article as "), "fetched twice, added once: " + err);
    assertEquals(List.of("talks-end.html"), articles());
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws IOException {
    String base = serve();
    long start = System.nanoTime();
    assertEquals(1, run("--timeout", "0.5", base + "/never"));
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "gives up near the timeout");
    assertTrue(err.toString().contains("/never: error: no answer within 0.5 s; nothing was saved"), err::toString);
    assertTrue(err.toString().contains("hint: try again later, or with a longer --timeout"), err::toString);
    assertEquals(List.of(), articles());
  }

  @Test
  void aRedirectLoopIsNamed() throws IOException {
    String base = serve();
    assertEquals(1, run(base + "/loop-a"));
    assertTrue(err.toString().contains("error: redirect loop: " + base + "/loop-a redirects back to itself"), err::toString);
    assertEquals(List.of(), articles());
  }

  @Test
  void anImageOrAnErrorPageIsNotAnArticle() throws IOException {
    String base = serve();
    assertEquals(1, run(base + "/photo.png", base + "/missing"));
    assertTrue(err.toString().contains("/photo.png: error: the address serves image/png, not a web page"), err::toString);
    assertTrue(err.toString().contains("/missing: error: the server answered 404"), err::toString);
    assertEquals(List.of(), articles());
  }

  @Test
  void aPageOverTheSizeLimitIsRefusedWhetherOrNotItsSizeIsDeclared() throws IOException {
    String base = serve();
    assertEquals(1, run("--max-bytes", "2000", base + "/big-declared", base + "/big-streamed"));
    assertTrue(err.toString().matches("(?s).*/big-declared: error: the page is [0-9,]+ bytes; articles are read up to 2,000 bytes.*"),
        err::toString);
    assertTrue(err.toString().contains("/big-streamed: error: the page is over 2,000 bytes, the most an article may be"),
        err::toString);
    assertEquals(List.of(), articles());
  }

  @Test
  void onlyWebAddressesAreFetched() {
    assertEquals(1, run("ftp://127.0.0.1/a.html"));
    assertTrue(err.toString().contains("error: only http and https addresses are fetched"), err::toString);
  }

  @Test
  void aPageSlugComesFromTheWordsOfItsAddress() {
    assertEquals("talks-end", AddCommand.slug(java.net.URI.create("https://example.org/news/2023/talks-end.html")));
    assertEquals("us-russia-talks", AddCommand.slug(java.net.URI.create("https://example.org/world/us-russia-talks/index.html")));
    assertEquals("example-org", AddCommand.slug(java.net.URI.create("https://example.org/")));
    assertEquals("a-2.txt", AddCommand.numbered("a.txt", 2));
  }
}
