package briefing.crossref.timeline;

import briefing.text.CalendarWords;
import briefing.text.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a sentence that tell one happening each: a sentence with two dates ("talks with
 * the alliance on Wednesday and at the security body on Thursday") is two clauses, split at the last clause break
 * between the dates; and the words around a date or a name that say it is no happening's date
 * ("after 1997") or no participant ("the Hallor administration").
 */
final class Clauses {
  /**
   * Where one clause ends and the next begins, between two dates, strongest first: the first
   * break of the strongest kind found after the first date ends its clause ("and" inside "the port
   * and the council" is only taken where nothing stronger is there).
   */
  private static final List<Pattern> BREAKS = List.of(Pattern.compile(";\\s+"),
      Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+"), Pattern.compile(",\\s+"),
      Pattern.compile("\\s+(?:and|but|while|whereas)\\s+"));
  /**
   * A sentence telling of someone's answer to what happened: "In response to the vote, …",
   * "Responding to the ruling, …", "… critics hit back".
   */
  private static final Pattern REACTION = Pattern.compile("^\\W*(?:(?:In|in) (?:response|reply"
      + "|reaction) to|Responding to|Reacting to)\\b|^[^,;:]{0,60}?\\b(?:responded|reacted"
      + "|(?:hit|fired|shot) back|retorted)\\b");
  /**
   * A sentence bringing in someone's written piece, to quote it: "Over at the Herald, a post on
   * the vote provides the following commentary:", "An editorial in the Gazette reads:".
   */
  private static final Pattern COMMENTARY = Pattern.compile("(?i)\\b(?:post|blog|column|editorial"
      + "|op-ed|commentary|article|essay)\\b[^:\"“”]*:\\s*$");
  /**
   * A name with an age after it ("Ann Brand, 22, a student …"): someone a reporter asked, a
   * passer-by or a member of a crowd, not a newsmaker.
   */
  private static final Pattern PASSER_BY = Pattern.compile(
      "\\p{Lu}[\\p{L}'’-]+,\\s+\\d{1,2},\\s");
  /**
   * A happening tied to another it followed: "The surge came after …", "The speech comes after a
   * year in which …", "The ruling follows a request …".
   */
  private static final Pattern CAUSE = Pattern.compile("\\b(?:comes|came) (?:after|as|amid"
      + "|on the heels of)\\b(?! a result)|\\b(?:follows|followed) (?:a|an|the|his|her|their|its"
      + "|weeks|days|months|years)\\b");
  /** What follows the stamp of a reader's comment: ", riverfan wrote:". */
  private static final Pattern COMMENT = Pattern.compile(",?\\s*[^\\s,]{1,40}\\s+wrote:");
  /** A relative clause set off by a comma or a dash: ", where …", ", which …", " – who …". */
  private static final Pattern RELATIVE_TAIL = Pattern.compile(
      "(,|\\s[–—]|\\s--)\\s+(where|which|who|whom|whose)\\b");
  /** A comma and the verb of a main clause going on after a relative clause: ", may be …". */
  private static final Pattern RESUMED = Pattern.compile(",\\s+(?:may|might|will|would|could|can"
      + "|should|must|is|are|was|were|has|have|had|did|does|do)\\b");
  /** A clause telling what came before or after the sentence's happening: "… after she was …". */
  private static final Pattern SUBORDINATE = Pattern.compile(
      ",?\\s+(after|before|since|until)\\s+(?=\\p{L})");
  /**
   * A comma and a past participle opening what describes the noun before it: ", distributed to
   * lawmakers last month", ", passed by the House on Tuesday".
   */
  private static final Pattern REDUCED_RELATIVE = Pattern.compile(",\\s+(?:(?:first|later|then"
      + "|already|previously|recently)\\s+)?(\\p{Ll}{2,}ed|written|given|taken|shown|seen|made|held"
      + "|sent|built|brought|found|kept|left|spoken|chosen|drawn|known|sold|paid|struck|spent|put"
      + "|set|cut)\\s");
  /** A relative pronoun: a subject it describes may run on to a comma before its own verb. */
  private static final Pattern SUBJECT_RELATIVE = Pattern.compile("\\b(?:who|which|whose)\\b");
  /** Participles that attribute words rather than describe: ", said the mayor on Tuesday". */
  private static final Pattern SAYING_PARTICIPLE = Pattern.compile("said|told|added|asked|replied"
      + "|noted|stated|reported|announced|explained|argued|warned|insisted|claimed");
  /** "for" and a verb's -ing form: what someone is praised or blamed for doing. */
  private static final Pattern FOR_DOING = Pattern.compile(
      ",?\\s+(for\\s+(?!(?:morning|evening|nothing|something|anything|everything)\\b)\\p{Ll}{2,}ing)\\b");
  /** A comma and whoever said the sentence, right before a date: "…, officials said on". */
  private static final Pattern SAID_TAIL = Pattern.compile(",\\s+[^,]{0,60}?\\b(?:said|says"
      + "|told|added|announced|reported)(?:\\s+\\p{L}+){0,2}\\s*$");
  /**
   * A verb that makes a clause of its own: a form of "be" or "have", a modal, a regular past
   * tense or a common irregular one.
   */
  private static final Pattern FINITE = Pattern.compile("\\b(?:is|are|was|were|has|have|had"
      + "|will|would|can|could|said|says|told|\\p{Ll}{2,}ed|set|took|made|went|came|gave|met|held"
      + "|left|led|spoke|wrote|began|brought|sent|won|lost|ran|saw|found|kept|got|put|became)\\b");
  /**
   * A year, month or week counted from another the text gives ("the following year"), an
   * ordinal day, week or month of a stretch it names ("the second day of the new council"), or a
   * horizon years ahead ("those retiring a decade from now"): no day anything happens.
   */
  private static final Pattern NARRATIVE_STEP = Pattern.compile("(?i)(?:the\\s+(?:following|next"
      + "|previous|preceding|prior)\\s+(?:year|month|week)|(?:a|one|the)\\s+(?:year|month|week)"
      + "\\s+(?:later|earlier|before|after)"
      + "|(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|\\d{1,2}(?:st|nd|rd|th))"
      + "\\s+(?:day|week|month)"
      + "|(?:a|an|one|two|three|four|five|ten|twenty|several|a\\s+few|\\d+)\\s+(?:decades?|years?)"
      + "\\s+from\\s+now)");
  /** A date after these words bounds a stretch of time; it is not when anything happened. */
  private static final Pattern BOUND = Pattern.compile(
      "(?i)\\b(?:after|before|since|until|till|prior to)\\s+$");
  /** A comparison opening the sentence or a clause, with no clause break before the date. */
  private static final Pattern COMPARED = Pattern.compile(
      "(?i)(?:^|[,;:]\\s+|^(?:but|and|yet)\\s+)(?:but\\s+|and\\s+|yet\\s+)?(?:unlike|like|as with"
      + "|compared (?:with|to)|in contrast to)\\s+[^,;:.!?]*$"
      // "… – just as he did in September": the date is the earlier act's the sentence likens
      + "|\\b(?:just\\s+)?as\\s+(?:he|she|they|it|we|I)\\s+(?:did|had|has|have|does|do)\\b[^,;:.!?]*$");
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
      + "|(?-i:(?!(?:indeed|need|speed|seed|feed|bleed|breed|greed|creed|proceed|exceed|succeed"
      + "|heed|deed)\\b)\\p{Ll}{2,}ed))\\b(?!['’]t)");
  /** A verb in the present perfect: "has apologised", "have long opposed". */
  private static final Pattern PERFECT = Pattern.compile("(?i)(?<!\\b(?:may|might|must|could"
      + "|would|should|will|shall|to)\\s)\\b(?:has|have)(?:n['’]t)?\\s+"
      + "(?:(?:not|never|also|already|long|now|repeatedly|publicly)\\s+)?(?:been\\s+)?"
      + "(?:(?!(?:indeed|need|speed|seed|feed|bleed|breed|greed|creed|proceed|exceed|succeed|heed"
      + "|deed)\\b)\\p{L}+ed|been|done|made|said|told|written|spoken|given|taken|shown|seen"
      + "|brought|sent|held|kept|left|lost|won|paid|sought|found|broken|chosen|come|gone|begun"
      + "|become)\\b");
  /** Words opening a clause of its own: "has emerged that …", "arrested a man who …". */
  private static final Pattern CLAUSE_OPENING = Pattern.compile("(?i)\\b(?:that|who|whom|which"
      + "|when|where|since|because|as|after|before|while)\\b");
  /** An auxiliary and "not" whose verb is left out, right before a date. */
  private static final Pattern ELIDED = Pattern.compile(
      "\\b(?:did|does|do|had|has|have|could|would|was|were)(?:\\s+not|n['’]t)\\s+$");
  /** What may follow a date that ends an elided clause: a clause break or the sentence's end. */
  private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[,;:.!?)—–]|--|(?:and|but)\\b|$)");
  /** Words a name qualifies rather than acts in: "the Hallor administration", "Hallor spokesman". */
  private static final Pattern QUALIFIED = Pattern.compile("(?i)^\\s+(?:administration|government"
      + "|campaign|camp|cabinet|team|aides?|advis[eo]rs?|spokes(?:man|woman|person)|doctrine|era"
      + "|presidency|regime|loyalists|supporters|critics|allies)\\b");
  /**
   * A year or month that opens or closes a stretch ("from 1965 to 1970", "between 2003 and
   * 2009"): the stretch's ends, not happenings.
   */
  private static final Pattern STRETCH_START = Pattern.compile("(?i)\\b(?:from|between)\\s+$");
  private static final Pattern STRETCH_END = Pattern.compile(
      "(?i)\\b(?:from|between)\\s+[^,;.]{1,30}?\\s*(?:\\bto|\\band|\\bthrough|-|–)\\s*$");
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
  /** A verb that reports what someone said or holds: what follows it may be their words. */
  private static final Pattern SAYING = Pattern.compile("(?i)(?<=\\S\\s{1,3})\\b(?:said|says|added"
      + "|argued|insisted|claimed|warned|noted|stated|declared|believes|believed)\\b");
  /**
   * Words that go on about the saying itself rather than open what was said: "said on Monday",
   * "said in a statement", "said late Tuesday".
   */
  private static final Set<String> ABOUT_THE_SAYING = Set.of("on", "in", "at", "during", "after",
      "before", "from", "to", "via", "through", "by", "late", "early", "earlier", "later", "last",
      "this", "yesterday", "today", "tonight", "again", "also", "then", "publicly", "privately");
  /**
   * Words that place a saying somewhere of its own: a statement, an interview, a post, a press
   * conference, words given to reporters or quoted by an agency.
   */
  private static final Pattern ELSEWHERE = Pattern.compile(
      "\\b(?i:in|from) (?i:a|an|his|her|their|its) (?:\\w+ ){0,2}"
          + "(?i:statement|interview|release|e-?mail|letter|post|tweet|video)s?\\b"
          + "|\\btold (?:a|the) (?:\\w+ ){0,2}(?:press|news) conference\\b"
          + "|\\btold (?:reporters|journalists|\\p{Lu}[\\p{L}.'’]*(?: \\p{Lu}[\\p{L}.'’]*){0,3})\\b"
          + "|\\bquoted\\b.{0,80}\\bas saying\\b|\\bwas quoted\\b|\\b(?:tweeted|posted|wrote)\\b"
          + "|\\bon (?:Twitter|Facebook|Instagram)\\b");
  /** "Speaking on Harbour Radio", "appearing on the Morning Show": a programme, by its name. */
  private static final Pattern ON_AIR = Pattern.compile(
      "\\b(?i:speaking|appearing) on (?:the )?(\\p{Lu}[\\p{L}.'’]*)");
  /** A word each branch of {@link #ELSEWHERE} holds, lowercased. */
  private static final List<String> ELSEWHERE_WORDS = List.of("statement", "interview", "release", "mail",
      "letter", "post", "tweet", "video", "told", "quoted", "wrote", "twitter", "facebook", "instagram",
      "speaking on", "appearing on");
  private static final Pattern FIRST_WORD = Pattern.compile("^[\\s,]*(\\p{L}+)");
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}[\\p{L}.]*)\\s+$");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an",
      "this", "that", "its", "their", "his", "her", "our", "whose");
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
        if (TimelineWords.of(sentence.substring(clauseStart, m.start())).size()
            >= TimelineCandidates.MIN_WORDS) {
          return new int[] {m.start(), m.end()};
        }
      }
    }
    return null;
  }

  private static Clause clause(String sentence, int start, int end, int opening) {
    String text = sentence.substring(start, end).strip();
    String shown = text;
    if (start > opening && REPORTED.matcher(text).lookingAt()) {
      // "… said the talks would be held Monday …" hides who said it: shown from the opening
      shown = sentence.substring(opening, end).strip();
    } else if (start > opening) {
      shown = "… " + shown;
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
    // own, with a verb, not a phrase ("after the vote on Monday")
    Matcher after = SUBORDINATE.matcher(sentence).region(clause.start(), dateStart);
    while (after.find()) {
      if (after.start() > mainEnd && FINITE.matcher(sentence.substring(after.end(), dateStart)).find()) {
        mainEnd = after.start();
        from = after.start(1);
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

  /** True for a clause's words as {@link Clause#shown()} gives them where the sentence goes on. */
  static boolean isPart(String shown) {
    return opensLater(shown) || shown.endsWith(" …");
  }

  /**
   * True where the date ending at {@code end} stamps a reader's comment ("At 18:20 29th Apr 2009,
   * riverfan wrote: …"): it tells when the comment was posted, not when anything happened.
   */
  static boolean isCommentStamp(String sentence, int end) {
    return end <= sentence.length() && COMMENT.matcher(sentence).region(end, sentence.length())
        .lookingAt();
  }

  /**
   * True where the date from {@code start} to {@code end} lies in a comparison that opens its
   * clause ("But unlike the mayor a week ago, she let few points pass", "Like last year, the
   * fair …"), or ends a clause whose verb is left out after its auxiliary ("did everything her
   * rival did not last week, and …"): it dates what the sentence is compared with, not what it
   * tells. A date between "not" and its verb is the sentence's ("could not last night agree").
   */
  static boolean isCompared(String sentence, int start, int end) {
    String before = sentence.substring(0, start);
    return COMPARED.matcher(before).find() || ELIDED.matcher(before).find()
        && CLAUSE_END.matcher(sentence.substring(Math.min(end, sentence.length()))).lookingAt();
  }

  /**
   * True where the date starting at {@code start} follows, in its clause, a verb in the present
   * perfect and no other verb ("has apologised for his behaviour over the weekend"): the present
   * perfect takes no past day of its own, so the date tells when what the verb is about happened,
   * not the act. Only for a date already past when the report was written ({@code past}): "has
   * risen this week" dates the rise; not after a modal ("may have died on Saturday") nor where
   * another verb or clause comes between them.
   */
  static boolean isPerfectsTopic(String sentence, int start, boolean past) {
    if (!past) {
      return false;
    }
    String before = sentence.substring(0, start);
    int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
        Math.max(before.lastIndexOf('—'), before.lastIndexOf('–')));
    Matcher perfect = PERFECT.matcher(before).region(clause + 1, before.length());
    int last = -1;
    while (perfect.find()) {
      last = perfect.end();
    }
    if (last < 0) {
      return false;
    }
    // another verb or clause between them has the date: "have confirmed the army struck the base
    // on Friday", "has emerged that the minister quit on Tuesday", "has kept quiet since taking
    // office in 2019"
    String between = before.substring(last);
    return !FINITE.matcher(between).find() && !PAST.matcher(between).find()
        && !CLAUSE_OPENING.matcher(between).find() && !isQuoted(sentence, start);
  }

  /** True where the date starting at {@code start} follows "after", "since", "until" and the like. */
  static boolean isBound(String sentence, int start) {
    return BOUND.matcher(sentence.substring(Math.max(0, start - 20), start)).find();
  }

  /**
   * True where the date starting at {@code start} is one end of a stretch ("from 1965 to
   * 1970"); only years and months are taken so, since a stretch of days ("from Monday to
   * Wednesday") is most often one happening's own days.
   */
  static boolean isStretchEnd(String sentence, int start) {
    String before = sentence.substring(Math.max(0, start - 50), start);
    return STRETCH_START.matcher(before).find() || STRETCH_END.matcher(before).find();
  }

  /**
   * True for a year, month or week named by its place in the narrative ("from $11 million in 2011
   * to $10 million the following year", "a year later"): counted from a date the sentence gives,
   * which the analysis does not count from, so its value (counted from publication) dates nothing.
   */
  static boolean isNarrativeStep(String written) {
    return NARRATIVE_STEP.matcher(written.strip()).matches();
  }

  /**
   * True where the year starting at {@code start} and ending at {@code end} is part of a name or
   * qualifies a noun ("CPAC 2010", "the 2012 presidential race"): it names no time something
   * happened.
   */
  static boolean isYearInName(String sentence, int start, int end) {
    Matcher after = NEXT_WORD.matcher(sentence.substring(end));
    if (after.lookingAt() && Character.isLowerCase(after.group(1).charAt(0))
        && !FunctionWords.contains(after.group(1))) {
      return true;
    }
    Matcher before = LAST_WORD.matcher(sentence.substring(0, start));
    if (!before.find()) {
      return false;
    }
    if (DETERMINERS.contains(before.group(1).toLowerCase(Locale.ROOT))) {
      return true; // "the 2012 Republican nomination"
    }
    return Character.isUpperCase(before.group(1).charAt(0))
        && CalendarWords.month(before.group(1)) == null && !FunctionWords.contains(
            before.group(1).toLowerCase(Locale.ROOT)) && before.start(1) > 0;
  }

  /**
   * True where the offset lies inside quotation marks: a speaker's "today" or "a couple of days
   * ago" is counted from when they spoke, which the report does not say.
   */
  static boolean isQuoted(String sentence, int offset) {
    int open = 0;
    for (int i = 0; i < offset && i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '“') {
        open = 1;
      } else if (c == '”') {
        open = 0;
      } else if (c == '"') {
        open = 1 - open;
      }
    }
    if (open == 1) {
      return true;
    }
    // a quotation that opened in an earlier sentence closes in this one, after the offset
    for (int i = offset; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '“' || c == '"') {
        return false;
      }
      if (c == '”') {
        return true;
      }
    }
    return false;
  }

  /**
   * True where the date starting at {@code start} lies in what someone is reported saying ("Hallor
   * said he was asked about it at a hearing a month ago"): it dates what they told of, not their
   * saying, which is what the sentence reports. A date right after the verb, or after words about
   * the saying ("said on Monday", "said in a statement Monday"), dates the saying.
   */
  static boolean isTold(String sentence, int start) {
    Matcher m = SAYING.matcher(sentence).region(0, start);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    if (end < 0) {
      return false;
    }
    Matcher first = FIRST_WORD.matcher(sentence.substring(end, start));
    return first.find() && !ABOUT_THE_SAYING.contains(first.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * True where the sentence places what someone said somewhere of its own ("said in a
   * statement", "told reporters", "was quoted as saying", "tweeted"): a saying of its own, not
   * words spoken at the happening the report told of.
   */
  static boolean isSaidElsewhere(String sentence) {
    if (!mayBeSaidElsewhere(sentence)) {
      return false;
    }
    Matcher onAir = ON_AIR.matcher(sentence);
    while (onAir.find()) {
      String name = onAir.group(1).toLowerCase(Locale.ROOT);
      if (!CalendarWords.isWeekdayName(name) && !CalendarWords.isMonthWord(name)) {
        return true;
      }
    }
    return ELSEWHERE.matcher(sentence).find();
  }

  /**
   * False where the sentence has none of the words {@link #ELSEWHERE} needs: most sentences, told
   * apart with a few plain searches instead of the pattern's many branches at every place.
   */
  private static boolean mayBeSaidElsewhere(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String word : ELSEWHERE_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True where the sentence tells of someone's answer to what happened ("In response to the
   * vote, ferry owners blocked the harbour"): the answer is a happening of its own.
   */
  static boolean isReaction(String sentence) {
    // most sentences hold none of the pattern's words: told apart without trying it
    return (sentence.contains("espon") || sentence.contains("eact") || sentence.contains(" back")
        || sentence.contains("retort")) && REACTION.matcher(sentence).find();
  }

  /**
   * True where the sentence names someone by their age ("said Ann Brand, 22, a student who …"):
   * what a reporter's passer-by says is their view, told to the reporter, not the happening's.
   */
  static boolean isPasserBy(String sentence) {
    return PASSER_BY.matcher(sentence).find();
  }

  /**
   * True where the sentence brings in a written piece to quote it ("A post on the Herald's site
   * provides the following commentary:"): the piece is its writer's statement, a happening of its
   * own, and so is the quotation that follows.
   */
  static boolean isCommentary(String sentence) {
    return sentence.endsWith(":") && COMMENTARY.matcher(sentence).find();
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
