package briefing.eval;

import briefing.crossref.CrossReference;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Person;
import briefing.text.FunctionWords;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures description -> person links on all fifty BASIL stories against a hand-made gold.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-basil-descriptions [-Dexec.args=--misses]};
 * the gold is {@code src/test/resources/briefing/eval/basil-descriptions.tsv}: each mention of a
 * person by a description ("the president", "a senior administration official") with the story's
 * named person it refers to, or {@code -} for nobody the story names. Each story is built through
 * the real pipeline ({@link BasilStories}, {@link CrossReference#link}) and each gold mention is
 * judged by the briefing's people citing its sentence:
 * <ul>
 *   <li>named gold, right: the gold person (by surname) cites the sentence and no unnamed person
 *       of that description does; left apart: an unnamed person of that description cites it;
 *       wrong person: another named person cites it whose name the sentence does not write (and
 *       whom no other gold mention of the sentence names); no person: none of these.
 *   <li>{@code -}, kept apart right: an unnamed person of that description cites the sentence and
 *       no named person joins it (as above); wrongly joined: a named person does; no person:
 *       neither.
 * </ul>
 * An unnamed person is "of that description" when a word of its name (three letters or more and
 * no function word, plural or not: "man" of "the man") is a word of the description. Stories 1, 3, 5, 7, 9 in folder order are the
 * tuning part, the others held apart, in each of the two gold files: the first ten stories (those
 * of {@code basil-people.tsv}), ten more ({@code basil-descriptions-more.tsv}, every fifth
 * story from the third), a third ten ({@code basil-descriptions-third.tsv}, every fifth from
 * the second), a fourth ({@code basil-descriptions-fourth.tsv}, every fifth from the fourth) and
 * a fifth ({@code basil-descriptions-fifth.tsv}, every fifth from the fifth): all fifty.
 */
public final class BasilDescriptionEvaluation {
  private static final Path GOLD = Path.of("src/test/resources/briefing/eval/basil-descriptions.tsv");
  private static final Path PEOPLE = Path.of("src/test/resources/briefing/eval/basil-people.tsv");
  private static final Path MORE =
      Path.of("src/test/resources/briefing/eval/basil-descriptions-more.tsv");
  private static final Path THIRD =
      Path.of("src/test/resources/briefing/eval/basil-descriptions-third.tsv");
  private static final Path FOURTH =
      Path.of("src/test/resources/briefing/eval/basil-descriptions-fourth.tsv");
  private static final Path FIFTH =
      Path.of("src/test/resources/briefing/eval/basil-descriptions-fifth.tsv");

  /**
   * Small stories cut from the H1N1 articles ({@link H1n1Slices}) and their description gold,
   * labelled the same way by a helper: another subject and other outlets than BASIL's.
   */
  private static final Path H1N1_STORIES =
      Path.of("src/test/resources/briefing/eval/h1n1-descriptions-stories.tsv");
  private static final Path H1N1 = Path.of("src/test/resources/briefing/eval/h1n1-descriptions.tsv");

  private BasilDescriptionEvaluation() {}

  /** One gold mention. */
  record Mention(String folder, String article, String sentence, String description, String gold) {
    Citation citation() {
      return new Citation(article, sentence);
    }

    boolean named() {
      return !gold.equals("-");
    }
  }

  /** Counts of one part or story. */
  static final class Tally {
    int named;
    int right;
    int wrong;
    int apart;
    int none;
    int unnamed;
    int keptApart;
    int joined;
    int unnamedNone;

    void add(Tally t) {
      named += t.named;
      right += t.right;
      wrong += t.wrong;
      apart += t.apart;
      none += t.none;
      unnamed += t.unnamed;
      keptApart += t.keptApart;
      joined += t.joined;
      unnamedNone += t.unnamedNone;
    }

    @Override
    public String toString() {
      return String.format("links right %d of %d (wrong person %d, left apart %d, no person %d);"
          + " kept apart right %d of %d (joined %d, no person %d)",
          right, named, wrong, apart, none, keptApart, unnamed, joined, unnamedNone);
    }
  }

  /** Runs the evaluation and prints the scores; {@code --misses} lists each miss. */
  public static void main(String[] args) throws IOException {
    boolean showMisses = List.of(args).contains("--misses");
    List<String> first = Files.readAllLines(PEOPLE, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.substring(0, l.indexOf('/')))
        .distinct().sorted().toList();
    // every fifth story from the third, the second, the fourth, the fifth: labelled later, by helpers
    List<String> all = BasilStories.folders(BasilStories.DATA);
    PrintStream out = System.out;
    List<String> misses = new ArrayList<>();
    Tally[] first10 = score("first ten", GOLD, first, showMisses, misses, out);
    Tally[] more10 = score("ten more", MORE, everyFifth(all, 2), showMisses, misses, out);
    Tally[] third10 = score("third ten", THIRD, everyFifth(all, 1), showMisses, misses, out);
    Tally[] fourth10 = score("fourth ten", FOURTH, everyFifth(all, 3), showMisses, misses, out);
    Tally[] fifth10 = score("fifth ten", FIFTH, everyFifth(all, 4), showMisses, misses, out);
    Tally tuning = new Tally();
    Tally heldApart = new Tally();
    for (Tally[] t : List.of(first10, more10, third10, fourth10, fifth10)) {
      tuning.add(t[0]);
      heldApart.add(t[1]);
    }
    out.printf("all fifty, tuning:     %s%n", tuning);
    out.printf("all fifty, held apart: %s%n", heldApart);
    if (Files.exists(H1N1_STORIES)) {
      scoreStories("H1N1 slices", H1N1, H1n1Slices.load(H1N1_STORIES), showMisses, misses, out);
    }
    if (!misses.isEmpty()) {
      out.println("misses (held apart only with --misses):");
      misses.forEach(m -> out.println("  " + m));
    }
    System.exit(0);
  }

  /** Every fifth of {@code folders}, from index {@code from}. */
  private static List<String> everyFifth(List<String> folders, int from) {
    List<String> picked = new ArrayList<>();
    for (int i = from; i < folders.size(); i += 5) {
      picked.add(folders.get(i));
    }
    return picked;
  }

  /**
   * Scores the gold of {@code file} on {@code folders}, stories 1, 3, 5, 7, 9 tuning; prints each
   * story and the part's totals, adds its misses; returns the tuning and held-apart tallies.
   */
  private static Tally[] score(String part, Path file, List<String> folders, boolean showMisses,
      List<String> misses, PrintStream out) throws IOException {
    return scoreStories(part, file, BasilStories.load(BasilStories.DATA, folders), showMisses,
        misses, out);
  }

  /** As above, on stories already loaded. */
  private static Tally[] scoreStories(String part, Path file, List<BasilStories.Story> stories,
      boolean showMisses, List<String> misses, PrintStream out) throws IOException {
    List<Mention> gold = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(r -> new Mention(r[0], r[1], r[2], r[3], r[4]))
        .toList();
    Tally tuning = new Tally();
    Tally heldApart = new Tally();
    for (int i = 0; i < stories.size(); i++) {
      BasilStories.Story story = stories.get(i);
      boolean tune = i % 2 == 0;
      List<Person> people = CrossReference.link(story.editorial(), story.sources()).people();
      Map<Citation, String> text = new HashMap<>();
      for (Source source : story.sources()) {
        for (Sentence s : source.analysis().sentences()) {
          text.put(new Citation(source.id(), s.id()), s.text());
        }
      }
      List<Mention> here = gold.stream().filter(m -> m.folder().equals(story.folder())).toList();
      Tally t = new Tally();
      for (Mention m : here) {
        if (!text.containsKey(m.citation())) {
          throw new IllegalStateException(file + ": no sentence " + m.article() + " " + m.sentence()
              + " in " + story.folder());
        }
        String verdict = judge(m, here, people, text.get(m.citation()), t);
        if (!verdict.isEmpty() && (tune || showMisses)) {
          misses.add((tune ? "tuning " : "held apart ") + story.folder() + " " + m.article() + " "
              + m.sentence() + " \"" + m.description() + "\" (" + m.gold() + "): " + verdict);
        }
      }
      (tune ? tuning : heldApart).add(t);
      out.printf("%s %s: %s%n", tune ? "tuning    " : "held apart", story.folder(), t);
    }
    out.printf("%s, tuning:     %s%n", part, tuning);
    out.printf("%s, held apart: %s%n", part, heldApart);
    return new Tally[] {tuning, heldApart};
  }

  /** Counts mention {@code m} into {@code t}; returns "" when right, else what went wrong. */
  static String judge(Mention m, List<Mention> sentenceGold, List<Person> people, String text,
      Tally t) {
    Citation c = m.citation();
    List<Person> citing = people.stream().filter(p -> p.mentions().contains(c)).toList();
    List<Person> described = citing.stream()
        .filter(p -> p.spellings().isEmpty() && ofDescription(p.name(), m.description())).toList();
    List<String> otherGold = sentenceGold.stream()
        .filter(g -> g.citation().equals(c) && g.named() && g != m)
        .map(g -> surname(g.gold())).toList();
    List<Person> joined = citing.stream()
        .filter(p -> !p.spellings().isEmpty() && !written(p, text)
            && !otherGold.contains(surname(p.name()))
            && !(m.named() && surname(p.name()).equals(surname(m.gold()))))
        .toList();
    String seen = "; citing: " + citing.stream().map(Person::name).toList();
    if (!m.named()) {
      t.unnamed++;
      if (!joined.isEmpty()) {
        t.joined++;
        return "joined to " + joined.stream().map(Person::name).toList() + seen;
      }
      if (!described.isEmpty()) {
        t.keptApart++;
        return "";
      }
      t.unnamedNone++;
      return "no person" + seen;
    }
    t.named++;
    boolean gold = citing.stream().anyMatch(p -> !p.spellings().isEmpty()
        && surname(p.name()).equals(surname(m.gold())));
    if (!described.isEmpty()) {
      t.apart++;
      return "left apart as " + described.stream().map(Person::name).toList() + seen;
    }
    if (gold) {
      t.right++;
      return "";
    }
    if (!joined.isEmpty()) {
      t.wrong++;
      return "joined to " + joined.stream().map(Person::name).toList() + seen;
    }
    t.none++;
    return "no person" + seen;
  }

  /** Whether a word of an unnamed person's name is a word of the description. */
  static boolean ofDescription(String name, String description) {
    Set<String> words = Set.copyOf(words(description));
    return words(name).stream().anyMatch(w -> w.length() >= 3 && !FunctionWords.contains(w)
        && words.contains(w));
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : SeedPeopleEvaluation.fold(text).split("[^\\p{L}\\p{N}-]+")) {
      if (!w.isEmpty()) {
        words.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
      }
    }
    return words;
  }

  /** Whether the sentence writes one of the person's spellings' surnames. */
  private static boolean written(Person p, String text) {
    String folded = SeedPeopleEvaluation.fold(text);
    for (Attested spelling : p.spellings()) {
      if (folded.contains(surname(spelling.value()))) {
        return true;
      }
    }
    return folded.contains(surname(p.name()));
  }

  private static String surname(String name) {
    String[] words = SeedPeopleEvaluation.fold(name).replaceAll("[.,]", "").split(" ");
    String last = words[words.length - 1];
    if (words.length > 1 && Set.of("jr", "sr", "ii", "iii", "iv").contains(last)) {
      last = words[words.length - 2];
    }
    return last.toLowerCase(Locale.ROOT);
  }
}
