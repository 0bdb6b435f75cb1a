package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild reads unchanged files back from the reading cache, exactly as they were first read. */
class ReadingCacheTest {
  private static final String TEXT = """
      Storm closes harbour as ships wait offshore

      By Jane Roe

      PORTSMOUTH, March 3 (Reuters) - The harbour was closed on Tuesday as a storm swept the coast, the port authority said.

      The closure is the first since 2019, when a fire shut the docks for a week.
      """;
  private static final String MARKDOWN = """
      ---
      title: Ferries resume after the storm
      outlet: Coast Courier
      date: 2024-03-05
      authors: [Ann Lee]
      ---
      Ferries sailed again on Thursday, two days after the harbour closed.

      > "We are back," the operator said.
      """;
  private static final String PAGE = """
      <html><head><title>Harbour reopens | The Gazette</title>
      <meta property="article:published_time" content="2024-03-06T09:30:00Z"></head>
      <body><nav>Home | World | Sport</nav><article><h1>Harbour reopens</h1>
      <p>The harbour reopened on Wednesday morning after two days of closure, officials said.</p>
      <figure><figcaption>Boats in the harbour. Photo: Sam Poe</figcaption></figure>
      <p>Repairs to the outer wall will take a month, the authority said in a statement.</p></article>
      <footer>Copyright The Gazette</footer></body></html>
      """;

  @TempDir Path project;

  private Ingest.Result read() {
    return Ingest.standard().withCache(cache()).read(project.resolve("content"), "content");
  }

  private Path cache() {
    return project.resolve(".briefing/reading");
  }

  private void write(String name, String text) throws IOException {
    Path file = project.resolve("content/articles").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(cache())) {
      return files.sorted().toList();
    }
  }

  private void writeStory() throws IOException {
    write("a.txt", TEXT);
    write("b.md", MARKDOWN);
    write("c.html", PAGE);
    write("d.txt", "\n\n");
  }

  @Test
  void aRebuildReadsTheSameArticlesAndWarningsAsAFreshRead() throws IOException {
    writeStory();
    Ingest.Result fresh = Ingest.standard().read(project.resolve("content"), "content");
    Ingest.Result first = read();
    Ingest.Result again = read();
    assertEquals(fresh, first);
    assertEquals(fresh, again);
    assertEquals(3, fresh.articles().size());
    assertTrue(fresh.diagnostics().stream().anyMatch(d -> d.file().equals("content/articles/d.txt")),
        "the empty file's warning: " + fresh.diagnostics());
    // one entry per file read, the skipped empty one too, so its warning comes back as well
    assertEquals(4, entries().size());
  }

  @Test
  void aRebuildTakesTheArticleFromTheCacheNotTheFile() throws IOException {
    writeStory();
    read();
    for (Path entry : entries()) {
      String json = Files.readString(entry);
      Files.writeString(entry, json.replace("Storm closes harbour", "Kept headline"));
    }
    assertTrue(read().articles().stream()
        .anyMatch(a -> a.metadata().title().value().equals("Kept headline as ships wait offshore")));
  }

  @Test
  void aDamagedOrForeignEntryIsReadAgainAndReplaced() throws IOException {
    writeStory();
    Ingest.Result first = read();
    List<Path> entries = entries();
    Files.writeString(entries.get(0), "{ not json");
    // an entry copied under another file's key is not trusted either
    Files.copy(entries.get(2), entries.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(first, read());
    assertEquals(first, read());
    assertEquals(entries, entries());
  }

  @Test
  void anEditedFileIsReadAfresh() throws IOException {
    writeStory();
    read();
    write("a.txt", TEXT.replace("Storm closes harbour", "Gale shuts port"));
    Ingest.Result edited = read();
    assertTrue(edited.articles().stream()
        .anyMatch(a -> a.metadata().title().value().equals("Gale shuts port as ships wait offshore")));
    assertFalse(edited.articles().stream()
        .anyMatch(a -> a.metadata().title().value().startsWith("Storm")));
    assertEquals(5, entries().size());
  }

  @Test
  void anEntryNoBuildUsedForAWeekIsDroppedAndOneABuildUsedIsKept() throws IOException {
    writeStory();
    read();
    write("a.txt", TEXT.replace("Storm closes harbour", "Gale shuts port"));
    Instant now = Instant.now();
    FileTime old = FileTime.from(now.minus(Duration.ofDays(8)));
    for (Path entry : entries()) {
      Files.setLastModifiedTime(entry, old); // every entry as if last used 8 days ago
    }
    Files.writeString(cache().resolve("notes.txt"), "the editor's own file");
    Files.setLastModifiedTime(cache().resolve("notes.txt"), old);

    Ingest ingest = Ingest.standard().withCache(cache());
    ingest.read(project.resolve("content"), "content"); // uses the three unchanged files' entries
    assertEquals(1, ingest.pruneCache(now), "the edited file's old reading goes");
    assertEquals(5, entries().size(), "four readings used now and the file that is no entry");
    assertTrue(Files.exists(cache().resolve("notes.txt")));
    assertEquals(0, ingest.pruneCache(now));
  }

  @Test
  void theKeyDependsOnTheBytesTheNameTheIdAndTheReader() {
    ArticleReader text = new briefing.ingest.text.TextReader();
    ArticleReader markdown = new briefing.ingest.markdown.MarkdownReader();
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    String key = ReadingCache.key(text, bytes, "content/articles/a.txt", "a");
    assertEquals(key, ReadingCache.key(text, bytes.clone(), "content/articles/a.txt", "a"));
    assertNotEquals(key, ReadingCache.key(text, "x".getBytes(StandardCharsets.UTF_8), "content/articles/a.txt", "a"));
    assertNotEquals(key, ReadingCache.key(text, bytes, "content/articles/b.txt", "a"));
    assertNotEquals(key, ReadingCache.key(text, bytes, "content/articles/a.txt", "a-2"));
    assertNotEquals(key, ReadingCache.key(markdown, bytes, "content/articles/a.txt", "a"));
  }

  @Test
  void theSampleStoryReadsBackUnchanged() {
    Path content = Path.of("content");
    Ingest.Result fresh = Ingest.standard().read(content, "content");
    Ingest.Result first = Ingest.standard().withCache(cache()).read(content, "content");
    Ingest.Result again = Ingest.standard().withCache(cache()).read(content, "content");
    assertEquals(fresh, first);
    assertEquals(fresh, again);
  }
}
