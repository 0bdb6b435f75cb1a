package briefing.crossref.quotes;

import briefing.crossref.CastOfPeople;
import briefing.crossref.ComparisonWords;
import briefing.model.Citation;
import briefing.model.analysis.Quote;
import briefing.model.briefing.QuoteRef;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One quote as one source carries it, cut into words for comparison.
 *
 * @param quote the quote as analysed
 * @param citation where it starts
 * @param order the quote's place in its article, for a stable order
 * @param words its words, lowercased
 * @param person the id of the person the cast says the speaker is, or null
 * @param surname the last word of the speaker as written, lowercased ("volkonin" for "Arkady
 *     Ivanov" and "Ivanov" alike), or null where unattributed
 */
record QuoteMention(Quote quote, Citation citation, int order, List<String> words, String person,
    String surname) {
  QuoteMention {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(citation, "citation");
    words = List.copyOf(words);
  }

  /** The mention of {@code quote} in {@code article}, its speaker looked up in {@code cast}. */
  static QuoteMention of(String article, int order, Quote quote, CastOfPeople cast) {
    String person = cast.idOf(article, quote.speaker()).orElse(null);
    return new QuoteMention(quote, new Citation(article, quote.sentences().get(0)), order,
        ComparisonWords.words(quote.text()), person, surname(quote.speaker()));
  }

  private static String surname(String speaker) {
    if (speaker == null) {
      return null;
    }
    List<String> words = ComparisonWords.words(speaker);
    return words.isEmpty() ? speaker.strip().toLowerCase(Locale.ROOT) : words.get(words.size() - 1);
  }

  /** True when a source names who said it. */
  boolean attributed() {
    return surname != null;
  }

  String article() {
    return citation.article();
  }

  QuoteRef ref() {
    return new QuoteRef(quote.text(), quote.speaker(), quote.partial(), citation, quote.rule());
  }
}
