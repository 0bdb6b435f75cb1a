package briefing.crossref.claims;

import briefing.crossref.ComparisonWords;
import briefing.crossref.Remembered;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Claim;
import briefing.text.Stems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The sentences of a story that can state a claim, read for comparing. */
final class Statements {
  /**
   * Each word as written, as the stem of its content form read through its paraphrase group;
   * empty for a word that is no content word: worked out once per word.
   */
  private static final Remembered<Optional<String>> STEMS = new Remembered<>(written ->
      Optional.ofNullable(ComparisonWords.contentForm(written)).map(form -> Stems.of(Paraphrases.of(form))));
  /** Fewer content words than this and a sentence is too short to state a claim. */
  static final int MIN_WORDS = 5;

  /**
   * A condition: what follows "if", "unless" or "in the event" up to the end of its clause says
   * what may happen, not what did ("sanctions in the event it invades", "it invaded years ago").
   */
  private static final Pattern CONDITION = Pattern.compile(
      "\\b(?:[Ii]f|[Uu]nless|[Ii]n the event(?: of| that)?)\\s+([^,;:—–“”\"]+)");

  /**
   * Words that tell who speaks and how, not what is said: "what he called its neglect", "told
   * reporters", "stated": they are not what a sentence says, so two sentences that both
   * attribute say nothing alike by it ("said" and "says" are function words everywhere).
   * Followed by "off", "for", "on" or "up" they are happenings of their own ("called off the
   * vote", "called for calm") and count.
   */
  private static final Set<String> ATTRIBUTION = Set.of("call", "called", "calls", "calling", "told",
      "tells", "telling", "stated", "added", "adds", "claimed", "noted", "quoted", "quoting",
      "saying", "described", "describes", "describing");
  private static final Set<String> PARTICLES = Set.of("off", "for", "on", "up");

  /** How many function words may stand between two said words of one phrase ("back and forth"). */
  static final int PHRASE_GAP = 1;
  /** How {@link Statement#said} marks a word said only under a condition. */
  static final String SUPPOSED = "?";
  /** How {@link Statement#said} marks a word that only attributes what is said ("told"). */
  static final String ATTRIBUTING = "@";

  private Statements() {}

  /**
   * Where a sentence joins two statements of its own: "denied it plans to close the port and
   * demanded new funding", "threatened a strike, while the company denies …", "… but says it
   * could act". A conjunction before a verb in the past ("and demanded") or after a comma; "but",
   * "while", "whereas"; a semicolon; a comma before "which", "who" or a verb in -ing; a dash.
   */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      // every break opens with a space, a comma or a semicolon: looking for one first spares
      // every other place of the sentence the seven alternatives (claims split every sentence)
      "(?=[\\s,;])(?:"
      + "\\s*;\\s+|,?\\s+(?:but|while|whereas)\\s+|,\\s+and\\s+|\\s+and\\s+(?=\\p{Ll}+ed\\b)"
      // a clause about a name just said, or what a happening brought about: "the council, which
      // shut …", "… along the pier, prompting complaints that …"; a dash that opens an aside
      + "|,\\s+(?=(?:which|who)\\s)|,\\s+(?=\\p{Ll}{3,}ing\\s)|\\s+[—–]\\s+)");

  /**
   * An aside between commas or dashes that says something of its own of the name before it:
   * "The council, which shut the hospital last spring, voted …" states that the council shut the
   * hospital, and that it voted.
   */
  private static final Pattern ASIDE =
      Pattern.compile(",\\s+((?:which|who)\\s[^,;—–“”\"]+),|\\s[—–]\\s+([^—–]+?)\\s+[—–]\\s");

  /**
   * A quotation in a sentence: what a speaker says and the writer's own words around it are two
   * statements ("“We will listen to their concerns” about the drills, she said, but added that
   * the troops must leave").
   */
  private static final Pattern QUOTATION = Pattern.compile("[“\"][^”\"]*[”\"]");

  /**
   * A number as written, with its thousands separators: "1987", "100,000", "3.5". A digit is
   * looked for before what may stand behind it, which is looked at only there.
   */
  private static final Pattern NUMBER =
      Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}.,])\\d[\\d,]*(?:\\.\\d+)?(?![\\p{L}\\p{N}])");

  /**
   * Body sentences, sources in id order, each in reading order; a sentence that joins two
   * statements also as each of its clauses, so that each can join a claim of its own, and a
   * sentence that opens a quotation running on through the next also as the quotation and its
   * pieces too short to state a claim alone.
   * Reports cut one quotation into sentences each their own way ("Wait. There's still time." and
   * "Wait, there's still time."), and its pieces are often too short to compare.
   */
  static List<Statement> of(List<Source> sources) {
    List<Statement> statements = new ArrayList<>();
    for (Source source : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
      // each sentence read once, whole: quotations ask whether a piece states a claim alone
      Map<String, Statement> wholes = new HashMap<>();
      for (Sentence s : source.analysis().sentences()) {
        wholes.put(s.id(), statement(new Citation(source.id(), s.id()), s.text(), s.text(), true, List.of()));
      }
      Map<String, List<List<Claim.Version>>> runs = new HashMap<>();
      for (Quote q : source.analysis().quotes()) {
        if (!q.partial()) {
          shortPieces(q, wholes, runs);
        }
      }
      for (Sentence s : source.analysis().sentences()) {
        if (s.isHeadline() || source.article().caption(s.block())) {
          continue;
        }
        Citation citation = new Citation(source.id(), s.id());
        statements.add(wholes.get(s.id()));
        parts(s.text()).forEach(c -> statements.add(statement(citation, s.text(), c, false, List.of())));
        for (List<Claim.Version> continued : runs.getOrDefault(s.id(), List.of())) {
          String run = s.text() + " " + continued.stream().map(Claim.Version::text)
              .collect(Collectors.joining(" "));
          statements.add(statement(citation, s.text(), run, false, continued));
        }
      }
    }
    return statements;
  }

  /**
   * The sentences of a quotation too short to state a claim alone, by the sentence of it they
   * follow: "Wait for what? Wait until when?" say nothing alone, but with the sentence before
   * them they say what it says. The quotation's first sentence, and each that could state a
   * claim of its own, opens such a run; a quoted statement of three whole sentences states three
   * claims, each compared apart.
   */
  private static void shortPieces(Quote q, Map<String, Statement> wholes,
      Map<String, List<List<Claim.Version>>> runs) {
    String opening = null;
    List<Claim.Version> pieces = new ArrayList<>();
    for (String id : q.sentences()) {
      Statement piece = wholes.get(id);
      if (piece == null || piece.text().chars().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      if (opening == null || piece.comparable()) {
        if (!pieces.isEmpty()) {
          runs.computeIfAbsent(opening, k -> new ArrayList<>()).add(pieces);
        }
        opening = id;
        pieces = new ArrayList<>();
      } else {
        pieces.add(new Claim.Version(piece.text(), piece.citation()));
      }
    }
    if (!pieces.isEmpty()) {
      runs.computeIfAbsent(opening, k -> new ArrayList<>()).add(pieces);
    }
  }

  /**
   * The clauses of {@code sentence} that may each state a claim of their own, without the
   * sentence itself: none where it states one thing.
   */
  static Set<String> parts(String sentence) {
    Set<String> parts = new LinkedHashSet<>(List.of(CLAUSE_BREAK.split(sentence)));
    Matcher aside = ASIDE.matcher(sentence);
    if (aside.find()) {
      parts.add((aside.group(1) != null ? aside.group(1) : aside.group(2)).strip());
      parts.add(sentence.substring(0, aside.start()) + " " + sentence.substring(aside.end()).strip());
    }
    parts.addAll(quoteAndParaphrase(sentence));
    parts.remove(sentence);
    return parts;
  }

  /**
   * A sentence that mixes quotation and the writer's words, as its quotations and as the words
   * outside them; nothing for a sentence that is all quotation or has none.
   */
  static List<String> quoteAndParaphrase(String sentence) {
    List<String> quoted = new ArrayList<>();
    Matcher m = QUOTATION.matcher(sentence);
    StringBuilder outside = new StringBuilder();
    int last = 0;
    while (m.find()) {
      quoted.add(m.group());
      outside.append(sentence, last, m.start()).append(" ");
      last = m.end();
    }
    outside.append(sentence.substring(last));
    String own = outside.toString().strip();
    if (quoted.isEmpty() || own.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>(quoted);
    // the writer's words, split again where they join two statements
    parts.addAll(List.of(CLAUSE_BREAK.split(own)));
    return parts;
  }

  private static Statement statement(Citation citation, String sentence, String part, boolean whole,
      List<Claim.Version> continued) {
    Set<String> words = new LinkedHashSet<>();
    Set<String> said = new TreeSet<>();
    StringBuilder stated = new StringBuilder();
    StringBuilder supposed = new StringBuilder();
    // most parts hold no condition, and no figure: a plain search spares them the patterns
    String lower = part.toLowerCase(Locale.ROOT);
    boolean conditional = lower.contains("if") || lower.contains("unless") || lower.contains("in the event");
    Matcher condition = CONDITION.matcher(conditional ? part : "");
    int last = 0;
    while (condition.find()) {
      // the words that open the condition ("in the event") stay the sentence's own
      stated.append(part, last, condition.start(1)).append(' ');
      supposed.append(condition.group(1)).append(' ');
      last = condition.end();
    }
    stated.append(conditional ? part.substring(last) : part);
    Set<String> phrases = new TreeSet<>();
    read(stated.toString(), "", words, said, phrases);
    read(supposed.toString(), SUPPOSED, words, said, phrases);
    // a year or a figure both state is as telling as a rare word: "left the league in 1987"
    Matcher number = NUMBER.matcher(hasDigit(part) ? part : "");
    while (number.find()) {
      words.add(number.group().replace(",", ""));
    }
    return new Statement(citation, sentence, words, said, phrases, whole, continued);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the content words of {@code text} to {@code words}, to {@code said} those in lower
   * case, marked, and to {@code phrases} each two said words written together, unmarked, with at
   * most one function word between them ({@link #PHRASE_GAP}).
   */
  private static void read(String text, String mark, Set<String> words, Set<String> said,
      Set<String> phrases) {
    List<String> written = ComparisonWords.written(text);
    String before = null;
    int gap = 0;
    for (int i = 0; i < written.size(); i++) {
      String w = written.get(i);
      boolean attribution = ATTRIBUTION.contains(w) && (i + 1 == written.size()
          || !PARTICLES.contains(written.get(i + 1).toLowerCase(Locale.ROOT)));
      Optional<String> stem = STEMS.of(w);
      if (stem.isEmpty()) {
        gap++;
        continue;
      }
      words.add(stem.get());
      boolean plain = Character.isLowerCase(w.charAt(0)) && !attribution && mark.isEmpty();
      if (Character.isLowerCase(w.charAt(0))) {
        said.add(attribution ? ATTRIBUTING + stem.get() : mark.isEmpty() ? stem.get() : mark + stem.get());
      }
      if (plain && before != null && gap <= PHRASE_GAP) {
        phrases.add(before + " " + stem.get());
      }
      before = plain ? stem.get() : null;
      gap = 0;
    }
  }
}
