package briefing.eval;

import briefing.crossref.CastOfPeople;
import briefing.crossref.people.PeopleMerger;
import briefing.model.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cross-document names, hand-checked (issue 13): on BASIL and H1N1, a sample of merged people
 * and of people left apart who share a surname, judged by hand.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-names [-Dexec.args="[--all] [--corpus basil|h1n1]"]}.
 * BASIL's 50 stories are each one briefing (analyses cached in {@code target/eval-cache/basil});
 * H1N1's 402 articles are one (cached in {@code target/eval-cache/t17}, as {@code eval-dates}
 * caches them; the first run analyses them for several minutes). Per corpus, {@value #SIZE}
 * merged people (a person named in two or more articles or under two or more forms) and
 * {@value #SIZE} same-surname pairs are drawn: the cases whose story and names hash lowest with
 * a fixed seed, so that a change elsewhere leaves a case in the sample. Verdicts are read from
 * {@code src/test/resources/briefing/eval/cross-document-names.tsv} (key, right or wrong, reason;
 * a merged person is right when every form is one person, a pair when the two are different
 * people). A verdict's key holds a digest of every article and form of the case, so a change in
 * who a person's mentions are makes the case unjudged: printed with its evidence, to be judged
 * again. {@code --all} prints the evidence of every drawn case; {@code --size N} draws N cases
 * of each kind instead (a wider look for kinds of error; the figures to report are of
 * {@value #SIZE}); {@code --mentions FOLDER} prints every person mention of one BASIL story.
 */
public final class CrossDocumentNamesEvaluation {
  private static final Path GOLD = Path.of("src/test/resources/briefing/eval/cross-document-names.tsv");
  private static final Path H1N1 = Path.of("../shared/data/t17/H1N1");
  private static final Path H1N1_CACHE = Path.of("target/eval-cache/t17");
  private static final String SEED = "issue-13-names";
  static final int SIZE = 50;

  private CrossDocumentNamesEvaluation() {}

  /** A verdict: whether the case is right, and why. */
  record Verdict(boolean right, String reason) {}

  /** Runs the evaluation and prints the figures, the wrong cases and the unjudged ones. */
  public static void main(String[] args) throws IOException {
    boolean all = false;
    int size = SIZE;
    String only = null;
    String mentionsOf = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--all")) {
        all = true;
      } else if (args[i].equals("--corpus")) {
        only = args[++i];
      } else if (args[i].equals("--size")) {
        size = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--mentions")) {
        mentionsOf = args[++i];
      }
    }
    if (mentionsOf != null) {
      printMentions(mentionsOf);
      System.exit(0);
    }
    Map<String, Verdict> gold = verdicts(GOLD);
    List<NameCases.Case> cases = new ArrayList<>();
    if (only == null || only.equals("basil")) {
      for (BasilStories.Story story : BasilStories.load(BasilStories.DATA, BasilStories.folders(BasilStories.DATA))) {
        cases.addAll(cases("basil", story.folder(), story.sources()));
      }
    }
    if (only == null || only.equals("h1n1")) {
      cases.addAll(cases("h1n1", "H1N1", DateRankingEvaluation.load(H1N1, H1N1_CACHE)));
    }
    PrintStream out = System.out;
    List<String> figures = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    List<NameCases.Case> unjudged = new ArrayList<>();
    for (String corpus : List.of("basil", "h1n1")) {
      for (String kind : List.of("merged", "apart")) {
        List<NameCases.Case> drawn = sample(cases.stream()
            .filter(c -> c.corpus().equals(corpus) && c.kind().equals(kind)).toList(), size);
        if (drawn.isEmpty()) {
          continue;
        }
        int judged = 0;
        int right = 0;
        for (NameCases.Case c : drawn) {
          if (all) {
            out.println(c.key());
            c.evidence().forEach(out::println);
            out.println();
          }
          Verdict v = gold.get(c.key());
          if (v == null) {
            unjudged.add(c);
            continue;
          }
          judged++;
          if (v.right()) {
            right++;
          } else {
            wrong.add(c.key() + "  — " + v.reason());
          }
        }
        long population = cases.stream().filter(c -> c.corpus().equals(corpus) && c.kind().equals(kind)).count();
        figures.add(String.format("%-6s %-7s %s %3d of %2d judged (%.3f); %d drawn of %d, %d unjudged",
            corpus, kind, kind.equals("merged") ? "one person:       " : "different people: ",
            right, judged, judged == 0 ? 0 : (double) right / judged, drawn.size(), population,
            drawn.size() - judged));
      }
    }
    out.println("wrong (merged: not one person; apart: one person):");
    wrong.forEach(w -> out.println("  " + w));
    out.println("unjudged (add a line to " + GOLD + "):");
    for (NameCases.Case c : unjudged) {
      out.println(c.key());
      c.evidence().forEach(out::println);
      out.println();
    }
    out.println("cross-document names, hand-checked:");
    figures.forEach(f -> out.println("  " + f));
    System.exit(0);
  }

  /**
   * Every person mention of one BASIL story's articles, in reading order, with its role, sex and
   * sentence: what a checker reads where the evidence is not enough.
   */
  private static void printMentions(String folder) {
    for (BasilStories.Story story : BasilStories.load(BasilStories.DATA, List.of(folder))) {
      for (Source s : story.sources()) {
        Map<String, String> text = new TreeMap<>();
        s.analysis().sentences().forEach(x -> text.put(x.id(), x.text()));
        for (var m : s.analysis().people()) {
          System.out.printf("%s %-5s %-28s role=%s gender=%s | %s%n", s.id(), m.span().sentence(),
              m.named() ? m.name() : "(" + m.role() + ")", m.role(), m.gender(),
              text.get(m.span().sentence()).replaceAll("\\s+", " "));
        }
      }
    }
  }

  /** The cases of one story, its sources merged as the briefing merges them. */
  private static List<NameCases.Case> cases(String corpus, String story, List<Source> sources) {
    List<Source> ordered = sources.stream().sorted(Comparator.comparing(Source::id)).toList();
    CastOfPeople cast = PeopleMerger.merge(ordered);
    return NameCases.of(corpus, story, ordered, cast);
  }

  /** The {@code size} cases whose draw hashes lowest with the seed, in that order. */
  static List<NameCases.Case> sample(List<NameCases.Case> cases, int size) {
    return cases.stream()
        .sorted(Comparator.comparing((NameCases.Case c) -> NameCases.hex(SEED + c.draw()))
            .thenComparing(NameCases.Case::key))
        .limit(size).toList();
  }

  /** The verdicts by key; lines starting with '#' are comments. */
  static Map<String, Verdict> verdicts(Path file) throws IOException {
    Map<String, Verdict> verdicts = new TreeMap<>();
    if (!Files.exists(file)) {
      return verdicts;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length < 2 || !cells[1].equals("right") && !cells[1].equals("wrong")) {
        throw new IllegalStateException(file + ": not 'key<TAB>right|wrong<TAB>reason': " + line);
      }
      verdicts.put(cells[0], new Verdict(cells[1].equals("right"), cells.length > 2 ? cells[2] : ""));
    }
    return verdicts;
  }
}
