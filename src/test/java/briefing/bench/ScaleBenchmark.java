package briefing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whole builds as a user runs them, each in its own process through the {@code briefing}
 * launcher, with wall time, CPU time (user + system) and peak memory (maximum resident set size),
 * the median of several runs:
 *
 * <pre>
 * mvn -q -B -DskipTests package &amp;&amp; mvn -q test-compile exec:java@scale \
 *     -Dexec.args="[--runs N] [--story DIR] [--cold-story] [--sizes 100,200,400] [--only seeds,story,growth]"
 * </pre>
 *
 * <p>Measured: the seed story ({@code content/}) cold (no analysis cache) and cached; a large
 * story (default: Timeline17's H1N1, 402 articles, beside the repository in {@code ../shared})
 * cached, and cold once with {@code --cold-story} (minutes); and growth: the story's first 100,
 * 200, 400 articles by file name, cached, with cross-reference and render times
 * ({@link StageTimes}, a fresh JVM per run) and the fitted growth exponent (log-log slope of
 * time against articles). Builds run in {@code target/scale-bench/}; the story's analysis cache
 * is kept there between runs of the benchmark. Peak memory comes from {@code /usr/bin/time -v}
 * where it is installed, else from the child's {@code /proc/PID/status} (VmHWM), polled.
 */
public final class ScaleBenchmark {
  private static final Path HOME = Path.of("").toAbsolutePath();
  private static final Path TIME = Path.of("/usr/bin/time");

  /** One build: wall and CPU seconds, peak resident memory in MB. */
  record Run(double wall, double cpu, double peakMb) {}

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = 3;
    Path story = HOME.resolve("../shared/data/t17/H1N1/articles").normalize();
    boolean coldStory = false;
    List<Integer> sizes = List.of(100, 200, 400);
    List<String> only = List.of("seeds", "story", "growth");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--story" -> story = Path.of(args[++i]).toAbsolutePath();
        case "--cold-story" -> coldStory = true;
        case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--only" -> only = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    checkJar();
    Path work = HOME.resolve("target/scale-bench");
    System.out.printf(Locale.ROOT, "%d cores, %s, median of %d runs; peak memory from %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs,
        Files.isExecutable(TIME) ? TIME : "/proc/PID/status");
    if (only.contains("seeds")) {
      Path seeds = project(work.resolve("seeds"), HOME.resolve("content/articles"), Integer.MAX_VALUE);
      copy(HOME.resolve("content/briefing.md"), seeds.resolve("content/briefing.md"));
      List<Run> cold = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        delete(seeds.resolve(".briefing"));
        cold.add(build(seeds));
      }
      print("seeds, cold", cold);
      print("seeds, cached", builds(seeds, runs));
    }
    Path storyProject = work.resolve("story");
    if (only.contains("story") || only.contains("growth")) {
      project(storyProject, story, Integer.MAX_VALUE);
      if (coldStory) {
        delete(storyProject.resolve(".briefing"));
      }
      if (coldStory || !Files.isDirectory(storyProject.resolve(".briefing/analysis"))) {
        print("story (" + count(storyProject) + " files), cold" + (coldStory ? "" : ", filling the cache"),
            List.of(build(storyProject)));
      }
    }
    if (only.contains("story")) {
      print("story (" + count(storyProject) + " files), cached", builds(storyProject, runs));
    }
    if (only.contains("growth")) {
      growth(work, storyProject, story, sizes, runs);
    }
  }

  private static void growth(Path work, Path storyProject, Path story, List<Integer> sizes, int runs)
      throws Exception {
    List<double[]> points = new ArrayList<>();
    for (int size : sizes) {
      Path p = project(work.resolve("growth-" + size), story, size);
      delete(p.resolve(".briefing"));
      // the story's caches, analyses and articles as read, so each size is a cached rebuild
      for (String kept : List.of("analysis", "reading")) {
        Path from = storyProject.resolve(".briefing").resolve(kept);
        if (!Files.isDirectory(from)) {
          continue;
        }
        Path cache = Files.createDirectories(p.resolve(".briefing").resolve(kept));
        try (Stream<Path> entries = Files.list(from)) {
          for (Path e : entries.toList()) {
            Files.createLink(cache.resolve(e.getFileName()), e);
          }
        }
      }
      Run whole = median(builds(p, runs));
      List<double[]> stages = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        stages.add(stageTimes(p));
      }
      double link = median(stages.stream().mapToDouble(s -> s[0]).toArray());
      double render = median(stages.stream().mapToDouble(s -> s[1]).toArray());
      int articles = (int) stages.get(0)[2];
      points.add(new double[] {articles, link, render, whole.wall()});
      System.out.printf(Locale.ROOT,
          "growth %4d files (%d articles): cross-reference %7.0f ms, render %6.0f ms; whole build %.2f s wall,"
              + " %.2f s CPU, peak %.0f MB%n", size, articles, link, render, whole.wall(), whole.cpu(), whole.peakMb());
    }
    if (points.size() >= 2) {
      System.out.printf(Locale.ROOT,
          "growth exponent (log-log slope over %d sizes): cross-reference %.2f, render %.2f, whole build %.2f%n",
          points.size(), slope(points, 1), slope(points, 2), slope(points, 3));
    }
  }

  /** The least-squares slope of log(time) against log(articles). */
  static double slope(List<double[]> points, int column) {
    double n = points.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (double[] p : points) {
      double x = Math.log(p[0]);
      double y = Math.log(Math.max(p[column], 1e-3));
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  /** A project folder holding the first {@code limit} files of {@code articles} by name. */
  private static Path project(Path project, Path articles, int limit) throws IOException {
    Path target = project.resolve("content/articles");
    List<Path> wanted;
    try (Stream<Path> files = Files.list(articles)) {
      wanted = files.filter(Files::isRegularFile).sorted().limit(limit).toList();
    }
    delete(target);
    Files.createDirectories(target);
    for (Path f : wanted) {
      copy(f, target.resolve(f.getFileName().toString()));
    }
    return project;
  }

  private static long count(Path project) throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("content/articles"))) {
      return files.count();
    }
  }

  private static List<Run> builds(Path project, int runs) throws Exception {
    if (!Files.isDirectory(project.resolve(".briefing/analysis"))) {
      build(project);
    }
    List<Run> measured = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      measured.add(build(project));
    }
    return measured;
  }

  /** One {@code briefing build} in {@code project}, through the launcher, measured. */
  static Run build(Path project) throws Exception {
    List<String> command = new ArrayList<>(List.of(HOME.resolve("briefing").toString(), "build", "--quiet"));
    return measure(project, command);
  }

  private static double[] stageTimes(Path project) throws Exception {
    Path out = Files.createTempFile("briefing-stages", ".txt");
    try {
      String cp = HOME.resolve("target/briefing.jar") + ":" + HOME.resolve("target/lib/*") + ":"
          + HOME.resolve("target/test-classes");
      Process p = new ProcessBuilder("java", "-Xmx2g", "-cp", cp, StageTimes.class.getName(), project.toString())
          .directory(project.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("stage times failed in " + project + ":\n" + Files.readString(out));
      }
      List<String> lines = Files.readAllLines(out);
      return Arrays.stream(lines.get(lines.size() - 1).trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static Run measure(Path dir, List<String> command) throws Exception {
    Path log = Files.createTempFile("briefing-build", ".log");
    Path report = Files.createTempFile("briefing-time", ".txt");
    try {
      boolean time = Files.isExecutable(TIME);
      List<String> full = new ArrayList<>();
      if (time) {
        full.addAll(List.of(TIME.toString(), "-v", "-o", report.toString()));
      }
      full.addAll(command);
      long start = System.nanoTime();
      Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      long peakKb = 0;
      double cpu = 0;
      while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (!time) {
          peakKb = Math.max(peakKb, status(p.pid(), "VmHWM:"));
          cpu = Math.max(cpu, cpuSeconds(p.pid()));
        }
      }
      double wall = (System.nanoTime() - start) / 1e9;
      if (p.exitValue() != 0) {
        throw new IllegalStateException("build failed in " + dir + ":\n" + Files.readString(log));
      }
      if (time) {
        String text = Files.readString(report);
        cpu = field(text, "User time (seconds):") + field(text, "System time (seconds):");
        peakKb = (long) field(text, "Maximum resident set size (kbytes):");
      }
      return new Run(wall, cpu, peakKb / 1024.0);
    } finally {
      Files.deleteIfExists(log);
      Files.deleteIfExists(report);
    }
  }

  private static double field(String text, String name) {
    return text.lines().map(String::strip).filter(l -> l.startsWith(name))
        .mapToDouble(l -> Double.parseDouble(l.substring(name.length()).strip())).findFirst().orElse(0);
  }

  private static long status(long pid, String name) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(name))
          .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** User and system time from /proc/PID/stat (clock ticks of 1/100 s), while the process lives. */
  private static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static void print(String label, List<Run> runs) {
    Run m = median(runs);
    System.out.printf(Locale.ROOT, "%-40s wall %6.2f s   CPU %6.2f s   peak %6.0f MB   (%d run%s)%n", label,
        m.wall(), m.cpu(), m.peakMb(), runs.size(), runs.size() == 1 ? "" : "s");
  }

  private static Run median(List<Run> runs) {
    return new Run(median(runs.stream().mapToDouble(Run::wall).toArray()),
        median(runs.stream().mapToDouble(Run::cpu).toArray()),
        median(runs.stream().mapToDouble(Run::peakMb).toArray()));
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** Stops when the launcher would rebuild the jar mid-benchmark (sources newer than the jar). */
  private static void checkJar() throws IOException {
    Path jar = HOME.resolve("target/briefing.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no target/briefing.jar: run mvn -q -B -DskipTests package first");
    }
    FileTime built = Files.getLastModifiedTime(jar);
    for (String dir : List.of("src/main", "templates", "pom.xml")) {
      try (Stream<Path> files = Files.walk(HOME.resolve(dir))) {
        if (files.anyMatch(f -> newer(f, built))) {
          throw new IllegalStateException("target/briefing.jar is older than " + dir
              + ": run mvn -q -B -DskipTests package first");
        }
      }
    }
  }

  private static boolean newer(Path f, FileTime than) {
    try {
      return Files.getLastModifiedTime(f).compareTo(than) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
