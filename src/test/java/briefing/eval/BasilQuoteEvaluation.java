package briefing.eval;

import briefing.crossref.CrossReference;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteRef;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Measures whom the briefing credits each quotation to, on BASIL: the words in quotation marks
 * of ten events' articles, each labelled by hand with who said them — a person the story names,
 * someone it only describes, or no one (scare quotes, a term, a title).
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-basil-quotes [-Dexec.args=--misses]}
 * ({@code --misses} lists the tuning parts' errors only). The same is measured on a second
 * subject, the 14 small stories cut from the H1N1 articles ({@link H1n1Slices};
 * {@code h1n1-quotes.tsv}, the odd slices tuned on, the even held apart). The gold
 * ({@code src/test/resources/briefing/eval/basil-quotes-tuning.tsv} and
 * {@code basil-quotes-held-apart.tsv}; columns: event folder, article, sentence where the
 * quotation opens, full or partial, speaker, first words) was labelled by helpers from the
 * articles alone, before anyone looked at what briefing credits in them. A quotation is credited
 * to the person of the briefing whose quotes hold it (the reader's who's-who), or to no one.
 * For a named speaker it is right where the person's surname is the speaker's, wrong where it is
 * another's, and left where no one is credited; words of someone unnamed or of no one are wrong
 * where they go to a named person; a quotation the analysis did not find is missed.
 */
public final class BasilQuoteEvaluation {
  static final Path TUNING = Path.of("src/test/resources/briefing/eval/basil-quotes-tuning.tsv");
  static final Path HELD_APART = Path.of("src/test/resources/briefing/eval/basil-quotes-held-apart.tsv");
  /** The same for the small stories cut from the H1N1 articles ({@link H1n1Slices}). */
  static final Path H1N1 = Path.of("src/test/resources/briefing/eval/h1n1-quotes.tsv");
  private static final Path H1N1_STORIES =
      Path.of("src/test/resources/briefing/eval/h1n1-descriptions-stories.tsv");

  private BasilQuoteEvaluation() {}

  /** One labelled quotation. */
  record Item(String folder, String article, String sentence, boolean partial, String speaker,
      String firstWords) {
    boolean named() {
      return !speaker.equals("-") && !speaker.equals("?") && !speaker.startsWith("desc:");
    }
  }

  /** What one part came to. */
  static final class Tally {
    int named;
    int right;
    int wrong;
    int left;
    int unnamed;
    int unnamedToNamed;
    int nobody;
    int nobodyToNamed;
    int missed;

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "named speakers %d: right %d (%.3f), wrong %d, left %d;"
          + " someone unnamed %d: to a named person %d; no one's words %d: to a named person %d;"
          + " not found %d", named, right, named == 0 ? 0 : (double) right / named, wrong, left,
          unnamed, unnamedToNamed, nobody, nobodyToNamed, missed);
    }
  }

  /** Runs the evaluation and prints its figures. */
  public static void main(String[] args) {
    boolean misses = List.of(args).contains("--misses");
    PrintStream out = System.out;
    out.println("Quotations credited in the who's who against the hand-labelled speakers");
    for (Path gold : List.of(TUNING, HELD_APART)) {
      List<Item> items = read(gold);
      List<String> folders = items.stream().map(Item::folder).distinct().sorted().toList();
      boolean tuning = gold == TUNING;
      print(tuning ? "tuning    " : "held apart", "events", items,
          BasilStories.load(BasilStories.DATA, folders), misses && tuning, out);
    }
    if (Files.exists(H1N1)) {
      List<BasilStories.Story> slices = H1n1Slices.load(H1N1_STORIES);
      List<Item> items = read(H1N1);
      for (int part = 0; part < 2; part++) {
        // the 1st, 3rd, 5th ... slices are tuned on, the others held apart
        int parity = part;
        List<BasilStories.Story> stories = new ArrayList<>();
        for (int i = parity; i < slices.size(); i += 2) {
          stories.add(slices.get(i));
        }
        print(part == 0 ? "H1N1 slices, tuning    " : "H1N1 slices, held apart", "slices",
            items, stories, misses && part == 0, out);
      }
    }
    System.exit(0);
  }

  /** Scores the {@code items} of {@code stories} and prints the tally, with its errors if asked. */
  private static void print(String name, String stories, List<Item> items,
      List<BasilStories.Story> loaded, boolean errorsToo, PrintStream out) {
    Tally tally = new Tally();
    List<String> errors = new ArrayList<>();
    int counted = 0;
    for (BasilStories.Story story : loaded) {
      Briefing briefing = CrossReference.link(story.editorial(), story.sources());
      for (Item item : items.stream().filter(i -> i.folder().equals(story.folder())).toList()) {
        score(item, story.sources(), briefing, tally, errors);
        counted++;
      }
    }
    out.println(name + " (" + loaded.size() + " " + stories + ", " + counted + " quotations): "
        + tally);
    if (errorsToo) {
      errors.forEach(e -> out.println("  " + e));
    }
  }

  private static void score(Item item, List<Source> sources, Briefing briefing, Tally tally,
      List<String> errors) {
    if (item.speaker().equals("?")) {
      return;
    }
    Optional<Quote> found = sources.stream().filter(s -> s.id().equals(item.article()))
        .flatMap(s -> s.analysis().quotes().stream())
        .filter(q -> q.sentences().get(0).equals(item.sentence()))
        .max(Comparator.comparingInt(q -> sharedWords(q.text(), item.firstWords())));
    String where = item.folder() + " " + item.article() + " " + item.sentence() + " \""
        + item.firstWords() + "\" (" + item.speaker() + ")";
    if (found.isEmpty() || sharedWords(found.get().text(), item.firstWords()) == 0) {
      tally.missed++;
      errors.add("not found: " + where);
      return;
    }
    Citation at = new Citation(item.article(), item.sentence());
    String text = found.get().text();
    Optional<Person> credited = briefing.people().stream()
        .filter(p -> p.quotes().stream().anyMatch(r -> credits(r, at, text))).findFirst();
    String to = credited.map(Person::name).orElse(null);
    boolean toNamed = credited.isPresent() && isName(credited.get().name());
    if (item.named()) {
      tally.named++;
      if (to == null) {
        tally.left++;
        errors.add("left uncredited: " + where + ", read as "
            + (found.get().speaker() == null ? "unattributed" : "said by " + found.get().speaker()));
      } else if (surname(to).equals(surname(item.speaker()))) {
        tally.right++;
      } else {
        tally.wrong++;
        errors.add("credited to " + to + ": " + where);
      }
    } else if (item.speaker().equals("-")) {
      tally.nobody++;
      if (toNamed) {
        tally.nobodyToNamed++;
        errors.add("no one's words credited to " + to + ": " + where);
      }
    } else {
      tally.unnamed++;
      if (toNamed) {
        tally.unnamedToNamed++;
        errors.add("someone unnamed's words credited to " + to + ": " + where);
      }
    }
  }

  private static boolean credits(QuoteRef r, Citation at, String text) {
    return r.citation().equals(at) && (r.text().equals(text) || sharedWords(r.text(), text) >= 3);
  }

  /** True for a person's name ("Ann Hallor"), not a description ("spokesman for the board"). */
  private static boolean isName(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0))
        && name.chars().filter(Character::isSpaceChar).count() < 4
        && !name.toLowerCase(Locale.ROOT).matches(".*\\b(for|of|the)\\b.*");
  }

  private static String surname(String name) {
    String[] words = name.replaceAll("[,.]", " ").trim().split("\\s+");
    int last = words.length - 1;
    while (last > 0 && words[last].toLowerCase(Locale.ROOT).matches("jr|sr|ii|iii|iv")) {
      last--;
    }
    return words[last].toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
  }

  private static int sharedWords(String a, String b) {
    TreeSet<String> wa = words(a);
    return (int) words(b).stream().filter(wa::contains).count();
  }

  private static TreeSet<String> words(String text) {
    TreeSet<String> words = new TreeSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  static List<Item> read(Path gold) {
    return GoldRows.read(gold, 6).stream().map(cols -> new Item(cols[0], cols[1], cols[2],
        cols[3].equals("partial"), cols[4].strip(), cols[5].strip())).toList();
  }
}
