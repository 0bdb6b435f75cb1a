package briefing.analyze.quotes;

import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Roles;
import briefing.model.analysis.Sentence;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "X said the bridge would open in May. '…'": a quotation standing as a sentence of its own goes
 * on from the sentence just before it, in the same paragraph or closing the one before, where
 * that sentence opens with its speaker and a speech verb reporting what they said: the
 * convention for a paraphrase followed by the speaker's own words; not after a question asked,
 * nor where the sentence reports words read, written or shouted. So too after a sentence that
 * names one person only, as the subject it opens with, where the quotation speaks in the first
 * person ("Hale was cleared. 'I am relieved.'") or the sentence takes a stand ("Hale criticised
 * the agency …"); not where it speaks of "he" or "she" ("Hale died. 'He was kind.'").
 */
public final class SpeakerInSentenceBefore implements AttributionRule {
  public static final String NAME = "speaker-in-sentence-before";
  /** How far into the sentence before its speech verb may stand. */
  private static final int REACH = 8;
  /** How far into the sentence before the first verb of the one it opens with may stand. */
  private static final int ACTOR_REACH = 20;
  /** Nouns for written words the sentence may report: "left a note", "read a letter". */
  private static final Set<String> WRITTEN = Set.of("note", "letter", "message", "sign", "banner",
      "placard", "text", "email", "e-mail", "tweet", "post", "card", "statement", "headline");
  private static final Pattern FIRST_PERSON = Pattern.compile("(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|My|Me)\\b");
  private static final Pattern THIRD_PERSON = Pattern.compile("(?i)(?:he|she|his|her|him)\\b");
  /** Verbs of asking: the words after are the answer, someone else's. */
  private static final Set<String> ASKING = Set.of("ask", "question", "press", "quiz");
  /** Verbs of words read, written or sung: what someone else said may follow. */
  private static final Set<String> WORDS = Set.of("read", "write", "chant", "shout", "sing",
      "scream", "yell", "cry", "text", "tweet", "post", "sign");
  /**
   * Verbs that take a stand in words (criticise, defend, welcome …): the one who does so, named
   * alone and opening the sentence, goes on in the quotation after it. Not what someone did or
   * underwent ("was arrested", "died"): the quotation is then of them, by someone else.
   */
  private static final Set<String> STANCE = Set.of("criticise", "criticize", "condemn", "praise",
      "defend", "welcome", "dismiss", "reject", "attack", "blame", "accuse", "urge", "slam",
      "denounce", "applaud", "hail", "question", "challenge", "insist", "argue", "admit", "concede",
      "deny", "acknowledge", "maintain", "stress", "emphasise", "emphasize", "disagree", "agree",
      "thank", "speak", "believe", "vow", "promise", "pledge", "apologise", "apologize");

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
    for (int v = 0; v < Math.min(ACTOR_REACH, previous.size()); v++) {
      if (quoted[v] || NewsTokens.openingQuote(previous.get(v))) {
        return Optional.empty();
      }
      if (NewsTokens.speechVerb(previous, v) && (NewsTokens.finite(previous.get(v)) || passive(previous, v))) {
        // "Ann Hale asked Tom Lund whether he would resign. '…'": the answer is not the asker's
        // (one who "was asked" answers); "Lund said the crowd began to chant. '…'", "said his
        // wife had left a note": the words may be those he reports; "said nothing": none
        if (ASKING.contains(NewsTokens.lemma(previous.get(v))) && !passive(previous, v)
            || reportsWords(previous, v + 1)
            || v + 1 < previous.size() && NewsTokens.lower(previous.get(v + 1)).equals("nothing")) {
          return Optional.empty();
        }
        if (passive(previous, v)) { // "Lund was asked whether he would resign. 'Never.'"
          return ASKING.contains(NewsTokens.lemma(previous.get(v)))
              ? context.phrases(before).subjectBefore(v, quoted)
                  .filter(p -> SpeakerInNextSentence.opens(previous, p) && p.kind() == Phrase.Kind.NAME)
                  .map(p -> context.credit(p, NAME))
              : Optional.empty();
        }
        return context.phrases(before).speakerOf(v)
            .filter(p -> SpeakerInNextSentence.opens(previous, p) && !Roles.plural(previous, p))
            .map(p -> context.credit(p, NAME));
      }
    }
    return actor(context, q, before, previous, quoted);
  }

  /**
   * True where another verb of speech or writing, or a written thing, follows token {@code from}:
   * words the sentence reports someone else giving.
   */
  private static boolean reportsWords(List<CoreLabel> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      String lemma = NewsTokens.lemma(t);
      if (t.tag() != null && t.tag().startsWith("VB")
          && (NewsTokens.speechVerb(tokens, k) || WORDS.contains(lemma))
          || t.tag() != null && t.tag().startsWith("NN") && WRITTEN.contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** True where the verb at {@code v} is a participle after a form of "be": "was asked". */
  private static boolean passive(List<CoreLabel> tokens, int v) {
    return "VBN".equals(tokens.get(v).tag()) && v > 0
        && NewsTokens.lemma(tokens.get(v - 1)).equals("be");
  }

  /** True where the quotation opens in the first person: "I am relieved", "My son …". */
  private static boolean firstPerson(Quotation q) {
    return FIRST_PERSON.matcher(q.text()).lookingAt();
  }

  /** True where the quotation opens with "he" or "she": words of someone else about them. */
  private static boolean aboutSomeone(Quotation q) {
    return THIRD_PERSON.matcher(q.text()).lookingAt();
  }

  /**
   * "Ann Hale, professor of statistics at Kent, criticised the agency for …. '…'": the one
   * person the sentence before names, opening it as the subject of its first verb, where that
   * verb reports no speech: the quotation is theirs.
   */
  private static Optional<Attribution> actor(Attributing context, Quotation q, int sentence,
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
    if (verb < 0 || names != 1 || aboutSomeone(q)
        || !firstPerson(q) && !STANCE.contains(NewsTokens.lemma(tokens.get(verb)))) {
      return Optional.empty();
    }
    return context.phrases(sentence).subjectBefore(verb + 1, quoted)
        .filter(p -> p.kind() == Phrase.Kind.NAME && SpeakerInNextSentence.opens(tokens, p))
        .map(p -> context.credit(p, NAME));
  }

}
