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
    List<Pair<Integer, Integer>> found = quotations(text);
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
   * The quotations of {@code text} as CoreNLP finds them, and those opened with one style of
   * double mark and closed with the other ('"The toll stays,” the mayor said'), as scraped and
   * pasted text often has them: CoreNLP pairs each style only with itself, so it finds none there,
   * or one running from a straight mark to the next straight mark over the words between
   * ('"The toll stays,” the mayor said. “It is fair."'). A copy with every double mark straight
   * pairs them; its reading is taken for a mixed quotation where none was found, and for one
   * found that it reads as two or more quotations from the same start to the same end, one of
   * them mixed. A paragraph-spanning quotation ('“One. [new paragraph] “Two.”') and a stray
   * inch mark are read as before.
   */
  private List<Pair<Integer, Integer>> quotations(String text) {
    return withUnclosed(text, paired(text));
  }

  /**
   * {@code quotes} and, for each opening double mark they leave unpaired that no closing mark
   * follows in its paragraph, the quotation from it to the paragraph's end: news style closes no
   * mark where a quotation runs on into the next paragraph ('He said: “One. [new paragraph]
   * “Two.”'), and a scraped page may have lost one. CoreNLP finds none there, or only the last
   * paragraph's.
   */
  static List<Pair<Integer, Integer>> withUnclosed(String text, List<Pair<Integer, Integer>> quotes) {
    boolean[] covered = new boolean[text.length() + 1];
    for (Pair<Integer, Integer> q : quotes) {
      for (int i = q.first(); i < q.second() && i < covered.length; i++) {
        covered[i] = true;
      }
    }
    List<Pair<Integer, Integer>> all = new ArrayList<>(quotes);
    int i = 0;
    while (i < text.length()) {
      int end = text.indexOf("\n\n", i);
      end = end < 0 ? text.length() : end;
      for (int k = i; k < end; k++) {
        if (!covered[k] && opening(text, k)) {
          int close = k + 1;
          while (close < end && text.charAt(close) != '”' && text.charAt(close) != '"') {
            close++;
          }
          int last = end;
          while (last > k && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
          }
          if (close == end && last - k > 3) {
            all.add(new Pair<>(k, last));
          }
          break;
        }
      }
      i = end + 2;
    }
    return all;
  }

  /**
   * True where an opening double mark stands at {@code k} with a word's letter right after it,
   * opening a paragraph or a sentence, or after a colon or comma ("He said: '…"): a quotation of
   * whole sentences, not a mark a phrase leaves open ("An 'unclosed phrase").
   */
  private static boolean opening(String text, int k) {
    char c = text.charAt(k);
    if (c != '“' && c != '"' || k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1))) {
      return false;
    }
    int b = k - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    return b < 0 || text.charAt(b) == '\n' || b < k - 1 && ":,.?!".indexOf(text.charAt(b)) >= 0;
  }

  /** The quotations CoreNLP pairs, in the written marks or in a straightened copy. */
  private List<Pair<Integer, Integer>> paired(String text) {
    List<Pair<Integer, Integer>> found = finder.getQuotes(text).first();
    if (text.indexOf('"') < 0 || text.indexOf('“') < 0 && text.indexOf('”') < 0) {
      return found;
    }
    List<Pair<Integer, Integer>> straight = finder.getQuotes(straightened(text)).first();
    List<Pair<Integer, Integer>> written = outermost(found);
    List<Pair<Integer, Integer>> paired = outermost(straight);
    // the stretches where the straight copy's reading is taken, in order, apart
    List<Pair<Integer, Integer>> taken = new ArrayList<>();
    int w = 0;
    int k = 0;
    while (k < paired.size()) {
      Pair<Integer, Integer> q = paired.get(k);
      while (w < written.size() && written.get(w).second() <= q.first()) {
        w++;
      }
      Pair<Integer, Integer> f = w < written.size() && written.get(w).first() < q.second() ? written.get(w) : null;
      if (f == null) {
        if (mixed(text, q)) {
          taken.add(q);
        }
        k++;
      } else if (f.first() <= q.first() && q.second() <= f.second()) {
        int last = k;
        boolean anyMixed = false;
        while (last < paired.size() && paired.get(last).second() <= f.second()) {
          anyMixed |= mixed(text, paired.get(last));
          last++;
        }
        if (last - k >= 2 && anyMixed && q.first().equals(f.first())
            && paired.get(last - 1).second().equals(f.second())) {
          taken.add(f);
        }
        k = last;
      } else {
        k++;
      }
    }
    if (taken.isEmpty()) {
      return found;
    }
    List<Pair<Integer, Integer>> quotes = new ArrayList<>(found.stream().filter(q -> within(taken, q) < 0).toList());
    straight.stream().filter(q -> within(taken, q) >= 0).forEach(quotes::add);
    return quotes;
  }

  /**
   * {@code text} with every double mark straight, but a mark right after a figure, an inch mark
   * ('6" of rain', "6’2”"), made no mark at all: paired as quotation marks, two inch marks in a
   * quotation cut it in three, and one before a curly mark makes one of the words between.
   * Each character stays where it was.
   */
  private static String straightened(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '"' || chars[i] == '“' || chars[i] == '”') {
        chars[i] = i > 0 && Character.isDigit(chars[i - 1]) ? ' ' : '"';
      }
    }
    return new String(chars);
  }

  /** True where a quotation opens with a straight double mark and closes with a curly one, or the other way. */
  private static boolean mixed(String text, Pair<Integer, Integer> q) {
    char open = text.charAt(q.first());
    char close = text.charAt(q.second() - 1);
    return open == '"' && close == '”' || open == '“' && close == '"';
  }

  /** The quotations inside no other, by where they start. */
  private static List<Pair<Integer, Integer>> outermost(List<Pair<Integer, Integer>> quotes) {
    List<Pair<Integer, Integer>> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.comparingInt((Pair<Integer, Integer> q) -> q.first())
        .thenComparing(q -> -q.second()));
    List<Pair<Integer, Integer>> outer = new ArrayList<>();
    int end = Integer.MIN_VALUE;
    for (Pair<Integer, Integer> q : sorted) {
      if (q.second() > end) {
        outer.add(q);
        end = q.second();
      }
    }
    return outer;
  }

  /** The index of the stretch of {@code stretches} (in order, apart) holding {@code q}, or -1. */
  private static int within(List<Pair<Integer, Integer>> stretches, Pair<Integer, Integer> q) {
    int lo = 0;
    int hi = stretches.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Pair<Integer, Integer> s = stretches.get(mid);
      if (s.second() <= q.first()) {
        lo = mid + 1;
      } else if (s.first() > q.first()) {
        hi = mid - 1;
      } else {
        return q.second() <= s.second() ? mid : -1;
      }
    }
    return -1;
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
