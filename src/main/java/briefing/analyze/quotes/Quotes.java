package briefing.analyze.quotes;

import briefing.analyze.nlp.Document;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Quote;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreQuote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Quotations as CoreNLP's quote finder marks them, each credited to its speaker by the first of
 * our rules that applies; a quotation no rule credits clearly stays unattributed.
 *
 * <p>A quotation inside another is part of it, and a show or book title in quotation marks
 * ("CNN's 'State of the Union'") is no quotation.
 */
public final class Quotes {
  public static final String UNATTRIBUTED = "unattributed";
  /** In order: the writer's explicit patterns first, inference from context last. */
  private static final List<AttributionRule> RULES = List.of(
      new QuoteThenSpeaker(),
      new SpeakerInNextSentence(),
      new SpeakerThenQuote(),
      new ContinuedQuote(),
      new SpeakerInSentenceBefore(),
      new SentenceSubject());

  private Quotes() {}

  /** The article's quotations in reading order, with their speakers where the text is clear. */
  public static List<Quote> find(Document document, List<PersonMention> people) {
    List<Quotation> quotations = quotations(document);
    Attributing context = new Attributing(document, quotations, people);
    List<Attribution> credited = new ArrayList<>();
    for (Quotation q : quotations) {
      Attribution a = attribute(q, context);
      context.credit(q.index(), a.speaker());
      credited.add(a);
    }
    // "'The toll stays. [new paragraph] 'The bridge opens in May,' the mayor said.": a quotation
    // opening its paragraph and running on into the next is the words of whoever that
    // paragraph's quotation is
    for (int k = quotations.size() - 2; k >= 0; k--) {
      Quotation q = quotations.get(k);
      Quotation next = quotations.get(k + 1);
      if (credited.get(k).speaker() == null && q.runsOn() && credited.get(k + 1).speaker() != null
          && opensParagraph(document, q) && opensParagraph(document, next)
          && document.sentence(next.first()).block() == document.sentence(q.last()).block() + 1) {
        credited.set(k, new Attribution(credited.get(k + 1).speaker(), ContinuedQuote.NAME));
      }
    }
    List<Quote> found = new ArrayList<>();
    for (int k = 0; k < quotations.size(); k++) {
      Quotation q = quotations.get(k);
      Attribution a = credited.get(k);
      List<String> ids = new ArrayList<>();
      for (int i = q.first(); i <= q.last(); i++) {
        ids.add(document.sentence(i).id());
      }
      found.add(new Quote(q.text(), q.partial(), a.speaker(),
          a.speaker() == null ? UNATTRIBUTED : a.rule(), ids,
          document.span(q.first(), q.begin(), q.end())));
    }
    return found;
  }

  /**
   * True where the quotation opens its paragraph: the words a run of quoted paragraphs opens with,
   * not words a sentence brings in ("the crowd shouted, 'Go home.").
   */
  static boolean opensParagraph(Document document, Quotation q) {
    return q.open() == 0 && (q.first() == 0
        || document.sentence(q.first() - 1).block() != document.sentence(q.first()).block());
  }

  private static Attribution attribute(Quotation q, Attributing context) {
    for (AttributionRule rule : RULES) {
      Optional<Attribution> a = rule.attribute(q, context);
      if (a.isPresent()) {
        return a.get();
      }
    }
    return new Attribution(null, UNATTRIBUTED);
  }

  /** CoreNLP's quotations, outermost only, titles left out, numbered in reading order. */
  static List<Quotation> quotations(Document document) {
    List<CoreQuote> all = new ArrayList<>(document.core().quotes());
    all.sort(Comparator.comparingInt(q -> q.quoteCharOffsets().first));
    boolean[] nested = nested(all);
    List<Quotation> found = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      CoreQuote q = all.get(k);
      int begin = q.quoteCharOffsets().first;
      int end = q.quoteCharOffsets().second;
      if (nested[k]) {
        continue;
      }
      Quotation placed = place(document, found.size(), begin, end, q.text());
      if (placed != null && !ShowTitles.is(document, placed)) {
        found.add(placed);
      }
    }
    return found;
  }

  /**
   * Which of {@code quotes} (in order of their start) lies inside a longer one: one that starts
   * before it and ends no earlier, or starts with it and ends later. One pass, however many.
   */
  private static boolean[] nested(List<CoreQuote> quotes) {
    boolean[] nested = new boolean[quotes.size()];
    int furthestBefore = Integer.MIN_VALUE; // the furthest end of those starting before this start
    int k = 0;
    while (k < quotes.size()) {
      int begin = quotes.get(k).quoteCharOffsets().first;
      int last = k;
      int furthestHere = Integer.MIN_VALUE;
      while (last < quotes.size() && quotes.get(last).quoteCharOffsets().first == begin) {
        furthestHere = Math.max(furthestHere, quotes.get(last).quoteCharOffsets().second);
        last++;
      }
      for (int i = k; i < last; i++) {
        int end = quotes.get(i).quoteCharOffsets().second;
        nested[i] = furthestBefore >= end || furthestHere > end;
      }
      furthestBefore = Math.max(furthestBefore, furthestHere);
      k = last;
    }
    return nested;
  }

  private static Quotation place(Document document, int index, int begin, int end, String raw) {
    int first = document.sentenceAt(begin);
    int last = document.sentenceAt(Math.max(begin, end - 1));
    List<CoreLabel> opening = document.core().sentences().get(first).tokens();
    List<CoreLabel> closing = document.core().sentences().get(last).tokens();
    int open = -1;
    for (int k = 0; k < opening.size() && open < 0; k++) {
      if (opening.get(k).beginPosition() >= begin) {
        open = k;
      }
    }
    int close = -1;
    for (int k = closing.size() - 1; k >= 0 && close < 0; k--) {
      if (closing.get(k).endPosition() <= end) {
        close = k;
      }
    }
    if (open < 0 || close < 0) {
      return null;
    }
    // The comma that hands over to "she said" belongs to the sentence, not to the words quoted.
    String text = raw.replaceAll("^[\"“”‘’']+|[\"“”‘’']+$", "").strip().replaceAll("[,;:]+$", "");
    // no closing mark: the quotation runs on into the next paragraph
    boolean runsOn = !raw.strip().matches("(?s).*[\"”’]$");
    return new Quotation(index, begin, end, text, first, open, last, close,
        partial(opening, open, text), runsOn);
  }

  /**
   * A fragment: it starts in lower case, or inside the writer's sentence rather than at its start
   * or after the colon or comma that introduces a quotation.
   */
  private static boolean partial(List<CoreLabel> tokens, int open, String text) {
    if (text.isEmpty() || Character.isLowerCase(text.codePointAt(0))) {
      return true;
    }
    if (open == 0) {
      return false;
    }
    String before = tokens.get(open - 1).word();
    return !before.equals(":") && !before.equals(",");
  }
}
