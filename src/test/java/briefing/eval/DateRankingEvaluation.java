package briefing.eval;

import briefing.analyze.Analyses;
import briefing.analyze.cache.AnalysisCache;
import briefing.crossref.CastOfPeople;
import briefing.crossref.timeline.Timeline;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.TimeMention.Precision;
import briefing.model.briefing.Event;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the timeline's date ranking against journalists' own timelines (Timeline17).
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-dates [-Dexec.args="[--list N] [story-folder]"]}; the
 * folder defaults to {@code ../shared/data/t17/H1N1} and holds {@code articles/*.txt} (front
 * matter with outlet and published) and {@code gold-timelines/*.txt} (blocks of a
 * {@code YYYY-MM-DD} line and its sentences, between dashed lines). The articles go through the
 * real ingest and analysis (cached in {@code target/eval-cache/t17}; the first run takes long),
 * then {@link Timeline#build}. Each day-precision event scores its day with its rank. For each gold
 * timeline, as the Timeline17 protocol does, only days within the gold timeline's first and last
 * date are candidates; the top k of them, k the number of distinct gold dates, are scored for
 * date precision, recall and F1. A baseline ranks days by how many articles were published on
 * them; the last column lets every day compete. {@code -DcachedOnly=true} measures only the articles already in the cache (a sample,
 * for a quick look while the cache fills).
 */
public final class DateRankingEvaluation {
  private static final Pattern GOLD_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private DateRankingEvaluation() {}

  /** Runs the evaluation and prints per-timeline and mean scores. */
  public static void main(String[] args) throws IOException {
    int list = 0;
    Path story = Path.of("../shared/data/t17/H1N1");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--list")) {
        list = Integer.parseInt(args[++i]);
      } else {
        story = Path.of(args[i]);
      }
    }
    List<Source> sources = load(story, Path.of("target/eval-cache/t17"));
    List<Event> events = Timeline.build(sources, new CastOfPeople(List.of(), Map.of()));
    Map<LocalDate, Double> timeline = new TreeMap<>();
    for (Event e : events) {
      if (e.precision() == Precision.DAY) {
        timeline.merge(LocalDate.parse(e.date().value()), e.rank(), Math::max);
      }
    }
    Map<LocalDate, Double> published = new TreeMap<>();
    for (Source s : sources) {
      if (s.article().metadata().published() != null) {
        published.merge(s.article().metadata().published().value().date(), 1.0, Double::sum);
      }
    }
    PrintStream out = System.out;
    events.stream().sorted(Comparator.comparingDouble(Event::rank).reversed()
            .thenComparing(Event::id)).limit(list)
        .forEach(e -> out.printf("%-10s %-10s %5.2f %3d sources %3d sentences  %s%n", e.date().value(),
            e.kind(), e.rank(), e.sources().size(), e.citations().size(),
            e.summary().length() > 110 ? e.summary().substring(0, 110) + "…" : e.summary()));
    out.printf("%d articles, %d events, %d ranked days%n", sources.size(), events.size(),
        timeline.size());
    out.printf("%-40s %3s  %-17s  %-17s  %-17s%n", "gold timeline", "k", "timeline P/R/F1",
        "published P/R/F1", "unrestricted P/R/F1");
    double sum = 0;
    double baseSum = 0;
    double openSum = 0;
    List<Path> golds;
    try (Stream<Path> files = Files.list(story.resolve("gold-timelines"))) {
      golds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path gold : golds) {
      Set<LocalDate> days = goldDates(gold);
      Score mine = score(timeline, days, true);
      Score base = score(published, days, true);
      Score open = score(timeline, days, false);
      out.printf("%-40s %3d  %s  %s  %s%n", gold.getFileName(), days.size(), mine, base, open);
      sum += mine.f1;
      baseSum += base.f1;
      openSum += open.f1;
    }
    out.printf("mean date F1: timeline %.3f, published-count baseline %.3f,"
        + " timeline over all days %.3f%n", sum / golds.size(), baseSum / golds.size(),
        openSum / golds.size());
    System.exit(0);
  }

  record Score(double p, double r, double f1) {
    @Override
    public String toString() {
      return String.format("%.3f %.3f %.3f", p, r, f1);
    }
  }

  /**
   * Date P/R/F1 of the top-k ranked days, k the gold's date count; {@code inRange}: only days
   * within the gold's first and last date compete (the Timeline17 protocol).
   */
  static Score score(Map<LocalDate, Double> ranked, Set<LocalDate> gold, boolean inRange) {
    LocalDate first = gold.stream().min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = gold.stream().max(Comparator.naturalOrder()).orElseThrow();
    List<LocalDate> top = ranked.entrySet().stream()
        .filter(e -> !inRange || !e.getKey().isBefore(first) && !e.getKey().isAfter(last))
        .sorted(Map.Entry.<LocalDate, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(gold.size()).map(Map.Entry::getKey).toList();
    long hits = top.stream().filter(gold::contains).count();
    double p = top.isEmpty() ? 0 : (double) hits / top.size();
    double r = (double) hits / gold.size();
    return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** The distinct dates of a gold timeline file. */
  static Set<LocalDate> goldDates(Path file) throws IOException {
    Set<LocalDate> days = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (GOLD_DATE.matcher(line.strip()).matches()) {
        days.add(LocalDate.parse(line.strip()));
      }
    }
    return days;
  }

  private static LocalDate day(Article a) {
    return a.metadata().published() == null ? null : a.metadata().published().value().date();
  }

  /** The story's articles, ingested and analysed (from the cache where it has them). */
  static List<Source> load(Path story, Path cache) {
    Ingest.Result read = Ingest.standard().read(story, story.getFileName().toString());
    int threads = Integer.getInteger("threads", 2);
    // A spread order (by content hash), so that a run stopped early has cached an even sample.
    AnalysisCache analyses = new AnalysisCache(cache);
    List<Article> spread = read.articles().stream()
        .sorted(Comparator.comparing(Article::contentHash))
        .filter(a -> !Boolean.getBoolean("cachedOnly") || analyses.find(a, day(a)).isPresent())
        .toList();
    Analyses.Result analysed = new Analyses(analyses, threads).analyze(spread);
    System.err.println("analysis: " + analysed.analysed() + " analysed, " + analysed.cached() + " cached");
    Map<String, AnalyzedArticle> byId = analysed.analyses().stream()
        .collect(Collectors.toMap(AnalyzedArticle::article, Function.identity()));
    List<Source> sources = new ArrayList<>();
    for (Article a : read.articles()) {
      AnalyzedArticle an = byId.get(a.id());
      if (an != null) {
        sources.add(new Source(a, an));
      }
    }
    return sources;
  }
}
