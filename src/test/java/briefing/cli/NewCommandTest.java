package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing new}: a story folder to start from, never written over an existing one. */
class NewCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aNewStoryHasAnEmptyArticlesFolderABriefingFileAndAReadme() throws IOException {
    Path story = dir.resolve("geneva-talks");
    assertEquals(0, run("new", story.toString()), err::toString);
    assertTrue(Files.isDirectory(story.resolve("content/articles")));
    try (Stream<Path> articles = Files.list(story.resolve("content/articles"))) {
      assertEquals(0, articles.count(), "the articles folder starts empty");
    }
    String briefing = Files.readString(story.resolve("content/briefing.md"));
    assertTrue(briefing.startsWith("---\ntitle: \"Geneva talks\"\nlanguage: en\n# base_url: "), briefing);
    assertTrue(Files.readString(story.resolve("README.md")).contains("content/articles"));
    assertTrue(out.toString().contains("briefing add"), "says what to do next: " + out);
  }

  @Test
  void theStarterBriefingFileReadsWithoutWarnings() throws IOException {
    Path story = dir.resolve("story");
    assertEquals(0, run("new", story.toString()), err::toString);
    // The one problem of a new story is that it has no articles yet.
    assertEquals(1, run("check", "--content", story.resolve("content").toString()));
    assertTrue(err.toString().contains("content/articles: error: no articles to build a briefing from"), err::toString);
    assertFalse(err.toString().contains("briefing.md"), err::toString);
  }

  @Test
  void anEmptyFolderIsTakenAndAFolderWithFilesIsRefusedUntouched() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(0, run("new", empty.toString()), err::toString);
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "my notes");
    assertEquals(2, run("new", mine.toString()));
    assertTrue(err.toString().contains("mine: error: folder exists and is not empty"), err::toString);
    try (Stream<Path> files = Files.list(mine)) {
      assertEquals(1, files.count(), "nothing is written into it");
    }
    assertEquals(2, run("new", empty.toString()), "a story is never created twice over");
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertEquals(2, run("new", file.toString()));
    assertTrue(err.toString().contains("file: error: exists and is not a folder"), err::toString);
  }
}
