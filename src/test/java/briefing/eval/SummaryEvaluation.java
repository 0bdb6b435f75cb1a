package briefing.eval;

import briefing.crossref.CrossReference;
import briefing.ingest.Ingest;
import briefing.model.Editorial;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Event;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story in brief against the sources' own leads (ROUGE-1 and ROUGE-2 F1, every summary cut to
 * the same number of words), beside two baselines: the first sentences of the longest article,
 * and a centroid extract (the sentences most like the story's average word counts).
 *
 * <p>Run with {@code mvn -q test-compile exec:java@eval-summary}: the seeds (each article's lead)
 * and the 50 BASIL stories (each outlet's lead), split by a fixed rule into the stories the
 * brief's rules may be tuned on (the first, third, … in folder order) and those held apart (the
 * second, fourth, …). The leads come from the very articles the summaries are drawn from, which
 * favours the lead baseline; the figures compare methods, they are not ROUGE as published on
 * other corpora. So a second table scores each source's lead against what the other sources make
 * of the story (leave one out): the fair comparison. {@code -Dexec.args=--show} also prints every brief, to be read;
 * {@code --events} every event beside it.
 */
public final class SummaryEvaluation {
  /** Words every summary is cut to. */
  private static final int WORDS = 100;
  /** Body sentences that make an article's lead. */
  private static final int LEAD = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** True to print, with each brief, every event it was chosen from ({@code --events}). */
  private static boolean events;

  private SummaryEvaluation() {}

  record Scores(double r1, double r2) {
    Scores plus(Scores o) {
      return new Scores(r1 + o.r1, r2 + o.r2);
    }

    @Override
    public String toString() {
      return String.format("%.3f/%.3f", r1, r2);
    }

    Scores over(int n) {
      return new Scores(r1 / n, r2 / n);
    }
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    boolean show = List.of(args).contains("--show") || List.of(args).contains("--events");
    events = List.of(args).contains("--events");
    Path content = Path.of("content");
    Ingest.Result read = Ingest.standard().read(content, "content");
    List<Source> seeds = SeedCrossrefEvaluation.analysed(read, Path.of(".briefing/analysis"));
    out.println("ROUGE F1 against each source's lead (" + LEAD + " body sentences), summaries cut to "
        + WORDS + " words");
    out.printf("%-36s %7s %7s%n", "", "ROUGE-1", "ROUGE-2");
    report(out, "seeds", List.of(new Story("seeds", read.editorial(), seeds)), show);
    List<Story> tuning = new ArrayList<>();
    List<Story> heldApart = new ArrayList<>();
    List<BasilStories.Story> basil = BasilStories.load(BasilStories.DATA,
        BasilStories.folders(BasilStories.DATA));
    for (int i = 0; i < basil.size(); i++) {
      BasilStories.Story s = basil.get(i);
      (i % 2 == 0 ? tuning : heldApart).add(new Story(s.folder(), s.editorial(), s.sources()));
    }
    report(out, "BASIL tuning (" + tuning.size() + ")", tuning, show);
    report(out, "BASIL held apart (" + heldApart.size() + ")", heldApart, show);
    List<Story> all = new ArrayList<>(tuning);
    all.addAll(heldApart);
    report(out, "BASIL all (" + all.size() + ")", all, false);
    out.println();
    out.println("Each outlet's lead against what the others make of the story (the summaries drawn"
        + " only from the other articles, so no summary holds the lead it is scored against)");
    out.printf("%-36s %7s %7s%n", "", "ROUGE-1", "ROUGE-2");
    leaveOneOut(out, "seeds", List.of(new Story("seeds", read.editorial(), seeds)));
    leaveOneOut(out, "BASIL tuning (" + tuning.size() + ")", tuning);
    leaveOneOut(out, "BASIL held apart (" + heldApart.size() + ")", heldApart);
    System.exit(0);
  }

  /**
   * Each source's lead against the brief, the longest article's lead and the centroid extract of
   * the story without that source: the lead baseline can no longer score its own words.
   */
  private static void leaveOneOut(PrintStream out, String name, List<Story> stories) {
    Scores brief = new Scores(0, 0);
    Scores lead = new Scores(0, 0);
    Scores centroid = new Scores(0, 0);
    int n = 0;
    for (Story story : stories) {
      for (Source reference : story.sources()) {
        List<Source> others = story.sources().stream().filter(o -> o != reference).toList();
        Briefing briefing = CrossReference.link(story.editorial(), others);
        Map<String, Event> byId = new HashMap<>();
        briefing.events().forEach(e -> byId.put(e.id(), e));
        String system = text(briefing);
        String longest = String.join(" ", body(others.stream()
            .max(Comparator.comparingInt(s -> s.analysis().sentences().size())).orElseThrow()));
        String ref = String.join(" ", body(reference).subList(0, Math.min(LEAD, body(reference).size())));
        brief = brief.plus(rouge(system, ref));
        lead = lead.plus(rouge(longest, ref));
        centroid = centroid.plus(rouge(centroid(others), ref));
        n++;
      }
    }
    out.printf("%-36s %7.3f %7.3f%n", name + ": story in brief", brief.over(n).r1(), brief.over(n).r2());
    out.printf("%-36s %7.3f %7.3f%n", name + ": longest article's lead", lead.over(n).r1(), lead.over(n).r2());
    out.printf("%-36s %7.3f %7.3f%n", name + ": centroid extract", centroid.over(n).r1(), centroid.over(n).r2());
  }

  record Story(String name, Editorial editorial, List<Source> sources) {}

  /**
   * The story in brief as the front page tells it: its first event's summary and the sentences
   * telling that main happening more fully, then the summaries of the rest.
   */
  static String text(Briefing briefing) {
    Map<String, Event> byId = new HashMap<>();
    briefing.events().forEach(e -> byId.put(e.id(), e));
    List<String> told = new ArrayList<>();
    for (int i = 0; i < briefing.brief().size(); i++) {
      told.add(byId.get(briefing.brief().get(i)).summary());
      if (i == 0) {
        briefing.briefDetail().forEach(d -> told.add(d.text()));
      }
    }
    return String.join(" ", told);
  }

  private static void report(PrintStream out, String name, List<Story> stories, boolean show) {
    Scores brief = new Scores(0, 0);
    Scores lead = new Scores(0, 0);
    Scores centroid = new Scores(0, 0);
    Scores previous = new Scores(0, 0);
    int n = 0;
    for (Story story : stories) {
      Briefing briefing = CrossReference.link(story.editorial(), story.sources());
      Map<String, Event> byId = new HashMap<>();
      briefing.events().forEach(e -> byId.put(e.id(), e));
      String system = text(briefing);
      String longest = String.join(" ", body(story.sources().stream()
          .max(Comparator.comparingInt(s -> s.analysis().sentences().size())).orElseThrow()));
      String central = centroid(story.sources());
      String before = String.join(" ", previousBrief(briefing.events()).stream().map(Event::summary).toList());
      if (show) {
        out.println("## " + story.name() + " (" + words(system).size() + " words)");
        briefing.brief().stream().map(byId::get).forEach(e -> {
          out.println("  " + e.date().value() + " [" + e.sources().size() + "] " + e.summary());
          if (e.id().equals(briefing.brief().get(0))) {
            briefing.briefDetail().forEach(d -> out.println("      + " + d.text()
                + " (" + d.citation().article() + ")"));
          }
        });
        if (events) {
          briefing.events().forEach(e -> out.println("    - " + e.kind() + " " + e.date().value()
              + " [" + e.sources().size() + "] " + e.summary()));
        }
      }
      for (Source reference : story.sources()) {
        String ref = String.join(" ", body(reference).subList(0, Math.min(LEAD, body(reference).size())));
        brief = brief.plus(rouge(system, ref));
        lead = lead.plus(rouge(longest, ref));
        centroid = centroid.plus(rouge(central, ref));
        previous = previous.plus(rouge(before, ref));
        n++;
      }
    }
    out.printf("%-36s %7.3f %7.3f%n", name + ": story in brief", brief.over(n).r1(), brief.over(n).r2());
    out.printf("%-36s %7.3f %7.3f%n", name + ": brief chosen as before", previous.over(n).r1(), previous.over(n).r2());
    out.printf("%-36s %7.3f %7.3f%n", name + ": longest article's lead", lead.over(n).r1(), lead.over(n).r2());
    out.printf("%-36s %7.3f %7.3f%n", name + ": centroid extract", centroid.over(n).r1(), centroid.over(n).r2());
  }

  /**
   * The story in brief as it was chosen before the brief had rules of its own: the best-ranked
   * events two or more sources report, in date order, else the best-ranked of all.
   */
  static List<Event> previousBrief(List<Event> events) {
    Comparator<Event> byRank = Comparator.comparingDouble(Event::rank).reversed()
        .thenComparing(Event::id);
    List<Event> story = events.stream().filter(e -> e.kind() != Event.Kind.BACKGROUND).toList();
    List<Event> shared = story.stream().filter(e -> e.sources().size() >= 2).sorted(byRank)
        .limit(6).toList();
    List<Event> chosen = shared.isEmpty() ? story.stream().sorted(byRank).limit(6).toList() : shared;
    return chosen.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
  }

  /** An article's body sentences, in order: no headline, no caption. */
  static List<String> body(Source s) {
    return s.analysis().sentences().stream().filter(x -> !x.isHeadline())
        .filter(x -> !s.article().caption(x.block()))
        .map(Sentence::text).toList();
  }

  /** The sentences of all sources nearest the centroid of their word counts, in story order. */
  static String centroid(List<Source> sources) {
    List<String> all = new ArrayList<>();
    sources.forEach(s -> all.addAll(body(s)));
    Map<String, Double> centre = new HashMap<>();
    for (String s : all) {
      words(s).forEach(w -> centre.merge(w, 1.0, Double::sum));
    }
    List<String> ranked = all.stream().distinct()
        .sorted(Comparator.comparingDouble((String s) -> -cosine(counts(words(s)), centre))
            .thenComparing(s -> s))
        .toList();
    StringBuilder text = new StringBuilder();
    int used = 0;
    for (String s : ranked) {
      if (used >= WORDS) {
        break;
      }
      text.append(s).append(' ');
      used += words(s).size();
    }
    return text.toString();
  }

  /** ROUGE-1/2 F1 of the whole of {@code system} against {@code reference}. */
  static Scores rougeAll(String system, String reference) {
    List<String> sys = words(system);
    List<String> ref = words(reference);
    return new Scores(f1(grams(sys, 1), grams(ref, 1)), f1(grams(sys, 2), grams(ref, 2)));
  }

  static Scores rouge(String system, String reference) {
    List<String> sys = words(system);
    sys = sys.subList(0, Math.min(WORDS, sys.size()));
    List<String> ref = words(reference);
    return new Scores(f1(grams(sys, 1), grams(ref, 1)), f1(grams(sys, 2), grams(ref, 2)));
  }

  private static Map<String, Double> grams(List<String> words, int n) {
    Map<String, Double> grams = new HashMap<>();
    for (int i = 0; i + n <= words.size(); i++) {
      grams.merge(String.join(" ", words.subList(i, i + n)), 1.0, Double::sum);
    }
    return grams;
  }

  private static double f1(Map<String, Double> sys, Map<String, Double> ref) {
    double overlap = 0;
    for (var e : sys.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0.0));
    }
    double s = sys.values().stream().mapToDouble(Double::doubleValue).sum();
    double r = ref.values().stream().mapToDouble(Double::doubleValue).sum();
    if (overlap == 0 || s == 0 || r == 0) {
      return 0;
    }
    double p = overlap / s;
    double rec = overlap / r;
    return 2 * p * rec / (p + rec);
  }

  private static Map<String, Double> counts(List<String> words) {
    Map<String, Double> counts = new HashMap<>();
    words.forEach(w -> counts.merge(w, 1.0, Double::sum));
    return counts;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (var e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
    double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
