package briefing.analyze.quotes;

import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "X said: '…'", "X, who tweeted: '…'", "X said, but added, '…'": a speech verb a few words before
 * the opening mark, after a colon or comma, or right before it ("X said '…'"), with its speaker
 * before it.
 */
public final class SpeakerThenQuote implements AttributionRule {
  public static final String NAME = "speaker-then-quote";
  /** How many words may stand between the speech verb and the colon ("told reporters on Monday:"). */
  private static final int REACH = 6;
  /** How far back a speech verb with its speaker's name after it may stand before a colon. */
  private static final int INVERTED_REACH = 12;
  /**
   * Verbs that go on in the speaker's own words after a colon ("Lund conceded that …: '…'");
   * after "said" or "warned" the colon more often brings in what a message or a sign says ("said
   * the council's message was clear: '…'").
   */
  private static final Set<String> CONCEDING = Set.of("concede", "admit", "acknowledge", "insist",
      "argue", "explain", "maintain", "stress", "confess");
  /** How far into the sentence the speech verb of the one it opens with may stand. */
  private static final int OPENING = 8;

  @Override
  public Optional<Attribution> attribute(Quotation q, Attributing context) {
    List<CoreLabel> tokens = context.tokens(q.first());
    int mark = q.open() - 1;
    if (mark < 1) {
      return Optional.empty();
    }
    // after a colon or comma, the words before; else only the verb right before the opening
    // mark ("Hale, speaking to reporters, said "…"")
    boolean colon = tokens.get(mark).word().equals(":");
    boolean punctuated = colon || tokens.get(mark).word().equals(",");
    if (!punctuated && !NewsTokens.speechVerb(tokens, mark)) {
      return Optional.empty();
    }
    int reach = colon ? INVERTED_REACH : REACH;
    for (int v = punctuated ? mark - 1 : mark; v >= Math.max(0, mark - 1 - reach); v--) {
      if (NewsTokens.closingQuote(tokens.get(v))) {
        return Optional.empty();
      }
      // "said Dr Ann Hale at the University of Kent: '…'": further back only a speech verb
      // that its speaker's name follows
      if (v < mark - 1 - REACH) {
        if (NewsTokens.speechVerb(tokens, v) && v + 1 < mark
            && (NewsTokens.person(tokens.get(v + 1)) || NewsTokens.honorific(tokens.get(v + 1)))) {
          return context.phrases(q.first()).speakerOf(v).map(p -> context.credit(p, NAME));
        }
        continue;
      }
      // "Ryan shot back: '…'", "as Smythe pointed out, '…'", "shot back at Cole, '…'": a particle
      // verb right before the mark, or its hearer
      if (NewsTokens.speechVerb(tokens, v) || punctuated && NewsTokens.particleSpeech(tokens, v)
          && (v + 2 == mark || NewsTokens.lower(tokens.get(v + 2)).equals("at") && mark - v <= 6)) {
        return context.phrases(q.first()).speakerOf(v).map(p -> context.credit(p, NAME));
      }
    }
    return colon ? opener(q, context, tokens, mark) : Optional.empty();
  }

  /**
   * "Lund conceded that there was no case for it: '…'": after a colon with no speech verb near
   * it, the one the sentence opens with, where their verb of conceding or insisting follows them
   * at once and no quotation stands between.
   */
  private static Optional<Attribution> opener(Quotation q, Attributing context,
      List<CoreLabel> tokens, int mark) {
    for (int v = 1; v < Math.min(mark, OPENING); v++) {
      if (NewsTokens.openingQuote(tokens.get(v)) || NewsTokens.closingQuote(tokens.get(v))) {
        return Optional.empty();
      }
      if (NewsTokens.speechVerb(tokens, v)) {
        // after "said" or "warned", only where no clause of its own lies between the verb and
        // the colon ("told the conference on Monday: '…'")
        if (!NewsTokens.finite(tokens.get(v)) || !CONCEDING.contains(NewsTokens.lemma(tokens.get(v)))
            && finiteBetween(tokens, v + 1, mark)) {
          return Optional.empty();
        }
        int verb = v;
        return context.phrases(q.first()).speakerOf(v)
            .filter(p -> p.begin() == 0 && p.end() == verb)
            .map(p -> context.credit(p, NAME));
      }
    }
    return Optional.empty();
  }

  /** Whether a verb in the past or present stands from token {@code from} up to {@code to}. */
  private static boolean finiteBetween(List<CoreLabel> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (NewsTokens.finite(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }
}
