package briefing.analyze.nlp;

import briefing.analyze.nlp.Phrase.Kind;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role the text gives a named person where it names them: a title before the name ("Ruritanian
 * Deputy Foreign Minister Anna Lindqvist", "Okafor spokesman Dan Reyes", "Ruritania's chief
 * negotiator X"), or a description set off by commas before or after it ("his counterpart, X,";
 * "X, Ruritania's deputy foreign minister,").
 */
public final class Roles {
  /**
   * Words that may open an appositive role: "X, then the deputy adviser,", "X, also a senator,",
   * "X, herself a teacher,". Not "once" nor "previously": a post held before is a former one.
   */
  private static final Set<String> TIME_ADVERBS = Set.of("then", "now", "formerly", "currently",
      "also", "still", "himself", "herself");
  /** Pronouns the tagger takes for nouns: "did everything President X did" has no role in it. */
  private static final Set<String> INDEFINITE = Set.of("everything", "something",
      "anything", "nothing", "everyone", "someone", "anyone", "everybody", "somebody", "anybody",
      "nobody", "whatever");
  /** The indefinite articles: "a President Romney" is someone who may hold the post. */
  private static final Set<String> A_OR_AN = Set.of("a", "an");
  /** The stops that end a sentence. */
  private static final Set<String> STOPS = Set.of(".", "?", "!");
  private Roles() {}

  /** The role phrase for the name from token {@code begin} to {@code end} of a sentence, if any. */
  public static Optional<Phrase> of(int sentence, List<CoreLabel> tokens, int begin, int end) {
    return before(sentence, tokens, begin)
        .or(() -> appositiveAfter(sentence, tokens, end))
        .or(() -> appositiveBefore(sentence, tokens, begin, end))
        .or(() -> chosenAs(sentence, tokens, begin, end))
        .or(() -> whatTheNameIs(sentence, tokens, begin, end));
  }

  /**
   * "talk radio hosts like Una Cole", "Republicans such as Tom Hale": the plural role a name is
   * given as one of, its head a role noun, where the name has no role of its own; the caller
   * takes it as one holder's ("host").
   */
  public static Optional<Phrase> oneOf(int sentence, List<CoreLabel> tokens, int begin) {
    int k = begin - 1;
    if (k >= 1 && NewsTokens.lower(tokens.get(k)).equals("as") && NewsTokens.lower(tokens.get(k - 1)).equals("such")) {
      k -= 2;
    } else if (k >= 0 && NewsTokens.lower(tokens.get(k)).equals("like")) {
      k--;
    } else {
      return Optional.empty();
    }
    // "people like Ann Cole": a person is no role
    if (k < 0 || !"NNS".equals(tokens.get(k).tag()) || !NewsTokens.roleNoun(tokens.get(k))
        || NewsTokens.lemma(tokens.get(k)).equals("person")) {
      return Optional.empty();
    }
    int start = k;
    while (start > 0 && modifierBefore(tokens.get(start - 1))) {
      start--;
    }
    return Optional.of(new Phrase(sentence, start, k + 1, Kind.DESCRIPTION));
  }

  /** A word that may qualify a plural role before its noun: "conservative talk radio hosts". */
  private static boolean modifierBefore(CoreLabel t) {
    String tag = t.tag() == null ? "" : t.tag();
    return (tag.equals("JJ") || tag.equals("NN") || tag.equals("NNP")) && !NewsTokens.person(t);
  }

  /**
   * "Ann Hale is the executive director of Kent Watch.": the post a sentence opening with the name
   * says it holds, where that is all the sentence says: a post, with "a", "an" or "the", that
   * ends the sentence or runs to a comma, its noun qualified only by a name ("of Kent Watch", "at
   * Kent College"). Not "is no senator", "is not a senator", "is the first senator to …", "is
   * the mayor?", nor a figure of speech ("is the leader of the pack", "the architect of the
   * plan"); not after "In the film," or "Critics claim that", where the clause is no report.
   */
  private static Optional<Phrase> whatTheNameIs(int sentence, List<CoreLabel> tokens, int begin, int named) {
    // "Ann Hale of Wessex News was the moderator": past whose she is
    int end = named;
    if (end + 1 < tokens.size() && NewsTokens.lower(tokens.get(end)).equals("of")) {
      int k = end + 1;
      while (k < tokens.size() && !lowerCase(tokens.get(k)) && tokens.get(k).tag() != null
          && tokens.get(k).tag().startsWith("NNP")) {
        k++;
      }
      end = k > end + 1 ? k : end;
    }
    if (begin > 0 || end + 2 >= tokens.size()
        || !Set.of("is", "was").contains(NewsTokens.lower(tokens.get(end)))
        || !Set.of("a", "an", "the").contains(NewsTokens.lower(tokens.get(end + 1)))) {
      return Optional.empty();
    }
    return new Phrases(sentence, tokens).startingAt(end + 1)
        .filter(p -> p.kind() == Kind.DESCRIPTION && !plural(tokens, p) && p.end() < tokens.size()
            && (tokens.get(p.end()).word().equals(",") || tokens.get(p.end()).word().equals(".")))
        .filter(p -> tokens.subList(p.begin(), p.end()).stream().anyMatch(NewsTokens::roleNoun))
        .filter(p -> qualifiedByNameAlone(tokens, p));
  }

  /**
   * Whether what follows the noun of description {@code p} is nothing, or a preposition and a
   * name ("director of Kent Watch", "professor at Kent College"): not words of its own ("leader of
   * the pack").
   */
  private static boolean qualifiedByNameAlone(List<CoreLabel> tokens, Phrase p) {
    for (int k = p.begin() + 1; k < p.end(); k++) {
      if (NewsTokens.preposition(tokens.get(k))) {
        for (int j = k + 1; j < p.end(); j++) {
          CoreLabel t = tokens.get(j);
          if (!"DT".equals(t.tag()) && lowerCase(t) && !NewsTokens.preposition(t)
              && !t.word().equals("and")) {
            return false;
          }
        }
        return true;
      }
    }
    return true;
  }

  /** Words that give someone a post "as" what: "named X as", "the choice of X as". */
  private static final Set<String> APPOINTING = Set.of("name", "appoint", "choose", "choice",
      "pick", "tap", "nominate", "nomination", "select", "selection", "hire", "confirm", "elect",
      "install", "designate", "appointment", "swear");

  /**
   * "the choice of X as his running mate", "named X as chief of staff": the role "as" gives the
   * name after a word of appointing; not a label others give ("cast X as a Washington insider").
   */
  private static Optional<Phrase> chosenAs(int sentence, List<CoreLabel> tokens, int begin, int end) {
    if (end + 1 >= tokens.size() || !tokens.get(end).word().equals("as") || begin < 1) {
      return Optional.empty();
    }
    int k = begin - 1;
    if (k > 0 && tokens.get(k).word().equals("of")) {
      k--;
    }
    CoreLabel before = tokens.get(k);
    if (!APPOINTING.contains(NewsTokens.lemma(before)) && !APPOINTING.contains(NewsTokens.lower(before))) {
      return Optional.empty();
    }
    return new Phrases(sentence, tokens).startingAt(end + 1)
        .filter(p -> p.kind() == Kind.DESCRIPTION && !plural(tokens, p))
        .filter(p -> p.end() >= tokens.size() || closes(tokens.get(p.end()))
            || tokens.get(p.end()).word().equals("and") || NewsTokens.preposition(tokens.get(p.end())));
  }

  /** Words in "-ing" that are part of a post's name: "acting Secretary", "outgoing Chairman". */
  private static final Set<String> IN_POSTS = Set.of("acting", "outgoing", "incoming", "ranking",
      "presiding", "retiring", "sitting", "founding", "managing", "governing", "returning",
      "departing", "serving", "leading", "visiting", "reigning", "polling", "building", "housing",
      "banking", "marketing", "engineering", "accounting", "mining", "shipping", "publishing",
      "nursing", "training", "planning", "fundraising", "broadcasting");

  /** The run of title words right before the name, holding at least one title or role noun. */
  public static Optional<Phrase> before(int sentence, List<CoreLabel> tokens, int begin) {
    int first = beforeHonorifics(tokens, begin);
    int start = first;
    while (start > 0 && titleWord(tokens, start - 1, first)) {
      start--;
    }
    while (start < first && !leading(tokens.get(start))) {
      start++;
    }
    // a lower-case noun's run ends where a capitalised title begins: "flu expert Professor X" is
    // a professor, "BBC medical correspondent Scottish Health Secretary X" (two lines run
    // together) a health secretary, "former President X" a former president
    for (int k = first - 2; k >= start; k--) {
      CoreLabel t = tokens.get(k);
      CoreLabel next = tokens.get(k + 1);
      // "is challenging Rep. X", "replacing Sen. Y": a verb's -ing form ends the title, but for
      // the few a post takes ("acting Secretary", "outgoing Chairman")
      boolean verb = lowerCase(t) && t.word().endsWith("ing") && t.tag() != null
          && (t.tag().equals("VBG") || t.tag().equals("JJ")) && !"POS".equals(next.tag())
          && !IN_POSTS.contains(NewsTokens.lower(t)) && !lowerCase(next);
      if (verb || lowerCase(t) && t.tag() != null && (t.tag().startsWith("NN") || t.tag().startsWith("VB"))
          && !lowerCase(next) && (NewsTokens.roleNoun(next) || NewsTokens.ROLE_TAGS.contains(next.ner())
              || NewsTokens.countryForm(next))) {
        start = k + 1;
        break;
      }
    }
    // "in the cross hairs of a President Romney": someone who may hold the post, not who does;
    // but "a former Gov. Ann Cole adviser": the "a" is the adviser's
    if (start > 0 && start < first && A_OR_AN.contains(NewsTokens.lower(tokens.get(start - 1)))
        && !nounAfterName(tokens, begin)) {
      return Optional.empty();
    }
    for (int k = start; k < first; k++) {
      if (NewsTokens.roleNoun(tokens.get(k))) {
        return Optional.of(new Phrase(sentence, start, first, Kind.DESCRIPTION));
      }
    }
    int name = first;
    return ofABody(sentence, tokens, name).or(() -> ownRelation(sentence, tokens, name));
  }

  /**
   * "her partner William McCann", "his client Tom Reyes": a relation right before the name, after
   * a possessive pronoun, as kin is ("his wife Ann Cole"); not "its partner" (a firm's).
   */
  private static Optional<Phrase> ownRelation(int sentence, List<CoreLabel> tokens, int first) {
    if (first < 2 || !NewsTokens.relation(tokens.get(first - 1))
        || !Set.of("his", "her", "their").contains(NewsTokens.lower(tokens.get(first - 2)))) {
      return Optional.empty();
    }
    return Optional.of(new Phrase(sentence, first - 1, first, Kind.DESCRIPTION));
  }

  /**
   * A capitalised title naming its body after "of" or "for", right before the name at {@code
   * first}: "Speaker of the House Tom Lund", "Secretary for Security Ann Hale", with the title
   * words before it ("former Speaker of the House").
   */
  private static Optional<Phrase> ofABody(int sentence, List<CoreLabel> tokens, int first) {
    int k = first - 1;
    while (k >= 0 && !lowerCase(tokens.get(k)) && !NewsTokens.person(tokens.get(k))
        && tokens.get(k).tag() != null && (tokens.get(k).tag().startsWith("NN") || tokens.get(k).tag().startsWith("JJ"))) {
      k--;
    }
    if (k == first - 1 || k < 1) {
      return Optional.empty();
    }
    if (NewsTokens.lower(tokens.get(k)).equals("the")) {
      k--;
    }
    if (k < 1 || !Set.of("of", "for").contains(NewsTokens.lower(tokens.get(k)))) {
      return Optional.empty();
    }
    CoreLabel office = tokens.get(k - 1);
    // one office: not "Members of the House Tom Lund and Ann Hale"
    if (lowerCase(office) || !NewsTokens.roleNoun(office) || "NNS".equals(office.tag())
        || "NNPS".equals(office.tag())) {
      return Optional.empty();
    }
    int start = k - 1;
    // "Under Secretary of Defense": a rank the tagger takes for a preposition
    while (start > 0 && (titleWord(tokens, start - 1, first) && leading(tokens.get(start - 1))
        || tokens.get(start - 1).word().equals("Under"))) {
      start--;
    }
    // "In a letter to the Speaker of the House Tom Lund wrote": the comma left out, the name
    // opens the next clause
    if (start > 0 && "DT".equals(tokens.get(start - 1).tag())) {
      return Optional.empty();
    }
    return Optional.of(new Phrase(sentence, start, first, Kind.DESCRIPTION));
  }

  /** Whether a common noun follows the name starting at {@code begin}: "a Sen. Tom Reed aide". */
  private static boolean nounAfterName(List<CoreLabel> tokens, int begin) {
    int k = begin;
    while (k < tokens.size() && NewsTokens.person(tokens.get(k))) {
      k++;
    }
    return k < tokens.size() && lowerCase(tokens.get(k)) && tokens.get(k).tag() != null
        && tokens.get(k).tag().startsWith("NN");
  }

  /** "X, Ruritania's deputy foreign minister, said": a description between commas after the name. */
  private static Optional<Phrase> appositiveAfter(int sentence, List<CoreLabel> tokens, int end) {
    if (end >= tokens.size() || !tokens.get(end).word().equals(",") || listed(tokens, end)) {
      return Optional.empty();
    }
    Phrases phrases = new Phrases(sentence, tokens);
    // "Ann Cole, 45, a teacher at the school,": the role after the age
    int start = pastTimeAdverbs(tokens, pastRelative(tokens, pastAge(tokens, end) + 1));
    // "X, acting director of …": a word in "-ing" of the post's own opens it without "the"
    // ("Tom Reyes, visiting the mayor, said": a verb and its object)
    int head = start + 1 < tokens.size() && IN_POSTS.contains(NewsTokens.lower(tokens.get(start)))
        && nounOrAdjective(tokens.get(start + 1)) ? start + 1 : start;
    return phrases.startingAt(head).filter(p -> p.kind() == Kind.DESCRIPTION && !plural(tokens, p))
        .map(p -> new Phrase(sentence, start, p.end(), Kind.DESCRIPTION))
        .map(p -> withCoordination(tokens, p))
        .or(() -> oneOfThe(phrases, tokens, start))
        .filter(p -> p.end() < tokens.size() && (closes(tokens.get(p.end()))
            || commaAfterCircumstance(tokens, phrases, p.end()) || joinedToAnother(tokens, phrases, p.end())
            || anotherOrganisation(tokens, p.end()) || joinedToWhatElse(tokens, p)))
        .filter(p -> !subjectOfNextClause(tokens, nameBegin(tokens, end), p))
        // "Tom Hale, his wife, Ann, and their children", "survived by his wife, Ann, a son, Dan,":
        // a relative or one more of a list is the next name's ("Tom Hale, the mayor, Ann Cole"
        // is his)
        .filter(p -> !(p.end() + 1 < tokens.size() && tokens.get(p.end()).word().equals(",")
            && NewsTokens.person(tokens.get(p.end() + 1))
            && ("PRP$".equals(tokens.get(p.begin()).tag())
                || A_OR_AN.contains(NewsTokens.lower(tokens.get(p.begin()))))))
        // "Ann Cole, 45, the mayor said, was …": who says it, not her role
        .filter(p -> !(p.end() + 1 < tokens.size() && NewsTokens.speechVerb(tokens, p.end())
            && tokens.get(p.end() + 1).word().equals(",")));
  }

  /**
   * The first token of an organisation's name in the possessive right before the name at {@code
   * begin} ("Wessex News' Ann Hale", "Kent Mills's Tom Lund"), else {@code begin}.
   */
  private static int beforeOwner(List<CoreLabel> tokens, int begin) {
    if (begin < 2 || !"POS".equals(tokens.get(begin - 1).tag())) {
      return begin;
    }
    int k = begin - 2;
    while (k >= 0 && !lowerCase(tokens.get(k)) && !NewsTokens.person(tokens.get(k))
        && tokens.get(k).tag() != null && tokens.get(k).tag().startsWith("NNP")) {
      k--;
    }
    return k == begin - 2 ? begin : k + 1;
  }

  /**
   * "one of the top advisers to Hallor" at token {@code k}: a plural role the name holds as one
   * of several, kept as written.
   */
  private static Optional<Phrase> oneOfThe(Phrases phrases, List<CoreLabel> tokens, int k) {
    if (k + 2 >= tokens.size() || !NewsTokens.lower(tokens.get(k)).equals("one")
        || !NewsTokens.lower(tokens.get(k + 1)).equals("of")) {
      return Optional.empty();
    }
    // not "one of the people who knew him best": a person is no role
    return phrases.startingAt(k + 2)
        .filter(p -> p.kind() == Kind.DESCRIPTION && plural(tokens, p)
            && tokens.subList(p.begin(), p.end()).stream()
                .anyMatch(t -> NewsTokens.roleNoun(t) && !NewsTokens.lemma(t).equals("person")))
        .map(p -> new Phrase(p.sentence(), k, p.end(), Kind.DESCRIPTION));
  }

  /**
   * The first token of the post a relative clause at {@code k} gives the name before it: "X, who
   * is the mayor,", "X, who was a teacher,", "X, who served as mayor,"; else {@code k}.
   */
  private static int pastRelative(List<CoreLabel> tokens, int k) {
    if (k + 2 >= tokens.size() || !NewsTokens.lower(tokens.get(k)).equals("who")) {
      return k;
    }
    String verb = NewsTokens.lower(tokens.get(k + 1));
    if (verb.equals("is") || verb.equals("was")) {
      return k + 2;
    }
    boolean serves = verb.equals("serves") || verb.equals("served");
    return serves && NewsTokens.lower(tokens.get(k + 2)).equals("as") ? k + 3 : k;
  }

  /**
   * The comma closing an age set beside a name, where the comma at {@code comma} opens one ("Ann
   * Cole, 45, a teacher"); else {@code comma}.
   */
  public static int pastAge(List<CoreLabel> tokens, int comma) {
    return comma + 2 < tokens.size() && age(tokens.get(comma + 1))
        && tokens.get(comma + 2).word().equals(",") ? comma + 2 : comma;
  }

  /**
   * The comma opening an age set beside a name, where the comma at {@code comma} closes one;
   * else {@code comma}.
   */
  public static int beforeAge(List<CoreLabel> tokens, int comma) {
    return comma >= 2 && age(tokens.get(comma - 1)) && tokens.get(comma - 2).word().equals(",")
        ? comma - 2 : comma;
  }

  /** A number that may be someone's age: one to three digits. */
  private static boolean age(CoreLabel t) {
    return t.word().matches("\\d{1,3}");
  }

  /**
   * Whether "and" at token {@code from} joins another role that runs to a comma ("X, the mayor of
   * Chicago and the president's former chief of staff,", "X, then the deputy adviser and now the
   * chief of staff,"): the first is a role the name holds, as the second is.
   */
  private static boolean joinedToAnother(List<CoreLabel> tokens, Phrases phrases, int from) {
    if (from + 1 >= tokens.size() || !tokens.get(from).word().equals("and")) {
      return false;
    }
    // the second role may close the sentence: "… of Tom Lund, a publisher and former editor of the Kent Report."
    return phrases.startingAt(pastTimeAdverbs(tokens, from + 1)).filter(p -> p.kind() == Kind.DESCRIPTION && !plural(tokens, p))
        .filter(p -> p.end() < tokens.size() && (tokens.get(p.end()).word().equals(",")
            || endsSentence(tokens, p.end())))
        .isPresent();
  }

  /** The first of the honorifics right before token {@code k} ("Dr" of "Dr Ann Cole"), else {@code k}. */
  public static int beforeHonorifics(List<CoreLabel> tokens, int k) {
    int j = k;
    while (j > 0 && NewsTokens.honorific(tokens.get(j - 1))) {
      j--;
    }
    return j;
  }

  /** The first token from {@code k} past honorifics ("Mrs", "Dr"), or the last token. */
  private static int pastHonorifics(List<CoreLabel> tokens, int k) {
    int j = k;
    while (j + 1 < tokens.size() && NewsTokens.honorific(tokens.get(j))) {
      j++;
    }
    return j;
  }

  /**
   * Whether {@code t} is a noun or an adjective: what may go on a post after "acting" (not "the"),
   * or on its complement after "and".
   */
  private static boolean nounOrAdjective(CoreLabel t) {
    String tag = t.tag() == null ? "" : t.tag();
    return tag.startsWith("NN") || tag.equals("JJ");
  }

  /** The most words a name or noun joined by "and" inside a role may take, to the role's end. */
  private static final int COORDINATED_WORDS = 4;

  /**
   * Role {@code role} run on over "and" and the rest of a name or noun it holds, to the comma or
   * the sentence's end that closes the apposition: "chief medical officer for England and
   * Wales", "acting director of the Centers for Disease Control and Prevention", "secretary of the
   * city's welfare and health department": only inside the post's complement, after "of",
   * "for" and the like, and only nouns and adjectives after "and", no plural common noun, no
   * person's name, no verb; else {@code role} as it is.
   */
  private static Phrase withCoordination(List<CoreLabel> tokens, Phrase role) {
    int from = role.end();
    if (from + 2 >= tokens.size() || !NewsTokens.lower(tokens.get(from)).equals("and")) {
      return role;
    }
    // only inside the post's complement: "the mayor and councillors", "the chairman and fans"
    // are a list of whom the sentence names with the name
    boolean complement = false;
    for (int j = role.begin() + 1; j < from; j++) {
      complement |= NewsTokens.preposition(tokens.get(j));
    }
    if (!complement) {
      return role;
    }
    int k = from + 1;
    while (k < tokens.size() && k <= from + COORDINATED_WORDS) {
      CoreLabel t = tokens.get(k);
      if (t.word().equals(",") || endsSentence(tokens, k)) {
        return k > from + 1 ? new Phrase(role.sentence(), role.begin(), k, Kind.DESCRIPTION) : role;
      }
      // a plural common noun is more people ("and staff", "and board members")
      if (!nounOrAdjective(t) || "NNS".equals(t.tag()) || NewsTokens.person(t)) {
        return role;
      }
      k++;
    }
    return role;
  }

  /** The most words one more noun phrase joined to a role by "and" may take, to its comma. */
  private static final int JOINED_WORDS = 16;

  /**
   * Whether "and" right after role {@code role} joins one more noun phrase, no role, that runs to
   * a comma ("X, editor of the Wessex Herald and a leading voice of its readers,"): what else
   * the name is, the role still theirs. The phrase after "and" opens with "a", "an" or no
   * determiner ("the council" may be a list's next item), its head is a singular common noun and
   * no name, and no verb or relative stands before the comma. Not after a relative
   * ("Tom Hale, his wife and a son, Dan,": each is the name after them).
   */
  private static boolean joinedToWhatElse(List<CoreLabel> tokens, Phrase role) {
    int from = role.end();
    if (from + 2 >= tokens.size() || !NewsTokens.lower(tokens.get(from)).equals("and")
        || "PRP$".equals(tokens.get(role.begin()).tag())) {
      return false;
    }
    int k = from + 1;
    if (A_OR_AN.contains(NewsTokens.lower(tokens.get(k)))) {
      k++;
    }
    int head = -1;
    boolean complement = false;
    for (; k < tokens.size() && k <= from + JOINED_WORDS; k++) {
      CoreLabel t = tokens.get(k);
      String tag = t.tag() == null ? "" : t.tag();
      if (t.word().equals(",")) {
        // "a son, Dan,": the next name's
        return head >= 0 && !(k + 1 < tokens.size() && NewsTokens.person(tokens.get(k + 1)));
      }
      if (NewsTokens.finite(t) || tag.startsWith("W") || NewsTokens.punctuation(t) && !"HYPH".equals(tag)
          && !"POS".equals(tag)) {
        return false;
      }
      if (NewsTokens.preposition(t)) {
        complement |= head >= 0;
        if (head < 0) {
          return false;
        }
      } else if (!complement) {
        if (NewsTokens.person(t) || !(tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("CD")
            || tag.equals("VBG") || tag.equals("VBN") || tag.equals("RBS") || tag.equals("HYPH"))) {
          return false;
        }
        head = tag.equals("NN") && lowerCase(t) && !NewsTokens.kin(t) ? k : tag.startsWith("NN") ? -1 : head;
      }
    }
    return false;
  }

  /**
   * Whether "and" at token {@code from} joins another organisation that runs to a comma ("X, head
   * of the Media Research Center and ForAmerica,"): the role heads both.
   */
  private static boolean anotherOrganisation(List<CoreLabel> tokens, int from) {
    if (!tokens.get(from).word().equals("and")) {
      return false;
    }
    int k = from + 1;
    if (k < tokens.size() && "DT".equals(tokens.get(k).tag())) {
      k++;
    }
    int name = k;
    while (k < tokens.size() && "ORGANIZATION".equals(tokens.get(k).ner())) {
      k++;
    }
    return k > name && k < tokens.size() && tokens.get(k).word().equals(",");
  }

  /** The first token from {@code start} past adverbs of time: "X, then the deputy adviser,". */
  private static int pastTimeAdverbs(List<CoreLabel> tokens, int start) {
    int k = start;
    while (k < tokens.size() && TIME_ADVERBS.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
      k++;
    }
    return k;
  }

  /**
   * Whether a phrase of when or in what circumstance starting at token {@code from} runs to a
   * comma: "X, a member of the board for 20 years, said" has the role without how long.
   */
  private static boolean commaAfterCircumstance(List<CoreLabel> tokens, Phrases phrases, int from) {
    int after = phrases.afterCircumstance(from);
    return after > 0 && after < tokens.size() && tokens.get(after).word().equals(",");
  }

  /**
   * Whether the name ending at {@code end} follows another name and a comma: in a list of names
   * ("A, B, C, the mayor have nothing on her") what follows the next comma is the next item.
   */
  private static boolean listed(List<CoreLabel> tokens, int end) {
    int begin = nameBegin(tokens, end);
    return begin >= 2 && tokens.get(begin - 1).word().equals(",")
        && NewsTokens.person(tokens.get(begin - 2));
  }

  /**
   * True when a description after a name and a comma is the subject of the verb that follows it,
   * in a clause of its own, not the name's appositive: "Speaking to host Jane Doe, the governor
   * said", "'…,' said Jane Doe, the governor added". A role comes from the name's own phrase, never
   * across a clause boundary (PeopleAndQuotesTest#aRoleNeverComesFromTheNextClause). Where the name
   * opens its clause ("Jane Doe, the show's host told viewers"), a missing comma is likelier: the
   * name would have no verb of its own.
   */
  public static boolean subjectOfNextClause(List<CoreLabel> tokens, int nameBegin, Phrase description) {
    if (description.end() >= tokens.size() || !NewsTokens.verb(tokens.get(description.end()))) {
      return false;
    }
    for (int k = nameBegin - 1; k >= 0 && !NewsTokens.punctuation(tokens.get(k)); k--) {
      if (NewsTokens.verb(tokens.get(k)) || NewsTokens.preposition(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** The first token of the name, with its title, whose last token is {@code end - 1}. */
  public static int nameBegin(List<CoreLabel> tokens, int end) {
    int b = end - 1;
    while (b > 0 && (NewsTokens.person(tokens.get(b - 1)) || NewsTokens.honorific(tokens.get(b - 1)))) {
      b--;
    }
    return b;
  }

  /** "his Ruritanian counterpart, X, said": a description between commas before the name. */
  private static Optional<Phrase> appositiveBefore(
      int sentence, List<CoreLabel> tokens, int named, int end) {
    // "the moderator, Wessex News' Ann Hale,": past the organisation whose the name is; "its
    // director general, Dr Ann Hale,": past an honorific
    int begin = beforeOwner(tokens, beforeHonorifics(tokens, named));
    // "The 30-year-old student, who has been named only as Mr Bao,": the name the description
    // is given
    begin = pastNamedAs(tokens, begin);
    // the name closes with a comma, or ends the sentence: "said a harbour spokesman, Tom Lee.";
    // a lawmaker's state may stand between: "the minority leader, Tom Hale of Ohio,"
    int close = ofPlace(tokens, end);
    if (begin < 2 || !tokens.get(begin - 1).word().equals(",")
        || close < tokens.size() && !tokens.get(close).word().equals(",")
            && !tokens.get(close).word().equals(";") && !endsSentence(tokens, close)
        // "praised by the chairman, Tom Hale, Ann Cole and Dan Reyes": a list, not an apposition
        // (", Mrs Ann Cole and …" too)
        || close + 1 < tokens.size() && NewsTokens.person(tokens.get(pastHonorifics(tokens, close + 1)))) {
      return Optional.empty();
    }
    // The description must open its own phrase: after a preposition or a verb other than a speech
    // verb it is that word's object, in a clause of its own ("After meeting the governor, Jane
    // Doe, 45, said"), not the name's appositive ("said his counterpart, X,").
    Phrases phrases = new Phrases(sentence, tokens);
    // "the spokesman for the council at the time, X,": the role, without when
    int last = beforeParticiple(tokens, beforeCircumstance(phrases, begin - 1), begin - 1);
    Optional<Phrase> own = phrases.endingAt(last);
    if (own.filter(p -> p.kind() == Kind.DESCRIPTION).isEmpty() && !someoneAt(tokens.get(begin - 2))) {
      // "The businessman who had served as Hale's liaison to the council, Tom Lund,": the name
      // is the description's the relative clause tells of
      int relative = beforeRelative(tokens, begin - 1);
      Optional<Phrase> described = relative >= 0 ? phrases.endingAt(relative) : Optional.empty();
      // not a description set off itself, another name's ("Tom Lund, the lawyer who …, Ann Hale,")
      if (described.isPresent() && (described.get().begin() == 0
          || !tokens.get(described.get().begin() - 1).word().equals(","))) {
        last = relative;
        own = described;
      }
    }
    Optional<Phrase> carried = phrases.carriedBack(last);
    // "the wife of the senator, Ann Cole,": the whole description, not the senator in it
    // ("Lawyers for the defendant, Tom Lund,": several are no one person, the name is the defendant's)
    boolean whole = carried.isPresent() && own.isPresent() && carried.get().begin() < own.get().begin()
        && !plural(tokens, carried.get());
    return (whole ? carried : own.or(() -> carried))
        .filter(p -> p.kind() == Kind.DESCRIPTION)
        .filter(p -> p.begin() == 0 || !NewsTokens.preposition(tokens.get(p.begin() - 1))
            && !(NewsTokens.verb(tokens.get(p.begin() - 1)) && !NewsTokens.speechVerb(tokens, p.begin() - 1))
            || afterVerbsPreposition(tokens, p.begin() - 1)
            || ofNoOne(tokens, p.begin() - 1) && !plural(tokens, p));
  }

  /** Words that give a description its name: ", who has been named only as", ", named as". */
  private static final Pattern NAMED_AS = Pattern.compile("(?i)^, (?:who (?:has been|have been|had"
      + " been|was|is) )?(?:named|identified)(?: (?:only|locally|publicly|formally|officially))? as$");

  /**
   * Where the name at {@code begin} follows words that name the description before them
   * (", who has been named only as"), the token after the comma those words open, as if the
   * name stood there; else {@code begin}.
   */
  public static int pastNamedAs(List<CoreLabel> tokens, int begin) {
    for (int k = begin - 2; k >= 0 && k >= begin - 8; k--) {
      if (tokens.get(k).word().equals(",")) {
        StringBuilder words = new StringBuilder(",");
        for (int j = k + 1; j < begin; j++) {
          words.append(' ').append(tokens.get(j).word());
        }
        return NAMED_AS.matcher(words).matches() ? k + 1 : begin;
      }
    }
    return begin;
  }

  /**
   * Whether the preposition at {@code k} ("of", "for", "to") follows a noun the name cannot stand
   * beside: a plural ("Spokesmen for the district attorney, Ann Hale,") or a body or place
   * ("the office of the mayor, Tom Lund,"). The name is then the description's, the nearest
   * one it can be; "a spokesman for the mayor, Tom Lund," is the spokesman's.
   */
  private static boolean ofNoOne(List<CoreLabel> tokens, int k) {
    if (k < 1 || !OF_FOR_TO.contains(NewsTokens.lower(tokens.get(k)))) {
      return false;
    }
    CoreLabel before = tokens.get(k - 1);
    String tag = before.tag() == null ? "" : before.tag();
    return ("NNS".equals(tag) || "NNPS".equals(tag)) && !NewsTokens.person(before)
        || NO_ONE.contains(NewsTokens.lower(before));
  }

  private static final Set<String> OF_FOR_TO = Set.of("of", "for", "to");
  /** Nouns for a body or a place someone has, not a person: "the office of the mayor". */
  private static final Set<String> NO_ONE = Set.of("office", "offices", "campaign", "administration",
      "department", "agency", "staff", "home", "house", "residence", "headquarters", "team");

  /**
   * Whether {@code t} is a noun for someone ("the defendant", "the victim", "the child"), whom a
   * name set beside the phrase it ends may be.
   */
  static boolean someoneAt(CoreLabel t) {
    return NewsTokens.roleNoun(t) || NewsTokens.plainPerson(t) || NewsTokens.relation(t)
        || SOMEONE.contains(NewsTokens.lower(t));
  }

  /** Nouns for someone that are neither posts nor plain people: "the patient", "the killer". */
  private static final Set<String> SOMEONE = Set.of("patient", "child", "kid", "baby", "infant",
      "toddler", "killer", "suspect", "defendant", "plaintiff", "student", "pupil", "worker",
      "customer", "client", "inmate", "prisoner", "soldier", "officer", "resident", "voter",
      "friend", "neighbor", "neighbour", "person", "survivor", "witness", "attacker", "shooter");

  /** The most words a relative clause between a description and its name may take. */
  static final int RELATIVE_WORDS = 14;

  /**
   * Where a relative clause on a person ("who had served as Hale's liaison to the council") runs
   * to the comma {@code comma} with no other comma or name in it but in the possessive, the token
   * before "who"; else -1.
   */
  private static int beforeRelative(List<CoreLabel> tokens, int comma) {
    for (int k = comma - 1; k > 0 && k >= comma - RELATIVE_WORDS; k--) {
      if (NewsTokens.lower(tokens.get(k)).equals("who")) {
        return k + 1 < comma ? k - 1 : -1;
      }
      if (endsRelative(tokens, k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether token {@code k} cannot stand inside a relative clause on someone a name is set beside:
   * a mark other than a possessive's or a hyphen, or a name not in the possessive ("who attacked
   * Sen. Tom Lund, Rick Reyes,": the name may be the one attacked).
   */
  static boolean endsRelative(List<CoreLabel> tokens, int k) {
    CoreLabel t = tokens.get(k);
    boolean possessive = k + 1 < tokens.size() && "POS".equals(tokens.get(k + 1).tag());
    return NewsTokens.punctuation(t) && !"POS".equals(t.tag()) && !"HYPH".equals(t.tag())
        || NewsTokens.person(t) && !possessive;
  }

  /**
   * Past "of" and a capitalised place right after a name ending before {@code end} ("Hale of
   * Ohio"), the token after the place; else {@code end}.
   */
  private static int ofPlace(List<CoreLabel> tokens, int end) {
    if (end + 1 >= tokens.size() || !tokens.get(end).word().equals("of")
        || !NewsTokens.place(tokens.get(end + 1))) {
      return end;
    }
    int k = end + 1;
    while (k < tokens.size() && NewsTokens.place(tokens.get(k))) {
      k++;
    }
    return k;
  }

  /**
   * Whether the preposition at {@code k} follows a verb of its clause ("delivered to the majority
   * leader, X,", "mentioned on the floor by the minority leader, X,"): the description is the
   * verb's, and the name set beside it; a preposition opening its clause ("After meeting the
   * governor, X said") brings in a phrase the name does not stand beside.
   */
  private static boolean afterVerbsPreposition(List<CoreLabel> tokens, int k) {
    if (!NewsTokens.preposition(tokens.get(k))) {
      return false;
    }
    for (int j = k - 1; j >= 0 && !NewsTokens.punctuation(tokens.get(j)); j--) {
      if (NewsTokens.verb(tokens.get(j)) && !NewsTokens.auxiliary(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** The most words a participle's phrase between a description and its name may take. */
  private static final int PARTICIPLE_WORDS = 8;

  /**
   * Where a participle's phrase that names no one ends at the comma {@code comma} ("The federal
   * judge overseeing the case, Ann Brand,"), the token before the participle, so the description
   * is the noun phrase without it; else {@code last}, the token before the comma or before a
   * phrase of when.
   */
  private static int beforeParticiple(List<CoreLabel> tokens, int last, int comma) {
    if (last != comma - 1) {
      return last;
    }
    for (int q = comma - 1; q > 0 && q >= comma - PARTICIPLE_WORDS; q--) {
      if (participlePhraseEnd(tokens, q) == comma) {
        return q - 1;
      }
    }
    return last;
  }

  /**
   * Where a participle at token {@code from} opens a short phrase that runs to a comma and names
   * no one ("overseeing the case,", "charged with the inquiry,"), that comma; else -1. A phrase
   * naming someone ("representing the governor, Ann Cole,") may have the name beside its object.
   */
  public static int participlePhraseEnd(List<CoreLabel> tokens, int from) {
    if (from >= tokens.size() || !"VBG".equals(tokens.get(from).tag()) && !"VBN".equals(tokens.get(from).tag())) {
      return -1;
    }
    for (int k = from + 1; k < tokens.size() && k <= from + PARTICIPLE_WORDS; k++) {
      CoreLabel t = tokens.get(k);
      String tag = t.tag() == null ? "" : t.tag();
      if (t.word().equals(",")) {
        return k;
      }
      if (NewsTokens.person(t) || NewsTokens.roleNoun(t) || NewsTokens.personalPronoun(t)
          || NewsTokens.finite(t) || tag.startsWith("W")
          || NewsTokens.punctuation(t) && !"HYPH".equals(tag) && !"POS".equals(tag)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The token before a phrase of when or in what circumstance that ends at the comma {@code comma}
   * ("the spokesman for the council at the time,"), else the token before the comma.
   */
  private static int beforeCircumstance(Phrases phrases, int comma) {
    for (int k = comma - 2; k > 0 && k >= comma - 7; k--) {
      if (phrases.afterCircumstance(k) == comma) {
        return k - 1;
      }
    }
    return comma - 1;
  }

  /** True when token {@code k} may stand in a title before the name that starts at {@code name}. */
  private static boolean titleWord(List<CoreLabel> tokens, int k, int name) {
    CoreLabel t = tokens.get(k);
    if (infinitive(tokens, k)) {
      return false; // "to finish Senator X's term": a verb, whatever the tagger made of it
    }
    boolean verb = t.tag() != null && t.tag().startsWith("VB");
    // "White House economic adviser": the tagger may take an institution's building for a place
    if (!verb && (NewsTokens.ROLE_TAGS.contains(t.ner()) || NewsTokens.countryForm(t)
        || NewsTokens.roleNoun(t)
        || (NewsTokens.titleModifier(t) || "LOCATION".equals(t.ner())) && k + 1 < name)) {
      return true; // a headline's "Says" may be tagged as part of an organisation: never a title
    }
    if (organisationMissed(tokens, k, name)) {
      return true;
    }
    if ("POS".equals(t.tag())) {
      return k > 0 && k + 1 < name;
    }
    if ("HYPH".equals(t.tag())) {
      // "Vice-President", not the dash of a dateline ("WASHINGTON — President X").
      return k > 0 && k + 1 < name && tokens.get(k - 1).endPosition() == t.beginPosition()
          && t.endPosition() == tokens.get(k + 1).beginPosition();
    }
    if (NewsTokens.adjective(t) && !t.word().isEmpty()
        && Character.isLowerCase(t.word().charAt(0))) {
      return k + 1 < name; // "chief" in "Ruritania's chief negotiator"
    }
    // "harbour master Tom Lee": a common noun that qualifies the role noun after it (the tagger
    // takes an unknown noun before a noun for a verb's base form: accept VB and VBP too).
    // A verb's object is no title: "to fire General X" (the role noun is capitalised there).
    // A lower-case noun before a capitalised title is no part of it: "on Sunday evening President
    // X", "flu expert Professor X".
    if (t.tag() != null && (t.tag().startsWith("NN") && !t.tag().startsWith("NNP")
            && !INDEFINITE.contains(t.word().toLowerCase(java.util.Locale.ROOT))
            || t.tag().equals("VB") || t.tag().equals("VBP"))
        && k + 1 < name && NewsTokens.roleNoun(tokens.get(k + 1))
        && (lowerCase(tokens.get(k + 1)) || !lowerCase(t))) {
      return true;
    }
    // "Okafor spokesman Dan Reyes", "Hale Morrow spokesman Dan Reyes": a name that qualifies the
    // role word after it, not the name itself (the tagger may take "White House" for a name too)
    if (!NewsTokens.person(t) || k + 1 >= name) {
      return false;
    }
    int after = k + 1;
    while (after < name && NewsTokens.person(tokens.get(after))) {
      after++;
    }
    return after < name;
  }

  /**
   * Whether token {@code k} is one of two or more capitalised words the tagger named nothing,
   * right before capitalised title words up to the name at {@code name}: an organisation it
   * missed ("Harbour Watch Director X", "Weekly Ledger Editor X"). One word alone may be a day
   * ("On Sunday President X"); a word in "-s" may be a headline's verb ("Mayor Taps …").
   */
  private static boolean organisationMissed(List<CoreLabel> tokens, int k, int name) {
    if (!organisationWord(tokens.get(k))) {
      return false;
    }
    int a = k;
    while (a > 0 && organisationWord(tokens.get(a - 1))) {
      a--;
    }
    int b = k + 1;
    while (b < name && organisationWord(tokens.get(b))) {
      b++;
    }
    if (b - a < 2 || b >= name || !NewsTokens.roleNoun(tokens.get(name - 1))) {
      return false;
    }
    for (int j = b; j < name; j++) {
      if (lowerCase(tokens.get(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code t} may be a word of an organisation's name the tagger missed: a capitalised
   * singular proper noun it tagged as nothing, or as a time ("Weekly"), that is no role word and
   * does not end in a lone "s" (a headline's verb: "Taps", "Names").
   */
  public static boolean organisationWord(CoreLabel t) {
    String w = t.word();
    return "NNP".equals(t.tag()) && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
        && MISSED_TAGS.contains(t.ner()) && !NewsTokens.roleNoun(t) && !NewsTokens.titleModifier(t)
        && !NewsTokens.honorific(t) && !(w.endsWith("s") && !w.endsWith("ss"));
  }

  /** The name tags of a word the tagger named nothing, or took for a time ("Weekly", "Daily"). */
  private static final Set<String> MISSED_TAGS = Set.of("O", "MISC", "SET");

  /**
   * Whether token {@code k} is a lower-case word after "to" and before a capitalised title, so a
   * verb: "to finish Senator X's term", "to succeed Gov. X"; "to harbour master X" is no verb.
   */
  private static boolean infinitive(List<CoreLabel> tokens, int k) {
    CoreLabel t = tokens.get(k);
    return k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).word().equalsIgnoreCase("to")
        && lowerCase(t) && !NewsTokens.roleNoun(t) && !lowerCase(tokens.get(k + 1));
  }

  private static boolean lowerCase(CoreLabel t) {
    return !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0));
  }

  /** A title does not start with a possessive, a hyphen or a lower-case adjective alone. */
  private static boolean leading(CoreLabel t) {
    return !"POS".equals(t.tag()) && !"HYPH".equals(t.tag());
  }

  /**
   * Whether description {@code p}'s head noun, its last word before a preposition, is plural:
   * "Obama, lawmakers want …" lists two, it gives no role.
   */
  public static boolean plural(List<CoreLabel> tokens, Phrase p) {
    String tag = tokens.get(head(tokens, p)).tag();
    return "NNS".equals(tag) || "NNPS".equals(tag);
  }

  /** The head noun of description {@code p}: its last word before a preposition. */
  public static int head(List<CoreLabel> tokens, Phrase p) {
    for (int k = p.begin() + 1; k < p.end(); k++) {
      // "at" in "sergeant-at-arms" may be tagged a noun: the role is the sergeant
      if (NewsTokens.preposition(tokens.get(k))
          || "-".equals(tokens.get(k - 1).word()) && NewsTokens.compoundLink(tokens.get(k))) {
        return k - 1;
      }
    }
    return p.end() - 1;
  }

  /** True where token {@code k} is the sentence's closing stop, with nothing but quote marks after it. */
  private static boolean endsSentence(List<CoreLabel> tokens, int k) {
    if (!STOPS.contains(tokens.get(k).word())) {
      return false;
    }
    for (int j = k + 1; j < tokens.size(); j++) {
      if (!"''".equals(tokens.get(j).tag())) {
        return false;
      }
    }
    return true;
  }

  /**
   * True where token {@code t} may close a description after a name: a comma, a stop, a verb, a
   * relative pronoun, or the brackets of a party and state ("spokesman for X (R-Ohio), said").
   */
  private static boolean closes(CoreLabel t) {
    return t.word().equals(",") || t.word().equals(".") || t.word().equals(";") || t.word().equals("(")
        || t.word().equals("-LRB-") || NewsTokens.verb(t)
        || "WP".equals(t.tag()) || "WDT".equals(t.tag());
  }
}
