package briefing.analyze.nlp;

import briefing.analyze.nlp.Phrase.Kind;
import briefing.text.Parties;
import briefing.text.UsStates;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the phrase that names someone at a place in a sentence's tokens. */
public final class Phrases {
  /** Prepositions that may carry a description on ("a spokesperson for the Council", "an aide to the mayor"). */
  private static final Set<String> CARRYING = Set.of("for", "of", "at", "in", "to", "from", "with");
  /** Words that may join a speaker to a later speech verb: "X said, but added", "X, who said". */
  private static final Set<String> LINKS = Set.of(",", "but", "and", "then", "who", "later", "also");

  /** Conjunctions of time between a comma and a participle: ", before adding". */
  private static final Set<String> BEFORE_PARTICIPLE = Set.of("before", "after", "while");

  /** Adverbs that may stand between a speaker and the speech verb: "then tells", "also said". */
  private static final Set<String> SEQUENCE = Set.of("then", "later", "also");

  /** Marks that set an aside off: commas and dashes. */
  private static final Set<String> ASIDE_MARKS = Set.of(",", "--", "-", "–", "—");
  /** Words that open a clause whose subject follows them: "if the governor signs". */
  private static final Set<String> SUBORDINATORS = Set.of("if", "after", "before", "when",
      "while", "because", "since", "as", "although", "though", "unless", "until", "that",
      "whether", "once");

  /** Words that open a relative clause set off as an aside: "the congressman, who …,". */
  private static final Set<String> RELATIVE = Set.of("who", "which");

  /** Verbs that tell how their subject was or stood, not what it did: "was", "seemed", "had". */
  private static final Set<String> STATE_VERBS = Set.of("be", "seem", "appear", "sound", "look",
      "remain", "feel", "become", "have");
  /** Speech verbs with a hearer before the clause they report: "told reporters that …". */
  private static final Set<String> HEARER_VERBS = Set.of("tell", "assure", "warn", "remind", "inform");
  /** The tags of a short hearer: "reporters", "the council", "him". */
  private static final Set<String> HEARER_TAGS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP");

  private final int sentence;
  private final List<CoreLabel> tokens;
  /** Whether a plain noun for a person heads a description too ("the young man"): never a role. */
  private final boolean plainPeople;

  public Phrases(int sentence, List<CoreLabel> tokens) {
    this(sentence, tokens, false);
  }

  private Phrases(int sentence, List<CoreLabel> tokens, boolean plainPeople) {
    this.sentence = sentence;
    this.tokens = tokens;
    this.plainPeople = plainPeople;
  }

  /**
   * The phrases of a sentence where a plain noun for a person heads a description as a role noun
   * does ("the young man said", "said the woman"): for finding people a report does not name,
   * never for reading a named person's role.
   */
  public static Phrases withPlainPeople(int sentence, List<CoreLabel> tokens) {
    return new Phrases(sentence, tokens, true);
  }

  /** Whether {@code t} may head a description: a role noun, or a plain noun where wanted. */
  private boolean headNoun(CoreLabel t) {
    return NewsTokens.roleNoun(t) || plainPeople && NewsTokens.plainPerson(t);
  }

  /** The phrase whose last token is {@code i}, if that token ends a name, pronoun or description. */
  public Optional<Phrase> endingAt(int i) {
    if (i < 0 || i >= tokens.size()) {
      return Optional.empty();
    }
    CoreLabel t = tokens.get(i);
    if (NewsTokens.person(t)) {
      int b = i;
      while (b > 0 && (NewsTokens.person(tokens.get(b - 1)) || NewsTokens.honorific(tokens.get(b - 1)))) {
        b--;
      }
      return Optional.of(new Phrase(sentence, b, i + 1, Kind.NAME));
    }
    if (NewsTokens.personalPronoun(t)) {
      return Optional.of(new Phrase(sentence, i, i + 1, Kind.PRONOUN));
    }
    int one = oneOf(i);
    if (one >= 0) {
      return Optional.of(new Phrase(sentence, one, i + 1, Kind.DESCRIPTION));
    }
    int secondReference = secondReference(i);
    if (secondReference >= 0) {
      return Optional.of(new Phrase(sentence, secondReference, i + 1, Kind.DESCRIPTION));
    }
    int compound = compoundRole(i);
    if (compound >= 0 || headNoun(t) || ownedRelation(i) || NewsTokens.generalAfterPost(tokens, i)) {
      // "the deputy harbour master", "the sergeant-at-arms": its modifiers and determiner
      int b = compound >= 0 ? compound : i;
      // "the jailed activist": a participle before the noun modifies it
      while (b > 0 && (modifier(tokens.get(b - 1)) || participle(tokens.get(b - 1))
          && b - 1 > 0 && determiner(tokens.get(b - 2)))) {
        b--;
      }
      b = joinedAdjectives(b);
      // "the 'Celebrity Apprentice' star": a title in quotation marks qualifies the noun too
      int title = quotedTitleBefore(b);
      if (title >= 0) {
        b = title;
        while (b > 0 && modifier(tokens.get(b - 1))) {
          b--;
        }
      }
      int owner = namedOwner(b, i);
      if (owner > b && commonNounsBefore(b, owner)) {
        return Optional.of(new Phrase(sentence, owner, i + 1, Kind.DESCRIPTION));
      }
      while (b > 0 && determiner(tokens.get(b - 1))) {
        b--;
      }
      return Optional.of(new Phrase(sentence, b, i + 1, Kind.DESCRIPTION));
    }
    if ("ORGANIZATION".equals(t.ner())) {
      int b = i;
      while (b > 0 && "ORGANIZATION".equals(tokens.get(b - 1).ner())) {
        b--;
      }
      while (b > 0 && determiner(tokens.get(b - 1))) {
        b--;
      }
      return Optional.of(new Phrase(sentence, b, i + 1, Kind.ORGANIZATION));
    }
    return Optional.empty();
  }

  /**
   * Where a title in quotation marks, a few capitalised words, ends right before token {@code b}
   * ("the “Celebrity Apprentice” star"), the index of its opening mark; else -1.
   */
  private int quotedTitleBefore(int b) {
    if (b < 3 || !NewsTokens.closingQuote(tokens.get(b - 1))) {
      return -1;
    }
    for (int k = b - 2; k >= Math.max(0, b - 8); k--) {
      CoreLabel t = tokens.get(k);
      if (NewsTokens.openingQuote(t)) {
        return k < b - 2 ? k : -1;
      }
      if (t.word().isEmpty() || !Character.isUpperCase(t.word().codePointAt(0))
          && !TITLE_SMALL_WORDS.contains(t.word())) {
        return -1;
      }
    }
    return -1;
  }

  /** Words a title leaves in lower case: "Meet the Press". */
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "the", "and", "in", "on", "for",
      "to", "a", "&");

  /** The possessive determiners of one person: "his client", "her longtime friend". */
  private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her", "my");

  /**
   * Whether token {@code i} is a noun for someone by who they stand to ({@link
   * NewsTokens#relation}) that one person's possessive determines, past adjectives: "his
   * client", "her longtime friend", "Tom Reyes's colleague". Not "its client", which may be a
   * firm, nor "their friend".
   */
  private boolean ownedRelation(int i) {
    if (!NewsTokens.relation(tokens.get(i))) {
      return false;
    }
    int k = i - 1;
    while (k >= 0 && NewsTokens.adjective(tokens.get(k))) {
      k--;
    }
    return k >= 0 && (PERSONAL_POSSESSIVES.contains(NewsTokens.lower(tokens.get(k)))
        || "POS".equals(tokens.get(k).tag()) && k >= 1 && NewsTokens.person(tokens.get(k - 1)));
  }

  /**
   * Where the adjective at token {@code b} is the last of adjectives joined by "and", "but" or
   * "or", or led by adverbs, right after a determiner ("the colorful and sometimes combative
   * congressman", "the deeply unpopular governor"), the first of them; else {@code b}. Without
   * the determiner the words before may be a clause's own ("the road is long and former
   * governor").
   */
  private int joinedAdjectives(int b) {
    int k = b;
    while (k < tokens.size() && NewsTokens.adjective(tokens.get(k))) {
      int m = k;
      while (m > 0 && "RB".equals(tokens.get(m - 1).tag())) {
        m--;
      }
      if (m > 0 && determiner(tokens.get(m - 1))) {
        return m;
      }
      if (m < 2 || !Set.of("and", "but", "or").contains(NewsTokens.lower(tokens.get(m - 1)))
          || !NewsTokens.adjective(tokens.get(m - 2))) {
        return b;
      }
      k = m - 2;
      while (k > 0 && NewsTokens.adjective(tokens.get(k - 1))) {
        k--;
      }
    }
    return b;
  }

  /**
   * Where the name in the possessive that opens the description between tokens {@code from} and
   * {@code head} starts, with its titles ("Ms. Lerner's lawyer", "President Hallor's adviser"): a
   * name in the possessive takes the place of a determiner, so a common word before it is no part
   * of the description ("a contention Ms. Lerner's lawyer disputed"); {@code from} where no name
   * is possessed.
   */
  private int namedOwner(int from, int head) {
    for (int p = head - 1; p > from; p--) {
      if ("POS".equals(tokens.get(p).tag())
          && (proper(tokens.get(p - 1)) || NewsTokens.person(tokens.get(p - 1)))) {
        int b = p - 1;
        while (b > from && (proper(tokens.get(b - 1)) || NewsTokens.honorific(tokens.get(b - 1))
            || NewsTokens.ROLE_TAGS.contains(tokens.get(b - 1).ner()))) {
          b--;
        }
        return b;
      }
    }
    return from;
  }

  /** The phrase that starts at token {@code i} ("said the spokesperson for the Council, who…"). */
  public Optional<Phrase> startingAt(int i) {
    if (i < 0 || i >= tokens.size()) {
      return Optional.empty();
    }
    if (NewsTokens.personalPronoun(tokens.get(i))) {
      return Optional.of(new Phrase(sentence, i, i + 1, Kind.PRONOUN));
    }
    int e = i;
    while (e < tokens.size() && determiner(tokens.get(e))) {
      e++;
    }
    int lastName = -1;
    while (e < tokens.size() && (modifier(tokens.get(e)) || NewsTokens.honorific(tokens.get(e))
        || participleBeforeHead(e, i))) {
      if (NewsTokens.person(tokens.get(e))) {
        lastName = e;
      }
      e++;
    }
    if (e == i) {
      return Optional.empty();
    }
    CoreLabel head = tokens.get(e - 1);
    // "President X's national security adviser": a role that names someone else is a description.
    boolean possessed = lastName >= 0 && lastName + 1 < e && "POS".equals(tokens.get(lastName + 1).tag());
    if (lastName >= 0 && !(possessed && NewsTokens.roleNoun(head))) {
      return endingAt(lastName);
    }
    // "X, Democrat of Washington,", "X, a Republican who …": a party's member, set beside the name
    if (headNoun(head) || partyMember(head) || NewsTokens.generalAfterPost(tokens, e - 1)) {
      return Optional.of(new Phrase(sentence, i, carried(e), Kind.DESCRIPTION));
    }
    if ("ORGANIZATION".equals(head.ner())) {
      return Optional.of(new Phrase(sentence, i, e, Kind.ORGANIZATION));
    }
    return Optional.empty();
  }

  /**
   * The name set beside a speaker's description past its relative clause, where there is one
   * ("said the lawyer who represented the city, Ann Hale."): who speaks; else {@code speaker}.
   */
  private Optional<Phrase> namedPast(Optional<Phrase> speaker) {
    if (speaker.isEmpty() || speaker.get().kind() != Kind.DESCRIPTION) {
      return speaker;
    }
    int named = namedPastRelative(speaker.get().end());
    return named >= 0 ? endingAt(named) : speaker;
  }

  /**
   * Where a relative clause on a person opens at token {@code who} ("who represented the city")
   * and runs to a comma with a name after it, closing its sentence or set off by a comma (", Ann
   * Hale."), the name's last token; else -1. Not where the clause ends with someone ("who
   * represents the defendant, Tom Lund"), whom the name may be.
   */
  private int namedPastRelative(int who) {
    if (who >= tokens.size() || !NewsTokens.lower(tokens.get(who)).equals("who")) {
      return -1;
    }
    for (int k = who + 1; k < tokens.size() && k <= who + Roles.RELATIVE_WORDS; k++) {
      if (tokens.get(k).word().equals(",")) {
        if (Roles.someoneAt(tokens.get(k - 1))) {
          return -1;
        }
        int n = k + 1;
        while (n < tokens.size() && NewsTokens.person(tokens.get(n))) {
          n++;
        }
        boolean closed = n < tokens.size() && (tokens.get(n).word().equals(",")
            || NewsTokens.punctuation(tokens.get(n)) && n + 1 >= tokens.size() - 1);
        return n > k + 1 && closed ? n - 1 : -1;
      }
      if (Roles.endsRelative(tokens, k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Who a speech verb at {@code verb} reports: the phrase before it ("Ortega said", "Lindqvist was
   * quoted as saying", "X said, but added", "X, who tweeted"), else the one after it ("said the
   * spokesperson").
   */
  public Optional<Phrase> speakerOf(int verb) {
    // "'Stop,' the mayor was told": one told or asked is who hears, the one "by" names speaks
    if (heard(verb)) {
      return verb + 2 < tokens.size() && NewsTokens.lower(tokens.get(verb + 1)).equals("by")
          ? startingAt(verb + 2) : Optional.empty();
    }
    // "…, according to Ann Hale": who is named after "to"
    if (NewsTokens.lower(tokens.get(verb)).equals("according")) {
      return verb + 2 < tokens.size() ? namedPast(startingAt(verb + 2)) : Optional.empty();
    }
    // "Hale said Tuesday, '…,' and predicted, '…'": a speech verb right after "and" shares the
    // subject of the speech verb before it
    if (verb >= 2 && NewsTokens.lower(tokens.get(verb - 1)).equals("and")) {
      for (int v = verb - 2; v >= 0; v--) {
        if (NewsTokens.speechVerb(tokens, v)) {
          Optional<Phrase> first = speakerOf(v);
          if (first.isPresent()) {
            return first;
          }
          break;
        }
      }
    }
    int close = verb - 1;
    // "Another man, not seen on camera, then tells": an adverb of sequence after the aside too
    while (close >= 0 && (NewsTokens.auxiliary(tokens.get(close))
        || SEQUENCE.contains(NewsTokens.lower(tokens.get(close))))) {
      close--;
    }
    int open = beforeAside(beforeWhen(close));
    if (open == close) { // "Ann Hale, a Democrat, said", "Hale, 54, said", "Hale (D-Kent) said"
      open = beforeApposition(close);
      Optional<Phrase> regioned = open == close ? placedSpeaker(close) : Optional.empty();
      if (regioned.isPresent()) {
        return regioned;
      }
    } else if (open + 1 < tokens.size() && tokens.get(open + 1).word().equals(",")
        && !NewsTokens.person(tokens.get(open))) {
      // "Sen. Hale, R-Kent, who heads the committee, said": an apposition before the aside (not
      // a name: in "The lawyer for Ann Hale, Tom Lund, who took the case, said" Lund speaks)
      int name = beforeApposition(open + 1);
      open = name != open + 1 ? name : open;
    }
    if (open != close) { // "the spokesman, speaking on condition of anonymity, said", "X on Monday said"
      Optional<Phrase> across = ending(open);
      if (across.isPresent()) {
        return across;
      }
    }
    int j = verb - 1;
    while (j >= 0 && (NewsTokens.auxiliary(tokens.get(j)) || LINKS.contains(NewsTokens.lower(tokens.get(j)))
        || NewsTokens.speechVerb(tokens, j))) {
      j--;
    }
    int last = j;
    Optional<Phrase> before = ending(last);
    // "after the man approached the congressman and asked …": across "and", a verb's object is
    // not who speaks ("the driver, who said" is)
    if (before.isPresent() && !(conjoined(last + 1, verb) && objectOfVerb(before.get()))) {
      return before;
    }
    // "'…,' said the spokesperson": the speaker follows the verb only where the verb opens the
    // clause; in "the United States said Ruritanian officers…" the words after it are what was said.
    // Never after a participle: in "…, telling Wessex Radio that …" the name is who was told.
    boolean opensClause = verb == 0 || NewsTokens.punctuation(tokens.get(verb - 1));
    if ((opensClause || j >= 0 && NewsTokens.punctuation(tokens.get(j)) && allLinks(j + 1, verb))
        && !"VBG".equals(tokens.get(verb).tag())) {
      Optional<Phrase> after = namedPast(startingAt(verb + 1));
      if (after.isPresent()) {
        return after;
      }
    }
    return participlesSubject(verb);
  }

  /**
   * "A spokesman for the council hit back on Monday, saying …": who speaks in a participle after
   * a comma is the subject of the first verb in the past or present of the clause before it, from
   * the comma before that ("As the mayor spoke, the council hit back, saying": the council; "The
   * mayor said that the governor had lied, adding": the mayor); none across a quotation.
   */
  private Optional<Phrase> participlesSubject(int verb) {
    // "…, before adding:": a conjunction of time between the comma and the participle
    int comma = verb >= 3 && BEFORE_PARTICIPLE.contains(NewsTokens.lower(tokens.get(verb - 1)))
        ? verb - 2 : verb - 1;
    if (comma < 1 || !"VBG".equals(tokens.get(verb).tag()) || !tokens.get(comma).word().equals(",")) {
      return Optional.empty();
    }
    int start = comma - 1;
    while (start > 0 && !tokens.get(start - 1).word().equals(",")) {
      start--;
    }
    for (int k = start; k < comma; k++) {
      CoreLabel t = tokens.get(k);
      if (NewsTokens.openingQuote(t) || NewsTokens.closingQuote(t)) {
        return Optional.empty();
      }
      if (NewsTokens.finite(t)) {
        return subjectOf(k);
      }
    }
    return Optional.empty();
  }

  /** Whether "and", "but" or "then", and no "who", lies between tokens {@code from} and {@code to}. */
  private boolean conjoined(int from, int to) {
    boolean conjunction = false;
    for (int k = from; k < to; k++) {
      String w = NewsTokens.lower(tokens.get(k));
      if (w.equals("who")) {
        return false;
      }
      conjunction |= w.equals("and") || w.equals("but") || w.equals("then");
    }
    return conjunction;
  }

  /**
   * Whether a verb or a preposition, past any determiner, comes right before phrase {@code p}:
   * it is their object ("approached the congressman", "spoke with the mayor").
   */
  private boolean objectOfVerb(Phrase p) {
    int k = p.begin() - 1;
    return k >= 0 && (NewsTokens.verb(tokens.get(k)) && !NewsTokens.auxiliary(tokens.get(k))
        && !NewsTokens.speechVerb(tokens, k) || NewsTokens.preposition(tokens.get(k)));
  }

  /**
   * The nearest phrase before token {@code limit} that is the subject of a verb ("Ortega called on
   * Mr Reyes to '…'" gives Ortega), skipping tokens {@code skip} marks; empty when there is none.
   */
  public Optional<Phrase> subjectBefore(int limit, boolean[] skip) {
    for (int j = limit - 1; j >= 0; j--) {
      if (skip != null && skip[j]) {
        continue;
      }
      // "Ann Hale, the mayor, said the bridge would be '…'": the name before its apposition
      if (commaBeforeVerb(j, limit)) {
        int name = beforeApposition(j);
        Optional<Phrase> named = name == j ? Optional.empty()
            : endingAt(name).filter(q -> q.kind() == Kind.NAME && startsClause(q));
        if (named.isPresent()) {
          return named;
        }
      }
      Optional<Phrase> p = endingAt(j);
      // "Ann Hale of Kent University said the virus was '…'": the name beside the body
      int after = NewsTokens.pastAdverbs(tokens, j + 1);
      if (p.isPresent() && p.get().kind() == Kind.ORGANIZATION && finiteAt(after, limit)) {
        Optional<Phrase> member = memberOf(j).filter(this::startsClause);
        if (member.isPresent()) {
          return member;
        }
      }
      if (p.isEmpty() || !p.get().person()) {
        continue;
      }
      int next = p.get().end();
      // "No one was hurt, said Tom Lund, adding that it was '…'" (or "who called it '…'"): the
      // words go on in the speaker's own clause after the inverted attribution
      if (p.get().kind() == Kind.NAME && invertedBefore(p.get()) && next + 1 < limit
          && tokens.get(next).word().equals(",")
          && GOING_ON.contains(NewsTokens.lower(tokens.get(next + 1)))) {
        return p;
      }
      // "The mayor of Ashland, Ann Hale, called the plan '…'": a name set beside the description
      // that opens its clause
      if (p.get().kind() == Kind.NAME && commaBeforeVerb(next, limit) && besideDescription(p.get())) {
        return p;
      }
      // past an aside, where the subject opens its clause and a finite verb follows the aside
      // ("Sullivan, for the record, called …"; not the object in "thanked Brand, in her remarks,
      // calling him …")
      int past = afterAside(next);
      if (past != next && startsClause(p.get()) && finiteAt(NewsTokens.pastAdverbs(tokens, past), limit)) {
        next = past;
      }
      next = NewsTokens.pastAdverbs(tokens, next);
      boolean afterPreposition = p.get().begin() > 0 && NewsTokens.preposition(tokens.get(p.get().begin() - 1));
      if (next < limit && NewsTokens.verb(tokens.get(next)) && !afterPreposition) {
        return p;
      }
      j = p.get().begin();
    }
    return Optional.empty();
  }

  /** Words that carry an inverted attribution's speaker on: ", adding that …", ", who called …". */
  private static final Set<String> GOING_ON = Set.of("adding", "noting", "saying", "who");

  /** The speech verbs an inverted attribution puts before its speaker: ", said Tom Lund". */
  private static final Set<String> INVERTED = Set.of("say", "add");

  /** Whether "said" or "added" after a comma comes right before name {@code p}: ", said Tom Lund". */
  private boolean invertedBefore(Phrase p) {
    int v = p.begin() - 1;
    return v >= 1 && tokens.get(v - 1).word().equals(",") && NewsTokens.speechVerb(tokens, v)
        && INVERTED.contains(NewsTokens.lemma(tokens.get(v)));
  }

  /**
   * Whether token {@code j} is a comma with a verb in the past or present after it, before
   * {@code limit}, that says what its subject did: not "be" ("is said to be '…'", "was described
   * as '…'") nor "has been".
   */
  private boolean commaBeforeVerb(int j, int limit) {
    int verb = NewsTokens.pastAdverbs(tokens, j + 1);
    if (j < 0 || j >= tokens.size() || !tokens.get(j).word().equals(",") || verb >= limit
        || verb >= tokens.size() || !NewsTokens.finite(tokens.get(verb))) {
      return false;
    }
    String lemma = NewsTokens.lemma(tokens.get(verb));
    return !lemma.equals("be") && !(lemma.equals("have") && verb + 1 < tokens.size()
        && NewsTokens.lower(tokens.get(verb + 1)).equals("been"));
  }

  /**
   * Whether name {@code p} is set off by a comma after a description that opens its clause, with
   * no verb in it ("The mayor of Ashland, Ann Hale,", "but its director general, Dr Ann Hale,"):
   * the two are one subject. Not after a verb's object ("Voters elected the mayor, Ann Hale,").
   */
  private boolean besideDescription(Phrase p) {
    int comma = p.begin() - 1;
    if (comma < 1 || !tokens.get(comma).word().equals(",")) {
      return false;
    }
    boolean role = false;
    // someone after a preposition ("Critics of the mayor, Ann Hale,", "a friend of the mayor"):
    // the name may be theirs, not the subject's
    boolean someoneAfter = false;
    for (int k = comma - 1; k >= 0; k--) {
      CoreLabel t = tokens.get(k);
      String w = NewsTokens.lower(t);
      if (NewsTokens.punctuation(t) || SUBORDINATORS.contains(w) || w.equals("but") || w.equals("and")) {
        return role && k < comma - 1;
      }
      if (NewsTokens.verb(t) && !"VBN".equals(t.tag()) && !"VBG".equals(t.tag())
          || NewsTokens.openingQuote(t) || NewsTokens.closingQuote(t) || NewsTokens.person(t)
          || NewsTokens.preposition(t) && someoneAfter
          || "NNS".equals(t.tag()) || "NNPS".equals(t.tag())
          || NewsTokens.relation(t) || NewsTokens.kin(t)) {
        return false;
      }
      boolean someone = NewsTokens.roleNoun(t) || NewsTokens.plainPerson(t);
      someoneAfter |= someone;
      role |= someone;
    }
    return role;
  }

  /**
   * Who reports how {@code subject} was, where a speech verb reports its clause: "Lund said Cole
   * was 'not fit'", "Lund told reporters that Cole had 'no choice'" give Lund, as does "as Lund
   * said, Cole showed 'passion'" whatever Cole's verb. Only a clause that tells how its subject was
   * or stood (a form of "be", "seem", "have" and the like, no participle after it): where the
   * subject acts ("Officials said Brand urged voters to 'stay home'", "called", "accused"), the
   * words are the subject's own. The speech verb stands right before the clause, or before its
   * hearer; one further back reports another clause.
   */
  public Optional<Phrase> reporterOf(Phrase subject) {
    int begin = subject.begin();
    // "as Lund said, Cole showed …"
    if (begin >= 3 && tokens.get(begin - 1).word().equals(",")) {
      for (int v = begin - 2; v >= Math.max(0, begin - 8); v--) {
        if (finiteSpeech(v)) {
          Optional<Phrase> r = subjectOf(v).filter(Phrase::person);
          if (r.isPresent() && r.get().begin() > 0
              && NewsTokens.lower(tokens.get(r.get().begin() - 1)).equals("as")) {
            return r;
          }
          break;
        }
      }
    }
    int verb = NewsTokens.pastAdverbs(tokens, subject.end());
    if (verb >= tokens.size() || !STATE_VERBS.contains(NewsTokens.lemma(tokens.get(verb)))
        || verb + 1 < tokens.size() && tokens.get(verb + 1).tag() != null
            && (tokens.get(verb + 1).tag().equals("VBN") || tokens.get(verb + 1).tag().equals("VBG"))) {
      return Optional.empty();
    }
    int k = begin - 1;
    if (k >= 0 && NewsTokens.lower(tokens.get(k)).equals("that")) {
      k--;
    }
    if (k >= 0 && finiteSpeech(k)) {
      return subjectOf(k).filter(Phrase::person);
    }
    // "told reporters that Cole was …": the hearer between the verb and the clause
    int h = k;
    while (h >= 0 && h > k - 3 && tokens.get(h).tag() != null
        && HEARER_TAGS.contains(tokens.get(h).tag())) {
      h--;
    }
    return h < k && h >= 0 && finiteSpeech(h) && HEARER_VERBS.contains(NewsTokens.lemma(tokens.get(h)))
        ? subjectOf(h).filter(Phrase::person) : Optional.empty();
  }

  /** A speech verb in a finite form: the one that reports, not "saying" or "quoted". */
  private boolean finiteSpeech(int v) {
    String tag = tokens.get(v).tag() == null ? "" : tokens.get(v).tag();
    return NewsTokens.speechVerb(tokens, v) && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"));
  }

  /**
   * The phrase whose finite verb is at {@code verb}: the one just before it, past auxiliaries,
   * adverbs and an aside ("the president, speaking at the White House, will sign"); never the
   * object of a preposition ("a letter from the governor arrived"), though a clause opened by
   * "if", "when" and the like has its subject ("if the governor signs").
   */
  public Optional<Phrase> subjectOf(int verb) {
    int j = verb - 1;
    while (j >= 0 && NewsTokens.auxiliary(tokens.get(j))) {
      j--;
    }
    int last = beforeAside(beforeWhen(j));
    // "the congressman who represents Queens": who does what a relative clause tells is the one
    // "who" stands for
    if (last >= 1 && NewsTokens.lower(tokens.get(last)).equals("who")) {
      last = tokens.get(last - 1).word().equals(",") ? last - 2 : last - 1;
    }
    // "talks with the mayor and the governor ended": a preposition's object, as both are
    return ending(last).filter(p -> !governed(p))
        .filter(p -> conjunctBefore(p).map(q -> !governed(q)).orElse(true));
  }

  /** The phrase "and" joins to {@code p} before it: "the mayor" in "the mayor and the governor". */
  public Optional<Phrase> conjunctBefore(Phrase p) {
    int and = p.begin() - 1;
    return and < 1 || !NewsTokens.lower(tokens.get(and)).equals("and") ? Optional.empty()
        : endingAt(and - 1);
  }

  /** Whether a preposition, not a subordinator ("if the governor signs"), brings {@code p} in. */
  private boolean governed(Phrase p) {
    return p.begin() > 0 && NewsTokens.preposition(tokens.get(p.begin() - 1))
        && !SUBORDINATORS.contains(NewsTokens.lower(tokens.get(p.begin() - 1)));
  }

  /**
   * The description joined to {@code p} by "and" before it, where it opens its clause ("The
   * congressman and the former president were not contacted"), or the clause a speech verb
   * reports ("Cole said the mayor's deputy and another official had threatened"): a subject of
   * the same verb. Not a name, not a phrase a preposition or a verb governs ("talks with the
   * mayor and the governor said").
   */
  public Optional<Phrase> conjoinedBefore(Phrase p) {
    return conjunctBefore(p).filter(q -> q.kind() == Kind.DESCRIPTION && (q.begin() == 0
        || NewsTokens.punctuation(tokens.get(q.begin() - 1))
        || SUBORDINATORS.contains(NewsTokens.lower(tokens.get(q.begin() - 1)))
        || NewsTokens.speechVerb(tokens, q.begin() - 1)));
  }

  /**
   * Where a time ends at token {@code j} ("on Wednesday", "last week"), the token before it; else
   * {@code j}.
   */
  private int beforeWhen(int j) {
    int k = j;
    while (k >= 0 && Set.of("DATE", "TIME").contains(tokens.get(k).ner())) {
      k--;
    }
    if (k == j) {
      return j;
    }
    return k >= 0 && Set.of("on", "in", "at", "over", "during", "early", "late", "earlier", "later")
        .contains(NewsTokens.lower(tokens.get(k))) ? k - 1 : k;
  }

  /** Verbs whose passive's subject is spoken to: "was told", "were asked". */
  private static final Set<String> TOLD = Set.of("tell", "ask", "warn", "inform", "advise",
      "assure", "remind", "urge", "instruct", "order");

  /** Whether the speech verb at {@code verb} is a passive of one spoken to: "was told", "had been asked". */
  private boolean heard(int verb) {
    CoreLabel v = tokens.get(verb);
    if (!"VBN".equals(v.tag()) || !TOLD.contains(NewsTokens.lemma(v))) {
      return false;
    }
    int k = verb - 1;
    while (k >= 0 && "RB".equals(tokens.get(k).tag())) {
      k--;
    }
    return k >= 0 && Set.of("was", "were", "is", "are", "been", "be", "being")
        .contains(NewsTokens.lower(tokens.get(k)));
  }

  /** A region written in initials: "N.Y.", "D.C.". */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.)+");

  /** Whether {@code word} is a region written as a U.S. state's postal code ("OR", "DC") or in initials. */
  private static boolean regionCode(String word) {
    return word.length() == 2 && word.chars().allMatch(Character::isUpperCase) && UsStates.of(word) != null
        || INITIALS.matcher(word).matches();
  }

  /**
   * Where a place's region set off by commas ends at token {@code close} ("The mayor of Ashland,
   * Oregon, said"), the description the place ends, where it opens its clause: the sentence, or
   * what follows a quotation ("'…,' the mayor of Ashland, Oregon, said."). Not a description
   * further in, which is another's or an object ("a spokeswoman for Tom Lund, the mayor of
   * Ashland, Oregon, said"; "Tom Lund, who sued the mayor of Ashland, Oregon, said").
   */
  private Optional<Phrase> placedSpeaker(int close) {
    if (close < 3 || !tokens.get(close).word().equals(",")) {
      return Optional.empty();
    }
    int k = close - 1;
    // a code the tagger puts inside an organisation's name is its suffix: "Acme, LP"
    while (k > 0 && (NewsTokens.place(tokens.get(k)) || regionCode(tokens.get(k).word())
        && !"ORGANIZATION".equals(tokens.get(k).ner()))) {
      k--;
    }
    // the place before it may be tagged as anything but a person: "Ashland" as an organisation
    if (k == close - 1 || k < 1 || !tokens.get(k).word().equals(",") || !"NNP".equals(tokens.get(k - 1).tag())
        || NewsTokens.person(tokens.get(k - 1))) {
      return Optional.empty();
    }
    return ending(k - 1).filter(p -> p.kind() == Kind.DESCRIPTION && opensClause(p.begin()));
  }

  /** Whether a phrase starting at {@code b} opens the sentence, or follows a quotation closed there. */
  private boolean opensClause(int b) {
    return b == 0 || NewsTokens.closingQuote(tokens.get(b - 1))
        || b >= 2 && tokens.get(b - 1).word().equals(",") && NewsTokens.closingQuote(tokens.get(b - 2));
  }

  /**
   * Where an apposition set off by commas or brackets after a name ends at token {@code j}, the
   * name's last token ("Ann Hale, a Democrat, said", "Hale, 54, said", "Tom Reyes, Ann Hale's
   * lawyer, said", "Hale (D-Kent) said"); else {@code j}. No verb and no quotation mark inside.
   */
  private int beforeApposition(int j) {
    if (j < 3) {
      return j;
    }
    String mark = tokens.get(j).word();
    boolean bracket = mark.equals(")") || mark.equals("-RRB-");
    if (!mark.equals(",") && !bracket) {
      return j;
    }
    for (int k = j - 1; k > 0 && k >= j - APPOSITION_WORDS; k--) {
      CoreLabel t = tokens.get(k);
      String w = t.word();
      if (bracket ? w.equals("(") || w.equals("-LRB-") : w.equals(",")) {
        return k + 1 < j && NewsTokens.person(tokens.get(k - 1)) && !objectAt(k - 1) ? k - 1 : j;
      }
      if (NewsTokens.verb(t) || NewsTokens.openingQuote(t) || NewsTokens.closingQuote(t)) {
        return j;
      }
    }
    return j;
  }

  /**
   * Whether the name ending at token {@code last} is a verb's object ("The mayor, who beat Ann
   * Hale, a Democrat, said"), or a preposition's that no noun before it is carried on by ("met
   * with Ann Hale, 54,"; not "a lawyer for Ann Hale, 54,"): not who speaks.
   */
  private boolean objectAt(int last) {
    int b = last;
    while (b > 0 && (NewsTokens.person(tokens.get(b - 1)) || NewsTokens.honorific(tokens.get(b - 1))
        || NewsTokens.roleNoun(tokens.get(b - 1)) || NewsTokens.titleModifier(tokens.get(b - 1)))) {
      b--;
    }
    if (b == 0) {
      return false;
    }
    CoreLabel before = tokens.get(b - 1);
    if (NewsTokens.verb(before)) {
      return true;
    }
    if (!NewsTokens.preposition(before)) {
      return false;
    }
    String tag = b >= 2 && tokens.get(b - 2).tag() != null ? tokens.get(b - 2).tag() : "";
    return !tag.startsWith("NN");
  }

  /** How many tokens an apposition after a name may take. */
  private static final int APPOSITION_WORDS = 10;

  /**
   * Whether a verb not in -ing stands at {@code j}, before {@code limit}: "called" (the tagger
   * may read it as a participle after an aside), not "calling", which goes on from another's verb.
   */
  private boolean finiteAt(int j, int limit) {
    return j < limit && j < tokens.size() && NewsTokens.verb(tokens.get(j))
        && !"VBG".equals(tokens.get(j).tag());
  }

  /**
   * Whether {@code p} starts its clause: the sentence's start, or after a mark or a subordinator
   * (wider than {@link #opensClause(int)}, the sentence's start or after a quotation).
   */
  private boolean startsClause(Phrase p) {
    return p.begin() == 0 || NewsTokens.punctuation(tokens.get(p.begin() - 1))
        || SUBORDINATORS.contains(NewsTokens.lower(tokens.get(p.begin() - 1)));
  }

  /**
   * Where an aside set off by commas opens at token {@code j} ("Sullivan, for the record,
   * called"), the token after it; else {@code j}. An aside as {@link #beforeAside} reads one.
   */
  private int afterAside(int j) {
    if (j >= tokens.size() || !tokens.get(j).word().equals(",")) {
      return j;
    }
    for (int c = j + 2; c < tokens.size() && c <= j + 16; c++) {
      if (tokens.get(c).word().equals(",")) {
        return beforeAside(c) == j - 1 ? c + 1 : j;
      }
    }
    return j;
  }

  /**
   * Where an aside set off by commas or dashes ends at token {@code j}, the token before it opens;
   * else {@code j}. An aside opens with a participle, "not" too, a wh-word or a preposition
   * ("speaking on condition of anonymity", "not seen on camera", "who was in the room", "where
   * the bill will live or die", "in an interview with the Gazette") and is short.
   */
  private int beforeAside(int j) {
    // "The congressman, who called it "mischief," said": the aside's comma inside the quotation
    int end = j >= 3 && NewsTokens.closingQuote(tokens.get(j))
        && tokens.get(j - 1).word().equals(",") ? j - 1 : j;
    if (end < 2 || !ASIDE_MARKS.contains(tokens.get(end).word())) {
      return j;
    }
    String mark = tokens.get(end).word();
    int quoteMarks = end == j ? 0 : 1;
    for (int k = end - 1; k > 0 && k >= end - 16; k--) {
      String w = tokens.get(k).word();
      if (NewsTokens.openingQuote(tokens.get(k)) || NewsTokens.closingQuote(tokens.get(k))) {
        quoteMarks++;
        continue;
      }
      if (mark.equals(",") ? w.equals(",") : ASIDE_MARKS.contains(w) && !w.equals(",")) {
        // "not seen on camera": a participle after "not" opens one too
        int first = k + 2 < end && NewsTokens.lower(tokens.get(k + 1)).equals("not") ? k + 2 : k + 1;
        String tag = tokens.get(first).tag() == null ? "" : tokens.get(first).tag();
        // "speaking on condition of anonymity", "who was there", "in an interview with Fox"; one
        // holding a quotation only where it opens with "who" or "which" and closes the quotation:
        // other words in quotation marks are someone's, not an aside's
        boolean opens = quoteMarks == 0
            ? tag.equals("VBG") || tag.equals("VBN") || tag.startsWith("W") || tag.equals("IN")
            : quoteMarks % 2 == 0 && RELATIVE.contains(NewsTokens.lower(tokens.get(k + 1)));
        return opens && k + 1 < end ? k - 1 : j;
      }
    }
    return j;
  }

  /**
   * The phrase ending at token {@code j}: a description carried on by an organisation's name ("a
   * spokesman for the Harbour Authority") before that name, else as {@link #endingAt}.
   */
  private Optional<Phrase> ending(int j) {
    Optional<Phrase> source = unnamedSource(j);
    if (source.isPresent()) {
      return source;
    }
    Optional<Phrase> p = endingAt(j);
    if (p.isPresent() && p.get().kind() != Kind.ORGANIZATION) {
      int carrying = servedAfter(p.get());
      if (carrying < 0) {
        return p;
      }
      // "a spokesman for Governor Brand", "an aide to the mayor": the one who serves speaks;
      // "a friend of the governor", "a source close to the mayor": someone the text does not
      // describe by a role, not the one they are close to
      Optional<Phrase> carrier = carriedBack(j);
      CoreLabel before = tokens.get(carrying - 1);
      String tag = before.tag() == null ? "" : before.tag();
      boolean modified = tag.startsWith("NN") || tag.startsWith("JJ")
          || NewsTokens.lower(before).equals("close");
      return carrier.isPresent() || !modified ? carrier.or(() -> p) : Optional.empty();
    }
    return carriedBack(j).or(() -> memberOf(j)).or(() -> p).filter(d -> !agentOfParticiple(d));
  }

  /**
   * The name a comma sets description {@code p} beside ("'…,' Dr Tom Lund, acting director of
   * the agency told reporters"), past the description's determiner and modifiers, where the name
   * opens the sentence or follows a quotation closed there; empty where there is none ("Speaking
   * to Jane Doe, the governor said" names the governor apart).
   */
  public Optional<Phrase> nameBefore(Phrase p) {
    int k = p.begin() - 1;
    while (k > 0 && (modifier(tokens.get(k)) || participle(tokens.get(k)) || determiner(tokens.get(k)))) {
      k--;
    }
    return k >= 1 && tokens.get(k).word().equals(",")
        ? endingAt(k - 1).filter(n -> n.kind() == Kind.NAME && opensClause(n.begin()))
        : Optional.empty();
  }

  /** Prepositions that set a name beside the body the person is with: "Tom Lund of the agency". */
  private static final Set<String> WITH_BODY = Set.of("of", "at", "from");

  /**
   * The name set beside the organisation ending at token {@code j} ("Tom Skinner of the CDC",
   * "Dr Ann Hale at the University of Kent"): the person speaks, not the body they are with.
   */
  private Optional<Phrase> memberOf(int j) {
    if (j < 0 || !"ORGANIZATION".equals(tokens.get(j).ner())) {
      return Optional.empty();
    }
    int k = j;
    while (k > 0 && ("ORGANIZATION".equals(tokens.get(k).ner()) || determiner(tokens.get(k)))) {
      k--;
    }
    if (k < 1 || !WITH_BODY.contains(NewsTokens.lower(tokens.get(k)))) {
      return Optional.empty();
    }
    return endingAt(k - 1).filter(n -> n.kind() == Kind.NAME);
  }

  /** Nouns for someone a report leaves unnamed on purpose: "a source", "a person", "an official". */
  private static final Set<String> UNNAMED = Set.of("source", "official", "person", "insider");
  /** What says how an unnamed source knows: "close to", "familiar with", "with knowledge of". */
  private static final List<List<String>> KNOWING = List.of(List.of("close", "to"),
      List.of("familiar", "with"), List.of("with", "knowledge", "of"),
      List.of("with", "direct", "knowledge", "of"), List.of("knowledgeable", "about"),
      List.of("briefed", "on"), List.of("involved", "in"), List.of("with", "ties", "to"));
  /** How far back from its last word an unnamed source's noun may be. */
  private static final int SOURCE_WORDS = 10;

  /**
   * The description ending at token {@code j} of someone a report leaves unnamed and says how
   * they know ("a source with knowledge of the exchange", "a person familiar with the talks",
   * "one official close to the mayor"): that person, not what they know of or whom they are
   * close to. Only after "a", "an", "one" or "another", with nothing but modifiers between it and
   * its noun, and no mark or verb before {@code j}.
   */
  private Optional<Phrase> unnamedSource(int j) {
    for (int n = j - 2; n >= 1 && n >= j - SOURCE_WORDS; n--) {
      CoreLabel t = tokens.get(n);
      if (NewsTokens.punctuation(t) || NewsTokens.verb(t) && !"VBN".equals(t.tag())) {
        return Optional.empty();
      }
      if (!UNNAMED.contains(NewsTokens.lower(t)) || !knowing(n + 1)) {
        continue;
      }
      int b = n - 1;
      while (b > 0 && modifier(tokens.get(b)) && !NewsTokens.person(tokens.get(b))) {
        b--;
      }
      String opener = NewsTokens.lower(tokens.get(b));
      return opener.equals("a") || opener.equals("an") || opener.equals("one")
          || opener.equals("another")
          ? Optional.of(new Phrase(sentence, b, j + 1, Kind.DESCRIPTION)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether the words from token {@code k} say how a source knows ({@link #KNOWING}). */
  private boolean knowing(int k) {
    // followed by what they know of: "close to" ends no sentence
    return KNOWING.stream().anyMatch(words -> k + words.size() < tokens.size()
        && NewsTokens.wordsAt(tokens, k, words));
  }

  /**
   * Where phrase {@code p} follows a carrying preposition, past titles and determiners ("for
   * Governor Brand", "to the mayor"), that preposition's token: the one a description before it
   * serves is not the speaker. Else -1.
   */
  private int servedAfter(Phrase p) {
    int k = p.begin() - 1;
    while (k > 0 && (determiner(tokens.get(k)) || NewsTokens.roleNoun(tokens.get(k))
        || NewsTokens.titleModifier(tokens.get(k)) || NewsTokens.honorific(tokens.get(k)))) {
      k--;
    }
    return k > 0 && CARRYING.contains(NewsTokens.lower(tokens.get(k))) ? k : -1;
  }

  /**
   * Whether phrase {@code p} is the agent a participle's "by" brings in ("documents obtained by
   * the family's lawyer said"): what was obtained speaks, not the lawyer.
   */
  private boolean agentOfParticiple(Phrase p) {
    return p.begin() >= 2 && NewsTokens.lower(tokens.get(p.begin() - 1)).equals("by")
        && "VBN".equals(tokens.get(p.begin() - 2).tag());
  }

  /** A description ending in a prepositional phrase at {@code j}: "a spokesperson for the X". */
  public Optional<Phrase> carriedBack(int j) {
    return carriedBack(j, j, 1);
  }

  /**
   * A description ending at {@code end}, carried on by prepositional phrases back from {@code j}:
   * one more than the first where {@code further} allows ("one of the Liberals in the House of
   * Assembly").
   */
  private Optional<Phrase> carriedBack(int j, int end, int further) {
    // "the father of the slain teenager wept": no phrase ends in "the", before a participle
    // taken for a verb
    if (j < 0 || determiner(tokens.get(j))) {
      return Optional.empty();
    }
    int k = j;
    // "the Republican-led committee", "the slain teenager": a participle modifies too
    while (k > 0 && (modifier(tokens.get(k)) || determiner(tokens.get(k))
        || "HYPH".equals(tokens.get(k - 1).tag()) || k < j && participle(tokens.get(k)))) {
      k--;
    }
    if (k < j) {
      k = beforeJoinedObject(k);
    }
    if (k == j || k < 1 || !CARRYING.contains(NewsTokens.lower(tokens.get(k)))) {
      return Optional.empty();
    }
    Optional<Phrase> carrier = endingAt(k - 1).filter(p -> p.kind() == Kind.DESCRIPTION)
        .map(p -> new Phrase(sentence, p.begin(), end + 1, Kind.DESCRIPTION));
    if (carrier.isPresent()) {
      // "the spokesman for the director of the council": the director is whom the spokesman serves
      int b = carrier.get().begin();
      Optional<Phrase> serving = b >= 2 && CARRYING.contains(NewsTokens.lower(tokens.get(b - 1)))
          ? endingAt(b - 2).filter(p -> p.kind() == Kind.DESCRIPTION) : Optional.empty();
      return serving.map(p -> new Phrase(sentence, p.begin(), end + 1, Kind.DESCRIPTION)).or(() -> carrier);
    }
    return further == 0 ? carrier : carriedBack(k - 1, end, further - 1);
  }

  /**
   * Where token {@code k} is an "and" that joins a second object to a carrying preposition's first
   * ("the lawyer for the campaign and the party": "and" after "the campaign"), that preposition's
   * token, so the description carries on over both; else {@code k}. The first object is
   * determiners and modifiers alone, written with no comma, right after the preposition.
   */
  private int beforeJoinedObject(int k) {
    if (k < 2 || !NewsTokens.lower(tokens.get(k)).equals("and") || determiner(tokens.get(k - 1))) {
      return k;
    }
    int m = k - 1;
    while (m > 0 && (modifier(tokens.get(m)) || determiner(tokens.get(m)))) {
      m--;
    }
    return m < k - 1 && CARRYING.contains(NewsTokens.lower(tokens.get(m))) ? m : k;
  }

  private boolean allLinks(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!NewsTokens.auxiliary(tokens.get(k)) && !LINKS.contains(NewsTokens.lower(tokens.get(k)))) {
        return false;
      }
    }
    return true;
  }

  /** The end of a description carried on by a prepositional phrase, up to a comma or verb. */
  private int carried(int e) {
    int end = e;
    // "the spokesman for the director of national intelligence", "a professor at Kent College
    // in Ashland": a prepositional phrase may carry on the one before it
    for (int phrases = 0; phrases < 3; phrases++) {
      if (end >= tokens.size() || !CARRYING.contains(NewsTokens.lower(tokens.get(end)))) {
        return end;
      }
      int k = objectEnd(end);
      // "a member of the board for 20 years", "the spokeswoman at the time": when, not who
      if (k == end + 1 || determiner(tokens.get(k - 1)) || circumstance(end, k)) {
        return end;
      }
      end = k;
    }
    return end;
  }

  /**
   * Where a prepositional phrase telling when or in what circumstance starts at token {@code from}
   * ("for 20 years", "at the time", "in the case"), the token after it; else -1. A description
   * it follows ends before it.
   */
  public int afterCircumstance(int from) {
    if (from >= tokens.size() || !NewsTokens.preposition(tokens.get(from))) {
      return -1;
    }
    int k = objectEnd(from);
    return k > from + 1 && circumstance(from, k) ? k : -1;
  }

  /** The end of the determiners and modifiers after the preposition at token {@code preposition}. */
  private int objectEnd(int preposition) {
    int k = preposition + 1;
    // "the slain teenager", "the outgoing mayor": a participle before a noun modifies it
    while (k < tokens.size() && (determiner(tokens.get(k)) || modifier(tokens.get(k))
        || participle(tokens.get(k)) && k + 1 < tokens.size() && modifier(tokens.get(k + 1)))) {
      k++;
    }
    return k;
  }

  /** Whether {@code t} is a participle, past or present: "slain", "speeding". */
  private static boolean participle(CoreLabel t) {
    return "VBN".equals(t.tag()) || "VBG".equals(t.tag());
  }

  /**
   * Whether the object from the preposition at {@code preposition} to token {@code end} tells when
   * (a date, a span, a number) or a circumstance ("the case", "the time").
   */
  private boolean circumstance(int preposition, int end) {
    for (int k = preposition + 1; k < end; k++) {
      if (WHEN_TAGS.contains(tokens.get(k).ner()) || "CD".equals(tokens.get(k).tag())) {
        return true;
      }
    }
    return end > preposition + 1 && CIRCUMSTANCES.contains(NewsTokens.lower(tokens.get(end - 1)));
  }

  /** Name tags of a time, a span or a count: a phrase holding one tells when, not who. */
  private static final Set<String> WHEN_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER");
  /** Nouns of the circumstance someone spoke or acted in: "a lawyer for Lund in the case". */
  private static final Set<String> CIRCUMSTANCES = Set.of("time", "case", "interview", "statement",
      "conference", "rally", "speech", "event", "hearing", "meeting");

  /**
   * The description starting at token {@code i} that a passive's "by" brings in ("was defeated by
   * a political novice", "appointed by the governor of Wessex to the board"): carried on by "of"
   * and "for" only; what follows is the passive's own.
   */
  public Optional<Phrase> agentAt(int i) {
    return startingAt(i).map(p -> {
      for (int k = p.begin() + 1; k < p.end(); k++) {
        String w = NewsTokens.lower(tokens.get(k));
        if (NewsTokens.preposition(tokens.get(k)) && !w.equals("of") && !w.equals("for")) {
          return new Phrase(sentence, p.begin(), k, p.kind());
        }
      }
      return p;
    });
  }

  /**
   * The description "and" joins after agent {@code p} of a passive's "by" ("charged by Hallor and
   * his wife to the campaign" gives "his wife"), cut where {@link #agentAt} cuts one.
   */
  public Optional<Phrase> agentAfter(Phrase p) {
    return p.end() + 1 < tokens.size() && NewsTokens.lower(tokens.get(p.end())).equals("and")
        ? agentAt(p.end() + 1).filter(q -> q.kind() == Kind.DESCRIPTION) : Optional.empty();
  }

  /**
   * Where token {@code i} closes a role written as one hyphenated word that the tokenizer splits
   * ("sergeant-at-arms", "editor-in-chief"), the token its role noun is. Else -1.
   */
  private int compoundRole(int i) {
    if (i < 4 || !"HYPH".equals(tokens.get(i - 1).tag()) && !tokens.get(i - 1).word().equals("-")
        || !NewsTokens.compoundLink(tokens.get(i - 2))
        || !tokens.get(i - 3).word().equals("-")
        || !NewsTokens.roleNoun(tokens.get(i - 4))) {
      return -1;
    }
    // the parts are written together: "sergeant-at-arms", not "a lawyer - at least"
    for (int k = i - 3; k <= i; k++) {
      if (tokens.get(k - 1).endPosition() != tokens.get(k).beginPosition()) {
        return -1;
      }
    }
    return i - 4;
  }

  /**
   * Where token {@code i} closes "one of the" and a group of people ("One of the most senior
   * Liberals", "one of the mayor's closest advisers"), the token "one" opens: one person of the
   * group, described by it. Else -1.
   */
  private int oneOf(int i) {
    CoreLabel t = tokens.get(i);
    boolean people = ("NNS".equals(t.tag()) || "NNPS".equals(t.tag()))
        && (NewsTokens.roleNoun(t) || Character.isUpperCase(t.word().charAt(0))
            || GROUPS_OF_PEOPLE.contains(NewsTokens.lower(t)));
    if (!people) {
      return -1;
    }
    int b = i;
    while (b > 0 && (modifier(tokens.get(b - 1)) || determiner(tokens.get(b - 1))
        || DEGREE.contains(NewsTokens.lower(tokens.get(b - 1))))) {
      b--;
    }
    // "Japan, one of its closest allies, said": an aside on what stands before the comma
    boolean aside = b >= 3 && tokens.get(b - 3).word().equals(",");
    return b >= 2 && !aside && NewsTokens.lower(tokens.get(b - 1)).equals("of")
        && NewsTokens.lower(tokens.get(b - 2)).equals("one") ? b - 2 : -1;
  }

  /**
   * Where token {@code i} closes a writer's second reference to someone by party or age, after
   * a determiner ("the New York Democrat", "the 46-year-old", "a Virginia Republican"), the token
   * the determiner is. Else -1.
   */
  private int secondReference(int i) {
    CoreLabel t = tokens.get(i);
    String w = NewsTokens.lower(t);
    boolean member = partyMember(t);
    int b = i;
    if (w.equals("old") && i >= 4 && NewsTokens.lower(tokens.get(i - 2)).equals("year")
        && "CD".equals(tokens.get(i - 4).tag())) {
      b = i - 4; // "46-year-old", which the tokenizer splits at its hyphens
    } else if (!member) {
      return -1;
    }
    // a place or an age before it, never a possessive: "the committee's top Republican" is a post
    while (b > 0 && modifier(tokens.get(b - 1)) && !NewsTokens.person(tokens.get(b - 1))
        && !"POS".equals(tokens.get(b - 1).tag())) {
      b--;
    }
    if (b == 0 || !SECOND_REFERENCE_DETERMINERS.contains(NewsTokens.lower(tokens.get(b - 1)))
        || b > 1 && tokens.get(b - 2).word().equals(",")
        || w.equals("independent") && (b == i || "ORGANIZATION".equals(t.ner()))) {
      // not "No Republican has said", "Each Democrat"; not an aside beside a name ("Hallor, a
      // Democrat, said"), which describes that name; not "The Independent" (a newspaper)
      return -1;
    }
    return b - 1;
  }

  /** The determiners of a second reference: "the Virginia Republican", "a Wessex Democrat". */
  private static final Set<String> SECOND_REFERENCE_DETERMINERS = Set.of("the", "a", "an", "this", "that");

  /** A party's member, named by the party and capitalised: "Republican", not "republican". */
  private static boolean partyMember(CoreLabel t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && Parties.member(t.word());
  }

  /** Plural nouns for people that are no role: "one of the fiercest critics". */
  private static final Set<String> GROUPS_OF_PEOPLE = Set.of("critics", "supporters", "opponents",
      "allies", "backers", "donors", "activists", "members", "leaders", "voters", "residents",
      "lawmakers", "legislators", "conservatives", "liberals", "moderates", "progressives");

  /** Adverbs of degree inside a description: "the most senior", "its best-known". */
  private static final Set<String> DEGREE = Set.of("most", "more", "least", "very", "best");

  /**
   * Whether token {@code k} is a participle that qualifies the noun of the phrase opening at
   * {@code begin}, after its determiner and before any noun of it: "the acting director", "a
   * retired teacher"; not what follows a noun ("a spokesman representing farmers"), a verb before
   * a name ("accused Hale") nor one with no determiner ("is becoming mayor", "was named coach").
   */
  private boolean participleBeforeHead(int k, int begin) {
    CoreLabel t = tokens.get(k);
    if (!participle(t) || !Character.isLowerCase(t.word().charAt(0))
        || k + 1 >= tokens.size()) {
      return false;
    }
    boolean determined = false;
    for (int j = begin; j < k; j++) {
      if (tokens.get(j).tag() != null && tokens.get(j).tag().startsWith("NN")) {
        return false;
      }
      determined |= determiner(tokens.get(j));
    }
    if (!determined) {
      return false; // "is becoming mayor", "was named coach": a verb, not a participle of the noun
    }
    CoreLabel next = tokens.get(k + 1);
    return next.tag() != null && (next.tag().equals("NN") || next.tag().startsWith("JJ"))
        && Character.isLowerCase(next.word().charAt(0));
  }

  /** Words a description or title may hold before its head: "the top U.S.", "Ruritania's deputy". */
  private static boolean modifier(CoreLabel t) {
    String tag = t.tag() == null ? "" : t.tag();
    // "kentwatch.com": a web address names a thing, as a noun does
    return tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("POS") || tag.equals("HYPH")
        || tag.equals("CD") || tag.equals("ADD") || NewsTokens.ROLE_TAGS.contains(t.ner())
        || NewsTokens.person(t);
  }

  /**
   * Whether the words from {@code from} to {@code to} are common nouns ("contention"), which a
   * possessive name after them cannot belong to, and no adjective ("former", "senior"), which
   * it can: "a former Sotheby's executive".
   */
  private boolean commonNounsBefore(int from, int to) {
    boolean noun = false;
    for (CoreLabel t : tokens.subList(from, to)) {
      String tag = t.tag() == null ? "" : t.tag();
      if (tag.equals("NN") || tag.equals("NNS")) {
        noun = true;
      } else if (!determiner(t)) {
        return false;
      }
    }
    return noun;
  }

  private static boolean proper(CoreLabel t) {
    return t.tag() != null && t.tag().startsWith("NNP");
  }

  private static boolean determiner(CoreLabel t) {
    return "DT".equals(t.tag()) || "PRP$".equals(t.tag());
  }
}
