package briefing.analyze.quotes;

import briefing.analyze.nlp.NewsTokens;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;

/**
 * "X said: '…'", "X, who tweeted: '…'", "X said, but added, '…'": a speech verb a few words before
 * the opening mark, after a colon or comma, or right before it ("X said '…'"), with its speaker
 * before it.
 */
public final class SpeakerThenQuote implements AttributionRule {
  public static final String NAME = "speaker-then-quote";
  /** How many words may stand between the speech verb and the colon ("told reporters on Monday:"). */
  private static final int REACH = 6;

  @Override
  public Optional<Attribution> attribute(Quotation q, Attributing context) {
    List<CoreLabel> tokens = context.tokens(q.first());
    int mark = q.open() - 1;
    if (mark < 1) {
      return Optional.empty();
    }
    // after a colon or comma, the words before; else only the verb right before the opening
    // mark ("Hale, speaking to reporters, said "…"")
    boolean punctuated = tokens.get(mark).word().equals(":") || tokens.get(mark).word().equals(",");
    if (!punctuated && !NewsTokens.speechVerb(tokens, mark)) {
      return Optional.empty();
    }
    for (int v = punctuated ? mark - 1 : mark; v >= Math.max(0, mark - 1 - REACH); v--) {
      if (NewsTokens.closingQuote(tokens.get(v))) {
        return Optional.empty();
      }
      // "Ryan shot back: '…'", "as Smythe pointed out, '…'", "shot back at Cole, '…'": a particle
      // verb right before the mark, or its hearer
      if (NewsTokens.speechVerb(tokens, v) || punctuated && NewsTokens.particleSpeech(tokens, v)
          && (v + 2 == mark || NewsTokens.lower(tokens.get(v + 2)).equals("at") && mark - v <= 6)) {
        return context.phrases(q.first()).speakerOf(v).map(p -> context.credit(p, NAME));
      }
    }
    return Optional.empty();
  }
}
