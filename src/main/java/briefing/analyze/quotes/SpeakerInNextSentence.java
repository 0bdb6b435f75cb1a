package briefing.analyze.quotes;

import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Roles;
import briefing.model.analysis.Sentence;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;

/**
 * "'… ties.' X responded.": a quotation that ends its sentence, credited by a short next sentence
 * of the same paragraph that opens with its speaker and a speech verb.
 */
public final class SpeakerInNextSentence implements AttributionRule {
  public static final String NAME = "speaker-in-next-sentence";
  /** How far into the next sentence its speech verb may stand. */
  private static final int REACH = 8;

  @Override
  public Optional<Attribution> attribute(Quotation q, Attributing context) {
    List<CoreLabel> tokens = context.tokens(q.last());
    for (int k = q.close() + 1; k < tokens.size(); k++) {
      if (!NewsTokens.punctuation(tokens.get(k))) {
        return Optional.empty();
      }
    }
    int next = q.last() + 1;
    if (next >= context.document().sentences().size()) {
      return Optional.empty();
    }
    Sentence here = context.document().sentence(q.last());
    Sentence there = context.document().sentence(next);
    List<CoreLabel> following = context.tokens(next);
    if (there.block() != here.block() || NewsTokens.openingQuote(following.get(0))) {
      return Optional.empty();
    }
    for (int v = 0; v < Math.min(REACH, following.size()); v++) {
      if (NewsTokens.speechVerb(following, v)) {
        boolean verbFirst = v == 0;
        return context.phrases(next).speakerOf(v)
            .filter(p -> verbFirst || opens(following, p))
            .map(p -> context.credit(p, NAME));
      }
    }
    return Optional.empty();
  }

  /** True when the speaker, with any title before the name, opens the sentence. */
  static boolean opens(List<CoreLabel> tokens, Phrase p) {
    int start = p.kind() == Phrase.Kind.NAME
        ? Roles.before(p.sentence(), tokens, p.begin()).map(Phrase::begin).orElse(p.begin())
        : p.begin();
    return start == 0;
  }
}
