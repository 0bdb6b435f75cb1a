package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Main;
import briefing.TestFiles;
import briefing.analyze.cache.AnalysisJson;
import briefing.model.analysis.AnalyzedArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: exit codes, messages, and what is (not) written. */
class CommandLineTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path content() throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("articles"));
    Files.writeString(content.resolve("briefing.md"), "---\ntitle: Harbour storm\n---\nThe <b>storm</b> in brief.\n");
    Files.writeString(content.resolve("articles/a.txt"), """
        ---
        published: 2023-02-07
        ---
        Storm closes harbour as ships wait offshore

        PORTSMOUTH (Reuters) - The harbour was closed on Tuesday as a storm swept the coast, the port authority said.

        <script>alert(1)</script> “We have never seen waves like these,” harbour master Tom Lee said.
        """);
    return content;
  }

  private String[] build(Path content, Path site, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
        "--templates", dir.resolve("templates").toString()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void aSecondBuildOfUnchangedContentRunsNoLanguageAnalysis() throws IOException {
    Path content = content();
    Path site = dir.resolve("site");
    assertEquals(0, run(build(content, site)), err::toString);
    assertTrue(out.toString().contains("analysis: 1 analysed, 0 from the cache"), out::toString);
    assertTrue(Files.isDirectory(dir.resolve(".briefing/analysis")), "the cache is kept in the project folder");
    try (java.util.stream.Stream<Path> files = Files.list(content.resolve("articles"))) {
      List<String> hashes = new java.util.ArrayList<>();
      for (Path f : files.toList()) {
        hashes.add(briefing.text.Hashes.sha256Hex(Files.readAllBytes(f)) + "\n");
      }
      assertEquals(String.join("", hashes), Files.readString(dir.resolve(".briefing/analysed")),
          "the files whose analyses are cached, listed for the launcher");
    }
    Map<String, byte[]> first = TestFiles.read(site);
    out.getBuffer().setLength(0);
    assertEquals(0, run(build(content, site)), err::toString);
    assertTrue(out.toString().contains("analysis: 0 analysed, 1 from the cache (no language analysis run)"),
        out::toString);
    Map<String, byte[]> second = TestFiles.read(site);
    assertEquals(first.keySet(), second.keySet());
    first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
  }

  @Test
  void articlePagesGiveEverySentenceAnAnchor() throws IOException {
    Path site = dir.resolve("site");
    assertEquals(0, run(build(content(), site)), err::toString);
    String page = Files.readString(site.resolve("articles/a.html"));
    assertTrue(page.contains("<h1><span class=\"s\" id=\"s1\">Storm closes harbour as ships wait offshore</span></h1>"), page);
    assertTrue(page.contains("id=\"s2\">PORTSMOUTH (Reuters) - The harbour was closed on "
        + "<a class=\"date\" href=\"../timeline.html#2023-02-07-"), "a date links to its timeline event: " + page);
    String event = page.replaceAll("(?s).*href=\"\\.\\./timeline\\.html#([^\"]+)\".*", "$1");
    assertTrue(Files.readString(site.resolve("timeline.html")).contains("id=\"" + event + "\""), event);
  }

  @Test
  void analyzeShowsOneArticlesPeopleDatesAndQuotes() throws IOException {
    Path file = content().resolve("articles/b.txt");
    Files.writeString(file, """
        ---
        published: 2023-02-07
        ---
        Harbour stays shut

        The harbour was closed on Tuesday as a storm swept the coast.

        “We have never seen waves like these,” harbour master Tom Lee said.
        """);
    assertEquals(0, run("analyze", file.toString()), err::toString);
    String listing = out.toString();
    assertTrue(listing.contains("Tom Lee — harbour master"), listing);
    assertTrue(listing.contains("Tom Lee: “We have never seen waves like these”"), listing);
    assertTrue(listing.contains("\"Tuesday\" date 2023-02-07"), listing);
    out.getBuffer().setLength(0);
    assertEquals(0, run("analyze", file.toString(), "--json", "--published", "2023-02-08"), err::toString);
    AnalyzedArticle json = AnalysisJson.read(out.toString());
    assertEquals("2023-02-08", json.anchor());
    assertFalse(json.quotes().isEmpty());
  }

  @Test
  void analyzeNamesAMissingFileAndRejectsABadDate() throws IOException {
    assertEquals(1, run("analyze", dir.resolve("missing.txt").toString()));
    assertTrue(err.toString().contains("missing.txt: error: no such file"), err::toString);
    Path file = content().resolve("articles/a.txt");
    assertEquals(2, run("analyze", file.toString(), "--published", "10/01/2022"));
  }

  @Test
  void buildWritesAnIndexAndAPagePerArticle() throws IOException {
    Path site = dir.resolve("site");
    assertEquals(0, run(build(content(), site)), err::toString);
    assertTrue(Files.exists(site.resolve("index.html")));
    String page = Files.readString(site.resolve("articles/a.html"));
    assertTrue(page.contains("Storm closes harbour as ships wait offshore"));
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "article text is escaped");
    assertFalse(page.contains("<script>"));
    assertTrue(out.toString().contains("from 1 articles"));
  }

  @Test
  void twoBuildsOfTheSameContentAreIdenticalByteForByte() throws IOException {
    Path content = content();
    assertEquals(0, run(build(content, dir.resolve("one"))));
    assertEquals(0, run(build(content, dir.resolve("two"))));
    Map<String, byte[]> one = TestFiles.read(dir.resolve("one"));
    Map<String, byte[]> two = TestFiles.read(dir.resolve("two"));
    assertEquals(one.keySet(), two.keySet());
    one.forEach((name, bytes) -> assertArrayEquals(bytes, two.get(name), name));
  }

  @Test
  void checkReportsProblemsAndWritesNothing() throws IOException {
    Path content = content();
    Files.writeString(content.resolve("articles/b.txt"), "---\npublished: soon\n---\nA headline of some words\n\nText.\n");
    assertEquals(1, run("check", "--content", content.toString(), "--out", dir.resolve("site").toString()));
    assertTrue(err.toString().contains("articles/b.txt:2: error: published: 'soon' is not a date"), err::toString);
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
    Path content = content();
    Path site = dir.resolve("site");
    assertEquals(0, run(build(content, site)));
    Map<String, byte[]> before = TestFiles.read(site);
    Files.writeString(content.resolve("articles/a.txt"), "---\ntitle: [unclosed\n---\nText\n");
    assertEquals(1, run(build(content, site)));
    assertTrue(err.toString().contains(site + " was not changed"), err::toString);
    Map<String, byte[]> after = TestFiles.read(site);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  @Test
  void anOutputFolderWithTheUsersOwnFilesIsRefusedAndKept() throws IOException {
    Path site = dir.resolve("mine");
    Files.createDirectories(site);
    Files.writeString(site.resolve("notes.txt"), "my notes");
    assertEquals(1, run(build(content(), site)));
    assertTrue(err.toString().contains("holds files briefing did not write (notes.txt)"), err::toString);
    assertEquals("my notes", Files.readString(site.resolve("notes.txt")));
    assertEquals(0, run(build(content(), site, "--force")));
    try (Stream<Path> siblings = Files.list(dir)) {
      Path aside = siblings.filter(p -> p.getFileName().toString().startsWith("mine.before-briefing")).findFirst().orElseThrow();
      assertEquals("my notes", Files.readString(aside.resolve("notes.txt")));
    }
  }

  @Test
  void anOutputFolderThatHoldsOrIsTheContentIsRefusedEvenWithForce() throws IOException {
    Path content = content();
    assertEquals(1, run("build", "--content", content.toString(), "--out", content.toString(), "--force"));
    assertEquals(1, run("build", "--content", content.toString(), "--out", dir.toString(), "--force"));
    assertTrue(err.toString().contains("which briefing reads"), err::toString);
    assertTrue(Files.exists(content.resolve("articles/a.txt")));
    assertEquals(1, run("build", "--content", content.toString(), "--out", ".", "--force"));
    assertTrue(Files.exists(Path.of("pom.xml")), "the working folder stays where it is");
  }

  @Test
  void aPublishedPageEditedByHandIsTheUsersAndIsNotReplacedSilently() throws IOException {
    Path content = content();
    Path site = dir.resolve("site");
    assertEquals(0, run(build(content, site)));
    Files.writeString(site.resolve("index.html"), "<!-- my edit -->", java.nio.file.StandardOpenOption.APPEND);
    assertEquals(1, run(build(content, site)));
    assertTrue(err.toString().contains("holds files briefing did not write (index.html)"), err::toString);
    assertTrue(Files.readString(site.resolve("index.html")).endsWith("<!-- my edit -->"));
  }

  @Test
  void theDefaultRelativeOutputFolderIsAccepted() throws IOException {
    // Regression: a relative --out lies inside the working folder, and that is where it belongs.
    Path out = Path.of("target/relative-site-test");
    assertEquals(0, run(build(content(), out)), err::toString);
    assertTrue(Files.exists(out.resolve("index.html")));
  }

  @Test
  void aTemplateErrorNamesTheTemplateAndLine() throws IOException {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(templates.resolve("index.ftlh"), "<html>\n${noSuchThing.title}\n</html>\n");
    assertEquals(1, run(build(content(), dir.resolve("site"))));
    assertTrue(err.toString().contains("templates/index.ftlh:2: error: template error"), err::toString);
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void badUsageExitsWithTwoAndHelpShowsAnExample() {
    assertEquals(2, run("build", "--no-such-flag"));
    assertEquals(2, run("frobnicate"));
    assertEquals(0, run("build", "--help"));
    assertTrue(out.toString().contains("Example:"));
    assertEquals(0, run("--version"));
    assertTrue(out.toString().contains("briefing"));
  }

  @Test
  void theSampleBriefingBuildsWithoutWarnings() {
    assertEquals(0, run("check", "--content", "content"), err::toString);
    assertEquals("", err.toString());
    assertTrue(out.toString().contains("checked 5 articles: 0 errors, 0 warnings"), out::toString);
  }


}
