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
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the timeline's date ranking against journalists' own timelines (Timeline17).
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-dates [-Dexec.args="[--list N] [--tune NAME] [story-folder]"]}; the
 * folder defaults to {@code ../shared/data/t17/H1N1} and holds {@code articles/*.txt} (front
 * matter with outlet and published) and {@code gold-timelines/*.txt} (blocks of a
 * {@code YYYY-MM-DD} line and its sentences, between dashed lines). The articles go through the
 * real ingest and analysis (cached in {@code target/eval-cache/t17}; the first run takes long),
 * then {@link Timeline#build}. Each day-precision event scores its day with its rank. For each gold
 * timeline, as the Timeline17 protocol does, only days within the gold timeline's first and last
 * date are candidates; the top k of them, k the number of distinct gold dates, are scored for
 * date precision, recall and F1. A baseline ranks days by how many articles were published on
 * them; the last column lets every day compete. The ranking's weights may be tuned on one gold
 * timeline only ({@link #TUNING}, or {@code --tune NAME}); the means are printed for it and for
 * the timelines held apart, whose figure is the one to report. The chosen days' summaries are
 * compared with the journalists' entries of the same dates (ROUGE-1/2 F1, per date and for the
 * whole timeline, see {@link #rouge}). {@code -DcachedOnly=true} measures only the articles already in the cache (a sample,
 * for a quick look while the cache fills).
 */
public final class DateRankingEvaluation {
  private static final Pattern GOLD_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /**
   * The one gold timeline the ranking's weights may be tuned on (a part of its file name); the
   * others are held apart, and their figure is the one that says how the ranking does on a story
   * it was not fitted to.
   */
  static final String TUNING = "guardian";

  private DateRankingEvaluation() {}

  /** Runs the evaluation and prints per-timeline and mean scores. */
  public static void main(String[] args) throws IOException {
    int list = 0;
    String tune = TUNING;
    Path story = Path.of("../shared/data/t17/H1N1");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--list")) {
        list = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--tune")) {
        tune = args[++i];
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
    out.printf("%-40s %3s  %-17s  %-17s  %-17s  %-13s %-13s%n", "gold timeline", "k",
        "timeline P/R/F1", "published P/R/F1", "unrestricted P/R/F1", "day R1/R2", "concat R1/R2");
    List<Path> golds;
    try (Stream<Path> files = Files.list(story.resolve("gold-timelines"))) {
      golds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    Mean tuned = new Mean();
    Mean apart = new Mean();
    for (Path gold : golds) {
      Map<LocalDate, List<String>> entries = goldEntries(gold);
      Set<LocalDate> days = entries.keySet();
      Score mine = score(timeline, days, true);
      Score base = score(published, days, true);
      Score open = score(timeline, days, false);
      Rouge rouge = rouge(events, timeline, entries);
      boolean tuning = gold.getFileName().toString().contains(tune);
      out.printf("%-40s %3d  %s  %s  %s  %s %s%s%n", gold.getFileName(), days.size(), mine, base,
          open, rouge.day(), rouge.concat(), tuning ? "  (tuned on)" : "");
      (tuning ? tuned : apart).add(mine, base, open, rouge);
    }
    tuned.print(out, "tuned on (" + tune + ")");
    apart.print(out, "held apart");
    Mean all = new Mean();
    all.addAll(tuned);
    all.addAll(apart);
    all.print(out, "all " + golds.size());
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
    List<LocalDate> top = top(ranked, gold, inRange);
    long hits = top.stream().filter(gold::contains).count();
    double p = top.isEmpty() ? 0 : (double) hits / top.size();
    double r = (double) hits / gold.size();
    return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** The top-k ranked days, k the gold's date count, within the gold's range where asked. */
  static List<LocalDate> top(Map<LocalDate, Double> ranked, Set<LocalDate> gold, boolean inRange) {
    LocalDate first = gold.stream().min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = gold.stream().max(Comparator.naturalOrder()).orElseThrow();
    return ranked.entrySet().stream()
        .filter(e -> !inRange || !e.getKey().isBefore(first) && !e.getKey().isAfter(last))
        .sorted(Map.Entry.<LocalDate, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(gold.size()).map(Map.Entry::getKey).toList();
  }

  /** The distinct dates of a gold timeline file. */
  static Set<LocalDate> goldDates(Path file) throws IOException {
    return goldEntries(file).keySet();
  }

  /** A gold timeline's sentences by date (a date given twice gathers both entries). */
  static Map<LocalDate, List<String>> goldEntries(Path file) throws IOException {
    Map<LocalDate, List<String>> entries = new TreeMap<>();
    List<String> current = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (GOLD_DATE.matcher(l).matches()) {
        current = entries.computeIfAbsent(LocalDate.parse(l), d -> new ArrayList<>());
      } else if (l.startsWith("-----")) {
        current = null;
      } else if (current != null && !l.isEmpty()) {
        current.add(l);
      }
    }
    return entries;
  }

  /** ROUGE-1/2 F1 of the day summaries: per date both chose, mean; and of the whole timelines. */
  record Rouge(SummaryEvaluation.Scores day, SummaryEvaluation.Scores concat) {}

  /**
   * The chosen day summaries against the journalists' own entries: for each gold date among the
   * timeline's top k (as {@link #score} chooses them), the summaries of that day's events, most
   * sources first, as many as the gold gives sentences per date on average, against that date's
   * gold sentences ("day", averaged over those dates, as Timeline17's date-agreement ROUGE); and
   * all chosen days' summaries against all gold sentences ("concat").
   */
  static Rouge rouge(List<Event> events, Map<LocalDate, Double> ranked,
      Map<LocalDate, List<String>> gold) {
    int perDay = (int) Math.max(1, Math.round(gold.values().stream().mapToInt(List::size)
        .average().orElse(1)));
    List<LocalDate> chosen = top(ranked, gold.keySet(), true);
    Map<LocalDate, List<Event>> byDay = new TreeMap<>();
    for (Event e : events) {
      if (e.precision() == Precision.DAY) {
        byDay.computeIfAbsent(LocalDate.parse(e.date().value()), d -> new ArrayList<>()).add(e);
      }
    }
    double r1 = 0;
    double r2 = 0;
    int matched = 0;
    StringBuilder system = new StringBuilder();
    for (LocalDate d : chosen) {
      String summary = byDay.getOrDefault(d, List.of()).stream()
          .sorted(Comparator.comparingInt((Event e) -> -e.sources().size())
              .thenComparingInt(e -> -e.citations().size()).thenComparing(Event::id))
          .limit(perDay).map(Event::summary).collect(Collectors.joining(" "));
      system.append(summary).append(' ');
      if (gold.containsKey(d)) {
        SummaryEvaluation.Scores s = SummaryEvaluation.rougeAll(summary, String.join(" ", gold.get(d)));
        r1 += s.r1();
        r2 += s.r2();
        matched++;
      }
    }
    String all = gold.values().stream().flatMap(List::stream).collect(Collectors.joining(" "));
    return new Rouge(matched == 0 ? new SummaryEvaluation.Scores(0, 0)
        : new SummaryEvaluation.Scores(r1 / matched, r2 / matched),
        SummaryEvaluation.rougeAll(system.toString(), all));
  }

  /** Means of the scores of several gold timelines. */
  private static final class Mean {
    private final List<double[]> rows = new ArrayList<>();

    void add(Score mine, Score base, Score open, Rouge rouge) {
      rows.add(new double[] {mine.f1, base.f1, open.f1, rouge.day().r1(), rouge.day().r2(),
          rouge.concat().r1(), rouge.concat().r2()});
    }

    void addAll(Mean other) {
      rows.addAll(other.rows);
    }

    void print(PrintStream out, String name) {
      double[] m = new double[7];
      rows.forEach(r -> {
        for (int i = 0; i < m.length; i++) {
          m[i] += r[i] / rows.size();
        }
      });
      out.printf("mean date F1, %s: timeline %.3f, published-count baseline %.3f, timeline over"
          + " all days %.3f; day ROUGE-1/2 %.3f/%.3f, concat %.3f/%.3f%n", name, m[0], m[1],
          m[2], m[3], m[4], m[5], m[6]);
    }
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
