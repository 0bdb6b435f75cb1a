package briefing.analyze.nlp;

import briefing.analyze.Analyzer;
import briefing.ingest.Ingest;
import briefing.model.Article;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What briefing's analysis costs over CoreNLP's own: the same articles, on one thread, through
 * plain CoreNLP with the annotators and settings briefing uses plus CoreNLP's {@code quote}
 * annotator, and through briefing's {@link Analyzer} (CoreNLP, quotation marks, then every rule).
 * Prints both throughputs in tokens per second of CPU, the median of several alternating rounds
 * after a warm-up; issue 14 asks for an overhead of at most 15 %.
 *
 * <pre>mvn -q test-compile exec:java@bench-analysis -Dexec.args="[CONTENT] [ARTICLES] [ROUNDS]"</pre>
 */
public final class AnalysisOverheadBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private AnalysisOverheadBenchmark() {}

  public static void main(String[] args) {
    Path content = Path.of(args.length > 0 ? args[0] : "content");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Article> articles = Ingest.standard().read(content, content.toString()).content().articles();
    articles = articles.subList(0, Math.min(limit, articles.size()));
    LocalDate day = LocalDate.of(2020, 1, 1);
    List<String> texts = new ArrayList<>();
    for (Article a : articles) {
      texts.add(Document.text(a));
    }
    StanfordCoreNLP plain = new StanfordCoreNLP(plainProperties());
    Analyzer analyzer = new Analyzer();
    long tokens = 0;
    for (String text : texts) {
      tokens += plain(plain, text, day);
    }
    // Warm-up: one pass of each.
    texts.forEach(t -> plain(plain, t, day));
    articles.forEach(a -> analyzer.analyze(a, day));
    List<Double> plainRates = new ArrayList<>();
    List<Double> ourRates = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      long start = THREADS.getCurrentThreadCpuTime();
      texts.forEach(t -> plain(plain, t, day));
      long middle = THREADS.getCurrentThreadCpuTime();
      articles.forEach(a -> analyzer.analyze(a, day));
      long end = THREADS.getCurrentThreadCpuTime();
      plainRates.add(tokens / ((middle - start) / 1e9));
      ourRates.add(tokens / ((end - middle) / 1e9));
      System.out.printf(Locale.ROOT, "round %d: CoreNLP %.0f tokens/s, briefing %.0f tokens/s%n", round + 1,
          plainRates.get(round), ourRates.get(round));
    }
    Collections.sort(plainRates);
    Collections.sort(ourRates);
    double p = plainRates.get(rounds / 2);
    double o = ourRates.get(rounds / 2);
    System.out.printf(Locale.ROOT, "%d articles, %,d tokens: CoreNLP alone %.0f tokens/s of CPU, briefing's analysis"
        + " %.0f tokens/s; overhead %.1f %% (target at most 15 %%)%n", articles.size(), tokens, p, o, (p / o - 1) * 100);
    System.exit(0);
  }

  /** CoreNLP as briefing runs it, with CoreNLP's own quotation annotator in place of briefing's. */
  private static java.util.Properties plainProperties() {
    java.util.Properties p = Nlp.properties();
    p.setProperty("annotators", p.getProperty("annotators") + ",quote");
    return p;
  }

  private static int plain(StanfordCoreNLP pipeline, String text, LocalDate day) {
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, day.toString());
    pipeline.annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
