package briefing.analyze.quotes;

import briefing.analyze.names.GenderCues;
import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase.Kind;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Phrases;
import briefing.analyze.nlp.Roles;
import briefing.model.analysis.PersonMention.Gender;
import briefing.text.SexedNouns;
import briefing.text.Surnames;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whom "he" or "she" stands for: the one person named earlier in the sentence, else in the
 * nearest earlier sentence that names anyone (at most three back). Of two candidates, the one
 * the sentence opens with as its subject ({@link #opener}); else two is ambiguous, and ambiguity
 * leaves the pronoun unresolved. Names inside quotation marks and after a
 * preposition ("a meeting with X") are not candidates.
 */
final class Antecedents {
  private static final int LOOK_BACK = 3;

  private Antecedents() {}

  static Optional<Phrase> resolve(Attributing context, Phrase pronoun) {
    List<Phrase> here = names(context, pronoun.sentence(), pronoun.begin());
    if (!here.isEmpty()) {
      return single(context, here).or(() -> bySex(context, here, pronoun))
          .or(() -> opener(context, here, pronoun, true));
    }
    for (int i = pronoun.sentence() - 1; i >= Math.max(0, pronoun.sentence() - LOOK_BACK); i--) {
      List<Phrase> names = names(context, i, context.tokens(i).size());
      if (!names.isEmpty()) {
        int sentence = i;
        // "The congressman also spoke of his wife, Ann Hale, an aide to Mary Cole. '…,' he
        // said.": the sentence right before opens with its subject by a post, the names it
        // gives come after its verb, set apart
        return single(context, names).or(() -> bySex(context, names, pronoun))
            .or(() -> opener(context, names, pronoun, false))
            .or(() -> sentence == pronoun.sentence() - 1 ? subject(context, sentence, pronoun)
                .filter(d -> names.stream().allMatch(n -> setApart(context.tokens(sentence),
                    d.end(), n.begin()))) : Optional.empty());
      }
    }
    // "In an interview, the mayor said he had misspoken. '…,' he said.": no one named in the
    // sentences before, the one the sentence right before has as its subject by a post
    int before = pronoun.sentence() - 1;
    return before < 0 ? Optional.empty() : subject(context, before, pronoun);
  }

  /**
   * The definite description by a post that opens sentence {@code i}, after an opening phrase
   * too, as the subject of its verb ("The mayor said …", "In an interview, the mayor said …"):
   * not an object ("The crowd cheered the mayor"), one of two ("The mayor and his wife voted"), a
   * possessor ("The mayor's aides") nor a relative or a post of one sex alone ("the widow", "the
   * chairman" for "she").
   */
  private static Optional<Phrase> subject(Attributing context, int i, Phrase pronoun) {
    List<CoreLabel> tokens = context.tokens(i);
    int k = afterOpening(tokens, tokens.size());
    if (k >= tokens.size() || context.quoted(i)[k] || !NewsTokens.lower(tokens.get(k)).equals("the")) {
      return Optional.empty();
    }
    Optional<Phrase> p = context.phrases(i).startingAt(k).filter(d -> d.kind() == Kind.DESCRIPTION);
    if (p.isEmpty() || p.get().end() >= tokens.size() || Roles.plural(tokens, p.get())) {
      return Optional.empty();
    }
    CoreLabel noun = tokens.get(Roles.head(tokens, p.get()));
    int after = NewsTokens.pastAdverbs(tokens, p.get().end());
    boolean he = sexOf(context, pronoun) == Gender.MALE;
    return NewsTokens.roleNoun(noun) && !NewsTokens.kin(noun) && after < tokens.size()
        && (NewsTokens.verb(tokens.get(after)) || "MD".equals(tokens.get(after).tag()))
        && !dies(tokens, after)
        && !(he ? SexedNouns.woman(noun.word()) : SexedNouns.man(noun.word())) ? p : Optional.empty();
  }

  /**
   * Whether the verb at {@code v} says its subject died ("The former mayor died on Sunday.", "was
   * killed", "passed away"): the words quoted after it are someone else's.
   */
  private static boolean dies(List<CoreLabel> tokens, int v) {
    String verb = NewsTokens.lemma(tokens.get(v));
    if (verb.equals("die") || verb.equals("pass") && v + 1 < tokens.size()
        && NewsTokens.lower(tokens.get(v + 1)).equals("away")) {
      return true;
    }
    int k = v;
    while (k < tokens.size() && (BE.contains(NewsTokens.lower(tokens.get(k)))
        || "RB".equals(tokens.get(k).tag()))) {
      k++;
    }
    return k > v && k < tokens.size() && DEATHS.contains(NewsTokens.lower(tokens.get(k)));
  }

  /** The forms of "be" and "have" before a passive's participle: "was killed", "had been slain". */
  private static final Set<String> BE = Set.of("was", "were", "is", "has", "had", "been", "be");

  /** Participles that say someone was killed: "was killed", "was shot dead" ("shot" alone may be hurt). */
  private static final Set<String> DEATHS = Set.of("killed", "murdered", "slain", "buried",
      "executed", "assassinated");

  /** How far into a sentence an opening phrase's comma may stand, in tokens. */
  private static final int OPENING = 12;

  /**
   * Where a sentence's subject stands: after an opening phrase's comma ("In an interview, the
   * mayor said"), the first one among the first {@link #OPENING} tokens and before {@code limit};
   * else at its start.
   */
  private static int afterOpening(List<CoreLabel> tokens, int limit) {
    for (int c = 0; c < tokens.size() && c < limit && c < OPENING; c++) {
      if (tokens.get(c).word().equals(",")) {
        return c + 1;
      }
    }
    return 0;
  }

  /**
   * Of several people a sentence names, the one it opens with as the subject of its verb, after
   * an opening phrase too ("Lund tried to be kind, but he bristled when Cole interrupted", "In an
   * interview, Lund hammered Cole for what he called …"): the one the sentence is about, whom
   * "he" goes on with. Not where the sentence opens with a clause of its own ("When Cole spoke at
   * length about the plan and the budget, Lund …" past {@link #OPENING} tokens) or with another
   * name, where the one it opens with is of the other sex or another is the only one of the
   * pronoun's, where the pronoun replies ("he replied", "he responded"), nor, from the sentence
   * before, where another is the object of the opener's verb: "Cole fired Brand. 'I was
   * blindsided,' he said." may be either's words.
   */
  private static Optional<Phrase> opener(Attributing context, List<Phrase> names, Phrase pronoun,
      boolean sameSentence) {
    Phrase first = names.get(0);
    List<CoreLabel> tokens = context.tokens(first.sentence());
    if (first.begin() != afterOpening(tokens, first.begin()) || first.end() >= tokens.size()) {
      return Optional.empty();
    }
    int after = NewsTokens.pastAdverbs(tokens, first.end());
    if (after >= tokens.size() || !NewsTokens.verb(tokens.get(after))
        || NewsTokens.lower(tokens.get(after)).equals("and")) {
      return Optional.empty();
    }
    List<CoreLabel> own = context.tokens(pronoun.sentence());
    Gender sex = sexOf(context, pronoun);
    Gender firstSex = sexOf(context, first);
    if (firstSex != null && firstSex != sex || firstSex == null
        && names.stream().skip(1).anyMatch(n -> sexOf(context, n) == sex)) {
      return Optional.empty();
    }
    if (pronoun.end() < own.size() && REPLIES.contains(NewsTokens.lemma(own.get(pronoun.end())))) {
      return Optional.empty();
    }
    for (Phrase other : names.subList(1, names.size())) {
      if (!sameSentence && !setApart(tokens, after, other.begin())) {
        return Optional.empty();
      }
    }
    return Optional.of(first);
  }

  /**
   * Of several people a sentence names, the one told to be of the pronoun's sex where every other
   * is told to be of the other ("Brand hired Ann Hallor as his deputy. '…,' he said."); a name
   * whose sex nothing tells may be anyone's.
   */
  private static Optional<Phrase> bySex(Attributing context, List<Phrase> names, Phrase pronoun) {
    Gender sex = sexOf(context, pronoun);
    List<Phrase> same = names.stream().filter(n -> sexOf(context, n) == sex).toList();
    boolean allTold = names.stream().allMatch(n -> sexOf(context, n) != null);
    return allTold && !same.isEmpty() ? single(context, same) : Optional.empty();
  }

  /** Verbs by which one answers another: who answers is as likely the other one. */
  private static final Set<String> REPLIES = Set.of("reply", "respond", "answer", "retort", "counter");

  /** Words that open a clause of its own after a verb: "… when Cole interrupted". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("when", "while", "as", "after", "because",
      "but", "and", "before", "since", "until", "if", "though", "although");

  /** Whether a comma or a clause's opening word stands between tokens {@code from} and {@code to}. */
  private static boolean setApart(List<CoreLabel> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).word().equals(",") || CLAUSE_OPENERS.contains(NewsTokens.lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sex a name is told to be of by a title or a common first name ({@link GenderCues}), or
   * null; a pronoun's, "he" or "she".
   */
  private static Gender sexOf(Attributing context, Phrase name) {
    List<CoreLabel> tokens = context.tokens(name.sentence());
    if (name.kind() == Kind.PRONOUN) {
      return NewsTokens.lower(tokens.get(name.begin())).equals("she") ? Gender.FEMALE : Gender.MALE;
    }
    int first = name.begin();
    // past a title the name holds, which is then the word before it: "Mrs. Ann Hallor"
    while (first + 1 < name.end() && NewsTokens.honorific(tokens.get(first))) {
      first++;
    }
    return GenderCues.of(tokens, first, name.end(), null, false, context.quoted(name.sentence()));
  }

  private static Optional<Phrase> single(Attributing context, List<Phrase> names) {
    String first = Surnames.of(names.get(0).text(context.document()));
    for (Phrase p : names) {
      if (!Surnames.of(p.text(context.document())).equals(first)) {
        return Optional.empty();
      }
    }
    return Optional.of(names.get(0));
  }

  /** The names in sentence {@code i} before token {@code limit} that may be a subject. */
  private static List<Phrase> names(Attributing context, int i, int limit) {
    List<CoreLabel> tokens = context.tokens(i);
    boolean[] quoted = context.quoted(i);
    Phrases phrases = context.phrases(i);
    List<Phrase> found = new ArrayList<>();
    for (int k = 0; k < limit; k++) {
      boolean ends = NewsTokens.person(tokens.get(k))
          && (k + 1 >= tokens.size() || !NewsTokens.person(tokens.get(k + 1)));
      if (!ends || quoted[k]) {
        continue;
      }
      Phrase name = phrases.endingAt(k).filter(p -> p.kind() == Kind.NAME).orElseThrow();
      boolean object = name.begin() > 0 && NewsTokens.preposition(tokens.get(name.begin() - 1));
      boolean qualifier = k + 1 < tokens.size() && NewsTokens.roleNoun(tokens.get(k + 1));
      if (!object && !qualifier) {
        found.add(name);
      }
    }
    return found;
  }
}
