package briefing.analyze.names;

import briefing.analyze.nlp.Descriptions;
import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Phrases;
import briefing.analyze.nlp.QuotedTokens;
import briefing.analyze.nlp.Roles;
import briefing.model.analysis.PersonMention;
import briefing.text.FunctionWords;
import briefing.text.Surnames;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Newsmakers: each named person with the role the text gives them, and each person the text
 * describes by role alone when they speak ("a spokesperson for the National Security Council
 * said"). Writers and photographers are credited, never counted here.
 */
public final class People {
  private People() {}

  /**
   * Every newsmaker mention in reading order; a bare surname is the person named in full before
   * it ({@link BareSurnames}) and takes the role given earlier.
   */
  public static List<PersonMention> find(Document document, CreditedNames credits) {
    List<Found> found = new ArrayList<>();
    found.addAll(named(document, credits));
    found.addAll(withoutNamedOnes(document, unnamedSpeakers(document), found));
    found.sort(Comparator.comparingInt((Found f) -> f.sentence).thenComparingInt(f -> f.token));
    return inheritRoles(found);
  }

  /**
   * {@code described} without a description that is the role of a name set beside it further on
   * in its sentence ("The businessman who had served as Hale's liaison, Tom Lund, pleaded
   * guilty", "orchestrated by a Hale ally at the port, Tom Lund,"): one person, named.
   */
  private static List<Found> withoutNamedOnes(Document document, List<Found> described,
      List<Found> named) {
    return described.stream()
        .filter(d -> named.stream().noneMatch(n -> besideName(document, d, n))).toList();
  }

  /**
   * Whether description {@code d} is written as the role of name {@code n}, which follows it past
   * a comma or a relative clause and a comma: the same words at the same place.
   */
  private static boolean besideName(Document document, Found d, Found n) {
    String role = n.mention().role();
    if (n.sentence != d.sentence || n.token <= d.token || role == null || d.mention().role() == null) {
      return false;
    }
    String text = document.sentence(d.sentence).text();
    int at = d.mention().span().start();
    int after = at + role.length();
    return text.startsWith(role, at) && after <= n.mention().span().start()
        && BESIDE.matcher(text.substring(after, n.mention().span().start())).matches();
  }

  /** What stands between a description and the name set beside it: ", ", " who …, ". */
  private static final Pattern BESIDE = Pattern.compile("\\s*(?:who\\b[^,;\"“”]{0,160})?,\\s*");

  /** A cleric's title, written before the name: "Father", "the Rev.", "Rabbi". */
  private static final Set<String> CLERGY = Set.of("father", "rev", "rev.", "reverend", "bishop",
      "archbishop", "cardinal", "sister", "brother", "rabbi", "imam", "pastor", "monsignor",
      "msgr", "msgr.", "deacon");
  /** A religious order, written before a cleric's title: "Jesuit Father". */
  private static final Set<String> ORDERS = Set.of("jesuit", "franciscan", "dominican",
      "benedictine", "carmelite");

  /** A mention with where it stands, so mentions sort in reading order. */
  private record Found(int sentence, int token, PersonMention mention) {}

  private static List<Found> named(Document document, CreditedNames credits) {
    List<Found> found = new ArrayList<>();
    List<CoreSentence> sentences = document.core().sentences();
    NotPeople notPeople = NotPeople.of(document);
    QuotedTokens marks = QuotedTokens.of(document);
    BareSurnames bareSurnames = new BareSurnames();
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> tokens = sentences.get(i).tokens();
      List<CoreEntityMention> names = sentences.get(i).entityMentions().stream()
          .filter(m -> "PERSON".equals(m.entityType()) && NewsTokens.person(m.tokens().get(0))
              && !credits.credits(m.text()) && !notPeople.rejects(m))
          .toList();
      Set<Integer> taken = new HashSet<>();
      Found previous = null;
      int previousEnd = -1;
      PersonMention listed = null; // the first of a list a plural title heads: "Reps. A, B and C"
      for (int n = 0; n < names.size(); n++) {
        CoreEntityMention m = names.get(n);
        int tagged = m.tokens().get(0).index() - 1;
        int end = m.tokens().get(m.tokens().size() - 1).index();
        // 'William "Mo" Cowan', tagged as William and Mo" Cowan: one name, its nickname aside
        boolean nicknamed = n + 1 < names.size() && nicknameBetween(tokens, end,
            names.get(n + 1).tokens().get(0).index() - 1,
            names.get(n + 1).tokens().get(names.get(n + 1).tokens().size() - 1).index());
        if (nicknamed) {
          n++;
          end = names.get(n).tokens().get(names.get(n).tokens().size() - 1).index();
        }
        // "fellow Arizonan John McCain": where someone is from is no part of their name, nor a
        // cleric's title ("Jesuit Father Thomas J. Reese")
        boolean stripped = end - tagged >= 3 && Demonyms.is(tokens.get(tagged).word());
        if (stripped) {
          tagged++;
        }
        while (end - tagged >= 3 && (CLERGY.contains(NewsTokens.lower(tokens.get(tagged)))
            || ORDERS.contains(NewsTokens.lower(tokens.get(tagged)))
                && CLERGY.contains(NewsTokens.lower(tokens.get(tagged + 1))))) {
          tagged++;
          stripped = true;
        }
        int begin = hyphenated(tokens, tagged, notPeople);
        String name = tokens.subList(begin, tagged).stream().map(CoreLabel::word)
            .collect(Collectors.joining())
            + (stripped || nicknamed || bracketed(tokens, tagged, end) ? words(tokens, tagged, end)
                : m.text());
        Found f = mention(document, i, name, begin, end, names.size() == 1, marks);
        if (previous != null && coordinated(tokens, previousEnd, begin)) {
          f = withAffiliationOf(previous, f);
        }
        if (listed != null && f.mention().role() == null && inList(tokens, previousEnd, begin)) {
          f = withRole(f, listed.role(), listed.affiliation());
        } else if (pluralTitle(tokens, begin)) {
          // each of "Reps. A, B and C" is a Rep.
          f = withRole(f, singular(f.mention().role()), f.mention().affiliation());
          listed = f.mention();
        } else if (f.mention().role() == null && Roles.oneOf(i, tokens, begin).isPresent()) {
          // each of "talk radio hosts like A and B" is a talk radio host
          Phrase kind = Roles.oneOf(i, tokens, begin).get().bare(document);
          f = withRole(f, singular(kind.text(document)), Affiliations.of(document, kind));
          listed = f.mention();
        } else {
          listed = null;
        }
        found.add(f);
        previous = f;
        previousEnd = end;
        bareSurnames.given(i, tokens, begin, end);
        for (int k = begin; k < end; k++) {
          taken.add(k);
        }
      }
      List<Integer> bare = bareSurnames.in(i, sentences.get(i), taken);
      for (int k : bare) {
        int begin = hyphenated(tokens, k, notPeople);
        String name = tokens.subList(begin, k + 1).stream().map(CoreLabel::word).collect(Collectors.joining());
        found.add(mention(document, i, name, begin, k + 1, names.isEmpty() && bare.size() == 1, marks));
      }
    }
    return found;
  }

  /** Whether a bracket stands among tokens {@code [begin, end)}: "(strongman Walter) Grosz". */
  private static boolean bracketed(List<CoreLabel> tokens, int begin, int end) {
    return tokens.subList(begin, end).stream().anyMatch(People::bracket);
  }

  /**
   * Whether tokens {@code [from, to)}, between two names, are a nickname in quotation marks, or
   * open one that the second name's tokens (up to {@code nextEnd}) close: 'William "Mo" Cowan' tagged as William and
   * Mo" Cowan, or as William and Cowan.
   */
  private static boolean nicknameBetween(List<CoreLabel> tokens, int from, int to, int nextEnd) {
    if (to <= from || !quote(tokens.get(from))) {
      return false;
    }
    if (to == from + 1) {
      // the second name holds the nickname and its closing mark: Mo" Cowan, not a quotation
      // opening with a name ('told Hart "Tom Brand is lying"')
      return tokens.subList(to, nextEnd).stream().anyMatch(People::quote);
    }
    // or the nickname stands whole between them: 'William "Mo" Cowan' as William, "Mo", Cowan
    List<CoreLabel> inside = tokens.subList(from + 1, to - 1);
    return quote(tokens.get(to - 1)) && !inside.isEmpty() && inside.size() <= 2
        && inside.stream().allMatch(t -> Character.isUpperCase(t.word().charAt(0)));
  }

  private static boolean quote(CoreLabel t) {
    return t.originalText().matches("[\"“”]|``|''");
  }

  private static boolean bracket(CoreLabel t) {
    return t.originalText().matches("[()\\[\\]]|-[LR][RS]B-");
  }

  /**
   * The words of tokens {@code [begin, end)} as written, without the brackets an editor set in a
   * quotation ("(Libyan strongman Moammar) Gadhafi" names Moammar Gadhafi) or a nickname in
   * quotation marks ('William "Mo" Cowan' names William Cowan).
   */
  private static String words(List<CoreLabel> tokens, int begin, int end) {
    StringBuilder name = new StringBuilder();
    boolean space = false;
    boolean quoted = false;
    for (CoreLabel t : tokens.subList(begin, end)) {
      if (quote(t)) {
        quoted = !quoted;
      } else if (!bracket(t) && !quoted) {
        if (space && name.length() > 0) {
          name.append(' ');
        }
        name.append(t.originalText());
        space = false;
      }
      space |= !t.after().isEmpty();
    }
    return name.toString();
  }

  /**
   * Where a name starts whose tagged part is only the last of a hyphenated surname ("Townsend-Keane
   * said", tagged "Keane"): the capitalised words joined to it by hyphens, with no space between,
   * are the name's, unless one is the surname of someone the article names ("the Hale-Morrow
   * ticket" of Ann Hale and Jim Morrow).
   */
  private static int hyphenated(List<CoreLabel> tokens, int begin, NotPeople notPeople) {
    while (begin >= 2 && tokens.get(begin - 1).word().equals("-")
        && tokens.get(begin - 2).endPosition() == tokens.get(begin - 1).beginPosition()
        && tokens.get(begin - 1).endPosition() == tokens.get(begin).beginPosition()
        && Character.isUpperCase(tokens.get(begin - 2).word().charAt(0))
        && !notPeople.surname(tokens.get(begin - 2).word())) {
      begin -= 2;
    }
    return begin;
  }

  /** The person named {@code name} at tokens {@code [begin, end)} of sentence {@code i}. */
  private static Found mention(Document document, int i, String name, int begin, int end,
      boolean alone, QuotedTokens marks) {
    List<CoreLabel> tokens = document.core().sentences().get(i).tokens();
    Optional<Phrase> role = Roles.of(i, tokens, begin, end).map(p -> p.bare(document));
    String roleText = role.map(p -> p.text(document)).orElse(null);
    return new Found(i, begin, new PersonMention(name, roleText,
        role.map(p -> Affiliations.of(document, p)).orElseGet(() -> Affiliations.after(document, i, begin, end)),
        new Phrase(i, begin, end, Phrase.Kind.NAME).span(document),
        GenderCues.of(tokens, begin, end, roleText, alone, marks.in(i))));
  }

  /**
   * Whether the title before the name at {@code begin} is joined by "and" to the name that ends
   * at {@code previousEnd}: "Ruritanian Foreign Minister A and Defence Minister B", whose second
   * title shares the first one's country.
   */
  private static boolean coordinated(List<CoreLabel> tokens, int previousEnd, int begin) {
    return Roles.before(0, tokens, begin)
        .filter(p -> p.begin() == previousEnd + 1 && tokens.get(previousEnd).word().equals("and"))
        .isPresent();
  }

  /** Whether a plural title stands right before the name at {@code begin}: "Reps.", "Senators". */
  private static boolean pluralTitle(List<CoreLabel> tokens, int begin) {
    return Roles.before(0, tokens, begin).filter(p -> {
      // "Director of Communications": the office is the word before its body
      int office = p.end() - 1;
      for (int k = p.begin() + 1; k < p.end(); k++) {
        if (Set.of("of", "for").contains(NewsTokens.lower(tokens.get(k)))) {
          office = k - 1;
          break;
        }
      }
      CoreLabel title = tokens.get(office);
      String word = title.word().toLowerCase(Locale.ROOT);
      return "NNS".equals(title.tag()) || "NNPS".equals(title.tag()) || word.endsWith("s.");
    }).isPresent();
  }

  /** {@code f} with {@code role} and {@code affiliation} in place of its own. */
  private static Found withRole(Found f, String role, String affiliation) {
    PersonMention p = f.mention();
    return new Found(f.sentence(), f.token(),
        new PersonMention(p.name(), role, affiliation, p.span(), p.gender()));
  }

  /** A plural title as one person holds it: "Reps." is "Rep.", "Senators" "Senator". */
  private static String singular(String role) {
    int cut = role.lastIndexOf(' ') + 1;
    String last = role.substring(cut);
    String one = last.endsWith("s.") ? last.substring(0, last.length() - 2) + "."
        : last.substring(0, Math.min(last.length(),
            FunctionWords.singular(last.toLowerCase(Locale.ROOT)).length()));
    return role.substring(0, cut) + one;
  }

  /** A party and state after a lawmaker's name, "D-Ore." (tokens "D", "-", "Ore."), or its brackets. */
  private static final Pattern PARTY = Pattern.compile("\\b[DRI] - \\p{Lu}[\\p{L}.]*|[()]|-[LR]RB-");
  /** What may stand between two names of a list: commas and "and". */
  private static final Pattern LIST_JOINS = Pattern.compile("(?:\\s*(?:,|and|And)\\s*)+");

  /**
   * Whether only commas, "and" and party tags ("D-Ore.") stand between the name ending at
   * {@code previousEnd} and the one starting at {@code begin}.
   */
  private static boolean inList(List<CoreLabel> tokens, int previousEnd, int begin) {
    if (begin <= previousEnd) {
      return false;
    }
    StringBuilder gap = new StringBuilder();
    for (int k = previousEnd; k < begin; k++) {
      gap.append(' ').append(tokens.get(k).word());
    }
    return LIST_JOINS.matcher(PARTY.matcher(gap).replaceAll(" ")).matches();
  }

  /**
   * {@code f} with the affiliation of {@code previous} where its own title names none: in
   * "Ruritanian Foreign Minister A and Defence Minister B" B is Ruritania's too
   * (PeopleAndQuotesTest#aTitleJoinedByAndToAnotherSharesItsCountry).
   */
  private static Found withAffiliationOf(Found previous, Found f) {
    PersonMention p = f.mention();
    String shared = previous.mention().affiliation();
    if (p.role() == null || p.affiliation() != null || shared == null) {
      return f;
    }
    return withRole(f, p.role(), shared);
  }

  /**
   * People the text names by role alone where a speech verb reports them ("a spokesperson for
   * the council said"), or where a definite description is the subject of what someone does
   * ("the governor signed the bill", "Grove's attorney has filed"): not of "be" alone ("if the
   * mayor was too cold" says how, not who acted), and not "a" or "an" someone (who, where no
   * speech is reported, is too often anyone), nor "another" someone but beside a known person
   * ("Hallor's deputy and another official had threatened").
   */
  private static List<Found> unnamedSpeakers(Document document) {
    List<Found> found = new ArrayList<>();
    List<CoreSentence> sentences = document.core().sentences();
    QuotedTokens marks = QuotedTokens.of(document);
    Set<List<Integer>> seen = new HashSet<>();
    // the nouns of the unnamed speakers brought in so far: "the source" after "a source … said"
    Set<String> spoke = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> tokens = sentences.get(i).tokens();
      boolean[] quoted = marks.in(i);
      // "the young man said", "the woman had fled": a plain noun for a person describes someone
      // unnamed as a role noun does, but is no one's role
      Phrases phrases = Phrases.withPlainPeople(i, tokens);
      Optional<Phrase> headline = document.sentence(i).isHeadline() || deck(document, i)
          ? headlineSubject(i, tokens) : Optional.empty();
      if (headline.isPresent() && seen.add(List.of(i, headline.get().begin()))) {
        found.add(described(document, i, headline.get()));
      }
      for (int v = 0; v < tokens.size(); v++) {
        if (quoted[v]) {
          continue;
        }
        boolean speech = NewsTokens.speechVerb(tokens, v);
        Optional<Phrase> speaker = speech ? phrases.speakerOf(v)
            : acting(tokens, v) ? phrases.subjectOf(v).filter(p -> definite(tokens, p, spoke)
                || another(tokens, p) && !plain(tokens, p)
                    && phrases.conjunctBefore(p).filter(q -> known(tokens, q, spoke)).isPresent())
            : passiveAgent(tokens, v) ? phrases.agentAt(v + 1).filter(p -> listedHead(tokens, p)
                || plain(tokens, p) && definite(tokens, p, spoke))
            : Optional.empty();
        // "the congressman and the former president were not contacted": both are its subjects
        List<Phrase> subjects = new ArrayList<>();
        speaker.ifPresent(subjects::add);
        speaker.flatMap(phrases::conjoinedBefore)
            .filter(p -> speech || definite(tokens, p, spoke)).ifPresent(subjects::add);
        // "expenses charged by Hallor and his wife": a name's partner in what "by" brings in
        jointAgent(tokens, phrases, v).ifPresent(subjects::add);
        for (Phrase subject : subjects) {
          // "then-Deputy Secretary Ann Hale testified": a title and the name, someone named
          // ("a spokesperson for Grassley" is not Grassley)
          if (subject.kind() != Phrase.Kind.DESCRIPTION || quoted[subject.begin()]
              || namedAtEnd(tokens, subject)
              || appositive(tokens, subject) || Roles.plural(tokens, subject) // a group is no person
              // "Dr Tom Lund, acting director of the agency told": the name's apposition
              || speech && phrases.nameBefore(subject).isPresent()
              // "the choice of X as his nominee surprised many": a post given, no one else
              || !speech && subject.begin() > 1
                  && NewsTokens.lower(tokens.get(subject.begin() - 1)).equals("as")
                  && NewsTokens.person(tokens.get(subject.begin() - 2))
              || idiom(tokens, subject) || plainIdiom(tokens, subject) || namedAfterClause(tokens, subject)
              || namedAs(tokens, subject)
              || !seen.add(List.of(subject.sentence(), subject.begin()))) {
            continue;
          }
          if (speech) {
            spoke.add(NewsTokens.lower(tokens.get(head(tokens, subject))));
          }
          found.add(described(document, i, subject.bare(document)));
        }
      }
    }
    return found;
  }

  /**
   * Whether phrase {@code p} ends in a name that is its head, a title before it ("then-Deputy
   * Secretary Ann Hale"): someone named, not described; not a name a preposition brings in ("a
   * spokesperson for Grassley").
   */
  private static boolean namedAtEnd(List<CoreLabel> tokens, Phrase p) {
    if (!NewsTokens.person(tokens.get(p.end() - 1))) {
      return false;
    }
    // a title written in capitals all through, "of" and "for" aside: not "The spokesman for
    // Governor Tom Lund", whose head is the spokesman
    boolean title = false;
    for (int k = p.begin(); k < p.end(); k++) {
      CoreLabel t = tokens.get(k);
      String tag = t.tag() == null ? "" : t.tag();
      if (tag.equals("DT") || tag.equals("HYPH") || Set.of("of", "for").contains(NewsTokens.lower(t)) && title) {
        continue;
      }
      if (t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) {
        return false;
      }
      title = true;
    }
    return title;
  }

  /** Someone sentence {@code i} describes by phrase {@code p} and names not. */
  private static Found described(Document document, int i, Phrase p) {
    return new Found(i, p.begin(), new PersonMention(null, p.text(document),
        Affiliations.of(document, p), p.span(document)));
  }

  /** The name tags of what a role word in a headline may be part of: "General Motors". */
  private static final Set<String> NAMED_THINGS = Set.of("ORGANIZATION", "MISC");

  /**
   * The description a headline opens with, as its subject, in the headline's own style with no
   * article ("Governor Appoints Ex-Aide", "N.C. Congressman Apologizes for …", "Governor of
   * Arizona Is Pressed to Veto Bill"): capitalised words ending in a role noun, or a role noun and
   * "of" a place, then a word that is no name. Not a title before a name ("Governor Jan Brewer
   * Signs …"), nor a plural ("Senators Vote …").
   */
  private static Optional<Phrase> headlineSubject(int sentence, List<CoreLabel> tokens) {
    int k = 0;
    int lastRole = -1;
    while (k < tokens.size() && !tokens.get(k).word().isEmpty()
        && Character.isUpperCase(tokens.get(k).word().charAt(0)) && !NewsTokens.person(tokens.get(k))
        && k < HEADLINE_SUBJECT_WORDS) {
      if (NewsTokens.roleNoun(tokens.get(k))) {
        lastRole = k;
      } else if (lastRole >= 0) {
        break;
      }
      k++;
    }
    if (lastRole < 0 || lastRole + 1 >= tokens.size()) {
      return Optional.empty();
    }
    int end = lastRole + 1;
    // "Governor of Arizona": the role's place, a name of one or two words
    if (NewsTokens.lower(tokens.get(end)).equals("of") && end + 1 < tokens.size()
        && NewsTokens.place(tokens.get(end + 1))) {
      end += 2;
      while (end < tokens.size() && NewsTokens.place(tokens.get(end)) && end - lastRole <= 3) {
        end++;
      }
    }
    if (end >= tokens.size()) {
      return Optional.empty();
    }
    CoreLabel role = tokens.get(lastRole);
    String noun = NewsTokens.lower(role);
    if (noun.endsWith("s") && !noun.endsWith("ss") || THING_LIKE.contains(noun)
        || NAMED_THINGS.contains(role.ner())
        || !headlineVerb(tokens, end)) {
      return Optional.empty();
    }
    return Optional.of(new Phrase(sentence, 0, end, Phrase.Kind.DESCRIPTION));
  }

  /** A writer's post, as a byline gives it: "Staff Writer", "Correspondent". */
  private static final Pattern BYLINE = Pattern.compile("(?i)\\b(?:writer|reporter|correspondent"
      + "|editor|columnist|contributor|photographer|staff)\\b");

  /**
   * Whether sentence {@code i} is a deck: a headline's second line, printed as the body's first
   * paragraph ("Governor Appoints Ex-Aide to Fill the Seat" under "Lund Named Interim Senator"),
   * written as a headline is, its words capitalised and no stop closing it.
   */
  private static boolean deck(Document document, int i) {
    if (i == 0 || !document.sentence(i - 1).isHeadline() || document.sentence(i).isHeadline()) {
      return false;
    }
    String text = document.sentence(i).text().strip();
    // a caption or a list goes on with commas ("Council Member Quiggs, Left, and …"); a byline
    // names its writer ("Staff Writer Reports From Ashland")
    if (text.isEmpty() || ".!?:;\"”’)…".indexOf(text.charAt(text.length() - 1)) >= 0
        || text.contains(",") || BYLINE.matcher(text).find()) {
      return false;
    }
    String[] words = text.split("\\s+");
    long capitalised = Stream.of(words).filter(w -> w.length() > 3)
        .filter(w -> Character.isUpperCase(w.charAt(0))).count();
    long longer = Stream.of(words).filter(w -> w.length() > 3).count();
    return words.length >= 3 && capitalised * 4 >= longer * 3;
  }

  /**
   * Whether a headline's word after its opening description is its verb, as headlines write one:
   * "Apologizes", "Is", "Says", "to" ("Governor to Sign …"); not a noun the role word qualifies
   * ("Student Loan Rates", "Teacher Pay Raise"), nor a name the tagger missed ("Speaker Hallor").
   */
  private static boolean headlineVerb(List<CoreLabel> tokens, int at) {
    CoreLabel t = tokens.get(at);
    String w = NewsTokens.lower(t);
    return HEADLINE_VERBS.contains(w) || (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3
        || passive(tokens, at))
        && !NewsTokens.person(t) && !NAMED_THINGS.contains(t.ner()) && !NewsTokens.place(t)
        && !"NATIONALITY".equals(t.ner());
  }

  /**
   * Whether the headline's word at {@code at} is a participle as a headline writes the passive,
   * the headline ending or going on with a preposition ("Congressman Expected to Be Indicted",
   * "Former Mayor Charged in Fraud Case", "Coach Fired"): not one qualifying the noun after it
   * ("Officer Involved Shooting", "Doctor Assisted Suicide Bill"), nor a noun or name in "-ed"
   * ("Officer Speed Trap", "Senator Tweed Wins").
   */
  static boolean passive(List<CoreLabel> tokens, int at) {
    String w = NewsTokens.lower(tokens.get(at));
    if (!w.endsWith("ed") || w.length() <= 4) {
      return false;
    }
    return at + 1 == tokens.size() || HEADLINE_PREPOSITIONS.contains(NewsTokens.lower(tokens.get(at + 1)))
        || !Character.isLetterOrDigit(tokens.get(at + 1).word().charAt(0));
  }

  /** What goes on after a headline's participle: "Charged in", "Expected to", "Accused of". */
  private static final Set<String> HEADLINE_PREPOSITIONS = Set.of("in", "of", "by", "to", "after",
      "for", "over", "from", "with", "on", "at", "as", "amid", "into", "without", "despite",
      "again", "before", "during", "following", "under", "while", "but", "and");

  /** Short verbs a headline writes after its subject. */
  private static final Set<String> HEADLINE_VERBS =
      Set.of("is", "was", "has", "had", "will", "to", "says", "said", "gets", "got");

  /** The most words a headline's opening description may take. */
  private static final int HEADLINE_SUBJECT_WORDS = 5;

  /**
   * Whether token {@code v} is a verb that says what its subject does ("signed", "will", "was
   * joined"; a past tense the tagger read as a participle too) or what they are ("the governor
   * is deliberate", "the president was not native-born"), but not "be" before a noun phrase ("the
   * winner was Cole", "the chair is a post"), which may name someone else.
   */
  private static boolean acting(List<CoreLabel> tokens, int v) {
    CoreLabel t = tokens.get(v);
    if (!NewsTokens.verb(t)) {
      return false;
    }
    if (!NewsTokens.lemma(t).equals("be")) {
      return true;
    }
    int k = v + 1;
    while (k < tokens.size() && "RB".equals(tokens.get(k).tag())) {
      k++; // "not", "still", "very"
    }
    return k < tokens.size() && (NewsTokens.verb(tokens.get(k))
        || NewsTokens.adjective(tokens.get(k)));
  }

  /**
   * Whether description {@code p}'s head, its last word before "of" or "for", is a noun for
   * people by what they do, not only a word the tagger marks as a title: "was started by a faulty
   * heater" tells a thing.
   */
  private static boolean listedHead(List<CoreLabel> tokens, Phrase p) {
    int head = p.end() - 1;
    for (int k = p.begin() + 1; k < p.end(); k++) {
      String w = NewsTokens.lower(tokens.get(k));
      if (w.equals("of") || w.equals("for")) {
        head = k - 1;
        break;
      }
    }
    return NewsTokens.listedRoleNoun(tokens.get(head));
  }

  /**
   * The description joined by "and" to the first agent a participle's "by" at token {@code v}
   * brings in, when it names someone by what they do ("was signed by Cole and the governor";
   * "expenses charged by Hallor and his wife to the campaign", where a name first shows that
   * "by" brings in who acted though no "was" makes a passive); not a thing ("charged by Hallor
   * and the company").
   */
  private static Optional<Phrase> jointAgent(List<CoreLabel> tokens, Phrases phrases, int v) {
    if (!NewsTokens.lower(tokens.get(v)).equals("by") || v < 1 || !"VBN".equals(tokens.get(v - 1).tag())) {
      return Optional.empty();
    }
    Optional<Phrase> first = phrases.agentAt(v + 1);
    boolean agent = passiveAgent(tokens, v) || first.filter(p -> p.kind() == Phrase.Kind.NAME).isPresent();
    return agent ? first.flatMap(phrases::agentAfter).filter(p -> listedHead(tokens, p)) : Optional.empty();
  }

  /** The verbs a passive is made with: "was defeated", "got fired". */
  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "be",
      "been", "being", "got", "get");

  /**
   * Whether token {@code v} is the "by" that brings in who did what a passive tells ("was
   * defeated by a political novice", "had been named by the governor"): its subject acts, as a
   * verb's does.
   */
  private static boolean passiveAgent(List<CoreLabel> tokens, int v) {
    if (!NewsTokens.lower(tokens.get(v)).equals("by") || v < 2 || !"VBN".equals(tokens.get(v - 1).tag())) {
      return false;
    }
    for (int k = v - 2; k >= 0 && k >= v - 4; k--) {
      String w = NewsTokens.lower(tokens.get(k));
      if (PASSIVE_AUXILIARIES.contains(w)) {
        return true;
      }
      if (!"RB".equals(tokens.get(k).tag())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether description {@code p} names one known person: "the governor", "Grove's attorney";
   * not "a governor", nor a word with no more than itself to say who ("the source", "the head",
   * "the chair": as often things as people), unless an unnamed speaker it names was brought in
   * before ({@code spoke}: "a source close to the mayor said … The source added").
   */
  private static boolean definite(List<CoreLabel> tokens, Phrase p, Set<String> spoke) {
    // "the", or a possessive's: "his wife", "her lawyer"
    boolean the = NewsTokens.lower(tokens.get(p.begin())).equals("the")
        || "PRP$".equals(tokens.get(p.begin()).tag());
    boolean possessed = false;
    int head = head(tokens, p);
    // a possessive before any preposition determines the noun after it ("Grove's attorney",
    // "President Hale's chief of staff": the owner's title is no head); "the spokesman for
    // Hale's campaign" is the spokesman's
    for (int k = p.begin(); k + 1 < p.end() && !NewsTokens.preposition(tokens.get(k)); k++) {
      if ("POS".equals(tokens.get(k).tag())) {
        possessed = true;
        head = head(tokens, new Phrase(p.sentence(), k + 1, p.end(), p.kind()));
        break;
      }
    }
    String noun = NewsTokens.lower(tokens.get(head));
    // a plain noun for a person is one known person only after "the": "the man", not "his man"
    if (NewsTokens.plainPerson(tokens.get(head))) {
      return NewsTokens.lower(tokens.get(p.begin())).equals("the") && !possessed;
    }
    // "the source" after "a source … said" is that source; "the source of the leak", "the head
    // count" are still things
    return (the || possessed) && (!THING_LIKE.contains(noun)
        || spoke.contains(noun) && head == p.end() - 1 && !followedByOf(tokens, p));
  }

  /**
   * Whether description {@code p} opens with "another": someone new beside a person just told of
   * ("Hallor's deputy and another senior official had threatened"), as indefinite as "a" alone.
   */
  private static boolean another(List<CoreLabel> tokens, Phrase p) {
    return p.kind() == Phrase.Kind.DESCRIPTION && NewsTokens.lower(tokens.get(p.begin())).equals("another");
  }

  /**
   * Whether phrase {@code q} is one known person: a name ("Tom Hallor") or a definite description
   * ("the mayor's deputy"). "Another" someone joined to such a person by "and" as a subject of
   * the same verb ("Tom Hallor and another harbour official had threatened") did that with them:
   * one person, not anyone; joined to a group or to "a" someone, still too often anyone.
   */
  private static boolean known(List<CoreLabel> tokens, Phrase q, Set<String> spoke) {
    return q.kind() == Phrase.Kind.NAME
        || q.kind() == Phrase.Kind.DESCRIPTION && !Roles.plural(tokens, q) && definite(tokens, q, spoke);
  }

  /** Whether "of" follows phrase {@code p}: "the source of the leak". */
  private static boolean followedByOf(List<CoreLabel> tokens, Phrase p) {
    return p.end() < tokens.size() && NewsTokens.lower(tokens.get(p.end())).equals("of");
  }

  /** The first role noun (or plain noun for a person) of description {@code p}, else its first word. */
  private static int head(List<CoreLabel> tokens, Phrase p) {
    for (int k = p.begin(); k < p.end(); k++) {
      if (NewsTokens.roleNoun(tokens.get(k)) || NewsTokens.plainPerson(tokens.get(k))) {
        return k;
      }
    }
    return p.begin();
  }

  /** Role nouns that as often name a thing or a part: "the source of the outbreak", "the death count". */
  private static final Set<String> THING_LIKE = Set.of("source", "head", "chair", "monitor",
      "master", "justice", "general", "executive", "count");

  /**
   * Whether plain description {@code p} is followed by a relative clause and then, after a
   * comma, the name it describes: "the woman who received the photo, Ann Cole, a student": the
   * named person, not another.
   */
  private static boolean namedAfterClause(List<CoreLabel> tokens, Phrase p) {
    if (!plain(tokens, p) || p.end() >= tokens.size()
        || !Set.of("who", "that", "whom").contains(NewsTokens.lower(tokens.get(p.end())))) {
      return false;
    }
    for (int k = p.end() + 1; k + 1 < tokens.size(); k++) {
      if (tokens.get(k).word().equals(",")) {
        return NewsTokens.person(tokens.get(k + 1));
      }
    }
    return false;
  }

  /**
   * Whether description {@code p} is given its name right after it ("The 30-year-old student,
   * who has been named only as Mr Bao,"): the named person, not someone else.
   */
  private static boolean namedAs(List<CoreLabel> tokens, Phrase p) {
    for (int k = p.end() + 1; k < tokens.size() && k <= p.end() + 9; k++) {
      if (NewsTokens.person(tokens.get(k)) || NewsTokens.honorific(tokens.get(k))) {
        int name = Roles.beforeHonorifics(tokens, k);
        int named = Roles.pastNamedAs(tokens, name);
        return named != name && named == p.end() + 1;
      }
    }
    return false;
  }

  /** Whether description {@code p}'s head is a plain noun for a person: "the young man". */
  private static boolean plain(List<CoreLabel> tokens, Phrase p) {
    return p.kind() == Phrase.Kind.DESCRIPTION && NewsTokens.plainPerson(tokens.get(head(tokens, p)));
  }

  /** Words before a plain noun for a person that make anyone of it: "the average man". */
  private static final Set<String> ANYONE_OF = Set.of("average", "common", "ordinary", "everyday",
      "little", "modern", "reasonable", "typical", "right", "wrong");
  /** Words after a plain noun for a person that make a saying of it: "the man in the moon". */
  private static final List<List<String>> SAYINGS = List.of(List.of("in", "the", "moon"),
      List.of("on", "the", "street"), List.of("of", "the", "hour"), List.of("of", "the", "year"),
      List.of("of", "the", "match"), List.of("of", "the", "people"), List.of("of", "his", "word"),
      List.of("of", "her", "word"), List.of("who", "would", "be"), List.of("for", "the", "job"));

  /**
   * Whether description {@code p}, headed by a plain noun for a person, is anyone or a saying,
   * not one person: "the average man", "the man in the moon", "the man who would be king",
   * "the man of the hour".
   */
  private static boolean plainIdiom(List<CoreLabel> tokens, Phrase p) {
    if (!plain(tokens, p)) {
      return false;
    }
    int head = head(tokens, p);
    for (int k = p.begin(); k < head; k++) {
      if (ANYONE_OF.contains(NewsTokens.lower(tokens.get(k)))) {
        return true;
      }
    }
    return SAYINGS.stream().anyMatch(saying -> NewsTokens.wordsAt(tokens, head + 1, saying));
  }

  /**
   * Whether description {@code p} is a kin word in a saying or a name, not a relative: "the
   * mother of all battles", "the son of a gun", "Big Brother", "the Father of the Nation".
   */
  private static boolean idiom(List<CoreLabel> tokens, Phrase p) {
    int head = head(tokens, p);
    CoreLabel t = tokens.get(head);
    if (!NewsTokens.kin(t)) {
      return false;
    }
    boolean capitalised = head > 0 && Character.isUpperCase(t.word().charAt(0));
    boolean ofSome = head + 2 < tokens.size() && NewsTokens.lower(tokens.get(head + 1)).equals("of")
        && Set.of("all", "a", "an").contains(NewsTokens.lower(tokens.get(head + 2)));
    return capitalised || ofSome;
  }

  /** The name tags of a place or a body a description may be set beside. */
  private static final Set<String> PLACES_AND_BODIES = Set.of("COUNTRY", "LOCATION", "CITY",
      "STATE_OR_PROVINCE", "ORGANIZATION");

  /**
   * Whether description {@code p} is set off by commas beside a name ("Mary Kent, the mayor's
   * adviser, said"): then it is that person's role, not another person; or beside a place's or
   * an organisation's ("Japan, a key ally, said", "according to the operator, Kettle Ferries"):
   * then it is no person.
   */
  private static boolean appositive(List<CoreLabel> tokens, Phrase p) {
    int b = p.begin();
    while (b > 0 && ("RB".equals(tokens.get(b - 1).tag()) || "DT".equals(tokens.get(b - 1).tag()))) {
      b--; // "X, then the deputy adviser,"
    }
    // "Ann Cole, 45, a teacher": past the age
    int comma = b >= 1 && tokens.get(b - 1).word().equals(",") ? Roles.beforeAge(tokens, b - 1) : -1;
    boolean after = comma >= 1 && NewsTokens.person(tokens.get(comma - 1))
        && !Roles.subjectOfNextClause(tokens, Roles.nameBegin(tokens, comma), p)
        // "Japan, a key ally, said": a country's or a body's description, no person; but "… by
        // the district attorney for Kent County, Hale's lawyer said": who says the sentence
        || comma >= 1 && PLACES_AND_BODIES.contains(tokens.get(comma - 1).ner())
            && !(p.end() < tokens.size() && NewsTokens.speechVerb(tokens, p.end()));
    // "The federal judge overseeing the case, Ann Brand,": past a participle's phrase
    int close = Roles.participlePhraseEnd(tokens, p.end());
    close = close > 0 ? close : p.end();
    boolean before = close + 1 < tokens.size() && tokens.get(close).word().equals(",")
        && (NewsTokens.person(tokens.get(close + 1))
            // "according to the operator, Kettle Ferries": the description is a company's
            || "ORGANIZATION".equals(tokens.get(close + 1).ner()));
    return after || before;
  }

  /**
   * Gives a mention without a role the role of the earlier mention of the same person: the same
   * full name, or a bare surname that only one named person of the whole article carries (so
   * Liz, Mary and Dick of one family keep their own roles, and "Cheney" copies none of them).
   */
  private static List<PersonMention> inheritRoles(List<Found> found) {
    Map<String, Set<String>> fullNames = new HashMap<>();
    for (Found f : found) {
      if (f.mention().named() && f.mention().name().strip().contains(" ")) {
        fullNames.computeIfAbsent(Surnames.of(f.mention().name()), k -> new TreeSet<>())
            .add(f.mention().name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
      }
    }
    Map<String, PersonMention> described = new HashMap<>();
    Map<String, Set<String>> namesBySurname = new HashMap<>();
    List<PersonMention> people = new ArrayList<>();
    Descriptions descriptions = new Descriptions();
    for (Found f : found) {
      PersonMention p = f.mention();
      if (!p.named()) {
        if (!p.role().contains(" ")) {
          String role = descriptions.fuller(p.role(), people.size()).orElse(p.role());
          p = new PersonMention(null, role, p.affiliation(), p.span());
        }
        descriptions.add(p, people.size());
        people.add(p);
        continue;
      }
      String full = p.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      String key = Surnames.of(p.name());
      namesBySurname.computeIfAbsent(key, k -> new TreeSet<>());
      if (full.contains(" ")) {
        namesBySurname.get(key).add(full);
      }
      PersonMention earlier = described.get(full);
      if (earlier == null && !full.contains(" ") && namesBySurname.get(key).size() == 1
          && fullNames.getOrDefault(key, Set.of()).size() <= 1) {
        earlier = described.get(namesBySurname.get(key).iterator().next());
      }
      if (p.role() == null && earlier != null) {
        p = new PersonMention(p.name(), earlier.role(), earlier.affiliation(), p.span(), p.gender());
      } else if (p.role() != null) {
        described.putIfAbsent(full, p);
      }
      people.add(p);
    }
    return people;
  }
}
