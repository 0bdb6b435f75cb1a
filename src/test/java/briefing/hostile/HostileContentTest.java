package briefing.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Main;
import briefing.TestFiles;
import briefing.analyze.Analyses;
import briefing.fuzz.ActiveContent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles from the open web and editors' mistakes: every case either builds with a warning or
 * fails with exit 1 naming the file; nothing runs as script, nothing is lost or overwritten.
 */
class HostileContentTest {

  @TempDir Path dir;
  private Path content;
  private Path articles;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void content() throws IOException {
    content = dir.resolve("content");
    articles = content.resolve("articles");
    Files.createDirectories(articles);
    Files.writeString(content.resolve("briefing.md"), "---\ntitle: Harbour storm\n---\n");
  }

  private int build() {
    return Main.run(new String[] {"build", "--content", content.toString(), "--out", dir.resolve("site").toString(),
        "--templates", dir.resolve("no-templates").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private void article(String name, String text) throws IOException {
    Files.write(articles.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  /** A story of its own for each place: the place stands in every few words, so no two are copies. */
  private String story(String place) {
    return place + " storm closes harbour as ships wait offshore\n\n" + place.toUpperCase()
        + " (Reuters) - The " + place + " harbour was closed on Tuesday as the " + place + " storm swept the "
        + place + " coast, the " + place + " port authority said.\n\nShips near " + place + " were told to stay off "
        + place + " until Thursday, and " + place + " ferries to the " + place + " islands were cancelled.\n";
  }

  @Test
  void aCorpusOfBrokenButReadableFilesBuildsWithAWarningForEach() throws IOException {
    article("empty.txt", "");
    Files.write(articles.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 0, 0, 3});
    try (OutputStream huge = Files.newOutputStream(articles.resolve("huge.txt"))) {
      byte[] line = "The harbour was closed again today as the storm went on. ".repeat(100).getBytes(StandardCharsets.UTF_8);
      for (int written = 0; written < 50 * 1024 * 1024; written += line.length) {
        huge.write(line);
      }
    }
    Files.write(articles.resolve("invalid-utf8.txt"), bytes(story("Dover"), Charset.forName("windows-1252"), "caf\u00e9"));
    Files.write(articles.resolve("utf16.txt"), utf16(story("Calais")));
    article("one-line.txt", "Harbour news without breaks " + "The storm went on and the harbour stayed closed. ".repeat(300));
    article("german.txt", "Sturm schließt den Hafen\n\nDer Hafen wurde am Dienstag geschlossen, als ein Sturm über die Küste zog.\n");
    article("template-like.txt", story("Poole") + "\nEditors wrote ${7*7} and <#if true>yes</#if> and <b>bold</b> in the text.\n");
    // Markup in the words the briefing quotes, names and dates: it reaches the timeline, the
    // who's who, the comparisons and the search index as text.
    article("markup-facts.txt", story("Rosslare") + "\n“<img src=x onerror=alert(1)> ${7*7}” said harbour master "
        + "Tom Lee<script>alert(2)</script> on Tuesday, when 5,000 <svg onload=alert(3)> ships waited.\n");
    article("with space.txt", story("Brest"));
    article("ünïcödé.txt", story("Cherbourg"));
    article("-leading-dash.txt", story("Ostend"));
    article("dots..in..name.txt", story("Zeebrugge"));
    for (int i = 0; i < 10; i++) {
      article("copy-" + i + ".txt", story("Hull"));
    }
    article("unknown-keys.txt", "---\nmood: stormy\npublished: 2023-02-07\n---\n" + story("Leith"));
    article("divider.txt", "---\n" + story("Harwich"));
    Files.createSymbolicLink(articles.resolve("loop"), articles);
    Files.writeString(articles.resolve("hostile.html"), """
        <html><head><title>Harbour shut</title>
        <meta property="og:title" content="Harbour &lt;script&gt;alert(1)&lt;/script&gt; shut">
        <meta property="article:published_time" content="2023-02-07T09:00:00Z">
        <script>alert('head')</script><style>body{background:expression(alert(1))}</style></head>
        <body><article><h1>Harbour shut</h1>
        <p onclick="alert(1)">The harbour was closed on Tuesday as a storm swept the coast, the authority said.</p>
        <p>Read <a href="javascript:alert(1)">this</a> and <a href="data:text/html,<script>alert(1)</script>">that</a>.</p>
        <iframe src="https://evil.example/"></iframe><object data="https://evil.example/x.swf"></object>
        <svg><script>alert(1)</script></svg><img src="https://evil.example/pixel.gif" onerror="alert(1)">
        <p style="width:expression(alert(1))">Ships were told to stay offshore until Thursday at the earliest.</p>
        </article></body></html>
        """);

    assertEquals(0, build(), err::toString);
    String messages = err.toString();
    for (String file : List.of("empty.txt", "binary.txt", "huge.txt", "copy-1.txt", "unknown-keys.txt:2", "divider.txt:1", "loop")) {
      assertTrue(messages.contains("articles/" + file), () -> "no message names " + file + ":\n" + messages);
    }
    assertTrue(messages.contains("huge.txt: warning: is 50.0 MB; articles are read up to 10 MB"), messages);
    assertFalse(messages.contains("\tat ") || messages.contains("Exception"), "no stack trace without --verbose");
    assertNothingActive(dir.resolve("site"));
    String search = Files.readString(dir.resolve("site/search-index.js"));
    assertTrue(search.startsWith("window.briefingSearch = {") && search.endsWith("};\n"), search);
    // The whole index is one JSON value: no article text ends its string and runs as code.
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        search.substring("window.briefingSearch = ".length(), search.length() - 2));
    String templated = Files.readString(dir.resolve("site/articles/template-like.html"));
    assertTrue(templated.contains("${7*7} and &lt;#if true&gt;yes&lt;/#if&gt; and &lt;b&gt;bold&lt;/b&gt;"), templated);
    assertTrue(Files.exists(dir.resolve("site/articles/leading-dash.html")));
    assertTrue(Files.exists(dir.resolve("site/articles/dots-in-name.html")));
    try (Stream<Path> written = Files.list(dir)) {
      assertEquals(List.of(".briefing", "content", "site"), written.map(p -> p.getFileName().toString()).sorted().toList(),
          "nothing is written outside the output folder, but for the caches");
    }
    try (Stream<Path> cache = Files.walk(dir.resolve(".briefing"))) {
      assertTrue(cache.filter(Files::isRegularFile)
              .allMatch(p -> (p.getParent().endsWith(".briefing/analysis") || p.getParent().endsWith(".briefing/reading"))
                  && p.toString().endsWith(".json") || p.endsWith(".briefing/analysed")),
          "the caches hold only analyses, articles as read and the list of files analysed");
    }
  }

  @Test
  void eachEditorErrorFailsTheBuildNamingTheFileAndLeavesThePreviousSite() throws IOException {
    article("good.txt", story("Dover"));
    assertEquals(0, build(), err::toString);
    Map<String, byte[]> before = TestFiles.read(dir.resolve("site"));
    Map<String, String> errors = Map.of(
        "malformed.md", "---\ntitle: [unclosed\n---\nText\n",
        "bomb.md", "---\na: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d]\n---\nText\n",
        "bad-date.txt", "---\npublished: 07/02/2023\n---\n" + story("Leith"));
    for (Map.Entry<String, String> error : new TreeMap<>(errors).entrySet()) {
      article(error.getKey(), error.getValue());
      err.getBuffer().setLength(0);
      assertEquals(1, build(), error.getKey());
      assertTrue(Pattern.compile("articles/" + Pattern.quote(error.getKey()) + ":\\d+: error: ").matcher(err.toString()).find(),
          err::toString);
      assertFalse(err.toString().contains("\tat "));
      Map<String, byte[]> after = TestFiles.read(dir.resolve("site"));
      assertEquals(before.keySet(), after.keySet());
      before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
      Files.delete(articles.resolve(error.getKey()));
    }
  }

  /** Inputs a review found to crash a build or take minutes; the time-out guards against a hang. */
  @Test
  @org.junit.jupiter.api.Timeout(120)
  void pathologicalInputsNeitherCrashNorHang() throws IOException {
    article("good.txt", story("Dover"));
    article("blank-credit.txt", story("Calais") + "\nSoldiers stand guard near the venue (AP Photo/\u2000\u2000)\n");
    article("dashes.txt", story("Poole") + "\na" + "-".repeat(20_000) + "\n");
    article("long-title.txt", "---\ntitle: Short\n---\n" + "a - ".repeat(10_000) + "a|\n\n" + story("Leith"));
    article("tags.txt", story("Brest") + "\n" + "<p ".repeat(40_000) + "\n");
    article("wrapped.txt", story("Hull") + "\n" + "Word word word word word word word word word word word wordy\n".repeat(20_000));
    article("comments.txt", story("Ostend") + "\n" + "Some text\nComments\n".repeat(200_000));
    Files.writeString(articles.resolve("nested.html"),
        "<html><body>" + "<div>".repeat(20_000) + "<p>The harbour was closed on Tuesday as a storm swept the coast.</p></body></html>");
    assertEquals(0, build(), err::toString);
    assertFalse(err.toString().contains("internal failure"), err::toString);
    assertTrue(Files.exists(dir.resolve("site/articles/good.html")));
    assertTrue(err.toString().contains("tags.txt:7: warning: 1 block runs over 3,000 characters without a sentence end"),
        err::toString);
  }

  @Test
  void aDamagedOrHostileAnalysisCacheIsNeverTrustedAndNeverWrittenThrough() throws IOException {
    article("a.txt", story("Dover"));
    article("b.txt", story("Calais"));
    assertEquals(0, build(), err::toString);
    Path cache = dir.resolve(".briefing/analysis");
    List<Path> entries;
    try (Stream<Path> listed = Files.list(cache)) {
      entries = listed.sorted().toList();
    }
    assertEquals(2, entries.size());
    byte[] firstSite = Files.readAllBytes(dir.resolve("site/articles/a.html"));
    // One entry cut short, the other swapped for a link to a file of the user's.
    Files.writeString(entries.get(0), "{\"article\": \"a\", \"sentences\": [");
    Path userFile = dir.resolve("notes.txt");
    Files.writeString(userFile, "my notes");
    Files.delete(entries.get(1));
    Files.createSymbolicLink(entries.get(1), userFile);
    out.getBuffer().setLength(0);
    assertEquals(0, build(), err::toString);
    assertTrue(out.toString().contains("analysis: 2 analysed, 0 from the cache"), out::toString);
    assertEquals("my notes", Files.readString(userFile), "a linked cache entry is replaced, never written through");
    assertFalse(Files.isSymbolicLink(entries.get(1)));
    assertArrayEquals(firstSite, Files.readAllBytes(dir.resolve("site/articles/a.html")));
  }

  @Test
  void anUnwritableCacheOnlyCostsTheNextBuildItsSpeed() throws IOException {
    article("a.txt", story("Dover"));
    Files.createDirectories(dir.resolve(".briefing"));
    Files.writeString(dir.resolve(".briefing/analysis"), "a file where the cache folder goes");
    assertEquals(0, build(), err::toString);
    assertTrue(err.toString().contains("warning: could not write the analysis cache"), err::toString);
    assertTrue(Files.exists(dir.resolve("site/articles/a.html")));
    assertEquals("a file where the cache folder goes", Files.readString(dir.resolve(".briefing/analysis")));
  }

  @Test
  void anArticleTooLongToAnalyseIsShownWithoutItsFactsAndAWarning() throws IOException {
    StringBuilder text = new StringBuilder("A very long report\n\n");
    for (int i = 0; text.length() < Analyses.MAX_CHARS + 10_000; i++) {
      text.append("Paragraph ").append(i).append(" of the report says the harbour stayed closed for day ")
          .append(i).append(".\n\n");
    }
    article("long.txt", text.toString());
    assertEquals(0, build(), err::toString);
    assertTrue(err.toString().contains("long.txt: warning: is 2"), err::toString);
    assertTrue(err.toString().contains("so it is shown without its facts"), err::toString);
    assertTrue(Files.exists(dir.resolve("site/articles/long.html")));
  }

  @Test
  void anArticleInAnotherLanguageIsShownWithoutItsFactsAndAWarning() throws IOException {
    String other = "El puerto de Dover cerr\u00f3 el martes cuando una tormenta con vientos de 120 km/h"
        + " barri\u00f3 la costa, dijo la autoridad portuaria.\n\nLos barcos deben esperar mar adentro"
        + " hasta el jueves, y los transbordadores a las islas fueron cancelados por los capitanes.\n";
    article("a.txt", story("Dover"));
    article("b.txt", "---\ntitle: Tormenta en el puerto\n---\n" + other);
    article("c.txt", "---\ntitle: Tormenta\nlanguage: en\n---\nEl alcalde de Calais dijo el mi\u00e9rcoles"
        + " que el muelle nuevo costar\u00e1 menos de lo previsto y que las obras terminar\u00e1n en verano.\n\n"
        + "Los pescadores piden una ayuda para las semanas sin faena, a\u00f1adi\u00f3 el alcalde de la ciudad.\n");
    assertEquals(0, build(), err::toString);
    assertTrue(err.toString().contains("b.txt: warning: is not written in English"), err::toString);
    assertFalse(err.toString().contains("a.txt: warning: is not written in English"), err::toString);
    assertFalse(err.toString().contains("c.txt: warning: is not written in English"), err::toString);
    // its page is there, its text whole; no fact is read from it
    String page = Files.readString(dir.resolve("site/articles/b.html"));
    assertTrue(page.contains("Los barcos deben esperar"), page);
    String facts = Files.readString(dir.resolve("site/briefing.json"));
    assertFalse(facts.contains("\"article\" : \"b\""), facts);
    assertTrue(facts.contains("\"article\" : \"c\""), "the editor says it is English: " + facts);
  }

  @Test
  void tenThousandTinyFilesBuild() throws IOException {
    for (int i = 0; i < 10_000; i++) {
      article(String.format("tiny-%05d.txt", i), "Tiny note number " + i + " about the harbour storm and ships\n\nShips " + i + " waited.\n");
    }
    assertEquals(0, build(), () -> err.toString().lines().limit(5).toList().toString());
    try (Stream<Path> pages = Files.list(dir.resolve("site/articles"))) {
      assertTrue(pages.count() > 1);
    }
  }

  @Test
  void windowsReservedDeviceNamesAreNeverUsedAsPageNames() throws IOException {
    article("CON.txt", story("Dover"));
    article("nul.md", story("Calais"));
    article("Com1.txt", story("Poole"));
    article("lpt9.text", story("Leith"));
    article("con-1.txt", story("Brest"));
    assertEquals(0, build(), err::toString);
    List<String> pages;
    try (Stream<Path> listed = Files.list(dir.resolve("site/articles"))) {
      pages = listed.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of("com1-1.html", "con-1-2.html", "con-1.html", "lpt9-1.html", "nul-1.html"), pages);
  }

  @Test
  void linksLeadingOutOfTheContentOrTemplatesFolderAreSkippedWithAWarning() throws IOException {
    article("good.txt", story("Dover"));
    Path secrets = Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(secrets.resolve("secret.txt"), story("Secretharbour"));
    Files.writeString(secrets.resolve("briefing.md"), "---\ntitle: Secret title\n---\n");
    Files.writeString(secrets.resolve("secret.css"), "/* secret stylesheet */");
    Files.writeString(secrets.resolve("index.ftlh"), "<html>secret template</html>");
    Files.createSymbolicLink(articles.resolve("secret.txt"), secrets.resolve("secret.txt"));
    Files.createSymbolicLink(articles.resolve("folder"), secrets);
    Files.delete(content.resolve("briefing.md"));
    Files.createSymbolicLink(content.resolve("briefing.md"), secrets.resolve("briefing.md"));
    // A link that stays inside the content folder is read like the file it leads to.
    Files.createDirectories(content.resolve("kept"));
    Files.writeString(content.resolve("kept/inside.txt"), story("Calais"));
    Files.createSymbolicLink(articles.resolve("inside.txt"), content.resolve("kept/inside.txt"));
    Path templates = Files.createDirectories(dir.resolve("templates/assets"));
    Files.createSymbolicLink(templates.resolve("leak.css"), secrets.resolve("secret.css"));
    Files.createSymbolicLink(dir.resolve("templates/index.ftlh"), secrets.resolve("index.ftlh"));

    int code = Main.run(new String[] {"build", "--content", content.toString(), "--out", dir.resolve("site").toString(),
        "--templates", dir.resolve("templates").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

    assertEquals(0, code, err::toString);
    String messages = err.toString();
    for (String link : List.of("articles/secret.txt", "articles/folder", "content/briefing.md", "templates/assets/leak.css",
        "templates/index.ftlh")) {
      assertTrue(messages.contains(link + ": warning: "), () -> "no warning names " + link + ":\n" + messages);
    }
    Map<String, byte[]> site = TestFiles.read(dir.resolve("site"));
    assertTrue(site.containsKey("articles/inside.html"), site.keySet()::toString);
    assertFalse(site.containsKey("assets/leak.css"), site.keySet()::toString);
    site.forEach((name, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertFalse(text.contains("Secretharbour") || text.contains("Secret title") || text.contains("secret"), name);
    });
  }

  @Test
  void anArticlesFolderLinkedFromOutsideTheContentFolderIsNotRead() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("secret.txt"), story("Secretharbour"));
    Files.delete(articles);
    Files.createSymbolicLink(articles, elsewhere);
    assertEquals(1, build(), err::toString);
    assertTrue(err.toString().contains("content/articles: warning: is a link to "), err::toString);
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void aBaseUrlThatIsNotAnAbsoluteWebAddressFailsTheBuildNamingTheLine() throws IOException {
    article("good.txt", story("Dover"));
    Files.writeString(content.resolve("briefing.md"), "---\ntitle: Harbour storm\nbase_url: https://example.org/storm/\n---\n");
    assertEquals(0, build(), err::toString);
    assertTrue(Files.readString(dir.resolve("site/sitemap.xml")).contains("<loc>https://example.org/storm/index.html</loc>"));
    Map<String, byte[]> before = TestFiles.read(dir.resolve("site"));
    for (String bad : List.of("javascript:alert(1)", "example.org/storm", "ftp://example.org/", "/storm/",
        "\"https://example.org/a\\r\\nBEGIN:VEVENT\"", "\"https://example.org/<script>\"")) {
      Files.writeString(content.resolve("briefing.md"), "---\ntitle: Harbour storm\nbase_url: " + bad + "\n---\n");
      err.getBuffer().setLength(0);
      assertEquals(1, build(), bad);
      assertTrue(err.toString().contains("content/briefing.md:3: error: base_url: '"), err::toString);
      Map<String, byte[]> after = TestFiles.read(dir.resolve("site"));
      assertEquals(before.keySet(), after.keySet());
      before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }
  }

  @Test
  void controlCharactersInNamesAndValuesArePrintedEscapedAndNeverReachThePages() throws IOException {
    String esc = "\u001b";
    article("evil" + esc + "[31m\u0007.txt", "---\ntitle: Harbour" + esc + "]0;pwned\u0007 shut\nmood: stormy" + esc
        + "[2J\noutlet: \"Port\\e[5m News\"\nauthor: [\"Jane\\x07 Roe\"]\n---\n" + story("Dover")
        + "\nThe storm" + esc + "[2J went on\u0085 and on.\n");
    Files.writeString(articles.resolve("page.html"), "<html><head><title>Harbour&#27;[31m shut</title></head><body><article>"
        + "<h1>Harbour&#27;[31m shut</h1><p>The harbour&#27;[2J was closed on Tuesday as a storm swept the coast, the"
        + " authority said.</p><p>Ships were told to stay offshore until Thursday at the earliest.</p></article></body></html>");
    assertEquals(0, build(), err::toString);
    String messages = err.toString() + out;
    assertFalse(messages.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'), messages);
    assertTrue(messages.contains("articles/evil\\e[31m\\x07.txt:3: warning: unknown front matter key 'mood'"), messages);
    Map<String, byte[]> site = TestFiles.read(dir.resolve("site"));
    site.forEach((name, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertFalse(text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'),
          () -> name + " holds a control character");
      assertFalse(text.contains("\\u001b") || text.contains("\\u001B") || text.contains("&#27;") || text.contains("&#x1b;"),
          () -> name + " holds an escaped control character");
    });
    String page = new String(site.get("articles/evil-31m.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("Harbour]0;pwned shut") && page.contains("Port[5m News") && page.contains("Jane Roe"), page);
    assertTrue(page.contains("evil\\e[31m\\x07.txt"), "the file is named as the warnings name it");
  }

  private static void assertNothingActive(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        assertEquals(java.util.Optional.empty(), ActiveContent.find(Files.readString(file)), file.toString());
      }
    }
  }

  private static byte[] bytes(String text, Charset charset, String extra) {
    return (text + "\nCaf\u00e9 owners said the " + extra + " stayed shut.\n").getBytes(charset);
  }

  private static byte[] utf16(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(body, 0, all, 2, body.length);
    return all;
  }

}
