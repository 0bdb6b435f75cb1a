package briefing.bench;

import briefing.ingest.Ingest;
import briefing.render.Renderer;
import briefing.render.Site;
import briefing.render.Theme;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the ingest and render stages on a content folder and prints the figures:
 * {@code mvn -q test-compile exec:java@bench -Dexec.args=DIR} (default: content).
 */
public final class BuildBenchmark {
  private BuildBenchmark() {}

  public static void main(String[] args) {
    Path content = Path.of(args.length > 0 ? args[0] : "content");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      Ingest.Result read = Ingest.standard().read(content, content.toString());
      long ingested = System.nanoTime();
      Site site = new Renderer(new Theme(Path.of("templates"))).render(read);
      long rendered = System.nanoTime();
      Runtime rt = Runtime.getRuntime();
      System.out.printf(Locale.ROOT,
          "round %d: %d articles, ingest %.0f ms (%.1f ms/article), render %d files %.0f ms, heap used %d MB%n",
          round, read.articles().size(), (ingested - start) / 1e6,
          (ingested - start) / 1e6 / Math.max(1, read.articles().size()),
          site.pages().size(), (rendered - ingested) / 1e6,
          (rt.totalMemory() - rt.freeMemory()) / 1048576);
    }
  }
}
