package briefing.crossref.timeline;

import briefing.crossref.CastOfPeople;
import briefing.model.Source;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who says each body sentence of one report, and which statements the report places somewhere of
 * their own ("said in a statement", "told reporters"). A report often says where a statement was
 * made only in its second or third sentence ("Hallor said the fares were too high. … ‘We will
 * not pay,’ Hallor said in a statement"): every sentence of that speaker's run is then said
 * there, not only the one that says so.
 */
final class Statements {
  /** How far into a sentence its subject's name may start ("U.S. Senator Tom Hallor …"), in chars. */
  static final int SUBJECT = 30;

  /** A verb that reports speech, or a quotation mark: a sentence of someone's statement. */
  private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:said|says|asked|asks|added"
      + "|adds|declared|told|tells|replied|explained|continued|argued|insisted|noted)\\b|[\"“”]");
  /** A sentence whose subject is a pronoun that speaks: "He said …", "She later told …". */
  private static final Pattern PRONOUN_SPEAKS = Pattern.compile("(?:He|She)\\s+(?:\\p{Ll}+ly\\s+|later\\s+|also\\s+|then\\s+)?"
      + "(?:said|says|told|tells|added|adds|argued|insisted|noted|declared|explained)\\b");
  /** A quotation mark. */
  private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");

  private final Map<String, String> speakers = new HashMap<>();
  private final Map<String, String> sayers = new HashMap<>();
  private final Set<String> elsewhere = new HashSet<>();
  /** Each sentence of a run of someone's statement, with who makes it. */
  private final Map<String, String> runs = new HashMap<>();
  /** The sentences of the report's quotations that run through more than one sentence. */
  private final Set<String> pieces;

  private Statements(Set<String> pieces) {
    this.pieces = pieces;
  }

  /**
   * The statements of {@code source}'s body sentences; a sentence that {@code dated} holds (one
   * dating a happening of its own) ends a run.
   *
   * @param people the ids of the cast's people
   * @param named the named people of each sentence, by sentence id
   */
  static Statements of(Source source, CastOfPeople cast, Set<String> people,
      Map<String, List<PersonMention>> named, Predicate<String> dated) {
    // the pieces of a quotation running through sentences: its words go on without a mark
    Statements st = new Statements(source.analysis().quotes().stream().map(Quote::sentences)
        .filter(ids -> ids.size() > 1).flatMap(List::stream).collect(Collectors.toSet()));
    List<Sentence> sentences = source.analysis().sentences();
    int runStart = -1;
    String runSayer = null;
    String lastSayer = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.isHeadline()) {
        continue;
      }
      String said = TimelineCandidates.speaker(source.analysis(), s, cast);
      String speaker = people.contains(said) ? said : null;
      boolean placed = Sayings.isSaidElsewhere(s.text());
      // "an agency quoted the minister as saying": the one named is who said it
      String sayer = speaker != null ? speaker : named(source, s, named.getOrDefault(s.id(), List.of()),
          cast, placed ? Integer.MAX_VALUE : SUBJECT);
      // "He said later on Wessex News …": the pronoun is whoever the report last had speak
      if (sayer == null && lastSayer != null && PRONOUN_SPEAKS.matcher(s.text()).lookingAt()) {
        sayer = lastSayer;
      }
      if (sayer != null) {
        lastSayer = sayer;
      }
      if (speaker != null) {
        st.speakers.put(s.id(), speaker);
      }
      if (sayer != null) {
        st.sayers.put(s.id(), sayer);
      }
      if (dated.test(s.id())) {
        runStart = -1;
        runSayer = null;
        continue;
      }
      if (sayer != null && !sayer.equals(runSayer)) {
        runStart = i;
        runSayer = sayer;
      } else if (sayer == null && runSayer != null && !SPEECH.matcher(s.text()).find()
          && !st.pieces.contains(s.id())) {
        // the writer's own sentence ends the statement
        runStart = -1;
        runSayer = null;
      }
      if (runSayer != null) {
        st.runs.put(s.id(), runSayer);
      }
      if (placed && runSayer != null) {
        for (int j = runStart; j <= i; j++) {
          st.elsewhere.add(sentences.get(j).id());
        }
      }
    }
    return st;
  }

  /** The person of the cast the sentence reports as speaking, or null. */
  String speaker(String sentence) {
    return speakers.get(sentence);
  }

  /** Who says the sentence: its speaker, else the person of the cast its subject names, or null. */
  String sayer(String sentence) {
    return sayers.get(sentence);
  }

  /**
   * Who makes the statement the sentence is part of, its first sentence naming them and the rest
   * going on in their words ("“…,” she said", a quotation), or null: the writer's own sentence
   * ends a statement, and so does a sentence dating a happening of its own.
   */
  String runOf(String sentence) {
    return runs.get(sentence);
  }

  /**
   * The sentences of the report's quotations that run through more than one sentence: a piece
   * with no mark or verb of its own ("What we take issue with is …") is still someone's words.
   */
  Set<String> quotationPieces() {
    return pieces;
  }

  /** True for a verb that reports speech, or a quotation mark: a sentence of a statement. */
  static boolean isSpeech(String text) {
    return SPEECH.matcher(text).find();
  }

  /** True where the text holds a quotation mark: someone's own words. */
  static boolean quotes(String text) {
    return QUOTE_MARK.matcher(text).find();
  }

  /** True where the sentence is part of a statement the report places somewhere of its own. */
  boolean saidElsewhere(String sentence) {
    return elsewhere.contains(sentence);
  }

  /**
   * The first person of the cast among the sentence's {@code named} people, starting before
   * {@code within} (its subject: "Mr Hallor then sought to …"), or null. A name in the
   * possessive ("Hallor's critics say …") is whose the subject is, not the subject; a name in a
   * quotation ("“Hallor never asked us,” she said") is whom the speaker tells of.
   */
  static String named(Source source, Sentence sentence, List<PersonMention> named,
      CastOfPeople cast, int within) {
    return named.stream().filter(p -> p.span().start() < within
            && !Sayings.isQuoted(sentence.text(), p.span().start())
            && !Clauses.possessive(sentence.text(), p.span().end()))
        .map(p -> cast.idOf(source.id(), p.name())).flatMap(Optional::stream)
        .findFirst().orElse(null);
  }
}
