package briefing.analyze.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense a time expression is written in, read from the verb group nearest to it: the closest
 * one before it in the sentence ("exploded Friday", "will meet on Jan. 10"), else the closest one
 * after it ("On Monday, the minister said").
 */
public enum Tense {
  PAST, PRESENT, FUTURE,
  /** No verb group says: none in the sentence, or only a participle ("rebels fleeing the town"). */
  NONE,
  /** Only an infinitive or a bare verb ("to repatriate the child by Jan. 14"): as often ahead as not. */
  BASE,
  /**
   * The day names an event of its own ("the Jan. 14 deadline", "the Friday talks" in a present or
   * future sentence): no verb, nor the story, dates it.
   */
  OWN_EVENT;

  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would");
  /** The past perfect: "had met on Monday" (a present perfect, "has invited them to a ceremony on
   * March 12", says nothing of when the day is). */
  private static final Set<String> PERFECT = Set.of("had", "'d");
  /** Verbs whose "to" looks ahead: "plans to meet on Monday", "is due to vote on Jan. 10". */
  private static final Set<String> PROSPECTIVE = Set.of("plan", "expect", "schedule", "set", "due",
      "intend", "hope", "aim", "go", "prepare", "vow", "promise", "threaten", "agree", "decide");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");
  /** The tags of the words a participle may follow where it qualifies a noun: "the", "her", "Lund's". */
  private static final Set<String> QUALIFIED_BY = Set.of("DT", "PRP$", "POS");
  /** Verbs that look ahead in the present: "plan a demonstration on Saturday". */
  private static final Set<String> PLANNING = Set.of("plan", "schedule", "intend", "prepare");
  /** Nouns for a time limit, which may lie ahead of a past-tense verb: "gave no reason for the Jan. 14 deadline". */
  private static final Set<String> TIME_LIMITS = Set.of("deadline", "ultimatum", "date", "target", "cutoff",
      "timetable", "expiry", "expiration");
  /** Participles that book a day: "scheduled for", "set for", "slated for", "planned for". */
  private static final Set<String> BOOKED = Set.of("plan", "schedule", "set", "slate");
  /** Words that say a day is awaited: "a decision is expected on Friday", "the report, due Monday". */
  private static final Set<String> AWAITED = Set.of("expected", "anticipated", "due");
  /** Words that may stand between an awaited word and its day: "expected later on Friday". */
  private static final Set<String> BEFORE_A_DAY = Set.of("on", "by", "at", "in", "for", "around",
      "before", "until", "early", "late", "later", "as", "soon", "sometime");
  /** What may stand before "expected" where it tells of the present: "is expected", "the talks, expected". */
  private static final Set<String> AWAITING = Set.of(",", "is", "are", "'s", "'re", "be", "being",
      "remain", "remains");

  /**
   * The tense most of an article is written in: PAST when its verbs are more often in the past
   * than in the present, else PRESENT. News reports mostly in the past ("said", "attacked"), and a
   * sentence with no tense of its own follows its story.
   */
  static Tense ofStory(List<List<CoreLabel>> sentences) {
    int past = 0;
    int present = 0;
    for (List<CoreLabel> sentence : sentences) {
      for (CoreLabel t : sentence) {
        switch (tag(t)) {
          case "VBD" -> past++;
          case "VBZ", "VBP" -> present++;
          default -> { }
        }
      }
    }
    return past > present ? PAST : PRESENT;
  }

  /** The tense of the verb group nearest to tokens {@code from}..{@code to} (0-based, exclusive). */
  static Tense around(List<CoreLabel> tokens, int from, int to) {
    // "since Oct. 23", "since shortly after the Oct. 23 shooting": whatever the verb, the day is past.
    for (int i = from - 1; i >= 0 && i >= from - 4 && !isVerb(tokens.get(i)); i--) {
      if (word(tokens.get(i)).equals("since")) {
        return PAST;
      }
    }
    if (awaited(tokens, from)) {
      return FUTURE;
    }
    // "the Jan. 14 deadline", "the Aug. 7 blasts": the day names an event of its own, which the
    // verb of the sentence does not date, except that a happening named in a past-tense clause
    // ("police arrested three men after the Sunday night attack") is past: only a time limit
    // may lie ahead whatever the verb (TimesTest#aDayNamingAHappeningInAPastTenseSentenceIsPast).
    // Where the event is the subject of the verb after it ("X said, while the Jan. 13 talks
    // would involve ..."), that verb is its clause's, not the one before.
    if (from > 0 && to < tokens.size() && DETERMINERS.contains(word(tokens.get(from - 1)))
        && tag(tokens.get(to)).startsWith("NN")) {
      int after = to;
      while (after < tokens.size() && tag(tokens.get(after)).startsWith("NN")) {
        after++;
      }
      Tense clause = after < tokens.size() && isVerb(tokens.get(after))
          ? ofGroupStartingAt(tokens, after) : ofVerbs(tokens, from, to);
      return clause == PAST && !namesATimeLimit(tokens, to) ? PAST : OWN_EVENT;
    }
    return ofVerbs(tokens, from, to);
  }

  /**
   * True when the day at token {@code from} is awaited: "a decision is expected on Friday", "the
   * talks, expected on Monday", "the report, due by Jan. 20" look ahead whatever the sentence's
   * tense, though "was expected on Monday" or "was due Monday" may have come and gone, and
   * "officials expected on Monday that …" tells when they expected it
   * (TimesTest#aDayThatIsExpectedOrDueIsAhead).
   */
  private static boolean awaited(List<CoreLabel> tokens, int from) {
    int k = from - 1;
    while (k >= 0 && BEFORE_A_DAY.contains(word(tokens.get(k)))) {
      k--;
    }
    if (k < 0 || !AWAITED.contains(word(tokens.get(k)))) {
      return false;
    }
    int before = k - 1;
    while (before >= 0 && isAdverb(tokens.get(before))) {
      before--; // "is now expected", "are widely expected"
    }
    if (word(tokens.get(k)).equals("due")) {
      return before < 0 || !tag(tokens.get(before)).equals("VBD") && !tag(tokens.get(before)).equals("VBN");
    }
    return before >= 0 && AWAITING.contains(word(tokens.get(before)));
  }

  /** True when the nouns from token {@code from} on name a time limit ("deadline", "court date"). */
  private static boolean namesATimeLimit(List<CoreLabel> tokens, int from) {
    for (int i = from; i < tokens.size() && tag(tokens.get(i)).startsWith("NN"); i++) {
      if (TIME_LIMITS.contains(lemma(tokens.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tense of the verb group nearest to tokens {@code from}..{@code to}; a participle that
   * only qualifies a noun ("plans to testify at her expected hearing on Wednesday") is no verb
   * group (TimesTest#aParticipleQualifyingANounDoesNotDateTheDay).
   */
  private static Tense ofVerbs(List<CoreLabel> tokens, int from, int to) {
    for (int i = from - 1; i >= 0; i--) {
      if (isVerb(tokens.get(i)) && !qualifiesANoun(tokens, i)) {
        return ofGroupEndingAt(tokens, i);
      }
    }
    for (int i = to; i < tokens.size(); i++) {
      if (isVerb(tokens.get(i))) {
        return ofGroupStartingAt(tokens, i);
      }
    }
    return NONE;
  }

  /**
   * The tense of the verb group whose first word is token {@code first}, which follows the day: a
   * past group that looks ahead ("On Tuesday, as the council was preparing to vote") is past,
   * since the day it follows is when it was so (TimesTest#aDayBeforeAPastGroupThatLooksAheadIsPast).
   */
  private static Tense ofGroupStartingAt(List<CoreLabel> tokens, int first) {
    int end = first;
    while (end + 1 < tokens.size() && (isVerb(tokens.get(end + 1)) || isAdverb(tokens.get(end + 1)))) {
      end++;
    }
    Tense tense = ofGroupEndingAt(tokens, end);
    return tense == FUTURE && tag(tokens.get(first)).equals("VBD") ? PAST : tense;
  }

  /** The tense of the verb group whose last word is token {@code last}. */
  private static Tense ofGroupEndingAt(List<CoreLabel> tokens, int last) {
    int first = last;
    while (first > 0 && (isVerb(tokens.get(first - 1)) || isAdverb(tokens.get(first - 1))
        || tag(tokens.get(first - 1)).equals("TO"))) {
      first--;
    }
    boolean perfect = false;
    for (int i = first; i <= last; i++) {
      CoreLabel t = tokens.get(i);
      String word = word(t);
      String tag = tag(t);
      if (tag.equals("MD") && FUTURE_MODALS.contains(word)) {
        return FUTURE;
      }
      if (tag.equals("TO") && i > first && PROSPECTIVE.contains(lemma(tokens.get(i - 1)))) {
        return FUTURE;
      }
      if (word.equals("going") && i + 1 <= last && tag(tokens.get(i + 1)).equals("TO")) {
        return FUTURE;
      }
      if ((tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBG")) && PLANNING.contains(lemma(t))) {
        return FUTURE;
      }
      // "was planned for early March", "a meeting set for Jan. 13": what was booked is ahead
      // (the tagger takes "set" for a past tense as often as for a participle).
      if ((tag.equals("VBN") || tag.equals("VBD")) && i == last && BOOKED.contains(lemma(t))
          && last + 1 < tokens.size()
          && word(tokens.get(last + 1)).equals("for")) {
        return FUTURE;
      }
      if (PERFECT.contains(word) && tag.startsWith("VB") && i < last) {
        perfect = true;
      }
    }
    // "had met on Monday": a past perfect tells of the past.
    if (perfect) {
      return PAST;
    }
    for (int i = first; i <= last; i++) {
      String tag = tag(tokens.get(i));
      if (tag.equals("VBD")) {
        return PAST;
      }
      if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
        return PRESENT;
      }
    }
    // A lone participle or infinitive ("officials killed Friday", "to vote Monday"): its tense is
    // unknown; news reports events mostly in the past.
    String lastTag = tag(tokens.get(last));
    return lastTag.equals("VBN") ? PAST : lastTag.equals("VB") ? BASE : NONE;
  }

  /** True for a participle between a determiner or possessive and a noun: "her expected hearing". */
  private static boolean qualifiesANoun(List<CoreLabel> tokens, int i) {
    String tag = tag(tokens.get(i));
    return (tag.equals("VBN") || tag.equals("VBG")) && i > 0 && i + 1 < tokens.size()
        && QUALIFIED_BY.contains(tag(tokens.get(i - 1))) && tag(tokens.get(i + 1)).startsWith("NN");
  }

  private static boolean isVerb(CoreLabel t) {
    return tag(t).startsWith("VB") || tag(t).equals("MD");
  }

  private static boolean isAdverb(CoreLabel t) {
    return tag(t).startsWith("RB");
  }

  private static String tag(CoreLabel t) {
    return t.tag() == null ? "" : t.tag();
  }

  private static String word(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static String lemma(CoreLabel t) {
    return t.lemma() == null ? word(t) : t.lemma().toLowerCase(Locale.ROOT);
  }
}
