package briefing.analyze.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Quotations found at a cost that grows with the text, the same ones CoreNLP's annotator finds. */
class QuoteMarksTest {
  /** Tokens and sentences only: all the quotation finder reads, in milliseconds. */
  private static final StanfordCoreNLP TOKENS;

  static {
    Properties p = Nlp.properties();
    p.setProperty("annotators", "tokenize,ssplit");
    TOKENS = new StanfordCoreNLP(p);
  }

  private final QuoteMarks marks = new QuoteMarks(Nlp.properties());

  @Test
  void marksTheSameQuotationsAsCoreNlpsQuoteAnnotator() throws IOException {
    List<String> texts = new java.util.ArrayList<>(List.of(
        "“We will not back down,” Ryabkov said. “Never.”\n\n“Talks,” he added, “are ‘useful’ now.”",
        "He called it “a ‘frank’ exchange” and left.\n\n“Runs on here,” she said. ‘Single’ marks"
            + " “stay” \"plain\" too.",
        "🙂 “Emoji 🙂 before,” he said 🙂. An “unclosed quote runs on\n\nand on. Then “a closed one.”",
        "No quotation at all.", "“", "“Only a quote.”"));
    try (Stream<Path> articles = Files.list(Path.of("content/articles"))) {
      for (Path p : articles.sorted().toList()) {
        texts.add(Files.readString(p).replaceAll("(?s)^---.*?---\n", ""));
      }
    }
    for (String text : texts) {
      Annotation theirs = tokens(text);
      new QuoteAnnotator("quote", Nlp.properties(), false).annotate(theirs);
      Annotation ours = tokens(text);
      marks.annotate(ours);
      assertEquals(described(theirs), described(ours), "quotations of: " + text);
    }
  }

  /**
   * Issue 13: a quotation running on into the next paragraph opens each paragraph and closes only
   * the last, as news writes it. CoreNLP finds the last paragraph's alone; the first is a
   * quotation too, to its paragraph's end.
   */
  @Test
  void aQuotationRunningOnIntoTheNextParagraphIsMarkedToItsParagraphsEnd() {
    String text = "He said: “The first paragraph of a long quote.\n\n“The second closes it,” she said.";
    Annotation theirs = tokens(text);
    new QuoteAnnotator("quote", Nlp.properties(), false).annotate(theirs);
    Annotation ours = tokens(text);
    marks.annotate(ours);
    assertEquals(List.of("“The second closes it,”"), texts(theirs));
    assertEquals(List.of("“The first paragraph of a long quote.", "“The second closes it,”"), texts(ours));
  }

  private static List<String> texts(Annotation a) {
    return a.get(CoreAnnotations.QuotationsAnnotation.class).stream()
        .map(q -> q.get(CoreAnnotations.TextAnnotation.class)).toList();
  }

  /**
   * Issue 11: CoreNLP's annotator copied the text once per token, so a 180,000-character
   * article spent most of its analysis there. Four times the text may cost about four times as
   * much, never sixteen.
   */
  @Test
  void costGrowsLinearlyWithTheText() {
    Annotation small = tokens(text(1_500));
    Annotation large = tokens(text(6_000));
    marks.annotate(tokens(text(200))); // warms the code up
    long smallCost = allocatedBy(() -> marks.annotate(small));
    long largeCost = allocatedBy(() -> marks.annotate(large));
    assertTrue(largeCost < 6 * smallCost, String.format(Locale.ROOT,
        "4x the text allocated %.1fx as much (%,d bytes against %,d)",
        (double) largeCost / smallCost, largeCost, smallCost));
    assertEquals(6_000, large.get(CoreAnnotations.QuotationsAnnotation.class).size());
  }

  /** {@code n} short paragraphs, each with a quotation — “quoted,” as news writes. */
  private static String text(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append("“We met ").append(i).append(" times,” she said.\n\n");
    }
    return text.toString();
  }

  private static Annotation tokens(String text) {
    Annotation a = new Annotation(text);
    TOKENS.annotate(a);
    return a;
  }

  private static long allocatedBy(Runnable work) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    work.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  /** Every quotation, nested ones included, with its offsets, tokens, sentences and number. */
  private static List<String> described(Annotation a) {
    return QuoteAnnotator.gatherQuotes(a).stream().map(QuoteMarksTest::described).toList();
  }

  private static String described(CoreMap q) {
    return q.get(CoreAnnotations.TextAnnotation.class) + " @" + q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
        + "-" + q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
        + " tokens " + q.get(CoreAnnotations.TokenBeginAnnotation.class) + "-" + q.get(CoreAnnotations.TokenEndAnnotation.class)
        + " " + q.get(CoreAnnotations.TokensAnnotation.class)
        + " sentences " + q.get(CoreAnnotations.SentenceBeginAnnotation.class) + "-"
        + q.get(CoreAnnotations.SentenceEndAnnotation.class)
        + " #" + q.get(CoreAnnotations.QuotationIndexAnnotation.class)
        + " inside " + (q.get(CoreAnnotations.QuotationsAnnotation.class) == null ? 0
            : q.get(CoreAnnotations.QuotationsAnnotation.class).size());
  }
}
