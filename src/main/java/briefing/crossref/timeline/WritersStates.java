package briefing.crossref.timeline;

import briefing.model.analysis.Sentence;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer's sentences that tell how things are, not what happened on a day: how things stand
 * (a present perfect, what someone has said all along), what someone or something is, what would
 * or will be, and what is so in the present tense. A report goes on about its happening around
 * them; they are no part of it ({@link TimelineContext}). Someone's words are never taken so: a
 * statement, a piece of a quotation, what a recording shows.
 */
final class WritersStates {
  /** A verb in the present perfect, not after a relative pronoun or a modal. */
  private static final Pattern STATE = Pattern.compile("(?i)(?<!\\b(?:which|that|who|would|could"
      + "|should|may|might|must|to) )\\b(?:has|have)\\s+(?:(?:not|never|also|already|long|now)\\s+)?"
      + "(?:been|become|begun|come|gone|done|seen|grown|shown|known|thrown|drawn|taken|given|risen"
      + "|fallen|driven|written|spoken|broken|chosen|won|lost|held|led|made|shot|spent|sent|built"
      + "|kept|left|paid|sold|brought|bought|fought|sought|found|stood|struck|spread|\\p{L}+ed)\\b");
  /** A relative pronoun and up to three words of its clause, up to where the text ends. */
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)\\b(?:which|who|whom|whose|where)\\s+(?:[\\p{L}'’.-]+\\s+){0,3}$");
  /** A word or two in quotation marks: a term ("birthers") or a title, not someone's words. */
  private static final Pattern TERM = Pattern.compile("[\"“][^\"“”\\s]+(?:\\s[^\"“”\\s]+)?[\"”]");

  /**
   * The subject of a sentence (up to one apposition between commas) and "is" or "are" telling what
   * it is: a name, a noun phrase, or how it is seen or run. Not a sentence opening with a
   * preposition ("At the top of the agenda is the harbour"): what is put first there is no subject.
   */
  private static final Pattern DESCRIPTION = Pattern.compile("^(?!(?i:at|in|on|among|for|to|of"
      + "|with|from|by|after|before|during|under|over|behind|beyond)\\b)[^,;:]{3,80}?(?:,[^,;:]{3,80},)?"
      + "\\s(?:is|are)\\s+(?:(?:also|now|still)\\s+)?(?:a|an|the|one|among|home|considered|run\\s+by"
      + "|\\p{Lu}\\p{L}+)\\b");

  /**
   * Saying in the present perfect ("has said she will not stand again", "have long argued"): what
   * someone holds, said over time, not a statement of a day.
   */
  private static final Pattern SAID_ALL_ALONG = Pattern.compile("(?i)\\b(?:has|have)\\s+"
      + "(?:(?:long|also|repeatedly|often|previously|consistently|never|not|always)\\s+)?"
      + "(?:said|argued|maintained|insisted|claimed|denied|stated|warned|called|suggested)\\b");

  /**
   * What a recording shows ("In the video, the congressman is seen …", "is then seen", "on
   * camera"): the recorded happening, told as it unfolds.
   */
  private static final Pattern RECORDING = Pattern.compile("(?i)\\b(?:in|on)\\s+(?:the|a|this)\\s+"
      + "(?:next\\s+)?(?:video|footage|recording|clip|tape|shot)\\b"
      + "|\\bis\\s+(?:(?:then|also|later|clearly)\\s+)?(?:seen|heard)\\b|\\bon\\s+camera\\b");

  /**
   * What would, could, might, may or will be: a writer's projection ("the plan would give
   * seniors payments") or a prospect ("the endorsement could prove helpful", "won't", "she'll");
   * in lower case, so neither a question ("Will the tolls end?") nor the month of May.
   */
  private static final Pattern PROSPECT = Pattern.compile("\\b(?:would|could|might|may|will)\\b"
      + "|\\b(?:won|wouldn|couldn)['’]t\\b|\\p{L}['’]ll\\b");
  /**
   * A perfect after a modal ("would have needed", "could have won"): what might have been, no
   * act of the past.
   */
  private static final Pattern MODAL_PERFECT = Pattern.compile("(?i)\\b(?:would|could|might"
      + "|should|may|must|will)(?:\\s+not|n['’]t)?\\s+have\\s+\\p{L}+");

  /**
   * Words in "-ed" that are no verb in the past: part of a compound ("open-ended"), an adjective
   * after a determiner ("the uninsured", "a fixed amount") or a passive in the present ("is
   * married", "are regarded"). {@link Clauses#PAST} takes every "-ed" word for one.
   */
  private static final Pattern NOT_PAST = Pattern.compile(
      "(?i)\\b(?!(?:re|co|pre|mis|fast|test|cross|double|live|e)-)\\p{L}+-\\p{L}+ed\\b"
      + "|\\b(?:a|an|the|its|his|her|their|our|very|newly)\\s+(?:(?:more|most|less|very|newly)\\s+)?"
      + "(?-i:\\p{Ll}+ed)\\b"
      + "|\\b(?:is|are|am|be|being|been)\\s+(?:\\p{Ll}+ly\\s+)?(?-i:\\p{Ll}+ed)\\b");
  /**
   * A past tense {@link Clauses#PAST} does not take: hidden by the negation ("didn't", "wasn't"),
   * a verb whose past is its present ("The bridge cost forty million", "the crowd spread"), or
   * a rarer irregular one ("overtook", "learnt").
   */
  private static final Pattern OTHER_PAST = Pattern.compile(
      "(?i)\\b(?:did|was|were|had|could|would)n['’]t\\b|\\b(?:cost|cast|hurt|shut|split|burst"
      + "|upset|spread|beat|bid|bet|thrust|overtook|mistook|learnt|burnt|knelt|rebuilt|withstood"
      + "|forbade|flung|stung|foresaw|overheard|overthrew|misled|bled|bred)\\b");
  /**
   * A verb of saying in the present tense that {@link Statements#isSpeech} does not take ("Hallor
   * insists the toll is fair", "…, she argues"): someone's words, not the writer's.
   */
  private static final Pattern SAYS = Pattern.compile("(?i)\\b(?:insists|argues|claims|warns"
      + "|notes|admits|writes|contends|maintains|acknowledges|explains|concedes)\\b");
  /**
   * What is going on as the report is written ("is leading the negotiations", "are expected to
   * discuss", "are part of the talks"): a report written as its happening unfolds tells it so.
   */
  private static final Pattern ONGOING = Pattern.compile("\\b(?:is|are|am)\\s+"
      + "(?:(?:now|also|still|currently)\\s+)?(?:\\p{Ll}+ing|expected\\s+to|part\\s+of)\\b");
  /**
   * A piece of writing or a recording that the sentence tells the content of ("The ad shows …",
   * "In the letter, the bishops ask …", "The cover goes with an article …", "Her 40-page opinion
   * orders …"): the content of what the happening put out, told in the present tense.
   */
  private static final Pattern DOCUMENT = Pattern.compile("(?i)^(?:in\\s+)?(?:the|this|that|its"
      + "|his|her|their)\\s+(?:new\\s+|latest\\s+|\\p{L}+['’]s\\s+"
      + "|[\\p{L}\\p{N}]+-[\\p{L}\\p{N}]+\\s+)?(?:ad|advert|advertisement|spot|commercial|video|letter|plan|report|bill|cover|statement|proposal|order|memo|e-?mail"
      + "|post|tweet|book|article|document|resolution|study|survey|poll|photo|picture|image|speech"
      + "|interview|message|note|ruling|opinion|indictment|lawsuit|complaint|verdict|decision"
      + "|filing|motion|settlement)s?\\b");
  /** "As governor," "As the county's first mayor," "As director of the harbour board,": a post held. */
  private static final Pattern CAREER = Pattern.compile("As (?:an? |the |\\p{L}+['’]s )?(?:[\\p{L}.'’-]+ ){0,4}?"
      + "(?i:president|governor|senator|congressman|congresswoman|representative|secretary|director"
      + "|chairman|chairwoman|chair|mayor|minister|speaker|leader|member|head|chief|candidate"
      + "|student|prosecutor|judge|commissioner|ambassador|officer|official|counsel|lawyer"
      + "|attorney|nominee|executive|sheriff)(?: (?:of|for|at|in) [^,;:\"“]{1,60})?,");
  /** A speaker's name opening a line of a transcript: "Christie: I don't know …". */
  private static final Pattern TRANSCRIPT = Pattern.compile(
      "^\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*)?:\\s");

  private WritersStates() {}

  /**
   * True for a writer's sentence in the present perfect ("Farmers have long opposed the
   * crossing", "The backlash has been fierce"): it tells how things stand, not what happened on
   * a day. Not a statement ("‘It has been a long wait,’ Hallor said"; a word or two in quotation
   * marks is a term, not a statement), a relative clause ("which has paid …") or a perfect after
   * a modal ("would have been"). What someone has said all along, in the writer's words ("Hallor
   * has also said the tolls should end"), is how things stand too.
   */
  static boolean tellsHowThingsStand(Sentence s, Set<String> quotationPieces) {
    String text = s.text();
    boolean perfect = text.contains("has ") || text.contains("have ") || text.contains("Has ")
        || text.contains("Have ");
    if (!perfect || quotationPieces.contains(s.id())) {
      return false;
    }
    // "Hallor has long said the tolls are too high": what she holds, not words of that day
    return mainClause(STATE.matcher(text), text)
        && !Statements.isSpeech(TERM.matcher(text).replaceAll("term"))
        || !Statements.quotes(text) && saidAllAlong(text);
  }

  /**
   * True for a writer's sentence telling what someone or something is ("The pollster for the group
   * is Ann Brand, who has worked for …", "The group is run by two strategists", "The county is
   * considered a toss-up"). Not a statement, nor what is seen or shown ("is seen in a video
   * grabbing …").
   */
  static boolean describes(Sentence s, Set<String> quotationPieces) {
    String text = s.text();
    return (text.contains(" is ") || text.contains(" are ")) && DESCRIPTION.matcher(text).find()
        && !someonesWords(s, text, quotationPieces);
  }

  /**
   * True for a writer's sentence telling what would, could or will be, with no past act in it
   * ("The plan would give seniors government payments", "The endorsement could prove helpful",
   * "… would limit the open-ended commitment"): a projection or an explanation. Not a statement
   * ("It will pay for itself," Hallor said), what a recording shows, nor a piece of a sentence
   * the splitter cut, which opens in lower case.
   */
  static boolean foresees(Sentence s, Set<String> quotationPieces) {
    String text = s.text().strip();
    return opensSentence(text) && PROSPECT.matcher(text).find()
        && !pastAct(MODAL_PERFECT.matcher(text).replaceAll(" "))
        && isWriters(s, text, quotationPieces);
  }

  /**
   * True for a writer's sentence in the present tense with no past act in it ("Hallor, 46, is
   * married to …", "Many states prohibit guns in schools", "The dispute mirrors a wider quarrel"):
   * what is so, not what happened. Not what is going on as the report is written ({@link
   * #ONGOING}: "is leading the negotiations" in a report of the day), unless the happening it
   * would tell is {@code over}, a day or more before the report ("Lerner is facing a maelstrom
   * of controversy" the day after her hearing is how things are); nor the content of a piece of
   * writing ({@link #DOCUMENT}), a line of a transcript, a sentence bringing in a quotation
   * ("Here is an excerpt:"), a statement or what a recording shows; nor a piece of a sentence
   * the splitter cut, which opens in lower case.
   */
  static boolean tellsWhatIs(Sentence s, Set<String> quotationPieces, BooleanSupplier over) {
    String text = s.text().strip();
    return opensSentence(text) && !pastAct(text) && !OTHER_PAST.matcher(text).find()
        && !PROSPECT.matcher(text).find() && !(ONGOING.matcher(text).find() && !over.getAsBoolean())
        && !DOCUMENT.matcher(text).lookingAt() && !TRANSCRIPT.matcher(text).lookingAt()
        && !text.endsWith(":") && isWriters(s, text, quotationPieces);
  }

  /**
   * True for a writer's sentence that opens with the post someone held when they did what it tells
   * ("As governor, he directed funds to the border", "As president, Hallor promoted her"): a
   * career, told to say who they are, not the happening of the report. Not a statement, nor a
   * clause ("As the hearing got under way, …").
   */
  static boolean tellsACareer(Sentence s, Set<String> quotationPieces) {
    String text = s.text().strip();
    return CAREER.matcher(text).lookingAt() && isWriters(s, text, quotationPieces);
  }

  /**
   * True where the text tells, outside a relative clause, what someone has said all along
   * ({@link #SAID_ALL_ALONG}).
   */
  static boolean saidAllAlong(String text) {
    return mainClause(SAID_ALL_ALONG.matcher(text), text);
  }

  /** True where the text tells what a recording shows ({@link #RECORDING}). */
  static boolean showsRecording(String text) {
    return RECORDING.matcher(text).find();
  }

  /** True where the text holds a verb in the past tense ({@link Clauses#PAST}, {@link #NOT_PAST}). */
  private static boolean pastAct(String text) {
    return Clauses.PAST.matcher(NOT_PAST.matcher(text).replaceAll(" ")).find();
  }

  private static boolean opensSentence(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** True for the writer's own words: no piece of a quotation, no statement, no recording. */
  private static boolean isWriters(Sentence s, String text, Set<String> quotationPieces) {
    return !someonesWords(s, text, quotationPieces) && !showsRecording(text);
  }

  /** True for a piece of a quotation or a sentence reporting someone's words ({@link #SAYS}). */
  private static boolean someonesWords(Sentence s, String text, Set<String> quotationPieces) {
    return quotationPieces.contains(s.id()) || Statements.isSpeech(text)
        || SAYS.matcher(text).find();
  }

  /** True where {@code m} finds a match in {@code text} not in a relative clause ("which has …"). */
  private static boolean mainClause(Matcher m, String text) {
    while (m.find()) {
      if (!RELATIVE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()) {
        return true;
      }
    }
    return false;
  }
}
