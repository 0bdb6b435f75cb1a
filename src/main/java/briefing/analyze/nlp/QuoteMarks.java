package briefing.analyze.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToIntFunction;

/**
 * CoreNLP's quotation finder, run so that its cost grows with the text, with the same quotations
 * as CoreNLP's {@code quote} annotator marks.
 *
 * <p>That annotator first copies the text with everything between tokens blanked out by adding
 * one token at a time to a string (a copy of the text so far per token), then places each
 * quotation by scanning the tokens and the sentences from the start of the document. On a
 * 180,000-character article the copying alone allocated some 100 GB. Here the text is blanked in
 * one pass, and each run of overlapping quotations (a quotation and those inside it) is placed
 * by CoreNLP among only the tokens and sentences it spans.
 */
final class QuoteMarks {
  private final QuoteAnnotator finder;

  /** With the {@code quote.*} settings of {@code properties}. */
  QuoteMarks(Properties properties) {
    finder = new QuoteAnnotator("quote", properties, false);
  }

  /** Sets the annotation's quotations (outermost, each holding those inside it), as CoreNLP would. */
  void annotate(Annotation annotation) {
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      annotation.set(CoreAnnotations.QuotationsAnnotation.class, new ArrayList<>());
      return;
    }
    String text = blanked(annotation.get(CoreAnnotations.TextAnnotation.class), tokens);
    String docId = annotation.get(CoreAnnotations.DocIDAnnotation.class);
    List<Pair<Integer, Integer>> found = new ArrayList<>(finder.getQuotes(text).first());
    found.addAll(mixed(text, found));
    List<CoreMap> quotes = new ArrayList<>();
    for (List<Pair<Integer, Integer>> run : overlapping(found)) {
      int begin = run.stream().mapToInt(Pair::first).min().orElseThrow();
      int end = run.stream().mapToInt(Pair::second).max().orElseThrow();
      // The tokens from the first that a quotation of the run can start at to the first past all.
      int fromToken = firstAtOrAfter(tokens, CoreLabel::beginPosition, begin);
      int toToken = firstAtOrAfter(tokens, CoreLabel::beginPosition, end);
      // The sentence the run starts in, to the first that ends at or after the run's end.
      int fromSentence = Math.max(0, firstAtOrAfter(sentences, QuoteMarks::sentenceBegin, begin + 1) - 1);
      int toSentence = Math.min(sentences.size(), firstAtOrAfter(sentences, QuoteMarks::sentenceEnd, end) + 1);
      List<CoreMap> placed = QuoteAnnotator.getCoreMapQuotes(run, tokens.subList(fromToken, toToken),
          sentences.subList(fromSentence, toSentence), text, docId, false);
      shiftTokenIndices(placed, fromToken, new IdentityHashMap<>());
      quotes.addAll(placed);
    }
    number(quotes);
    annotation.set(CoreAnnotations.QuotationsAnnotation.class, quotes);
  }

  /**
   * The quotations {@code text} opens with one style of double mark and closes with the other
   * ('"The toll stays,” the mayor said'), as scraped and pasted text often has them, which
   * CoreNLP pairs only with their own style: found in a copy with every double mark straight,
   * where none of the quotations {@code found} as written lies, with those inside them.
   */
  private List<Pair<Integer, Integer>> mixed(String text, List<Pair<Integer, Integer>> found) {
    if (text.indexOf('"') < 0 || text.indexOf('“') < 0 && text.indexOf('”') < 0) {
      return List.of();
    }
    // how many characters up to each a quotation as written covers: a range lies in none where
    // the count does not grow over it (one pass, however many quotations)
    int[] covered = new int[text.length() + 1];
    for (Pair<Integer, Integer> f : found) {
      covered[f.first()]++;
      covered[f.second()]--;
    }
    int depth = 0;
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      depth += covered[i];
      count += depth > 0 ? 1 : 0;
      covered[i] = count;
    }
    covered[text.length()] = count;
    List<Pair<Integer, Integer>> straight = finder.getQuotes(text.replace('“', '"').replace('”', '"')).first();
    // each character's mixed quotation, by number; -1 for none
    int[] inside = new int[text.length()];
    java.util.Arrays.fill(inside, -1);
    for (int k = 0; k < straight.size(); k++) {
      Pair<Integer, Integer> q = straight.get(k);
      char open = text.charAt(q.first());
      char close = text.charAt(q.second() - 1);
      boolean mixed = open == '"' && close == '”' || open == '“' && close == '"';
      int before = q.first() == 0 ? 0 : covered[q.first() - 1];
      if (mixed && covered[q.second() - 1] == before && inside[q.first()] < 0) {
        java.util.Arrays.fill(inside, q.first(), q.second(), k);
      }
    }
    return straight.stream().filter(q -> inside[q.first()] >= 0
        && inside[q.first()] == inside[q.second() - 1]).toList();
  }

  /**
   * The text with every character that is in no token made a space, line breaks kept: CoreNLP's
   * {@code QuoteAnnotator.xmlFreeText} in one pass (a character outside the basic plane counts
   * as one space there too).
   */
  static String blanked(String text, List<CoreLabel> tokens) {
    StringBuilder out = new StringBuilder(text.length());
    blank(text, 0, tokens.get(0).beginPosition(), out);
    for (int i = 0; i < tokens.size(); i++) {
      out.append(tokens.get(i).originalText());
      if (i + 1 < tokens.size()) {
        blank(text, tokens.get(i).endPosition(), tokens.get(i + 1).beginPosition(), out);
      }
    }
    blank(text, out.length(), text.length(), out);
    return out.toString();
  }

  private static void blank(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; ) {
      int c = text.codePointAt(i);
      out.append(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' ? (char) c : ' ');
      i += Character.charCount(c);
    }
  }

  /**
   * The quotations in runs that overlap (one inside another), each run in the order CoreNLP gave
   * its quotations, the runs in reading order. No quotation holds one of another run.
   */
  private static List<List<Pair<Integer, Integer>>> overlapping(List<Pair<Integer, Integer>> quotes) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> quotes.get(i).first()).thenComparingInt(i -> i));
    List<List<Pair<Integer, Integer>>> runs = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    int end = Integer.MIN_VALUE;
    for (int i : order) {
      if (!run.isEmpty() && quotes.get(i).first() > end) {
        runs.add(inOrder(run, quotes));
        run = new ArrayList<>();
      }
      run.add(i);
      end = Math.max(end, quotes.get(i).second());
    }
    if (!run.isEmpty()) {
      runs.add(inOrder(run, quotes));
    }
    return runs;
  }

  private static List<Pair<Integer, Integer>> inOrder(List<Integer> run, List<Pair<Integer, Integer>> quotes) {
    return run.stream().sorted().map(quotes::get).toList();
  }

  /** The index of the first item whose {@code key} is at least {@code at}; keys ascend. */
  private static <T> int firstAtOrAfter(List<T> items, ToIntFunction<T> key, int at) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(items.get(mid)) < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int sentenceBegin(CoreMap sentence) {
    return sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  private static int sentenceEnd(CoreMap sentence) {
    return sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }

  /** Token indices counted from the document's first token, not the run's; each quotation once. */
  private static void shiftTokenIndices(List<CoreMap> quotes, int by, Map<CoreMap, Boolean> done) {
    for (CoreMap q : quotes) {
      if (done.put(q, Boolean.TRUE) != null) {
        continue;
      }
      q.set(CoreAnnotations.TokenBeginAnnotation.class, q.get(CoreAnnotations.TokenBeginAnnotation.class) + by);
      q.set(CoreAnnotations.TokenEndAnnotation.class, q.get(CoreAnnotations.TokenEndAnnotation.class) + by);
      List<CoreMap> inside = q.get(CoreAnnotations.QuotationsAnnotation.class);
      if (inside != null) {
        shiftTokenIndices(inside, by, done);
      }
    }
  }

  /**
   * Numbers the quotations across the document as CoreNLP does: the outermost first, then level
   * by level inwards, each quotation's tokens with its number.
   */
  private static void number(List<CoreMap> outermost) {
    List<CoreMap> level = outermost;
    int index = 0;
    while (!level.isEmpty()) {
      List<CoreMap> next = new ArrayList<>();
      for (CoreMap quote : level) {
        quote.set(CoreAnnotations.QuotationIndexAnnotation.class, index);
        List<CoreLabel> quoteTokens = quote.get(CoreAnnotations.TokensAnnotation.class);
        if (quoteTokens != null) {
          for (CoreLabel t : quoteTokens) {
            t.set(CoreAnnotations.QuotationIndexAnnotation.class, index);
          }
        }
        index++;
        List<CoreMap> inside = quote.get(CoreAnnotations.QuotationsAnnotation.class);
        if (inside != null) {
          next.addAll(inside);
        }
      }
      level = next;
    }
  }
}
