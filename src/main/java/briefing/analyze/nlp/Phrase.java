package briefing.analyze.nlp;

import briefing.model.analysis.Span;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * A stretch of tokens in one sentence that names someone: a name, a pronoun, a description by
 * role ("a spokesperson for the National Security Council") or an organisation.
 *
 * @param sentence the sentence's index in the document
 * @param begin the first token's index in the sentence
 * @param end the index after the last token
 * @param kind what the words are
 */
public record Phrase(int sentence, int begin, int end, Kind kind) {
  public enum Kind { NAME, PRONOUN, DESCRIPTION, ORGANIZATION }

  public Phrase {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("a phrase has at least one token: " + begin + ".." + end);
    }
  }

  /** Where the phrase is written. */
  public Span span(Document document) {
    List<CoreLabel> tokens = document.core().sentences().get(sentence).tokens();
    return document.span(sentence, tokens.get(begin), tokens.get(end - 1));
  }

  /** The phrase as written. */
  public String text(Document document) {
    Span span = span(document);
    return document.sentence(sentence).text().substring(span.start(), span.end());
  }

  /** The phrase without a leading article, possessive pronoun or "Mr": "spokesperson for X". */
  public Phrase bare(Document document) {
    List<CoreLabel> tokens = document.core().sentences().get(sentence).tokens();
    int b = begin;
    while (b + 1 < end && (NewsTokens.honorific(tokens.get(b))
        || "DT".equals(tokens.get(b).tag()) || "PRP$".equals(tokens.get(b).tag()))) {
      b++;
    }
    return new Phrase(sentence, b, end, kind);
  }

  /** True for who may be a newsmaker or a speaker: a name, "he", or a description by role. */
  boolean person() {
    return kind != Kind.ORGANIZATION;
  }
}
