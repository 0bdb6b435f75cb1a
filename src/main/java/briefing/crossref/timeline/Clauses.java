package briefing.crossref.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a sentence that tell one happening each: a sentence with two dates ("talks with
 * the alliance on Wednesday and at the security body on Thursday") is two clauses, split at the
 * last clause break between the dates, and a date in a clause of its own (a relative clause, a
 * participle's) dates only that clause; a happening counted from another ("a day after the
 * vote"); and the words around a name that say it is no participant ("the Hallor
 * administration"). The words around a date that say it dates nothing are {@link
 * DatesInPassing}'s; what a sentence tells of someone's words is {@link Sayings}'.
 */
final class Clauses {
  /**
   * Where one clause ends and the next begins, between two dates, strongest first: the first
   * break of the strongest kind found after the first date ends its clause ("and" inside "the port
   * and the council" is only taken where nothing stronger is there).
   */
  private static final Pattern COMMA = Pattern.compile(",\\s+");
  private static final List<Pattern> BREAKS = List.of(Pattern.compile(";\\s+"),
      Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+"), COMMA,
      Pattern.compile("\\s+(?:and|but|while|whereas)\\s+"));
  /**
   * A happening tied to another it followed: "The surge came after …", "The speech comes after a
   * year in which …", "The ruling follows a request …".
   */
  private static final Pattern CAUSE = Pattern.compile("\\b(?:comes|came) (?:after|as|amid"
      + "|on the heels of)\\b(?! a result)|\\b(?:follows|followed) (?:a|an|the|his|her|their|its"
      + "|weeks|days|months|years)\\b");
  /** A relative clause set off by a comma or a dash: ", where …", ", which …", " – who …". */
  private static final Pattern RELATIVE_TAIL = Pattern.compile(
      "(,|\\s[–—]|\\s--)\\s+(where|which|who|whom|whose)\\b");
  /** A comma and the verb of a main clause going on after a relative clause: ", may be …". */
  private static final Pattern RESUMED = Pattern.compile(",\\s+(?:may|might|will|would|could|can"
      + "|should|must|is|are|was|were|has|have|had|did|does|do)\\b");
  /** A clause telling what came before or after the sentence's happening: "… after she was …". */
  private static final Pattern SUBORDINATE = Pattern.compile(
      ",?\\s+(after|before|since|until)\\s+(?=\\p{L})");
  /** A past participle: a word in "-ed" or a common irregular one. */
  private static final String PARTICIPLE = "(\\p{Ll}{2,}ed|written|given|taken|shown|seen|made"
      + "|held|sent|built|brought|found|kept|left|spoken|chosen|drawn|known|sold|paid|struck|spent"
      + "|put|set|cut)";
  /**
   * A comma and a past participle opening what describes the noun before it: ", distributed to
   * lawmakers last month", ", passed by the House on Tuesday".
   */
  private static final Pattern REDUCED_RELATIVE = Pattern.compile(",\\s+(?:(?:first|later|then"
      + "|already|previously|recently)\\s+)?" + PARTICIPLE + "\\s");
  /** A participle or a verb's -ing form. */
  private static final String VERB_FORM = "(?:\\p{Ll}{2,}ing|" + PARTICIPLE + ")\\b";
  /**
   * What a part of a sentence opens with where it has no subject of its own: a participle or a
   * verb's -ing form after a word tying it to the main clause ("after getting testy with
   * reporters", "for declining").
   */
  private static final Pattern NO_SUBJECT = Pattern.compile("(?:after|before|since|until|for"
      + "|while|when|by|without|upon|on)\\s+" + VERB_FORM);
  /** A participle or -ing form opening a part with no word tying it on ("distributed to …"). */
  private static final Pattern BARE_PARTICIPLE = Pattern.compile(VERB_FORM);
  /** A part that only says who said the sentence, and when: "… a spokesman said Friday morning." */
  private static final Pattern SPEECH_TAG = Pattern.compile("[^,;:\"“”]{0,60}?\\b(?:said|says"
      + "|told|added|announced|reported)(?:\\s+[\\p{L}.]+){0,3}[.!]?");
  /** An aside opening after its subject: ", who …". */
  private static final Pattern ASIDE_OPEN = Pattern.compile(",\\s+(?:who|whom|whose|which)\\b");
  /** A gerund opening a clause after "after", "before": "after clashing with reporters". */
  private static final Pattern GERUND = Pattern.compile("\\p{Ll}{2,}ing\\b");
  /** A word in "-ed" right after a determiner is an adjective: "after the delayed vote". */
  private static final Pattern ADJECTIVE_ED = Pattern.compile(
      "(?i)\\b(?:the|a|an|his|her|its|their|our)\\s+\\p{Ll}{2,}ed\\b");
  /** A date counted back from now, up to its end: "a month ago". */
  private static final Pattern AGO = Pattern.compile("[^,;.]{0,25}?\\bago\\b");
  /** A happening's noun and where it was, right before a date: "the flood in Clayburn …". */
  private static final Pattern HAPPENING_NOUN = Pattern.compile("(?i)\\b(?:attack|death|killing"
      + "|shooting|bombing|crash|election|vote|debate|speech|interview|announcement|ruling|visit"
      + "|storm|earthquake|flood|massacre|raid|explosion|fire|primary|convention)s?"
      + "(?:\\s+(?:in|at|on|of|near)\\s+[^,;:.\"“”]{1,40}?)?\\s+$");
  /** A relative pronoun: a subject it describes may run on to a comma before its own verb. */
  private static final Pattern SUBJECT_RELATIVE = Pattern.compile("\\b(?:who|which|whose)\\b");
  /** Participles that attribute words rather than describe: ", said the mayor on Tuesday". */
  private static final Pattern SAYING_PARTICIPLE = Pattern.compile("said|told|added|asked|replied"
      + "|noted|stated|reported|announced|explained|argued|warned|insisted|claimed");
  /** "for" and a verb's -ing form: what someone is praised or blamed for doing. */
  private static final Pattern FOR_DOING = Pattern.compile(
      ",?\\s+(for\\s+(?!(?:morning|evening|nothing|something|anything|everything|funding"
          + "|spending|housing|training|building|hearing|meeting|briefing|clothing|lending"
          + "|borrowing|parking|shipping|financing|polling|voting|testing|screening|staffing"
          + "|fundraising)\\b)\\p{Ll}{2,}ing)\\b");
  /** A comma and whoever said the sentence, right before a date: "…, officials said on". */
  private static final Pattern SAID_TAIL = Pattern.compile(",\\s+[^,]{0,60}?\\b(?:said|says"
      + "|told|added|announced|reported)(?:\\s+\\p{L}+){0,2}\\s*$");
  /**
   * A verb that makes a clause of its own: a form of "be" or "have", a modal, a regular past
   * tense or a common irregular one.
   */
  static final Pattern FINITE = Pattern.compile("\\b(?:is|are|was|were|has|have|had"
      + "|will|would|can|could|said|says|told|\\p{Ll}{2,}ed|set|took|made|went|came|gave|met|held"
      + "|left|led|spoke|wrote|began|brought|sent|won|lost|ran|saw|found|kept|got|put|became)\\b");
  /** What a word in "-ed" must not be for its "-ed" to be an ending: "need", "indeed", "exceed". */
  static final String NOT_AN_ENDING = "(?!(?:indeed|need|speed|seed|feed|bleed|breed|greed|creed"
      + "|proceed|exceed|succeed|heed|deed)\\b)";
  /**
   * A verb in the past tense: a common irregular one, or a word in "-ed" in lower case (which
   * takes in some adjectives, "proposed", "based": where a rule needs no past verb, such a word
   * keeps it from applying, the safe side), not one whose "-ed" is no ending ("need", "indeed",
   * "exceed"), nor "won't".
   */
  static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|were|had|did|said|told"
      + "|went|made|took|gave|came|got|began|became|found|left|held|led|met|put|ran|saw|sent|set"
      + "|spoke|stood|thought|won|wrote|brought|bought|caught|fought|taught|sought|knew|grew|drew"
      + "|threw|chose|rose|fell|felt|kept|lost|meant|paid|sold|struck|spent|heard|hit|cut|let"
      + "|read|tore|shot|fled|quit|broke|drove|flew|ate|drank|swore|wore|bit|hid|sat|lay|laid"
      + "|rode|rang|sang|sank|spun|stole|stuck|swam|swung|understood|woke|forgave|forgot|froze"
      + "|hung|bent|built|dealt|dug|fed|lent|lit|slept|swept|withdrew|withheld|upheld|undertook"
      + "|underwent|oversaw|overcame|arose|blew|bore|clung|crept|leapt|shook|shone"
      + "|shrank|slid|sprang|strode|wept|wound"
      + "|(?-i:" + NOT_AN_ENDING + "\\p{Ll}{2,}ed))\\b(?!['’]t)");
  /** Words a name qualifies rather than acts in: "the Hallor administration", "Hallor spokesman". */
  private static final Pattern QUALIFIED = Pattern.compile("(?i)^\\s+(?:administration|government"
      + "|campaign|camp|cabinet|team|aides?|advis[eo]rs?|spokes(?:man|woman|person)|doctrine|era"
      + "|presidency|regime|loyalists|supporters|critics|allies)\\b");
  /** "a day after …", "two weeks before …": a happening dated from another one. */
  private static final Pattern COUNTED = Pattern.compile("(?i)\\b(a|an|one|two|three|four|five"
      + "|six|seven|\\d{1,2})\\s+(day|days|week|weeks)\\s+(after|before)\\s+(?=\\p{L})");
  /** What follows a name in the possessive: "Hallor's", "Hallor’s". */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\b");
  /**
   * A happening the report told before, counted from ("three days after that guilty plea"): it
   * has a day of its own, which the sentence does not give, and no clause of this sentence tells it.
   */
  private static final Pattern TOLD_BEFORE = Pattern.compile("(?i)(?:that|this|these|those|such)\\s");
  /**
   * What may open a sentence before a count: nothing, a quotation mark or bracket, one word ("Just
   * a day after …").
   */
  private static final Pattern OPENING = Pattern.compile("\\s*[\"\u201C(\\[]?\\s*(?:\\p{L}+\\s+)?");
  /** The fewest words of a counted happening that opens its sentence, before its clause's comma. */
  private static final int CLAUSE_WORDS = 4;
  /** The comma that ends an opening clause, with the closing quotation mark it may hold. */
  private static final Pattern CLAUSE_COMMA = Pattern.compile(",[\"\u201D\u2019']?(?=\\s)");
  /** A clause that opens with the verb reporting it: its speaker is in the clause before. */
  private static final Pattern REPORTED = Pattern.compile("(?i)(?:and\\s+|but\\s+)?(?:said|says"
      + "|added|told|announced|warned|noted|stated|declared)\\b");
  private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "an", 1, "one", 1, "two", 2,
      "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7);

  private Clauses() {}

  /**
   * One stretch of a sentence.
   *
   * @param start where it starts in the sentence
   * @param end where it ends
   * @param text its words
   * @param shown its words as a summary shows them, "…" marking where the sentence goes on
   */
  record Clause(int start, int end, String text, String shown) {
    boolean holds(int offset) {
      return offset >= start && offset < end;
    }
  }

  /**
   * A happening dated by counting from another: {@code days} after (negative: before) the
   * happening the sentence names from {@code from} to {@code to}: the rest of the sentence, or
   * where the count opens it ("A day after telling reporters X, he spoke"), to the clause's end.
   */
  record Counted(String written, int days, int from, int to) {}

  /**
   * One clause per date, dates given by where they start (in order); the whole sentence from
   * {@code opening} for each where no break lies between two dates.
   */
  static List<Clause> split(String sentence, int opening, List<Integer> dateStarts) {
    List<int[]> cuts = new ArrayList<>();
    int clauseStart = opening;
    for (int i = 0; i + 1 < dateStarts.size(); i++) {
      int[] cut = firstBreak(sentence, clauseStart, dateStarts.get(i), dateStarts.get(i + 1));
      if (cut == null) {
        return dateStarts.stream().map(d -> clause(sentence, opening, sentence.length(), opening))
            .toList();
      }
      cuts.add(cut);
      clauseStart = cut[1];
    }
    List<Clause> clauses = new ArrayList<>();
    int from = opening;
    for (int[] cut : cuts) {
      clauses.add(clause(sentence, from, cut[0], opening));
      from = cut[1];
    }
    clauses.add(clause(sentence, from, sentence.length(), opening));
    return clauses;
  }

  /**
   * The start and end of the first break of the strongest kind between two dates, or null. A
   * break that would leave the clause from {@code clauseStart} too few words to tell anything is
   * none: the comma after an opening adverbial ("Earlier Friday, Hallor revealed her plan, a
   * bridge she had kept quiet about since March") ends no clause of its own.
   */
  private static int[] firstBreak(String sentence, int clauseStart, int after, int before) {
    for (Pattern kind : BREAKS) {
      Matcher m = kind.matcher(sentence).region(after, before);
      while (m.find()) {
        // the comma closing an aside of the subject ("Brand, who took office in 2019, resigned on
        // Tuesday") ends no clause: the verb after it is the subject's
        if (kind == COMMA) {
          Matcher aside = ASIDE_OPEN.matcher(sentence).region(clauseStart, m.start());
          if (aside.find() && !FINITE.matcher(sentence.substring(clauseStart, aside.start())).find()) {
            continue;
          }
        }
        if (TimelineWords.of(sentence.substring(clauseStart, m.start())).size()
            >= TimelineCandidates.MIN_WORDS) {
          return new int[] {m.start(), m.end()};
        }
      }
    }
    return null;
  }

  /** A relative pronoun opening a clause: whom or what it tells of stands before it. */
  private static final Pattern RELATIVE_OPEN = Pattern.compile("(?:who|whom|whose|which|where)\\b");
  /** A word a noun phrase may open with: a determiner, or a capitalised word (a name). */
  private static final Pattern PHRASE_OPEN = Pattern.compile(
      "(?:a|an|the|his|her|its|their|this|these|those|\\p{Lu}\\S*)");
  /** A word of the phrase before a relative clause: no mark within it. */
  private static final Pattern WORD = Pattern.compile("[^\\s,;:()\"“”—–]+");
  /** How many words before a relative clause its antecedent may take. */
  private static final int ANTECEDENT_WORDS = 7;
  /** An age or a party set beside a name: "54", "D-Wessex", "R-Kent". */
  private static final Pattern ASIDE = Pattern.compile("\\d{1,3}|[DRI]-\\S+|(?:a\\s+)?(?:Democrat|Republican)");
  /** What ties a name or noun to the phrase it is part of: "the governor of Wessex". */
  private static final Pattern OF = Pattern.compile("of|for");

  /**
   * Where the phrase a relative clause starting at {@code start} tells of begins, among the last
   * {@link #ANTECEDENT_WORDS} words before its comma or dash: a name's capitalised words ("the
   * West that Moscow, which …" tells of Moscow; "Sheriff Joe Arpaio, who …"; "Ann Cole and Tom
   * Reed, who …"), else from the last determiner ("the harbour, which …"), else the last two
   * words; with the phrase it is part of ("the governor of Wessex, who …"), and past an age or a
   * party set beside a name ("Ann Cole, 54, who …"); never before another mark or
   * {@code opening}. {@code start} where no comma or dash sets the clause off.
   */
  private static int antecedent(String sentence, int opening, int start) {
    int mark = start - 1;
    while (mark > opening && Character.isWhitespace(sentence.charAt(mark))) {
      mark--;
    }
    if (mark <= opening || ",–—-".indexOf(sentence.charAt(mark)) < 0) {
      return start;
    }
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(sentence).region(opening, mark);
    while (w.find()) {
      // a mark between two words ends the phrase: only the words after it count
      if (!words.isEmpty() && sentence.substring(words.get(words.size() - 1)[1], w.start()).strip().length() > 0) {
        words.clear();
      }
      words.add(new int[] {w.start(), w.end()});
    }
    if (words.isEmpty()) {
      return start;
    }
    // "Ann Cole, 54, who …", "Rep. Ann Cole, D-Wessex, who …": an age or a party set beside the
    // name; the name is before it
    if (words.size() <= 2 && ASIDE.matcher(sentence.substring(words.get(0)[0], mark)).matches()) {
      int before = antecedent(sentence, opening, words.get(0)[0]);
      return before < words.get(0)[0] ? before : start;
    }
    List<int[]> last = words.subList(Math.max(0, words.size() - ANTECEDENT_WORDS), words.size());
    int k = last.size() - 1;
    if (capitalised(sentence, last.get(k))) {
      // a name: its capitalised words, and the determiner before them ("the Clayburn Council")
      while (k > 0 && (capitalised(sentence, last.get(k - 1))
          // "Ann Cole and Tom Reed, who were both elected"
          || k > 1 && word(sentence, last.get(k - 1)).equals("and") && capitalised(sentence, last.get(k - 2)))) {
        k--;
      }
      if (k > 0 && PHRASE_OPEN.matcher(word(sentence, last.get(k - 1))).matches()
          && !capitalised(sentence, last.get(k - 1))) {
        k--;
      }
    } else {
      while (k > 0 && !PHRASE_OPEN.matcher(word(sentence, last.get(k))).matches()) {
        k--;
      }
      if (!PHRASE_OPEN.matcher(word(sentence, last.get(k))).matches()) {
        return last.get(Math.max(0, last.size() - 2))[0];
      }
    }
    // "the governor of Wessex, who …": the phrase the name or noun is a part of
    while (k > 1 && OF.matcher(word(sentence, last.get(k - 1))).matches()) {
      int j = k - 2;
      while (j > 0 && !PHRASE_OPEN.matcher(word(sentence, last.get(j))).matches()) {
        j--;
      }
      if (!PHRASE_OPEN.matcher(word(sentence, last.get(j))).matches()) {
        break;
      }
      k = j;
    }
    return last.get(k)[0];
  }

  private static String word(String sentence, int[] at) {
    return sentence.substring(at[0], at[1]);
  }

  private static boolean capitalised(String sentence, int[] at) {
    return Character.isUpperCase(sentence.charAt(at[0]));
  }

  private static Clause clause(String sentence, int start, int end, int opening) {
    String text = sentence.substring(start, end).strip();
    String shown = text;
    if (start > opening && REPORTED.matcher(text).lookingAt()) {
      // "… said the talks would be held Monday …" hides who said it: shown from the opening
      shown = sentence.substring(opening, end).strip();
    } else if (start > opening) {
      // "… a hacker, who had then sent the photo out late Friday": whom a relative clause tells
      // of, the words before its comma, shown with it
      int from = RELATIVE_OPEN.matcher(text).lookingAt() ? antecedent(sentence, opening, start) : start;
      shown = "… " + sentence.substring(from, end).strip();
    }
    if (end < sentence.length()) {
      shown = shown.replaceAll("[,;:]$", "") + " …";
    }
    return new Clause(start, end, text, shown);
  }

  /**
   * The part of {@code clause} that the date starting at {@code dateStart} tells of, where that
   * is a clause of its own rather than the sentence's main clause; else the clause itself:
   * <ul>
   *   <li>after a main clause with a verb of its own, a relative clause (", where parents talk of
   *       the flood that closed the harbour on March 2") or a clause of what came before or after
   *       ("after the mayor was criticised at last week's hearing"), to the sentence's end or to
   *       where the main clause goes on ("Moscow, which seized the peninsula in 2014, may be
   *       poised …");
   *   <li>what someone is thanked or blamed for doing ("… tweaked the House for passing a
   *       resolution on Tuesday");
   *   <li>a happening's noun before a date counted back from now ("… a question about the flood
   *       in Clayburn a month ago, Hallor said"): the date is the flood's;
   *   <li>a past participle's clause after a comma, describing what the main clause names ("…
   *       cited the review, distributed to lawmakers last month"), not a verb after its subject's
   *       apposition ("Brand, a councillor, issued …");
   *   <li>an aside within the subject or an opening phrase, set off by commas or dashes ("The
   *       chairman, who took office last year, said …"), up to the mark that closes it; a date
   *       after the aside ("…, said on Tuesday") is the sentence's.
   * </ul>
   */
  static Clause ofDate(String sentence, Clause clause, int dateStart, int opening) {
    if (clause.end() < sentence.length() || dateStart <= clause.start()) {
      return clause;
    }
    // where the main clause ends, where the date's own clause starts, and the mark that set it off
    int mainEnd = -1;
    int from = -1;
    String mark = ",";
    Matcher relative = RELATIVE_TAIL.matcher(sentence).region(clause.start(), dateStart);
    while (relative.find()) {
      mainEnd = relative.start();
      from = relative.start(2);
      mark = relative.group(1).strip();
    }
    // "… cited the review, distributed to lawmakers last month": a past participle after a
    // comma describes what the main clause names, in a clause of its own
    Matcher reduced = REDUCED_RELATIVE.matcher(sentence).region(clause.start(), dateStart);
    while (reduced.find()) {
      // after a verb of the main clause's, since the comma before: "Brand, a councillor,
      // issued …" and "the president, Dan Cathy, made …" are the subject's own verbs
      String before = sentence.substring(clause.start(), reduced.start());
      // and holding the date: ", accompanied by his wife, on Tuesday" closes before it
      if (reduced.start() > mainEnd && !SAYING_PARTICIPLE.matcher(reduced.group(1)).matches()
          && sentence.substring(reduced.end(), dateStart).indexOf(',') < 0
          && FINITE.matcher(before.substring(before.lastIndexOf(',') + 1)).find()
          // "The official who first disclosed …, denied on Wednesday": the subject's own verb
          && !SUBJECT_RELATIVE.matcher(before).find()) {
        mainEnd = reduced.start();
        from = reduced.start(1);
        mark = ",";
      }
    }
    // "… to hit the reset after the president was panned at last week's debate": a clause of its
    // own, with a verb or opening with a gerund, not a phrase ("after the vote on Monday")
    Matcher after = SUBORDINATE.matcher(sentence).region(clause.start(), dateStart);
    while (after.find()) {
      // "after clashing with reporters late Tuesday" is a clause too; "after the delayed vote
      // on Thursday" is not, its "-ed" word an adjective
      String own = ADJECTIVE_ED.matcher(sentence.substring(after.end(), dateStart)).replaceAll(" ");
      if (after.start() > mainEnd && (FINITE.matcher(own).find()
          || GERUND.matcher(sentence).region(after.end(), dateStart).lookingAt())) {
        mainEnd = after.start();
        from = after.start(1);
        mark = ",";
      }
    }
    // "responding to a question about the flood in Clayburn a month ago, she said": a date
    // counted back from now right after a happening's noun dates that happening
    if (AGO.matcher(sentence.substring(dateStart)).lookingAt()) {
      Matcher noun = HAPPENING_NOUN.matcher(sentence).region(clause.start(), dateStart);
      if (noun.find() && noun.start() > mainEnd) {
        mainEnd = noun.start();
        from = noun.start();
        mark = ",";
      }
    }
    // "He tweaked the council for passing a resolution on Tuesday": what the main verb is about
    Matcher forDoing = FOR_DOING.matcher(sentence).region(clause.start(), dateStart);
    while (forDoing.find()) {
      if (forDoing.start() > mainEnd) {
        mainEnd = forDoing.start();
        from = forDoing.start(1);
        mark = ",";
      }
    }
    // "…, where eight were infected, officials said on Friday": the relative clause ended, and
    // the date is the saying's, of the whole sentence
    if (mainEnd < 0 || SAID_TAIL.matcher(sentence.substring(from, dateStart)).find()) {
      return clause;
    }
    String main = sentence.substring(clause.start(), mainEnd);
    if (!FINITE.matcher(main).find()) {
      // an aside: the date is its own only where no closing mark comes between them
      int close = sentence.indexOf(mark, dateStart);
      return sentence.substring(from, dateStart).contains(mark) || close < 0
          || close >= clause.end() ? clause
          : clause(sentence, from, close, opening);
    }
    if (TimelineWords.of(main).size() < TimelineCandidates.MIN_WORDS) {
      return clause;
    }
    Matcher resumed = RESUMED.matcher(sentence).region(dateStart, clause.end());
    return clause(sentence, from, resumed.find() ? resumed.start() : clause.end(), opening);
  }

  /**
   * True for a clause's words as {@link Clause#shown()} gives them where the sentence went on
   * before them: a part that does not open its sentence.
   */
  static boolean opensLater(String shown) {
    return shown.startsWith("… ");
  }

  /**
   * True for a part of a sentence, as {@link Clause#shown()} gives it, that does not say who did
   * what: a clause opening later with no subject of its own ("… after getting testy with reporters
   * late Tuesday."), a noun phrase ("… interview a month ago."), or who said the sentence ("… a
   * spokesman said Friday morning."). Not a relative clause, which is shown with whom or what it
   * tells of.
   */
  static boolean subjectless(String shown) {
    if (!opensLater(shown)) {
      return false;
    }
    String part = shown.substring(2).replaceFirst(" …$", "");
    if (RELATIVE_TAIL.matcher(part).find()) {
      return false;
    }
    // "… distributed to lawmakers last month." has no verb of its own after its participle;
    // "… during the talks the mayor walked out", "… building inspectors closed the pier" do
    Matcher bare = BARE_PARTICIPLE.matcher(part);
    return NO_SUBJECT.matcher(part).lookingAt()
        || bare.lookingAt() && !hasVerb(part.substring(bare.end()))
        || SPEECH_TAG.matcher(part).matches() || !hasVerb(part);
  }

  /** Whether {@code text} holds a verb that makes a clause: {@link #FINITE} or {@link #PAST}. */
  private static boolean hasVerb(String text) {
    return FINITE.matcher(text).find() || PAST.matcher(text).find();
  }

  /** True for a clause's words as {@link Clause#shown()} gives them where the sentence goes on. */
  static boolean isPart(String shown) {
    return opensLater(shown) || shown.endsWith(" …");
  }

  /**
   * Where the sentence ties a happening to another before it ("The surge of support came after
   * the owner said …"), or -1: it tells of that other happening, the cause or the background.
   */
  static int causeAt(String sentence) {
    if (!sentence.contains("came ") && !sentence.contains("comes ")
        && !sentence.contains("follow")) {
      return -1; // most sentences: no need to try the pattern at every place
    }
    Matcher m = CAUSE.matcher(sentence);
    return m.find() ? m.start() : -1;
  }

  /** True where a possessive follows the name ending at {@code end}: "Lund's", "Lund’s". */
  static boolean possessive(String sentence, int end) {
    return POSSESSIVE.matcher(sentence).region(Math.min(end, sentence.length()), sentence.length())
        .lookingAt();
  }

  /** True where the name ending at {@code end} qualifies the word after it. */
  static boolean qualifies(String sentence, int end) {
    return QUALIFIED.matcher(sentence.substring(end)).find();
  }

  /** The counted happening of the sentence ("came a day after the navy unveiled …"), if any. */
  static Optional<Counted> counted(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (!lower.contains("after") && !lower.contains("before")) {
      return Optional.empty(); // most sentences: no need to try the pattern at every place
    }
    Matcher m = COUNTED.matcher(sentence);
    if (!m.find() || TOLD_BEFORE.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
      return Optional.empty();
    }
    String n = m.group(1).toLowerCase(Locale.ROOT);
    int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
    int days = count * (m.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1);
    // "X came a day after Y": Y is a day before X
    int signed = m.group(3).equalsIgnoreCase("after") ? -days : days;
    int to = sentence.length();
    if (OPENING.matcher(sentence.substring(0, m.start())).matches()) {
      // the first comma after a few words: "A day after Norland, Ruritania and Freedonia met in
      // the harbour town, the board …" lists names before its clause ends
      Matcher comma = CLAUSE_COMMA.matcher(sentence).region(m.end(), sentence.length());
      while (comma.find()) {
        if (sentence.substring(m.end(), comma.start()).strip().split("\\s+").length >= CLAUSE_WORDS) {
          to = comma.end();
          break;
        }
      }
    }
    return Optional.of(new Counted(m.group().strip(), signed, m.end(), to));
  }
}
