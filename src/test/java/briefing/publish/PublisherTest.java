package briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Page;
import briefing.model.Site;
import briefing.text.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing against what an interrupted build, a linked folder or a mistyped --out leaves: the
 * states are made directly, page by page, without running a build.
 */
class PublisherTest {
  @TempDir Path dir;
  private Path content;
  private Path site;
  private Path home;

  @BeforeEach
  void folders() throws IOException {
    content = Files.createDirectories(dir.resolve("project/content/articles")).getParent();
    Files.writeString(content.resolve("articles/a.txt"), "the user's article");
    site = dir.resolve("project/site");
    home = Files.createDirectories(dir.resolve("users/me"));
  }

  private static Site site(String version) {
    return new Site(List.of(page("index.html", "<p>" + version + "</p>"), page("articles/a.html", version),
        page("assets/site.css", "body{}")));
  }

  private static Page page(String path, String text) {
    return new Page(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path publish(Site pages, Path out, boolean force) throws PublishException {
    return Publisher.publish(pages, out, force, List.of(content, dir.resolve("project/templates")), dir.resolve("project"), home);
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> listed = Files.list(site.getParent())) {
      return listed.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anEmptyLeftoverFromABuildKilledBeforeItsManifestIsCleared() throws Exception {
    publish(site("one"), site, false);
    Files.createDirectories(dir.resolve("project/.site.new/articles"));
    publish(site("two"), site, false);
    assertEquals(List.of("content", "site"), siblings());
    assertEquals("two", Files.readString(site.resolve("articles/a.html")));
  }

  @Test
  void aLeftoverKilledInTheMiddleOfAPageIsCleared() throws Exception {
    publish(site("one"), site, false);
    Path fresh = dir.resolve("project/.site.new");
    Files.createDirectories(fresh.resolve("articles"));
    Files.writeString(fresh.resolve(Publisher.MANIFEST), Files.readString(site.resolve(Publisher.MANIFEST)));
    Files.writeString(fresh.resolve("index.html"), "<p>tw");
    publish(site("two"), site, false);
    assertEquals(List.of("content", "site"), siblings());
  }

  @Test
  void aBuildKilledBetweenTheTwoRenamesLeavesASiteTheNextBuildRestores() throws Exception {
    publish(site("one"), site, false);
    Path old = dir.resolve("project/.site.old");
    Files.move(site, old);
    publish(site("two"), site, false);
    assertEquals(List.of("content", "site"), siblings());
    assertEquals("two", Files.readString(site.resolve("articles/a.html")));
    // And the restored previous site is still refused where the user edited a page of it.
    Files.writeString(site.resolve("index.html"), "mine");
    Files.move(site, old);
    PublishException refused = assertThrows(PublishException.class, () -> publish(site("three"), site, false));
    assertTrue(refused.getMessage().contains("index.html"), refused.getMessage());
    assertEquals("mine", Files.readString(site.resolve("index.html")), "the previous site is back in place");
  }

  @Test
  void aManifestOfSha256DigestsFromAnEarlierVersionIsStillHonoured() throws Exception {
    publish(site("one"), site, false);
    StringBuilder earlier = new StringBuilder();
    for (Page page : site("one").pages()) {
      earlier.append(Hashes.sha256Hex(page.bytes())).append("  ").append(page.path()).append('\n');
    }
    Files.writeString(site.resolve(Publisher.MANIFEST), earlier);
    Files.writeString(site.resolve("index.html"), "mine");
    PublishException refused = assertThrows(PublishException.class, () -> publish(site("two"), site, false));
    assertTrue(refused.getMessage().contains("index.html"), refused.getMessage());
    assertFalse(refused.getMessage().contains("a.html"), "the pages as briefing wrote them are its own: " + refused.getMessage());
    assertEquals(List.of("content", "site"), siblings(), "a refused build leaves nothing beside the site");
    assertEquals("mine", Files.readString(site.resolve("index.html")));
    Files.writeString(site.resolve("index.html"), "<p>one</p>");
    publish(site("two"), site, false);
    assertEquals("two", Files.readString(site.resolve("articles/a.html")));
    assertTrue(Files.readString(site.resolve(Publisher.MANIFEST)).matches("(?s)[0-9a-f]{8}  \\S+\n.*"),
        "new manifests hold fingerprints");
  }

  @Test
  void pagesOfOneFolderWrittenOnBothThreadsAllArrive() throws Exception {
    // Pages are written on two threads, half the list each; here both halves need the same
    // folders, in the same order: every page arrives, whichever thread makes its folder.
    for (int round = 0; round < 5; round++) {
      java.util.List<Page> pages = new java.util.ArrayList<>();
      for (int i = 0; i < 4000; i++) {
        pages.add(page(folder(round, i) + "/p" + i + ".html", "page " + i));
      }
      Path out = dir.resolve("project/site-" + round);
      publish(new Site(pages), out, false);
      for (int i = 0; i < 4000; i += 97) {
        assertEquals("page " + i, Files.readString(out.resolve(folder(round, i) + "/p" + i + ".html")));
      }
    }
  }

  private static String folder(int round, int page) {
    return "r" + round + "/f" + (page % 2000) / 5;
  }

  @Test
  void aRebuildKeepsTheFilesOfPagesThatDidNotChangeAndWritesTheOthers() throws Exception {
    publish(site("one"), site, false);
    FileTime past = FileTime.fromMillis(946_684_800_000L);
    for (String page : List.of("index.html", "articles/a.html", "assets/site.css")) {
      Files.setLastModifiedTime(site.resolve(page), past);
    }
    publish(new Site(List.of(page("index.html", "<p>one</p>"), page("articles/a.html", "two"),
        page("assets/site.css", "body{}"))), site, false);
    assertEquals(past, Files.getLastModifiedTime(site.resolve("index.html")), "the same page, linked");
    assertEquals(past, Files.getLastModifiedTime(site.resolve("assets/site.css")));
    assertFalse(past.equals(Files.getLastModifiedTime(site.resolve("articles/a.html"))), "a changed page is written");
    assertEquals("two", Files.readString(site.resolve("articles/a.html")));
    assertEquals(1, Files.getAttribute(site.resolve("index.html"), "unix:nlink"), "the previous site is gone");
    assertEquals(List.of("content", "site"), siblings());
  }

  @Test
  void aLeftoverHoldingTheUsersFilesIsKeptAndTheHintDoesNotBlamePermissions() throws Exception {
    Path fresh = Files.createDirectories(dir.resolve("project/.site.new"));
    Files.writeString(fresh.resolve("notes.txt"), "my notes");
    PublishException refused = assertThrows(PublishException.class, () -> publish(site("one"), site, true));
    assertTrue(refused.getMessage().contains(".site.new is left from an earlier build"), refused.getMessage());
    assertFalse(refused.hint().contains("writable"), refused.hint());
    assertEquals("my notes", Files.readString(fresh.resolve("notes.txt")));
  }

  @Test
  void aFailedWriteRemovesItsOwnFolderAndLeavesThePreviousSite() throws Exception {
    publish(site("one"), site, false);
    // "clash" is written as a file, and then a page needs it to be a folder.
    Site clashing = new Site(List.of(page("clash", "x"), page("clash/page.html", "y")));
    PublishException failed = assertThrows(PublishException.class, () -> publish(clashing, site, false));
    assertTrue(failed.getMessage().startsWith("could not write"), failed.getMessage());
    assertEquals(List.of("content", "site"), siblings());
    assertEquals("one", Files.readString(site.resolve("articles/a.html")));
  }

  @Test
  void anEmptyFolderTheUserMadeInTheSiteIsTheUsers() throws Exception {
    publish(site("one"), site, false);
    Files.createDirectories(site.resolve("drafts"));
    PublishException refused = assertThrows(PublishException.class, () -> publish(site("two"), site, false));
    assertTrue(refused.getMessage().contains("(drafts/)"), refused.getMessage());
    assertTrue(Files.isDirectory(site.resolve("drafts")));
    Path aside = publish(site("two"), site, true);
    assertTrue(Files.isDirectory(aside.resolve("drafts")), "moved aside with the old site, not deleted");
  }

  @Test
  void aLinkedParentFolderCannotPutTheSiteInsideTheContent() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("shortcut"), content.resolve("articles"));
    PublishException refused = assertThrows(PublishException.class, () -> publish(site("one"), link.resolve("site"), true));
    assertTrue(refused.getMessage().contains("which briefing reads"), refused.getMessage());
    assertFalse(Files.exists(content.resolve("articles/site")));
    Path toContent = Files.createSymbolicLink(dir.resolve("to-content"), content);
    assertThrows(PublishException.class, () -> publish(site("one"), toContent, true));
    assertEquals("the user's article", Files.readString(content.resolve("articles/a.txt")));
    try (Stream<Path> listed = Files.list(dir.resolve("project"))) {
      assertEquals(List.of("content"), listed.map(p -> p.getFileName().toString()).toList(),
          "the real content folder is never moved aside");
    }
  }

  @Test
  void forceNeverMovesAsideTheHomeFolderTheRootOrAFolderOfManyFiles() throws Exception {
    PublishException homeRefused = assertThrows(PublishException.class, () -> publish(site("one"), dir.resolve("users"), true));
    assertTrue(homeRefused.getMessage().contains("home folder"), homeRefused.getMessage());
    assertThrows(PublishException.class, () -> publish(site("one"), home, true));
    Path root = Files.createSymbolicLink(dir.resolve("root"), Path.of("/").toAbsolutePath().getRoot());
    PublishException rootRefused = assertThrows(PublishException.class, () -> publish(site("one"), root, true));
    assertTrue(rootRefused.getMessage().contains("root"), rootRefused.getMessage());
    Path many = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < Publisher.MARGIN + 10; i++) {
      Files.writeString(many.resolve("file-" + i + ".txt"), "");
    }
    PublishException manyRefused = assertThrows(PublishException.class, () -> publish(site("one"), many, true));
    assertTrue(manyRefused.getMessage().contains("far more than a briefing site"), manyRefused.getMessage());
    try (Stream<Path> listed = Files.list(many)) {
      assertEquals(Publisher.MARGIN + 10, listed.count());
    }
  }
}
