package briefing.eval;

import briefing.analyze.Analyzer;
import briefing.crossref.CastOfPeople;
import briefing.crossref.people.PeopleMerger;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Person;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures people, roles and merges against hand-annotated BASIL stories.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-basil-people [-Dexec.args="[--list]
 * [--misses-held] [basil folder]"]}; the folder defaults to {@code /work/shared/data/basil}, the
 * gold is {@code src/test/resources/briefing/eval/basil-people.tsv} (ten stories) and
 * {@code basil-people-more-tuning.tsv} (five more), the rules' tuning set, and
 * {@code basil-people-held-apart.tsv} (five more, held apart: their misses are listed only with
 * {@code --misses-held}). Per article:
 * <ul>
 *   <li>person precision: of the distinct names the analysis calls people, the share that are a
 *       gold newsmaker of that article (by surname), every other name counting as wrong;
 *   <li>newsmaker recall: gold newsmakers with a mention carrying their surname;
 *   <li>role accuracy: of the newsmakers found that the gold gives role words, the share with a
 *       mention whose role holds one of them.
 * </ul>
 * Per story (its three articles cross-referenced): wrong merges, the briefing people whose
 * spellings name two gold people, or a gold person and a gold non-person.
 */
public final class BasilPeopleEvaluation {
  private static final Path GOLD = Path.of("src/test/resources/briefing/eval/basil-people.tsv");
  /**
   * Ten more stories (every fifth from the third), labelled later by helpers from the articles
   * alone, in two halves: the first five join the tuning set; the other five are measured,
   * never looked into for rules.
   */
  private static final Path MORE_TUNING =
      Path.of("src/test/resources/briefing/eval/basil-people-more-tuning.tsv");
  private static final Path HELD_APART =
      Path.of("src/test/resources/briefing/eval/basil-people-held-apart.tsv");
  /** People and roles in the H1N1 slices ({@link H1n1Slices}), labelled the same way by a helper. */
  private static final Path H1N1 = Path.of("src/test/resources/briefing/eval/h1n1-people.tsv");
  private static final Path H1N1_STORIES =
      Path.of("src/test/resources/briefing/eval/h1n1-descriptions-stories.tsv");
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "sir");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private BasilPeopleEvaluation() {}

  /** One gold line: kind is newsmaker or not (a capitalised name that is no person). */
  record Gold(String article, String kind, String name, String roles) {
    String story() {
      return article.substring(0, article.indexOf('/'));
    }
  }

  /** The figures of one gold set, with every miss. */
  private record Figures(int stories, long articles, int predicted, int predictedRight,
      int newsmakers, int found, int withGoldRole, int roleRight, int wrongMerges, int described,
      List<String> misses) {
    void print(PrintStream out, String part) {
      out.printf("%s: stories: %d, articles: %d%n", part, stories, articles);
      out.printf("  person precision:  %.3f (%d of %d names called people are gold newsmakers)%n",
          ratio(predictedRight, predicted), predictedRight, predicted);
      out.printf("  newsmaker recall:  %.3f (%d of %d)%n", ratio(found, newsmakers), found, newsmakers);
      out.printf("  role accuracy:     %.3f (%d of %d found newsmakers with gold role words)%n",
          ratio(roleRight, withGoldRole), roleRight, withGoldRole);
      out.printf("  wrong merges:      %d%n", wrongMerges);
      out.printf("  described (unnamed) people in the briefings: %d%n", described);
    }
  }

  /**
   * Runs the evaluation and prints the scores of the ten stories rules were written from and of
   * the held-apart stories, and every miss of the first ({@code --misses-held}: of both).
   */
  public static void main(String[] args) throws IOException {
    boolean list = false;
    boolean missesHeld = false;
    Path folder = Path.of("/work/shared/data/basil");
    for (String arg : args) {
      if (arg.equals("--list")) {
        list = true;
      } else if (arg.equals("--misses-held")) {
        missesHeld = true;
      } else {
        folder = Path.of(arg);
      }
    }
    Analyzer analyzer = new Analyzer();
    PrintStream out = System.out;
    Figures first = score(read(GOLD), folder, analyzer, list);
    Figures more = score(read(MORE_TUNING), folder, analyzer, list);
    Figures apart = score(read(HELD_APART), folder, analyzer, list);
    first.print(out, "tuned on, the first ten (basil-people.tsv)");
    more.print(out, "tuned on, five more (basil-people-more-tuning.tsv)");
    apart.print(out, "held apart, five more (basil-people-held-apart.tsv)");
    Figures h1n1Tuning = null;
    if (Files.exists(H1N1)) {
      List<String> slices = H1n1Slices.materialise(H1N1_STORIES);
      List<Gold> h1n1 = read(H1N1);
      Set<String> tuning = new TreeSet<>();
      for (int i = 0; i < slices.size(); i += 2) {
        tuning.add(slices.get(i));
      }
      h1n1Tuning = score(h1n1.stream().filter(g -> tuning.contains(g.story())).toList(),
          H1n1Slices.ROOT, analyzer, list);
      Figures h1n1Apart = score(h1n1.stream().filter(g -> !tuning.contains(g.story())).toList(),
          H1n1Slices.ROOT, analyzer, list);
      h1n1Tuning.print(out, "H1N1 slices, tuned on (h1n1-people.tsv, odd slices)");
      h1n1Apart.print(out, "H1N1 slices, held apart (even slices)");
      if (missesHeld) {
        apart.misses().addAll(h1n1Apart.misses());
      }
    }
    out.println("misses, tuned on:");
    first.misses().forEach(m -> out.println("  " + m));
    more.misses().forEach(m -> out.println("  " + m));
    if (h1n1Tuning != null) {
      h1n1Tuning.misses().forEach(m -> out.println("  " + m));
    }
    if (missesHeld) {
      out.println("misses, held apart:");
      apart.misses().forEach(m -> out.println("  " + m));
    }
    System.exit(0);
  }

  private static List<Gold> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(r -> new Gold(r[0], r[1], r[2], r.length > 3 ? r[3] : ""))
        .toList();
  }

  private static Figures score(List<Gold> gold, Path folder, Analyzer analyzer, boolean list)
      throws IOException {
    Set<String> stories = new TreeSet<>();
    gold.forEach(g -> stories.add(g.story()));
    List<String> misses = new ArrayList<>();
    int predicted = 0;
    int predictedRight = 0;
    int newsmakers = 0;
    int found = 0;
    int withGoldRole = 0;
    int roleRight = 0;
    int wrongMerges = 0;
    int described = 0;
    for (String story : stories) {
      List<Source> sources = new ArrayList<>();
      for (String outlet : outlets(folder.resolve(story).resolve("articles"))) {
        Optional<Path> file = articleFile(folder.resolve(story).resolve("articles"), outlet);
        if (file.isEmpty()) {
          misses.add(story + "/" + outlet + ": no such article");
          continue;
        }
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Article> article = Ingest.standard().readArticle(file.get(), outlet, problems);
        if (article.isPresent()) {
          sources.add(new Source(article.get(), analyzer.analyze(article.get())));
        }
      }
      for (Source s : sources) {
        String key = story + "/" + s.id();
        List<Gold> here = gold.stream().filter(g -> g.article().equals(key)).toList();
        AnalyzedArticle a = s.analysis();
        if (list) {
          a.people().forEach(p -> System.out.println(key + "\t" + p.name() + "\t" + p.role()));
        }
        Set<String> names = new TreeSet<>();
        a.people().stream().filter(PersonMention::named).forEach(p -> names.add(plain(p.name())));
        for (String name : names) {
          predicted++;
          Optional<Gold> match = match(here, name);
          if (match.isPresent() && match.get().kind().equals("newsmaker")) {
            predictedRight++;
          } else {
            misses.add(key + ": not a person: " + name
                + (match.isPresent() ? " (gold: " + match.get().name() + ")" : " (not in the gold)"));
          }
        }
        for (Gold g : here) {
          if (!g.kind().equals("newsmaker")) {
            continue;
          }
          newsmakers++;
          String surname = surname(g.name());
          List<PersonMention> mentions = a.people().stream()
              .filter(p -> p.named() && surname(plain(p.name())).equals(surname)).toList();
          if (mentions.isEmpty()) {
            misses.add(key + ": newsmaker not found: " + g.name());
            continue;
          }
          found++;
          if (g.roles().isBlank()) {
            continue;
          }
          withGoldRole++;
          if (mentions.stream().anyMatch(p -> p.role() != null && holdsAny(p.role(), g.roles()))) {
            roleRight++;
          } else {
            misses.add(key + ": " + g.name() + " without the role '" + g.roles() + "'; roles: "
                + mentions.stream().map(PersonMention::role).distinct().toList());
          }
        }
      }
      CastOfPeople cast = PeopleMerger.merge(sources);
      List<Gold> storyGold = gold.stream().filter(g -> g.story().equals(story)).toList();
      for (Person p : cast.people()) {
        if (p.spellings().isEmpty()) {
          described++;
          if (list) {
            System.out.println(story + "\tdescribed\t" + p.name() + "\t" + p.roles().stream().map(Attested::value).toList());
          }
          continue;
        }
        if (list) {
          System.out.println(story + "\tnamed\t" + p.name() + "\t" + p.roles().stream().map(Attested::value).toList());
        }
        Set<String> who = new TreeSet<>();
        for (Attested spelling : p.spellings()) {
          match(storyGold, plain(spelling.value()))
              .ifPresent(g -> who.add(g.kind().equals("newsmaker") ? surname(g.name()) : "not:" + g.name()));
        }
        boolean twoPeople = who.stream().filter(w -> !w.startsWith("not:")).count() > 1;
        boolean personAndThing = who.stream().anyMatch(w -> w.startsWith("not:"))
            && who.stream().anyMatch(w -> !w.startsWith("not:"));
        if (twoPeople || personAndThing) {
          wrongMerges++;
          misses.add(story + ": wrong merge: " + p.name() + " holds " + who);
        }
      }
    }
    return new Figures(stories.size(), gold.stream().map(Gold::article).distinct().count(),
        predicted, predictedRight, newsmakers, found, withGoldRole, roleRight, wrongMerges,
        described, misses);
  }

  /**
   * The articles of a story folder: BASIL's three outlets where the folder holds them, else every
   * text file's name without its extension (an H1N1 slice: {@link H1n1Slices}).
   */
  private static List<String> outlets(Path folder) throws IOException {
    if (Files.exists(folder.resolve("fox.md")) || Files.exists(folder.resolve("FOX.md"))
        || !Files.isDirectory(folder)) {
      return List.of("fox", "nyt", "hpo");
    }
    try (var files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt"))
          .map(f -> f.substring(0, f.length() - ".txt".length())).sorted().toList();
    }
  }

  /** The article file for {@code outlet}, written in lower or upper case. */
  private static Optional<Path> articleFile(Path folder, String outlet) {
    for (String name : List.of(outlet + ".md", outlet.toUpperCase(Locale.ROOT) + ".md", outlet + ".txt")) {
      if (Files.exists(folder.resolve(name))) {
        return Optional.of(folder.resolve(name));
      }
    }
    return Optional.empty();
  }

  /**
   * The gold line {@code name} stands for: a gold name it equals or that holds it, else a gold
   * newsmaker with its surname.
   */
  private static Optional<Gold> match(List<Gold> gold, String name) {
    String n = SeedPeopleEvaluation.fold(name);
    for (Gold g : gold) {
      String full = SeedPeopleEvaluation.fold(g.name());
      if (full.equals(n) || (" " + full + " ").contains(" " + n + " ")
          || (" " + n + " ").contains(" " + full + " ") && g.kind().equals("not")) {
        return Optional.of(g);
      }
    }
    String surname = surname(name);
    return gold.stream().filter(g -> g.kind().equals("newsmaker") && surname(g.name()).equals(surname))
        .findFirst();
  }

  /** A name without possessive, honorific or leading "the". */
  static String plain(String name) {
    String s = name.strip().replaceAll("['’]s$", "").replaceAll("['’]$", "").replaceAll("\\s+", " ");
    List<String> words = new ArrayList<>(List.of(s.split(" ")));
    while (words.size() > 1 && (HONORIFICS.contains(words.get(0).replace(".", "").toLowerCase(Locale.ROOT))
        || words.get(0).equalsIgnoreCase("the"))) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** The folded last word of a name, suffixes ("Jr.", "III") left out. */
  static String surname(String name) {
    List<String> words = new ArrayList<>(List.of(SeedPeopleEvaluation.fold(name).split("[ ,]+")));
    while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).replace(".", ""))) {
      words.remove(words.size() - 1);
    }
    return words.get(words.size() - 1);
  }

  private static boolean holdsAny(String text, String alternatives) {
    String t = SeedPeopleEvaluation.fold(text);
    for (String word : alternatives.split("\\|")) {
      if (!word.isBlank() && t.contains(SeedPeopleEvaluation.fold(word))) {
        return true;
      }
    }
    return false;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
