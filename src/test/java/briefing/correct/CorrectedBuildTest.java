package briefing.correct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Main;
import briefing.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story built with a corrections.yaml through {@code briefing build} and {@code check}, as the
 * editor runs them: what the pages and briefing.json say, and the messages (issue 16).
 */
class CorrectedBuildTest {
  private static final Path STORY = Path.of("src/test/resources/briefing/golden/council-vote/content");
  private static final String CORRECTIONS = """
      # The editor's corrections of the council vote.
      people:
        - rename: Ellen Harcourt
          to: Ellen M. Harcourt
        - hide: Nobody Here
      events:
        - merge: [2023-06-work-due-start, 2023-06-repairs-expected-begin-take]
        - pin: 2023-06-work-due-start
      figures:
        - explain: USD (repair)
          note: The higher figure includes the design work.
      sources:
        - outlet: Coast Radio News
          note: A community station run by volunteers.
        - file: articles/bay-gazette.txt
          published: 2023-03-16
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path content(String corrections) throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("articles"));
    for (String file : List.of("briefing.md", "articles/bay-gazette.txt", "articles/coast-radio.txt")) {
      Files.copy(STORY.resolve(file), content.resolve(file));
    }
    Files.writeString(content.resolve(Corrections.FILE), corrections);
    return content;
  }

  @Test
  void aBuildAppliesEveryCorrectionAndSaysWhichMatchNothing() throws IOException {
    Path content = content(CORRECTIONS);
    Path site = dir.resolve("site");
    assertEquals(0, run("build", "--content", content.toString(), "--out", site.toString()), err::toString);
    assertTrue(out.toString().contains("(0 errors, 1 warning)"), out::toString);
    assertTrue(err.toString().contains("corrections.yaml:5: warning: stale correction: no one person is named 'Nobody Here'"),
        err::toString);

    String json = Files.readString(site.resolve("briefing.json"));
    assertTrue(json.contains("\"id\" : \"ellen-m-harcourt\""), json);
    assertFalse(json.contains("\"ellen-harcourt\""), "every link follows the new id");
    assertFalse(json.contains("2023-06-repairs-expected-begin-take"), "the merged event is gone, links too");
    assertTrue(json.contains("\"pinned\" : [ \"2023-06-work-due-start\" ]"), json);
    assertTrue(json.contains("\"text\" : \"Merged by the editor from 2 events of the sources.\""), json);
    assertTrue(json.contains("\"published\" : \"2023-03-16\""), json);

    String person = Files.readString(site.resolve("people/ellen-m-harcourt.html"));
    assertTrue(person.contains("Name set by the editor (the sources: Ellen Harcourt)."), person);
    assertFalse(Files.exists(site.resolve("people/ellen-harcourt.html")));
    String index = Files.readString(site.resolve("index.html"));
    assertTrue(index.contains("Explained:</strong> USD (repair)"), index);
    assertTrue(index.contains("The editor: The higher figure includes the design work."), index);
    assertTrue(index.contains("The editor: A community station run by volunteers."), index);
    assertTrue(index.contains("Work is due to start in June."), "pinned to the story in brief");
    String timeline = Files.readString(site.resolve("timeline.html"));
    assertTrue(timeline.contains("Merged by the editor from 2 events of the sources."), timeline);
    String article = Files.readString(site.resolve("articles/bay-gazette.html"));
    assertTrue(article.contains("Thursday 16 March 2023 <span class=\"how\">(corrected by the editor)</span>"), article);
    String radio = Files.readString(site.resolve("articles/coast-radio.html"));
    assertTrue(radio.contains("The editor: A community station run by volunteers."), radio);
    assertTrue(radio.contains("href=\"../people/ellen-m-harcourt.html\""), "names link to the renamed person");

    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertEquals(0, run("check", "--content", content.toString()), err::toString);
    assertTrue(err.toString().contains("corrections.yaml:5: warning: stale correction"), "check reports it too");
  }

  @Test
  void aMistakeInTheCorrectionsFailsTheBuildAndLeavesThePreviousSite() throws IOException {
    Path content = content("people:\n  - rename: Ellen Harcourt\n    to: Ellen M. Harcourt\n");
    Path site = dir.resolve("site");
    assertEquals(0, run("build", "--content", content.toString(), "--out", site.toString()), err::toString);
    Map<String, byte[]> before = TestFiles.read(site);

    Files.writeString(content.resolve(Corrections.FILE), "people:\n  - rename: Ellen Harcourt\n    to: Ellen\n  - wed: x\n");
    err.getBuffer().setLength(0);
    assertEquals(1, run("build", "--content", content.toString(), "--out", site.toString()));
    assertTrue(err.toString().contains("corrections.yaml:4: error: unknown kind of correction 'people: wed'"), err::toString);
    Map<String, byte[]> after = TestFiles.read(site);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));

    Files.writeString(content.resolve(Corrections.FILE), "people:\n  - rename: Ellen Harcourt\n    to: [Ellen\n");
    err.getBuffer().setLength(0);
    assertEquals(1, run("build", "--content", content.toString(), "--out", site.toString()));
    assertTrue(err.toString().matches("(?s).*corrections\\.yaml:\\d+: error: not valid YAML.*"), err::toString);
  }
}
