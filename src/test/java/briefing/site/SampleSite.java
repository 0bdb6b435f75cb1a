package briefing.site;

import briefing.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's sample story built into a site folder, as {@code briefing build} writes it. */
record SampleSite(Path root, List<String> pages) {
  SampleSite {
    pages = List.copyOf(pages);
  }

  /**
   * Builds {@code content/} into {@code out} (which must not exist yet) and lists its pages.
   * The build keeps its analysis cache in {@code .briefing/} beside {@code content/}, so a second
   * run analyses nothing.
   */
  static SampleSite build(Path out) throws IOException {
    StringWriter log = new StringWriter();
    PrintWriter writer = new PrintWriter(log, true);
    int exit = Main.run(new String[] {"build", "--content", "content", "--out", out.toString()}, writer, writer);
    if (exit != 0) {
      throw new IllegalStateException("briefing build exited " + exit + ":\n" + log);
    }
    try (Stream<Path> files = Files.walk(out)) {
      List<String> pages = files.filter(p -> p.toString().endsWith(".html"))
          .map(p -> out.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
      return new SampleSite(out, pages);
    }
  }

  /** Returns the file of a page named by its path relative to the site root. */
  Path file(String page) {
    return root.resolve(page);
  }
}
