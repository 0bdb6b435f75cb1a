package briefing.analyze.quotes;

import briefing.analyze.nlp.Descriptions;
import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Phrases;
import briefing.analyze.nlp.QuotedTokens;
import briefing.model.analysis.PersonMention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;

/** What the attribution rules read: the document, its quotations, and the speakers found so far. */
final class Attributing {
  private final Document document;
  private final QuotedTokens marks;
  private final List<Quotation> quotations;
  /** The people's descriptions by sentence number; the people come in reading order. */
  private final Descriptions descriptions = new Descriptions();
  private final String[] speakers;

  Attributing(Document document, List<Quotation> quotations, List<PersonMention> people) {
    this.document = document;
    this.marks = QuotedTokens.of(document);
    this.quotations = quotations;
    for (PersonMention p : people) {
      descriptions.add(p, number(p.span().sentence()));
    }
    this.speakers = new String[quotations.size()];
  }

  Document document() {
    return document;
  }

  List<CoreLabel> tokens(int sentence) {
    return document.core().sentences().get(sentence).tokens();
  }

  Phrases phrases(int sentence) {
    return new Phrases(sentence, tokens(sentence));
  }

  /** True for each token of sentence {@code sentence} inside quotation marks. */
  boolean[] quoted(int sentence) {
    return marks.in(sentence);
  }

  List<Quotation> quotations() {
    return quotations;
  }

  /** The speaker credited to quotation {@code index}, or null. */
  String speaker(int index) {
    return speakers[index];
  }

  void credit(int index, String speaker) {
    speakers[index] = speaker;
  }

  /**
   * The attribution for a speaker phrase: a name as written without "Mr", a pronoun resolved to
   * the one person it can mean (else unclear), a bare "the spokesperson" completed from the
   * fuller description given earlier.
   */
  Attribution credit(Phrase speaker, String rule) {
    switch (speaker.kind()) {
      case PRONOUN -> {
        return Antecedents.resolve(this, speaker)
            .map(p -> new Attribution(p.bare(document).text(document), rule + "+pronoun"))
            .orElse(new Attribution(null, rule));
      }
      case DESCRIPTION -> {
        Phrase bare = speaker.bare(document);
        String text = bare.text(document);
        if (bare.end() - bare.begin() == 1) {
          return new Attribution(earlierDescription(speaker.sentence(), text).orElse(text), rule);
        }
        return new Attribution(text, rule);
      }
      default -> {
        return new Attribution(speaker.bare(document).text(document), rule);
      }
    }
  }

  /** The fuller description an unnamed person got before sentence {@code sentence}, if any. */
  private Optional<String> earlierDescription(int sentence, String head) {
    return descriptions.fuller(head, number(document.sentence(sentence).id()));
  }

  /** 12 for "s12". */
  private static int number(String sentenceId) {
    return Integer.parseInt(sentenceId.substring(1));
  }
}
