package briefing.eval;

import briefing.analyze.Analyzer;
import briefing.analyze.nlp.Document;
import briefing.cli.AnalysisListing;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Quote;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures people and quote attribution against the hand-annotated seed articles.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-people [-Dexec.args="[--tokens] [--list] [folder]"]};
 * the folder defaults to {@code content/articles}, the gold files are
 * {@code src/test/resources/briefing/eval/seed-people.tsv} and {@code seed-quotes.tsv}. A newsmaker
 * counts as found when a mention in its article carries its surname, and as found with a role when
 * one of those mentions has a role holding one of the gold's role words ({@code |} separates
 * alternatives). A quote is matched by its first words; its speaker is right when it holds one of
 * the gold's speaker words, and "unattributed" expects no speaker.
 */
public final class SeedPeopleEvaluation {
  private static final Path GOLD = Path.of("src/test/resources/briefing/eval");

  private SeedPeopleEvaluation() {}

  /** Runs the evaluation and prints the scores and every miss. */
  public static void main(String[] args) throws IOException {
    boolean tokens = false;
    boolean list = false;
    Path folder = Path.of("content/articles");
    for (String arg : args) {
      if (arg.equals("--tokens")) {
        tokens = true;
      } else if (arg.equals("--list")) {
        list = true;
      } else {
        folder = Path.of(arg);
      }
    }
    Result result = run(folder, tokens, list, System.out);
    result.print(System.out);
    System.exit(0);
  }

  /** What the evaluation counted, and what it missed, line by line. */
  public record Result(int newsmakers, int newsmakersFound, int withRole, int creditsWrong,
      int goldQuotes, int quotesFound, int creditedRight, int creditedWrong, int leftUnattributed,
      int extraQuotes, List<String> misses) {
    void print(PrintStream out) {
      out.printf("newsmakers found:            %d / %d%n", newsmakersFound, newsmakers);
      out.printf("  with a role:               %d / %d%n", withRole, newsmakers);
      out.printf("authors/photographers taken as newsmakers: %d%n", creditsWrong);
      out.printf("quotes found:                %d / %d (plus %d not in the gold)%n", quotesFound,
          goldQuotes, extraQuotes);
      out.printf("  credited right:            %d%n", creditedRight);
      out.printf("  credited wrong:            %d%n", creditedWrong);
      out.printf("  left unattributed (gold has a speaker): %d%n", leftUnattributed);
      out.println("misses:");
      misses.forEach(m -> out.println("  " + m));
    }
  }

  /** Analyses every article of {@code folder} the gold names and scores it. */
  public static Result run(Path folder, boolean tokens, boolean list, PrintStream out) throws IOException {
    List<String[]> people = rows(GOLD.resolve("seed-people.tsv"));
    List<String[]> quotes = rows(GOLD.resolve("seed-quotes.tsv"));
    Map<String, AnalyzedArticle> analyses = new LinkedHashMap<>();
    Analyzer analyzer = new Analyzer();
    List<String> files;
    try (Stream<Path> paths = Files.list(folder)) {
      files = paths.map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (String file : files) {
      List<Diagnostic> problems = new ArrayList<>();
      Optional<Article> article =
          Ingest.standard().readArticle(folder.resolve(file), file, problems);
      if (article.isEmpty()) {
        continue;
      }
      analyses.put(file, analyzer.analyze(article.get()));
      if (tokens) {
        printTokens(file, article.get(), out);
      }
      if (list) {
        out.println(AnalysisListing.of(article.get(), analyses.get(file)));
      }
    }
    List<String> misses = new ArrayList<>();
    int newsmakers = 0;
    int found = 0;
    int withRole = 0;
    int creditsWrong = 0;
    for (String[] row : people) {
      AnalyzedArticle a = analyses.get(row[0]);
      if (a == null) {
        misses.add(row[0] + ": no such article");
        continue;
      }
      String surname = surname(row[2]);
      List<PersonMention> mentions = a.people().stream()
          .filter(p -> row[2].equals("-") ? !p.named() : p.named() && holds(p.name(), surname))
          .toList();
      if (row[1].equals("credit")) {
        if (!mentions.isEmpty()) {
          creditsWrong++;
          misses.add(row[0] + ": " + row[2] + " is credited, yet counted as a newsmaker");
        }
        continue;
      }
      newsmakers++;
      if (mentions.isEmpty()) {
        misses.add(row[0] + ": newsmaker not found: " + row[2]);
        continue;
      }
      found++;
      String words = row.length > 3 ? row[3] : "";
      if (mentions.stream().anyMatch(p -> p.role() != null && holdsAny(p.role(), words))) {
        withRole++;
      } else {
        misses.add(row[0] + ": " + row[2] + " without the role '" + words + "'; roles: "
            + mentions.stream().map(PersonMention::role).distinct().toList());
      }
    }
    int right = 0;
    int wrong = 0;
    int unattributed = 0;
    int quotesFound = 0;
    List<Quote> matched = new ArrayList<>();
    for (String[] row : quotes) {
      AnalyzedArticle a = analyses.get(row[0]);
      if (a == null) {
        continue;
      }
      Optional<Quote> quote = a.quotes().stream()
          .filter(q -> !matched.contains(q) && fold(q.text()).startsWith(fold(row[1])))
          .findFirst();
      if (quote.isEmpty()) {
        misses.add(row[0] + ": quote not found: " + row[1]);
        continue;
      }
      quotesFound++;
      matched.add(quote.get());
      Quote q = quote.get();
      boolean expectNone = row[2].equals("unattributed");
      String shown = q.speaker() == null ? "unattributed" : q.speaker() + " (" + q.rule() + ")";
      if (expectNone ? !q.attributed() : q.attributed() && holdsAny(q.speaker(), row[2])) {
        right++;
      } else if (!expectNone && !q.attributed()) {
        unattributed++;
        misses.add(row[0] + ": left unattributed: \"" + row[1] + "\" (gold " + row[2] + ")");
      } else {
        wrong++;
        misses.add(row[0] + ": credited wrong: \"" + row[1] + "\" to " + shown
            + " (gold " + row[2] + ")");
      }
    }
    int extra = 0;
    for (Map.Entry<String, AnalyzedArticle> e : analyses.entrySet()) {
      for (Quote q : e.getValue().quotes()) {
        if (!matched.contains(q)) {
          extra++;
          misses.add(e.getKey() + ": quote not in the gold: \"" + q.text() + "\" "
              + (q.speaker() == null ? "unattributed" : q.speaker()));
        }
      }
    }
    return new Result(newsmakers, found, withRole, creditsWrong, quotes.size(), quotesFound,
        right, wrong, unattributed, extra, misses);
  }

  private static void printTokens(String file, Article article, PrintStream out) {
    Document d = Document.annotate(article, null);
    out.println("== " + file);
    for (int i = 0; i < d.core().sentences().size(); i++) {
      CoreSentence s = d.core().sentences().get(i);
      StringBuilder line = new StringBuilder(d.sentence(i).id() + " [b" + d.sentence(i).block() + "]");
      for (CoreLabel t : s.tokens()) {
        line.append(' ').append(t.word()).append('/').append(t.tag());
        if (!"O".equals(t.ner())) {
          line.append('/').append(t.ner());
        }
      }
      out.println(line);
    }
  }

  /** Rows of a tab-separated file, without blank lines and # comments. */
  private static List<String[]> rows(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .toList();
  }

  private static String surname(String name) {
    String[] words = name.split(" ");
    return words[words.length - 1];
  }

  private static boolean holds(String text, String word) {
    return fold(text).contains(fold(word));
  }

  private static boolean holdsAny(String text, String alternatives) {
    for (String word : alternatives.split("\\|")) {
      if (!word.isBlank() && holds(text, word)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, straight quotes, single spaces, no accents: how texts are compared. */
  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    s = s.replaceAll("[‘’`]", "'").replaceAll("[“”]", "\"").replaceAll("^[\"' ]+", "");
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
