package briefing.analyze.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The CoreNLP pipeline briefing runs, loaded once on first use and shared by every thread.
 *
 * <p>The settings are the ones measured to load in a few seconds and run in a 512 MB heap: the
 * 3-class name model only, fine-grained name lists without city rows (cut at build time, see the
 * pom), and no coreference (quote attribution is ours, see the quote rules). Quotations are found
 * after the pipeline by {@link QuoteMarks}, whose cost grows with the text where CoreNLP's own
 * {@code quote} annotator's grows with its square. The splitter's sentences are joined again
 * where one goes on in lower case ({@link Continuations}) before the taggers run.
 */
public final class Nlp {
  private static volatile Pipeline pipeline;
  private static volatile long loadMillis = -1;

  private Nlp() {}

  /** The annotators that make tokens and sentences, and those that tag them. */
  private static final String SPLIT = "tokenize,ssplit";
  private static final String TAG = "pos,lemma,ner";

  /**
   * The pipeline's settings: each one is a measured choice, see the class comment. Its
   * annotators run in two steps, {@link #SPLIT} and then {@link #TAG}, with the sentences joined
   * again between them ({@link Continuations}).
   */
  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", SPLIT + "," + TAG);
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

  /**
   * Annotates a text made of parts that no sentence crosses (an article's headline and blocks),
   * part by part: part {@code i} is {@code parts.get(i)} and starts at {@code starts[i]} of
   * {@code text}. The annotation is the one the two steps make of the whole text (see
   * {@link JoinedParts}); relative dates are read against {@code published}. Where parts are
   * kept ({@link #keepParts}), a part annotated before for the same day is not annotated again.
   */
  public static CoreDocument annotate(String text, int[] starts, List<String> parts, LocalDate published) {
    QuoteMarks quotes = pipeline().quotes();
    List<Annotation> annotated = new ArrayList<>();
    for (String part : parts) {
      annotated.add(part(part, published));
    }
    Annotation annotation = JoinedParts.join(text, starts, annotated);
    if (published != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    quotes.annotate(annotation);
    return new CoreDocument(annotation);
  }

  /**
   * Keeps annotated parts in memory from now on, up to about {@code tokens} tokens, the least
   * recently used going first: for {@code serve}, where an edit changes one block of an article
   * and the others need no annotating again. Builds keep none.
   */
  public static void keepParts(int tokens) {
    synchronized (KEPT) {
      keptTokens = tokens;
    }
  }

  private static final Map<String, Annotation> KEPT = new LinkedHashMap<>(16, 0.75f, true);
  private static int keptTokens;
  private static int heldTokens;

  private static Annotation part(String text, LocalDate published) {
    String key = published + "\n" + text;
    synchronized (KEPT) {
      Annotation kept = KEPT.get(key);
      if (kept != null) {
        return kept;
      }
    }
    Annotation annotation = new Annotation(text);
    if (published != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    Pipeline steps = pipeline();
    steps.splitter().annotate(annotation);
    Continuations.join(annotation);
    steps.tagger().annotate(annotation);
    synchronized (KEPT) {
      if (keptTokens > 0 && KEPT.put(key, annotation) == null) {
        heldTokens += tokens(annotation);
        Iterator<Annotation> oldest = KEPT.values().iterator();
        while (heldTokens > keptTokens && oldest.hasNext()) {
          heldTokens -= tokens(oldest.next());
          oldest.remove();
        }
      }
    }
    return annotation;
  }

  private static int tokens(Annotation annotation) {
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  /** True once the models are in memory. */
  public static boolean loaded() {
    return pipeline != null;
  }

  /** How long loading the models took, or -1 when they were never loaded. */
  public static long loadMillis() {
    return loadMillis;
  }

  /**
   * The models, loaded together: tokens and sentences ({@link #SPLIT}), then, once the sentences
   * are joined again ({@link Continuations}), their tags ({@link #TAG}); and the quotation marks.
   */
  private record Pipeline(StanfordCoreNLP splitter, StanfordCoreNLP tagger, QuoteMarks quotes) {}

  private static Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (Nlp.class) {
        p = pipeline;
        if (p == null) {
          long start = System.nanoTime();
          RedwoodConfiguration.current().clear().apply();
          Properties split = properties();
          split.setProperty("annotators", SPLIT);
          Properties tag = properties();
          tag.setProperty("annotators", TAG);
          // the sentences come from the splitter, joined again where one goes on in lower case
          p = new Pipeline(new StanfordCoreNLP(split), new StanfordCoreNLP(tag, false),
              new QuoteMarks(properties()));
          loadMillis = (System.nanoTime() - start) / 1_000_000;
          pipeline = p;
        }
      }
    }
    return p;
  }
}
