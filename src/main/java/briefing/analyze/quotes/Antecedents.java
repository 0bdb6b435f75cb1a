package briefing.analyze.quotes;

import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.PersonMentions;
import briefing.analyze.nlp.Phrase.Kind;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Phrases;
import briefing.analyze.nlp.Roles;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whom "he" or "she" stands for: the one person named earlier in the sentence, else in the
 * nearest earlier sentence that names anyone (at most three back). Two candidates is ambiguous,
 * and ambiguity leaves the pronoun unresolved. Names inside quotation marks and after a
 * preposition ("a meeting with X") are not candidates.
 */
final class Antecedents {
  private static final int LOOK_BACK = 3;

  private Antecedents() {}

  static Optional<Phrase> resolve(Attributing context, Phrase pronoun) {
    List<Phrase> here = names(context, pronoun.sentence(), pronoun.begin());
    if (!here.isEmpty()) {
      return single(context, here);
    }
    for (int i = pronoun.sentence() - 1; i >= Math.max(0, pronoun.sentence() - LOOK_BACK); i--) {
      List<Phrase> names = names(context, i, context.tokens(i).size());
      if (!names.isEmpty()) {
        return single(context, names);
      }
      // "In an interview, the mayor said he had misspoken. '…,' he said.": no one named there,
      // the one person the sentence describes by a post
      List<Phrase> described = described(context, i, pronoun);
      if (!described.isEmpty()) {
        return described.size() == 1 ? Optional.of(described.get(0)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Posts held by men or by women alone, which "she" or "he" cannot stand for. */
  private static final Set<String> MEN = Set.of("congressman", "spokesman", "chairman",
      "businessman", "king", "prince", "policeman", "councilman", "assemblyman", "father",
      "husband", "son", "brother");
  private static final Set<String> WOMEN = Set.of("congresswoman", "spokeswoman", "chairwoman",
      "businesswoman", "queen", "princess", "policewoman", "councilwoman", "assemblywoman",
      "actress", "mother", "wife", "daughter", "sister");

  /**
   * The definite descriptions by a post in sentence {@code i} that may be its subject ("the
   * mayor", not "a meeting with the mayor" nor "the mayor's aides") and that {@code pronoun} may
   * stand for.
   */
  private static List<Phrase> described(Attributing context, int i, Phrase pronoun) {
    List<CoreLabel> tokens = context.tokens(i);
    boolean[] quoted = context.quoted(i);
    Phrases phrases = context.phrases(i);
    boolean he = NewsTokens.lower(context.tokens(pronoun.sentence()).get(pronoun.begin())).equals("he");
    List<Phrase> found = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (quoted[k] || !NewsTokens.lower(tokens.get(k)).equals("the")
          || k > 0 && NewsTokens.preposition(tokens.get(k - 1))) {
        continue;
      }
      Optional<Phrase> p = phrases.startingAt(k).filter(d -> d.kind() == Kind.DESCRIPTION);
      if (p.isEmpty() || Roles.plural(tokens, p.get())) {
        continue;
      }
      int head = p.get().end() - 1;
      for (int h = p.get().begin() + 1; h < p.get().end(); h++) {
        if (NewsTokens.preposition(tokens.get(h))) {
          head = h - 1;
          break;
        }
      }
      String noun = NewsTokens.lower(tokens.get(head));
      boolean possessive = p.get().end() < tokens.size() && "POS".equals(tokens.get(p.get().end()).tag());
      if (NewsTokens.roleNoun(tokens.get(head)) && !possessive
          && !(he ? WOMEN : MEN).contains(noun)) {
        found.add(p.get());
      }
      k = p.get().end() - 1;
    }
    return found;
  }

  private static Optional<Phrase> single(Attributing context, List<Phrase> names) {
    String first = PersonMentions.surname(names.get(0).text(context.document()));
    for (Phrase p : names) {
      if (!PersonMentions.surname(p.text(context.document())).equals(first)) {
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
