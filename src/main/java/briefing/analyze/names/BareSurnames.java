package briefing.analyze.names;

import briefing.analyze.nlp.NewsTokens;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lone words that are the surname of a person the article named in full before ("Helen Banks" …
 * "Banks said"), whatever the tagger made of the lone word (nothing, an organisation, or a
 * person it was told is an organisation elsewhere), unless its own sentence shows a company, a
 * shop, an outlet or a court case ({@link OrganisationCues}). Issue 12;
 * {@code PeopleAndQuotesTest.aLoneSurnameAfterTheFullNameIsThatPersonWhateverTheTaggerSays}.
 */
final class BareSurnames {
  /** The tags a lone surname may carry: a place ("Jordan", "Washington") is left a place. */
  private static final Set<String> TAGS = Set.of("O", "PERSON", "ORGANIZATION");

  /** Each surname as written, with where its first full name begins: {sentence, token}. */
  private final Map<String, int[]> firstGiven = new HashMap<>();

  /** Remembers the full name {@code tokens[begin, end)} of sentence {@code sentence}. */
  void given(int sentence, List<CoreLabel> tokens, int begin, int end) {
    if (end - begin >= 2) {
      firstGiven.putIfAbsent(tokens.get(end - 1).word(), new int[] {sentence, begin});
    }
  }

  /**
   * The tokens of sentence {@code index} that are a lone surname given in full before them, not
   * among {@code taken} (the tokens of the people already found there).
   */
  List<Integer> in(int index, CoreSentence sentence, Set<Integer> taken) {
    List<CoreLabel> tokens = sentence.tokens();
    boolean[] inLongName = new boolean[tokens.size()];
    for (CoreEntityMention m : sentence.entityMentions()) {
      if (m.tokens().size() > 1) {
        m.tokens().forEach(t -> inLongName[t.index() - 1] = true);
      }
    }
    List<Integer> found = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      int[] given = firstGiven.get(tokens.get(k).word());
      if (given == null || taken.contains(k) || inLongName[k] || !TAGS.contains(tokens.get(k).ner())
          || (given[0] > index || given[0] == index && given[1] >= k)
          || partOfName(tokens, k - 1) && !title(tokens.get(k - 1))
          || partOfName(tokens, k + 1) || organisation(tokens, k)) {
        continue;
      }
      found.add(k);
    }
    return found;
  }

  /** A capitalised word at {@code k} could run into the surname's name ("Banks Street"). */
  private static boolean partOfName(List<CoreLabel> tokens, int k) {
    return k >= 0 && k < tokens.size() && tokens.get(k).tag().startsWith("NNP")
        && Character.isUpperCase(tokens.get(k).word().charAt(0));
  }

  /** "Mr. Banks", "Mayor Banks": a word before a surname that is no part of the name. */
  private static boolean title(CoreLabel t) {
    return NewsTokens.honorific(t) || NewsTokens.roleNoun(t) || NewsTokens.titleModifier(t);
  }

  private static boolean organisation(List<CoreLabel> tokens, int k) {
    return OrganisationCues.courtCase(tokens, k, k + 1) || OrganisationCues.shop(tokens, k, k + 1)
        || OrganisationCues.company(tokens, k, k + 1) || OrganisationCues.calledIt(tokens, k, k + 1)
        || OrganisationCues.beforeName(tokens, k, k + 1);
  }
}
