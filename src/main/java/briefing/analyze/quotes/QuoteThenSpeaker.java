package briefing.analyze.quotes;

import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Phrases;
import briefing.analyze.nlp.Roles;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;

/**
 * "'…,' X said", "'…,' said the spokesperson", "'…' about Y, X said", "'…,' X was quoted as
 * saying": the first speech verb after the closing mark, with its speaker (and the speaker's
 * title: "'…,' Okafor spokesman X said") right after the quote or after a comma.
 */
public final class QuoteThenSpeaker implements AttributionRule {
  public static final String NAME = "quote-then-speaker";

  @Override
  public Optional<Attribution> attribute(Quotation q, Attributing context) {
    List<CoreLabel> tokens = context.tokens(q.last());
    Phrases phrases = context.phrases(q.last());
    int after = q.close() + 1;
    for (int v = after; v < tokens.size() && !NewsTokens.openingQuote(tokens.get(v)); v++) {
      // "'…,' Brand fired back.": a particle verb that ends the sentence
      boolean particle = v + 2 < tokens.size() && NewsTokens.particleSpeech(tokens, v)
          && NewsTokens.punctuation(tokens.get(v + 2));
      if (!NewsTokens.speechVerb(tokens, v) && !particle) {
        continue;
      }
      Optional<Phrase> speaker = phrases.speakerOf(v).filter(p -> p.begin() >= after);
      if (speaker.isEmpty()) {
        return Optional.empty();
      }
      Phrase p = speaker.get();
      // "'…,' Dr Tom Lund, acting director of the agency told reporters": the name before an
      // apposition whose closing comma the writer left out
      Optional<Phrase> named = p.kind() == Phrase.Kind.DESCRIPTION
          ? phrases.nameBefore(p).filter(n -> n.begin() <= after) : Optional.empty();
      if (named.isPresent()) {
        return Optional.of(context.credit(named.get(), NAME));
      }
      int start = p.kind() == Phrase.Kind.NAME
          ? Roles.before(q.last(), tokens, p.begin()).map(Phrase::begin).orElse(p.begin())
          : p.begin();
      boolean setOff = start <= after || p.begin() > v || NewsTokens.punctuation(tokens.get(start - 1));
      return setOff ? Optional.of(context.credit(p, NAME)) : Optional.empty();
    }
    return Optional.empty();
  }
}
