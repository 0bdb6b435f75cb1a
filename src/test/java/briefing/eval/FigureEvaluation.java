package briefing.eval;

import briefing.crossref.CrossReference;
import briefing.model.Source;
import briefing.model.analysis.Figure;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.FigureComparison.Reading;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measures the side-by-side figures: whether the figures a comparison sets beside each other
 * count the same thing. Every figure the analysis finds in the articles of a story is labelled
 * by hand with what it counts, as a key shared by the figures of other articles that count the
 * same thing on the same day ("confirmed cases in Mexico, 27 April"), or "-" where it counts
 * nothing another report could give (a date's year, an age, a page's count of comments).
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-figures [-Dexec.args="--misses | --list
 * [--h1n1] [STORY...]"]}. {@code --list} prints every figure of the named stories (or all) as
 * rows to label; {@code --misses} prints the tuning part's wrong and missed pairs. The gold
 * ({@code figures-gold.tsv}; columns: story, article, sentence, figure as written, key) covers
 * the 14 small H1N1 stories ({@link H1n1Slices}, odd slices tuned on) and BASIL events (odd
 * positions in the file tuned on). It was labelled from the listing, before any comparison was
 * looked at.
 *
 * <p>Scores, per part: of the pairs of figures from two articles that one comparison sets side
 * by side, the share the gold gives one key (precision); of the pairs of figures from two
 * articles with one key, the share one comparison sets side by side (recall); and the
 * comparisons whose figures all share one key, of those shown. Then the same, stricter: a
 * running count is one thing only on one day (the key and the as-of day the gold gives it).
 */
public final class FigureEvaluation {
  static final Path GOLD = Path.of("src/test/resources/briefing/eval/figures-gold.tsv");
  private static final Path H1N1_STORIES =
      Path.of("src/test/resources/briefing/eval/h1n1-descriptions-stories.tsv");
  /** Two bigger H1N1 stories of ten reports each, one busy day's. */
  private static final Path H1N1_DAYS = Path.of("src/test/resources/briefing/eval/figures-h1n1-days.tsv");
  /** The gold's key for a figure that counts nothing another report could give. */
  private static final String NOTHING = "-";

  private FigureEvaluation() {}

  /** One figure's place: story, article, sentence and the figure as written. */
  record Place(String story, String article, String sentence, String text) {}

  /** Pairs found, right and in the gold, and comparisons shown and right. */
  record Tally(int found, int right, int gold, int shown, int shownRight) {
    Tally plus(Tally o) {
      return new Tally(found + o.found, right + o.right, gold + o.gold, shown + o.shown, shownRight + o.shownRight);
    }

    @Override
    public String toString() {
      double p = found == 0 ? 0 : (double) right / found;
      double r = gold == 0 ? 0 : (double) right / gold;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return String.format(Locale.ROOT, "pairs P %.3f (%d of %d) R %.3f (of %d) F1 %.3f;"
          + " comparisons of one thing %d of %d", p, right, found, r, gold, f, shownRight, shown);
    }
  }

  /** Runs the evaluation, or lists figures to label, and prints its figures. */
  public static void main(String[] args) {
    List<String> options = List.of(args);
    PrintStream out = System.out;
    List<String> named = options.stream().filter(a -> !a.startsWith("--")).toList();
    if (options.contains("--list")) {
      List<BasilStories.Story> stories = options.contains("--h1n1") ? h1n1()
          : BasilStories.load(BasilStories.DATA, named.isEmpty() ? BasilStories.folders(BasilStories.DATA) : named);
      for (BasilStories.Story story : stories) {
        if (named.isEmpty() || named.contains(story.folder())) {
          list(out, story);
        }
      }
      return;
    }
    if (options.contains("--shown")) {
      for (BasilStories.Story story : h1n1()) {
        if (named.contains(story.folder())) {
          shown(out, story);
        }
      }
      return;
    }
    Map<Place, String> gold = new LinkedHashMap<>();
    Map<Place, String> dated = new LinkedHashMap<>();
    List<String> storyOrder = new ArrayList<>();
    for (String[] row : GoldRows.read(GOLD, 5)) {
      String key = row[4].strip();
      String asOf = row.length > 5 ? row[5].strip() : NOTHING;
      gold.put(new Place(row[0], row[1], row[2], row[3]), key);
      dated.put(new Place(row[0], row[1], row[2], row[3]),
          key.equals(NOTHING) || asOf.equals(NOTHING) ? key : key + " @ " + asOf);
      if (!storyOrder.contains(row[0])) {
        storyOrder.add(row[0]);
      }
    }
    List<String> h1n1 = storyOrder.stream().filter(s -> s.startsWith("h1n1-")).toList();
    List<String> basil = storyOrder.stream().filter(s -> !s.startsWith("h1n1-")).toList();
    List<BasilStories.Story> stories = new ArrayList<>(h1n1().stream()
        .filter(s -> h1n1.contains(s.folder())).toList());
    if (!basil.isEmpty()) {
      stories.addAll(BasilStories.load(BasilStories.DATA, basil));
    }
    Tally[][] parts = {{empty(), empty()}, {empty(), empty()}};
    Tally[][] sameDay = {{empty(), empty()}, {empty(), empty()}};
    for (BasilStories.Story story : stories) {
      boolean isH1n1 = h1n1.contains(story.folder());
      List<String> order = isH1n1 ? h1n1 : basil;
      boolean tuning = order.indexOf(story.folder()) % 2 == 0;
      int s = isH1n1 ? 1 : 0;
      int part = tuning ? 0 : 1;
      parts[s][part] = parts[s][part].plus(score(story, gold, tuning && options.contains("--misses") ? out : null));
      sameDay[s][part] = sameDay[s][part].plus(score(story, dated, null));
    }
    String[] subjects = {"BASIL", "H1N1"};
    for (int s = 0; s < 2; s++) {
      out.printf("%-6s tuning part      %s%n", subjects[s], parts[s][0]);
      out.printf("%-6s held-apart part  %s%n", subjects[s], parts[s][1]);
    }
    out.println("Stricter: a running count is one thing only on one day (the gold's as-of column)");
    for (int s = 0; s < 2; s++) {
      out.printf("%-6s tuning part      %s%n", subjects[s], sameDay[s][0]);
      out.printf("%-6s held-apart part  %s%n", subjects[s], sameDay[s][1]);
    }
  }

  /** The small H1N1 stories, then the two bigger ones. */
  private static List<BasilStories.Story> h1n1() {
    List<BasilStories.Story> stories = new ArrayList<>(H1n1Slices.load(H1N1_STORIES));
    stories.addAll(H1n1Slices.load(H1N1_DAYS));
    return stories;
  }

  private static Tally empty() {
    return new Tally(0, 0, 0, 0, 0);
  }

  /** One story's pairs, with its wrong and missed pairs printed to {@code misses} where given. */
  private static Tally score(BasilStories.Story story, Map<Place, String> gold, PrintStream misses) {
    Map<String, Source> byId = story.sources().stream().collect(Collectors.toMap(s -> s.article().id(), Function.identity()));
    // every figure of the story, with its key
    List<Place> figures = new ArrayList<>();
    for (Source source : story.sources()) {
      for (Figure f : source.analysis().figures()) {
        figures.add(new Place(story.folder(), source.article().id(), f.span().sentence(), f.text()));
      }
    }
    Map<Place, String> keys = new HashMap<>();
    for (Place p : figures) {
      String key = gold.get(p);
      if (key != null && !key.equals(NOTHING)) {
        keys.put(p, key);
      }
    }
    List<FigureComparison> shown = CrossReference.link(story.editorial(), story.sources()).figures();
    int found = 0;
    int right = 0;
    int shownRight = 0;
    Set<String> linked = new TreeSet<>();
    for (FigureComparison c : shown) {
      List<Place> readings = c.readings().stream().map(r -> place(story.folder(), r)).toList();
      boolean allOne = true;
      for (int i = 0; i < readings.size(); i++) {
        for (int j = i + 1; j < readings.size(); j++) {
          Place a = readings.get(i);
          Place b = readings.get(j);
          if (a.article().equals(b.article())) {
            continue;
          }
          found++;
          linked.add(pairKey(a, b));
          String ka = keys.get(a);
          if (ka != null && ka.equals(keys.get(b))) {
            right++;
          } else {
            allOne = false;
            if (misses != null) {
              misses.printf("  wrong %s | %s%n    %s [%s]%n    %s [%s]%n", c.topic(), story.folder(),
                  describe(a, byId), ka, describe(b, byId), keys.get(b));
            }
          }
        }
      }
      if (allOne) {
        shownRight++;
      }
    }
    int goldPairs = 0;
    Set<String> counted = new TreeSet<>();
    for (int i = 0; i < figures.size(); i++) {
      for (int j = i + 1; j < figures.size(); j++) {
        Place a = figures.get(i);
        Place b = figures.get(j);
        String ka = keys.get(a);
        if (a.article().equals(b.article()) || ka == null || !ka.equals(keys.get(b))
            || !counted.add(pairKey(a, b))) {
          continue;
        }
        goldPairs++;
        if (misses != null && !linked.contains(pairKey(a, b))) {
          misses.printf("  missed [%s] | %s%n    %s%n    %s%n", ka, story.folder(), describe(a, byId), describe(b, byId));
        }
      }
    }
    return new Tally(found, right, goldPairs, shown.size(), shownRight);
  }

  /** A reading's place; its text is the figure as written. */
  private static Place place(String story, Reading r) {
    return new Place(story, r.citation().article(), r.citation().sentence(), r.text());
  }

  /** Two places in one order, as a key. */
  private static String pairKey(Place a, Place b) {
    String x = a.article() + "/" + a.sentence() + "/" + a.text();
    String y = b.article() + "/" + b.sentence() + "/" + b.text();
    return x.compareTo(y) < 0 ? x + " || " + y : y + " || " + x;
  }

  private static String describe(Place p, Map<String, Source> byId) {
    return p.article() + " " + p.sentence() + " \"" + p.text() + "\": " + sentence(byId.get(p.article()), p.sentence());
  }

  private static String sentence(Source source, String id) {
    return source == null ? "" : source.analysis().sentences().stream().filter(s -> s.id().equals(id))
        .map(Sentence::text).findFirst().orElse("");
  }

  private static Object value(briefing.model.Sourced<?> sourced) {
    return sourced == null ? "" : sourced.value() instanceof briefing.model.Published p ? p.iso() : sourced.value();
  }

  /** The comparisons of {@code story}, each reading with its sentence. */
  private static void shown(PrintStream out, BasilStories.Story story) {
    Map<String, Source> byId = story.sources().stream().collect(Collectors.toMap(s -> s.article().id(), Function.identity()));
    for (FigureComparison c : CrossReference.link(story.editorial(), story.sources()).figures()) {
      out.printf("%s [%s]%n", c.topic(), c.verdict());
      for (Reading r : c.readings()) {
        out.printf("    %s%n", describe(place(story.folder(), r), byId));
      }
    }
  }

  /** Every figure of {@code story} as a row to label, with its sentence after a tab. */
  private static void list(PrintStream out, BasilStories.Story story) {
    out.printf("# story %s%n", story.folder());
    for (Source source : story.sources()) {
      out.printf("# article %s: %s (%s, %s)%n", source.article().id(), value(source.article().metadata().title()),
          value(source.article().metadata().outlet()), value(source.article().metadata().published()));
      for (Figure f : source.analysis().figures()) {
        out.printf("%s\t%s\t%s\t%s\t\t# unit %s%s | %s%n", story.folder(), source.article().id(),
            f.span().sentence(), f.text(), f.unit(), f.subject() == null ? "" : ", subject " + f.subject(),
            sentence(source, f.span().sentence()).replace('\t', ' '));
      }
    }
  }
}
