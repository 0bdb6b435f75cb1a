package briefing.analyze.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The CoreNLP pipeline briefing runs, loaded once on first use and shared by every thread.
 *
 * <p>The settings are the ones measured to load in a few seconds and run in a 512 MB heap: the
 * 3-class name model only, fine-grained name lists without city rows (cut at build time, see the
 * pom), and no coreference (quote attribution is ours, see the quote rules). Quotations are found
 * after the pipeline by {@link QuoteMarks}, whose cost grows with the text where CoreNLP's own
 * {@code quote} annotator's grows with its square.
 */
public final class Nlp {
  private static volatile StanfordCoreNLP pipeline;
  private static volatile QuoteMarks quotes;
  private static volatile long loadMillis = -1;

  private Nlp() {}

  /** The pipeline's settings: each one is a measured choice, see the class comment. */
  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Characters CoreNLP cannot tokenise are dropped quietly, not logged one by one.
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    // Blocks are joined with a blank line: a headline never runs into the next sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "false");
    // Attribution by coreference costs 12 s and 2 GB and credits fewer quotes than our rules.
    p.setProperty("quote.attributeQuotes", "false");
    return p;
  }

  /** Annotates one text written on {@code published}, the anchor for relative dates. */
  public static CoreDocument annotate(String text, LocalDate published) {
    Annotation annotation = new Annotation(text);
    if (published != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    pipeline().annotate(annotation);
    quotes.annotate(annotation);
    return new CoreDocument(annotation);
  }

  /** True once the models are in memory. */
  public static boolean loaded() {
    return pipeline != null;
  }

  /** How long loading the models took, or -1 when they were never loaded. */
  public static long loadMillis() {
    return loadMillis;
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (Nlp.class) {
        p = pipeline;
        if (p == null) {
          long start = System.nanoTime();
          RedwoodConfiguration.current().clear().apply();
          p = new StanfordCoreNLP(properties());
          quotes = new QuoteMarks(properties());
          loadMillis = (System.nanoTime() - start) / 1_000_000;
          pipeline = p;
        }
      }
    }
    return p;
  }
}
