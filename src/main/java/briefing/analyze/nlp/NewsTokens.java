package briefing.analyze.nlp;

import briefing.text.FunctionWords;
import briefing.text.Kin;
import briefing.text.PlainPeople;
import briefing.text.Relations;
import briefing.text.ShortTitles;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the people and quote rules need to know about single tokens: English news conventions. */
public final class NewsTokens {
  /** Verbs that report speech or writing, as lemmas: "X said", "told", "tweeted", "added". */
  private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "state", "warn",
      "stress", "note", "write", "tweet", "ask", "insist", "declare", "argue", "respond", "reply",
      "explain", "announce", "claim", "confirm", "acknowledge", "emphasize", "emphasise",
      "reiterate", "recall", "complain", "concede", "admit", "caution", "predict", "post",
      "continue", "conclude", "quip", "remark", "observe", "counter", "testify", "vow", "pledge",
      "demand", "shout", "yell", "scream", "exclaim", "whisper", "retort", "boast", "joke",
      "contend", "assert", "muse");
  /**
   * Verbs that report speech with a particle after them: an answer with "back" ("shot back",
   * "fired back", "hit back"), "pointed out", "chimed in".
   */
  private static final Map<String, String> PARTICLE_SPEECH = Map.of("shoot", "back", "fire", "back",
      "hit", "back", "snap", "back", "push", "back", "strike", "back", "point", "out", "chime", "in");
  /** Nouns that name a person by what they do: "spokesperson", "minister", "officials". */
  private static final Set<String> ROLE_NOUNS = Set.of("spokesperson", "spokesman", "spokeswoman",
      "official", "minister", "secretary", "president", "diplomat", "ambassador", "negotiator",
      "envoy", "adviser", "advisor", "aide", "analyst", "officer", "lawmaker", "senator", "chief",
      "head", "leader", "director", "commander", "counterpart", "chancellor", "premier",
      "governor", "mayor", "general", "representative", "delegate", "deputy", "expert", "source",
      "prosecutor", "judge", "chairman", "chairwoman", "chair", "king", "queen", "member",
      "lawyer", "attorney", "economist", "researcher", "master", "manager", "owner", "resident",
      "witness", "worker", "captain", "professor", "doctor", "nurse", "teacher", "activist",
      "candidate", "executive", "founder", "editor", "inspector", "engineer", "pilot",
      "scientist", "historian", "campaigner", "organiser", "organizer", "coach", "monitor",
      "justice", "whip", "speaker", "congressman", "congresswoman", "host", "anchor", "student",
      "author", "novelist", "commentator", "columnist", "correspondent", "strategist", "nominee",
      "consultant", "counsel", "commissioner", "superintendent", "sheriff", "admiral", "colonel",
      "lieutenant", "sergeant", "ceo", "challenger", "incumbent", "novice", "newcomer",
      "frontrunner", "front-runner", "person", "operative", "staffer", "lobbyist", "pollster",
      "donor", "supporter", "voter", "protester", "demonstrator", "investigator", "detective",
      "trooper", "insider", "tycoon", "magnate", "mogul",
      "billionaire", "millionaire", "strongman", "dictator", "businessman", "businesswoman",
      "entrepreneur", "financier", "banker", "investor", "philanthropist", "actor", "actress",
      "singer", "musician", "rapper", "comedian", "celebrity", "blogger", "pundit", "preacher",
      "evangelist", "televangelist", "hopeful", "defendant", "plaintiff", "suspect", "ally",
      "critic", "rival", "contributor", "reporter", "journalist", "producer", "publisher",
      "writer", "physician", "surgeon", "pastor", "priest", "bishop", "archbishop", "rabbi", "imam",
      "cleric", "cardinal", "chaplain", "soldier", "veteran", "firefighter", "policeman",
      "policewoman", "clerk", "treasurer", "comptroller", "administrator",
      "coordinator", "trustee", "scholar", "lecturer", "dean", "provost", "councilman",
      "councilwoman", "councillor", "councilor", "alderman", "assemblyman", "assemblywoman",
      "legislator", "consul", "physicist", "epidemiologist", "psychologist", "psychiatrist",
      "sociologist", "artist", "photographer", "filmmaker", "playwright", "poet",
      "athlete", "quarterback", "referee", "farmer", "rancher", "contractor",
      "accountant", "ethicist", "theologian", "moderator", "prince", "princess", "sheikh",
      "monarch", "emperor", "pope", "ayatollah");
  /** Capitalised words that qualify a title before a name: "Senate Majority Leader", "National Security Adviser". */
  private static final Set<String> TITLE_MODIFIERS = Set.of("majority", "minority", "national",
      "security", "deputy", "vice", "chief", "attorney", "general", "press", "foreign", "defense",
      "defence", "home", "interior", "supreme", "court", "senate", "house", "assistant",
      "associate", "executive", "managing", "acting", "former", "first", "prime", "lieutenant",
      "democratic", "republican", "federal", "district", "appeals", "circuit", "homeland",
      "labor", "treasury", "commerce", "energy", "education", "health", "army", "navy", "joint",
      "chiefs", "staff", "state", "special", "senior", "principal");
  /** Titles of address, which are part of neither the name nor the role. */
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame");
  /** Name-tag classes a role may carry ("Ruritanian Deputy Foreign Minister", "State Department"). */
  public static final Set<String> ROLE_TAGS =
      Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION", "STATE_OR_PROVINCE");

  private NewsTokens() {}

  /** The token's word in lower case. */
  public static String lower(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /** The token's lemma in lower case, or its word where the tagger gave none. */
  public static String lemma(CoreLabel t) {
    return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
  }

  /** The name tags of a place: "Ohio" in "Tom Hale of Ohio", "Arizona" in "Governor of Arizona". */
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "STATE_OR_PROVINCE", "CITY", "COUNTRY");

  /** Whether the tagger names {@code t} as (part of) a place. */
  public static boolean place(CoreLabel t) {
    return PLACE_TAGS.contains(t.ner());
  }

  /** The tags of a verb in the past or present, or a modal: a clause's finite verb. */
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

  /** Whether {@code t} is a finite verb: "said", "says", "say", "will". */
  public static boolean finite(CoreLabel t) {
    return FINITE_TAGS.contains(t.tag());
  }

  /**
   * Whether {@code t} is a country's short form the three-class tagger took for a mere place
   * ("U.S." tagged LOCATION in "the top U.S. trade negotiator", "U.S. President X").
   */
  public static boolean countryForm(CoreLabel t) {
    return "LOCATION".equals(t.ner()) && briefing.text.Countries.of(t.word()) != null;
  }

  public static boolean person(CoreLabel t) {
    return "PERSON".equals(t.ner());
  }

  public static boolean honorific(CoreLabel t) {
    return HONORIFICS.contains(lower(t));
  }

  /** True for "he" and "she": the pronouns the rules resolve to one earlier named person. */
  static boolean personalPronoun(CoreLabel t) {
    String w = lower(t);
    return w.equals("he") || w.equals("she");
  }

  /** The words that link a role written as one hyphenated word: "sergeant-at-arms", "editor-in-chief". */
  private static final Set<String> COMPOUND_LINKS = Set.of("at", "in", "of");
  /** Two words written as one with a hyphen: "director-general". */
  private static final Pattern HYPHENATED_POST = Pattern.compile("\\p{L}+-\\p{L}+");
  /** A role written as one hyphenated word, kept whole by the tokenizer. */
  private static final Pattern COMPOUND = Pattern.compile(
      "(\\p{L}+)-(?:" + String.join("|", COMPOUND_LINKS.stream().sorted().toList()) + ")-\\p{L}+");

  /**
   * A noun naming someone by role: from the list, or tagged TITLE by CoreNLP; never a plain noun
   * for a person ("woman" in "Ann Cole, a 21-year-old woman," is no role of hers).
   */
  public static boolean roleNoun(CoreLabel t) {
    if (capitalisedTitle(t) || hyphenatedPost(t)) {
      return true;
    }
    if (t.tag() == null || !t.tag().startsWith("NN") || PlainPeople.noun(t.word())) {
      return false;
    }
    String word = lower(t);
    String undotted = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    // a title written short, with its full stop or without: "Sen.", "Gov", "Reps." (ShortTitles)
    Matcher compound = COMPOUND.matcher(word);
    // a capitalised plural keeps its own lemma: "Senators John Reed and Ann Cole"
    return listedRoleNoun(t) || ROLE_NOUNS.contains(undotted)
        || "NNPS".equals(t.tag()) && ROLE_NOUNS.contains(FunctionWords.singular(undotted))
        || compound.matches() && ROLE_NOUNS.contains(compound.group(1))
        // a post held before: "the ex-congressman"
        || word.startsWith("ex-") && ROLE_NOUNS.contains(word.substring(3))
        || ShortTitles.writtenOut(undotted).isPresent()
        || ("TITLE".equals(t.ner()) && !person(t));
  }

  /**
   * Two posts' words written as one, which the tagger may read as an adjective: "director-general",
   * "secretary-general".
   */
  private static boolean hyphenatedPost(CoreLabel t) {
    String word = lower(t);
    String tag = t.tag() == null ? "" : t.tag();
    int hyphen = word.indexOf('-');
    return (tag.startsWith("NN") || tag.equals("JJ")) && HYPHENATED_POST.matcher(word).matches()
        && ROLE_NOUNS.contains(word.substring(0, hyphen)) && ROLE_NOUNS.contains(word.substring(hyphen + 1));
  }

  /**
   * Whether token {@code i} is "general" closing a post after its role noun, which the tagger
   * may read as an adjective: "the director general", "the secretary general", "the
   * director-general".
   */
  public static boolean generalAfterPost(List<CoreLabel> tokens, int i) {
    if (i < 1 || !lower(tokens.get(i)).equals("general")) {
      return false;
    }
    // "director-general", split at its hyphen
    int post = i >= 2 && tokens.get(i - 1).word().equals("-") ? i - 2 : i - 1;
    return roleNoun(tokens.get(post));
  }

  /**
   * A capitalised noun of the list that the tagger took for an adjective, as it does with an
   * unknown word opening a sentence: "Historian Ann Hale told …".
   */
  private static boolean capitalisedTitle(CoreLabel t) {
    return "JJ".equals(t.tag()) && "TITLE".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0))
        && ROLE_NOUNS.contains(lower(t));
  }

  /** Whether {@code t} links the parts of a role written as one hyphenated word ("at" in "sergeant-at-arms"). */
  public static boolean compoundLink(CoreLabel t) {
    return COMPOUND_LINKS.contains(lower(t));
  }

  /**
   * A noun from the list of nouns that name people by what they do ({@link #roleNoun} without
   * what the tagger alone marks as a title: it takes "heater" and "boiler" for titles).
   */
  public static boolean listedRoleNoun(CoreLabel t) {
    if (t.tag() == null || !t.tag().startsWith("NN")) {
      return false;
    }
    String lemma = lemma(t);
    return ROLE_NOUNS.contains(lemma) || ROLE_NOUNS.contains(lower(t)) || Kin.noun(lemma)
        || Kin.noun(t.word());
  }

  /**
   * Whether {@code t} is a singular noun for someone by who they stand to ("client", "friend"),
   * a person only where a person's possessive determines it ({@code Phrases}): "his client", not
   * "its client" (a firm's may be a firm) nor "the client list".
   */
  public static boolean relation(CoreLabel t) {
    return "NN".equals(t.tag()) && Relations.noun(t.word());
  }

  /**
   * Whether {@code t} is a singular plain noun for a person, written in lower case ("man" in "the
   * young man said"; {@link PlainPeople}): not "Man" in "the Man Booker prize" nor "Iron Man",
   * nor a group ("the men").
   */
  public static boolean plainPerson(CoreLabel t) {
    return "NN".equals(t.tag()) && !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))
        && PlainPeople.noun(t.word());
  }

  /** Whether the tokens from {@code k} are {@code words}, in lower case: "close", "to". */
  public static boolean wordsAt(List<CoreLabel> tokens, int k, List<String> words) {
    if (k < 0 || k + words.size() > tokens.size()) {
      return false;
    }
    for (int w = 0; w < words.size(); w++) {
      if (!lower(tokens.get(k + w)).equals(words.get(w))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code t} is tagged an adjective: "former", "longtime", "closest". */
  public static boolean adjective(CoreLabel t) {
    return t.tag() != null && t.tag().startsWith("JJ");
  }

  /** Whether {@code t} is a noun of kin ("wife", "Sister"). */
  public static boolean kin(CoreLabel t) {
    return Kin.noun(t.word());
  }

  /** A capitalised word that qualifies a title ("Majority" in "Senate Majority Leader"), or a party. */
  public static boolean titleModifier(CoreLabel t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
        && (TITLE_MODIFIERS.contains(lower(t)) || "IDEOLOGY".equals(t.ner()));
  }

  /**
   * True when token {@code i} reports speech: a speech verb, or "according" before "to". A verb
   * with its particle reports speech only beside a quotation ({@link #particleSpeech}).
   */
  public static boolean speechVerb(List<CoreLabel> tokens, int i) {
    CoreLabel t = tokens.get(i);
    if (lower(t).equals("according")) {
      return i + 1 < tokens.size() && lower(tokens.get(i + 1)).equals("to");
    }
    String lemma = lemma(t);
    return t.tag() != null && t.tag().startsWith("VB") && SPEECH_VERBS.contains(lemma)
        || misreadSpeechVerb(tokens, i);
  }

  /** The first token from {@code i} on that is no adverb: "Lund also hammered" past "also". */
  public static int pastAdverbs(List<CoreLabel> tokens, int i) {
    int k = i;
    while (k < tokens.size() && "RB".equals(tokens.get(k).tag())) {
      k++;
    }
    return k;
  }

  /**
   * True when token {@code i} is a verb that reports speech with its particle right after it
   * ("shot back", "pointed out", "chimed in"): only beside a quotation, since "struck back with
   * a header" and "pushed back the trial" say nothing.
   */
  public static boolean particleSpeech(List<CoreLabel> tokens, int i) {
    CoreLabel t = tokens.get(i);
    String particle = PARTICLE_SPEECH.get(lemma(t));
    return particle != null && t.tag() != null && t.tag().startsWith("VB") && i + 1 < tokens.size()
        && lower(tokens.get(i + 1)).equals(particle);
  }

  /**
   * Whether token {@code i}, tagged a plural noun, is a speech verb in the present the tagger
   * misread after a quotation and who speaks ("'Who are you?' the seven-term congressman
   * demands.", "'…,' the mayor notes."): it ends the sentence or clause, and the words before it,
   * a singular noun last, run back to the quotation mark.
   */
  private static boolean misreadSpeechVerb(List<CoreLabel> tokens, int i) {
    CoreLabel t = tokens.get(i);
    if (!"NNS".equals(t.tag()) || !SPEECH_VERBS.contains(lemma(t)) || i < 2
        || i + 1 < tokens.size() && !punctuation(tokens.get(i + 1))) {
      return false;
    }
    // a noun for people by what they do, or a name: not a thing that "demands" ("the flyer")
    CoreLabel last = tokens.get(i - 1);
    if (!"NN".equals(last.tag()) && !"NNP".equals(last.tag())
        || "NN".equals(last.tag()) && !listedRoleNoun(last) && !relation(last)) {
      return false;
    }
    int k = i - 1;
    while (k >= 0 && SPEAKER_TAGS.contains(tokens.get(k).tag())) {
      k--;
    }
    // the tagger may take a closing mark after a comma for an opening one: '"We will win," the'
    return k >= 0 && (closingQuote(tokens.get(k)) || openingQuote(tokens.get(k)));
  }

  /** The tags of the words of who speaks after a quotation: "the seven-term congressman". */
  private static final Set<String> SPEAKER_TAGS = Set.of("DT", "PRP$", "JJ", "NN", "NNP", "CD",
      "HYPH", "POS");

  /** Words that may stand between a speaker and the speech verb: "was quoted as saying". */
  static boolean auxiliary(CoreLabel t) {
    String w = lower(t);
    String tag = t.tag() == null ? "" : t.tag();
    return tag.equals("RB") || tag.equals("MD") || w.equals("quoted") || w.equals("as")
        || Set.of("was", "were", "is", "are", "has", "have", "had", "be", "been", "will",
            "would", "do", "does", "did").contains(w);
  }

  public static boolean verb(CoreLabel t) {
    return t.tag() != null && (t.tag().startsWith("VB") || t.tag().equals("MD"));
  }

  public static boolean preposition(CoreLabel t) {
    return t.tag() != null && (t.tag().equals("IN") || t.tag().equals("TO"));
  }

  public static boolean punctuation(CoreLabel t) {
    return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
  }

  public static boolean openingQuote(CoreLabel t) {
    return "``".equals(t.tag());
  }

  public static boolean closingQuote(CoreLabel t) {
    return "''".equals(t.tag());
  }
}
