package briefing.eval;

import briefing.crossref.CrossReference;
import briefing.model.Citation;
import briefing.model.briefing.Claim;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures the claims a reader sees (issue 13): of the versions the briefing shows under each
 * claim, how many a judge found to state the claim's summary, to share part of it, or to state
 * something else.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-basil-claims-judged}. The judgments
 * ({@code src/test/resources/briefing/eval/basil-claims-judged-tuning.tsv} and
 * {@code basil-claims-judged-held-apart.tsv}) are of the versions briefing showed at 643104d,
 * each against its claim's summary; a version briefing shows now beside a summary no judgment
 * pairs it with is counted as not judged. A version right after another of its source reads on
 * in one passage on the page ({@code BriefingView#passages}) and is not counted apart.
 */
public final class BasilClaimJudgedEvaluation {
  static final Path TUNING = Path.of("src/test/resources/briefing/eval/basil-claims-judged-tuning.tsv");
  static final Path HELD_APART =
      Path.of("src/test/resources/briefing/eval/basil-claims-judged-held-apart.tsv");

  private BasilClaimJudgedEvaluation() {}

  /** Runs the evaluation and prints its figures. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    out.println("Versions shown under the briefing's claims, against a judge's reading of them");
    for (Path gold : List.of(TUNING, HELD_APART)) {
      Map<String, Map<List<String>, String>> judged = read(gold);
      List<BasilStories.Story> stories =
          BasilStories.load(BasilStories.DATA, List.copyOf(judged.keySet()));
      Map<String, Integer> counts = new TreeMap<>();
      for (BasilStories.Story story : stories) {
        Map<List<String>, String> labels = judged.get(story.folder());
        for (Claim claim : CrossReference.link(story.editorial(), story.sources()).claims()) {
          String summary = key(claim.summaryFrom());
          Set<String> cited = new HashSet<>();
          claim.versions().forEach(v -> cited.add(key(v.citation())));
          for (Claim.Version v : claim.versions()) {
            Citation c = v.citation();
            String version = key(c);
            if (version.equals(summary)
                || cited.contains(c.article() + ":s" + (c.number() - 1))) {
              continue;
            }
            String label = labels.getOrDefault(List.of(summary, version),
                labels.getOrDefault(List.of(version, summary), "not judged"));
            counts.merge(label, 1, Integer::sum);
          }
        }
      }
      int shown = counts.values().stream().mapToInt(Integer::intValue).sum();
      out.printf(Locale.ROOT, "%s (%d events): %d versions shown; the same statement %d, part of it %d,"
              + " another statement %d (%.2f of those judged), not judged %d%n",
          gold == TUNING ? "tuning    " : "held apart", stories.size(), shown,
          counts.getOrDefault("SAME", 0), counts.getOrDefault("PART", 0),
          counts.getOrDefault("DIFF", 0),
          (double) counts.getOrDefault("DIFF", 0) / Math.max(1, shown - counts.getOrDefault("not judged", 0)),
          counts.getOrDefault("not judged", 0));
    }
    System.exit(0);
  }

  private static String key(Citation c) {
    return c.article() + ":" + c.sentence();
  }

  /** Each event folder's judgments, by (summary, version) citation. */
  static Map<String, Map<List<String>, String>> read(Path gold) {
    Map<String, Map<List<String>, String>> judged = new TreeMap<>();
    for (String[] cols : GoldRows.read(gold, 6)) {
      judged.computeIfAbsent(cols[0], k -> new HashMap<>()).put(List.of(cols[1], cols[2]), cols[5]);
    }
    return judged;
  }
}
