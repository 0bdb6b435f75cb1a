package briefing.bench;

import briefing.analyze.figures.Figures;
import briefing.analyze.names.CreditedNames;
import briefing.analyze.names.Entities;
import briefing.analyze.names.People;
import briefing.analyze.nlp.Document;
import briefing.analyze.quotes.Quotes;
import briefing.analyze.time.Times;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.model.analysis.PersonMention;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Times each analysis step on generated articles of doubling length and prints the figures, so a
 * step whose time grows faster than the text shows at once:
 * {@code java -cp target/classes:target/test-classes:target/lib/* briefing.bench.AnalysisScaling
 * [KIND] [UNITS...]}. Kinds: {@code words} (a word per paragraph), {@code oneline} (short
 * sentences on one line), {@code news} (quoted, dated, named paragraphs).
 */
public final class AnalysisScaling {
  private AnalysisScaling() {}

  /** The text of an article of {@code units} units of {@code kind}. */
  public static String article(String kind, int units) {
    IntFunction<String> unit = switch (kind) {
      case "words" -> i -> WORDS[i % WORDS.length] + "\n\n";
      case "oneline" -> i -> sentence(i) + (i + 1 < units ? " " : "\n");
      case "news" -> i -> "“We will " + WORDS[i % WORDS.length].toLowerCase(Locale.ROOT)
          + " the talks on Tuesday,” " + NAMES[i % NAMES.length] + " said on " + (1 + i % 28)
          + " January. About " + (100 + i) + " troops moved near the border.\n\n";
      default -> throw new IllegalArgumentException("no such kind: " + kind);
    };
    StringBuilder text = new StringBuilder("---\ntitle: Scaling\npublished: 2022-01-10\n---\n");
    for (int i = 0; i < units; i++) {
      text.append(unit.apply(i));
    }
    return text.toString();
  }

  /** A short sentence, different for each {@code i}. */
  public static String sentence(int i) {
    return NAMES[i % NAMES.length] + " met " + WORDS[(i * 7) % WORDS.length].toLowerCase(Locale.ROOT)
        + " officials in " + PLACES[i % PLACES.length] + " on Tuesday.";
  }

  private static final String[] WORDS = {"Talks", "Russia", "Geneva", "Minister", "Said", "Tuesday",
      "Troops", "Border", "Ukraine", "Security", "Meeting", "Officials", "January", "Week", "NATO",
      "Biden", "Putin", "Agreement", "Sanctions", "Diplomats"};
  private static final String[] NAMES = {"Wendy Sherman", "Sergei Ryabkov", "Antony Blinken",
      "Jake Sullivan", "Ned Price"};
  private static final String[] PLACES = {"Geneva", "Moscow", "Brussels", "Vienna", "Kyiv"};

  public static void main(String[] args) {
    String kind = args.length > 0 ? args[0] : "oneline";
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(250, 500, 1000, 2000);
    }
    Document.annotate(read(article(kind, 10)), LocalDate.of(2022, 1, 10)); // loads the models
    for (int units : sizes) {
      Article a = read(article(kind, units));
      int chars = a.blocks().stream().mapToInt(b -> b.text().length()).sum();
      long start = System.nanoTime();
      Document d = timed("annotate", () -> Document.annotate(a, LocalDate.of(2022, 1, 10)));
      List<PersonMention> people = timed("people", () -> People.find(d, CreditedNames.of(a)));
      timed("entities", () -> Entities.find(d, people));
      timed("times", () -> Times.find(d));
      timed("quotes", () -> Quotes.find(d, people));
      timed("figures", () -> Figures.find(d));
      System.out.printf(Locale.ROOT, "%s %d units, %,d chars, %d sentences: %s total %.1f s%n",
          kind, units, chars, d.sentences().size(), steps, (System.nanoTime() - start) / 1e9);
      steps.setLength(0);
    }
  }

  private static final StringBuilder steps = new StringBuilder();

  private static <T> T timed(String step, Supplier<T> work) {
    long start = System.nanoTime();
    long allocated = allocated();
    T result = work.get();
    steps.append(String.format(Locale.ROOT, "%s %.2f s %d MB, ", step, (System.nanoTime() - start) / 1e9,
        (allocated() - allocated) / 1048576));
    return result;
  }

  /** Bytes this thread has allocated so far: what a step allocates, whatever the collector did. */
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private static Article read(String text) {
    List<Diagnostic> problems = new ArrayList<>();
    return Ingest.standard().readArticle("scaling.txt", text.getBytes(StandardCharsets.UTF_8), problems)
        .orElseThrow(() -> new IllegalStateException("not read: " + problems));
  }
}
