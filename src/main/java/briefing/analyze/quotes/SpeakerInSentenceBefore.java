package briefing.analyze.quotes;

import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Roles;
import briefing.model.analysis.Sentence;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;

/**
 * "X said the bridge would open in May. '…'": a quotation standing as a sentence of its own goes
 * on from the sentence just before it, in the same paragraph or closing the one before, where
 * that sentence opens with its speaker and a speech verb reporting what they said: the
 * convention for a paraphrase followed by the speaker's own words. So too after a sentence
 * that names one person only, as the subject it opens with ("Hale criticised the agency …").
 */
public final class SpeakerInSentenceBefore implements AttributionRule {
  public static final String NAME = "speaker-in-sentence-before";
  /** How far into the sentence before its speech verb may stand. */
  private static final int REACH = 8;
  /** How far into the sentence before the first verb of the one it opens with may stand. */
  private static final int ACTOR_REACH = 20;

  @Override
  public Optional<Attribution> attribute(Quotation q, Attributing context) {
    List<CoreLabel> tokens = context.tokens(q.last());
    if (q.open() != 0 || q.partial() || q.first() == 0) {
      return Optional.empty();
    }
    for (int k = q.close() + 1; k < tokens.size(); k++) {
      if (!NewsTokens.punctuation(tokens.get(k))) {
        return Optional.empty();
      }
    }
    int before = q.first() - 1;
    Sentence here = context.document().sentence(q.first());
    Sentence there = context.document().sentence(before);
    if (there.block() != here.block() && there.block() != here.block() - 1 || there.isHeadline()) {
      return Optional.empty();
    }
    List<CoreLabel> previous = context.tokens(before);
    boolean[] quoted = context.quoted(before);
    for (int v = 0; v < Math.min(REACH, previous.size()); v++) {
      if (quoted[v] || NewsTokens.openingQuote(previous.get(v))) {
        return Optional.empty();
      }
      if (NewsTokens.speechVerb(previous, v) && NewsTokens.finite(previous.get(v))) {
        return context.phrases(before).speakerOf(v)
            .filter(p -> opens(previous, p) && !plural(previous, p))
            .map(p -> context.credit(p, NAME));
      }
    }
    return actor(context, before, previous, quoted);
  }

  /**
   * "Ann Hale, professor of statistics at Kent, criticised the agency for …. '…'": the one
   * person the sentence before names, opening it as the subject of its first verb, where that
   * verb reports no speech: the quotation is theirs.
   */
  private static Optional<Attribution> actor(Attributing context, int sentence,
      List<CoreLabel> tokens, boolean[] quoted) {
    int names = 0;
    int verb = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (quoted[k] || NewsTokens.openingQuote(tokens.get(k)) || NewsTokens.closingQuote(tokens.get(k))) {
        return Optional.empty();
      }
      if (NewsTokens.person(tokens.get(k)) && (k == 0 || !NewsTokens.person(tokens.get(k - 1)))) {
        names++;
      }
      if (verb < 0 && k < ACTOR_REACH && NewsTokens.finite(tokens.get(k))) {
        verb = k;
      }
    }
    if (verb < 0 || names != 1) {
      return Optional.empty();
    }
    return context.phrases(sentence).subjectBefore(verb + 1, quoted)
        .filter(p -> p.kind() == Phrase.Kind.NAME && opens(tokens, p))
        .map(p -> context.credit(p, NAME));
  }

  /** True where the phrase's head is a plural noun: a group ("Critics said"), no one speaker. */
  private static boolean plural(List<CoreLabel> tokens, Phrase p) {
    String tag = tokens.get(p.end() - 1).tag();
    return "NNS".equals(tag) || "NNPS".equals(tag);
  }

  /** True when the speaker, with any title before the name, opens the sentence. */
  private static boolean opens(List<CoreLabel> tokens, Phrase p) {
    int start = p.kind() == Phrase.Kind.NAME
        ? Roles.before(p.sentence(), tokens, p.begin()).map(Phrase::begin).orElse(p.begin())
        : p.begin();
    return start == 0;
  }
}
