package briefing.bench;

import briefing.Pipeline;
import briefing.cli.serve.Preview;
import briefing.config.Settings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code briefing serve} as an editor meets it: after the first build, one article is changed
 * (a sentence added, as an edit would) and the time is taken from the file's write to the moment
 * the server answers a waiting page with the new version, the point at which the page reloads.
 * Prints each round's stages and the median; issue 14's target is 0.5 s on the sample.
 *
 * <pre>mvn -q test-compile exec:java@serve-bench -Dexec.args="[CONTENT] [ROUNDS]"</pre>
 */
public final class ServeBenchmark {
  private ServeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args.length > 0 ? args[0] : "content").toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path project = Files.createTempDirectory("briefing-serve-bench");
    Path content = project.resolve("content");
    copy(source, content);
    Path article;
    try (Stream<Path> files = Files.list(content.resolve("articles"))) {
      article = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
    }
    Map<String, Long> stages = Collections.synchronizedMap(new LinkedHashMap<>());
    long[] last = {System.nanoTime()};
    String[] current = {null};
    Preview.Listener listener = new Preview.Listener() {
      @Override
      public void built(Pipeline.Outcome outcome, Duration took) {
        close(stages, current, last);
      }

      @Override
      public void stage(String stage) {
        close(stages, current, last);
        current[0] = stage.replaceAll("\\d+", "N").replaceAll(", about.*", "");
      }

      @Override
      public void crashed(RuntimeException failure) {
        failure.printStackTrace();
      }
    };
    Settings settings = new Settings(content, project.resolve("site"), Path.of("templates").toAbsolutePath(), false);
    long start = System.nanoTime();
    try (Preview preview = Preview.start(settings, 0, listener)) {
      System.out.printf(Locale.ROOT, "first build: %.2f s (%s)%n", (System.nanoTime() - start) / 1e9, article.getFileName());
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + preview.port();
      String original = Files.readString(article);
      List<Double> seconds = new ArrayList<>();
      List<Double> cpus = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        String version = get(http, base + "/__briefing/version");
        stages.clear();
        String edited = withSentence(original, "The editor added sentence number " + round + " to this report.");
        long cpu = cpu();
        long written = System.nanoTime();
        Files.writeString(article, edited, StandardCharsets.UTF_8);
        String now;
        do {
          now = get(http, base + "/__briefing/version?since=" + version);
        } while (now.equals(version));
        double took = (System.nanoTime() - written) / 1e9;
        seconds.add(took);
        double used = (cpu() - cpu) / 1e9;
        cpus.add(used);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d: %.3f s (%.3f s of CPU)", round, took, used));
        synchronized (stages) {
          stages.forEach((stage, nanos) -> line.append(String.format(Locale.ROOT, "  %s %.0f ms", stage, nanos / 1e6)));
        }
        System.out.println(line);
      }
      Collections.sort(seconds);
      Collections.sort(cpus);
      System.out.printf(Locale.ROOT, "one changed article, write to new version served: median %.3f s, best %.3f s, worst %.3f s"
          + "; CPU used meanwhile (all threads): median %.3f s (target 0.5 s)%n", seconds.get(seconds.size() / 2), seconds.get(0),
          seconds.get(seconds.size() - 1), cpus.get(cpus.size() / 2));
    }
    System.exit(0);
  }

  /** The text with a sentence added to its longest paragraph, the body's, where an edit would go. */
  private static String withSentence(String text, String sentence) {
    String[] paragraphs = text.split("\n\n", -1);
    int longest = 0;
    for (int i = 1; i < paragraphs.length; i++) {
      if (paragraphs[i].length() > paragraphs[longest].length()) {
        longest = i;
      }
    }
    paragraphs[longest] = paragraphs[longest].stripTrailing() + " " + sentence;
    return String.join("\n\n", paragraphs);
  }

  /** CPU time of the whole process so far, in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void close(Map<String, Long> stages, String[] current, long[] last) {
    long now = System.nanoTime();
    if (current[0] != null) {
      stages.merge(current[0], now - last[0], Long::sum);
    }
    current[0] = null;
    last[0] = now;
  }

  private static String get(HttpClient http, String uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString()).body().strip();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
