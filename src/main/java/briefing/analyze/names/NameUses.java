package briefing.analyze.names;

import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Roles;
import briefing.text.Surnames;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How an article uses the names the tagger takes for people: as someone (a title or an honorific
 * before the name, a role set off beside it, a speech verb reporting it), or as a word that
 * qualifies a common noun ("the Pinecrest shooting", "the Medishield law", "Fox host Jane Doe") or
 * as a place ("in Carver", "the massacre at Sandy Cove"). A name the whole article only ever uses
 * the second way, and never gives with a first name, or only ever as a place, is a place, a law,
 * an event or an outlet, not a person
 * (PeopleAndQuotesTest#placesLawsEventsAndOutletsUsedAsModifiersAreNoPeople).
 */
final class NameUses {
  /** Nouns a person's name qualifies as readily as an organisation's: "the Hart family". */
  private static final Set<String> PERSONAL_NOUNS = Set.of("family", "administration",
      "campaign", "presidency", "camp", "aide", "aides", "ally", "allies", "supporter", "supporters",
      "era", "wife", "husband", "son", "daughter", "children", "mother", "father", "brother", "sister",
      "estate", "team", "lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman",
      "spokesperson", "adviser", "advisers", "advisor", "advisors", "nominee", "nomination", "doctrine",
      "years", "voters", "critics", "opponents", "rally", "rallies", "speech", "remarks", "tweet", "tweets");
  /** Roles only an outlet gives: "Fox host", "Courier columnist". */
  private static final Set<String> MEDIA_ROLES = Set.of("host", "anchor", "correspondent", "reporter",
      "columnist", "commentator", "contributor", "editor", "producer", "analyst", "presenter");

  /** Prepositions after which a name is a place: "in Carver". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "inside");
  /** Words that place a place near another, between the preposition and the name: "in nearby Carver". */
  private static final Set<String> NEARBY = Set.of("nearby", "neighboring", "neighbouring", "suburban");

  /** Surnames (lower case) that some mention in the article uses as someone's. */
  private final Set<String> personal = new HashSet<>();
  /** Names (lower case) that some mention uses to qualify a common noun. */
  private final Set<String> modifying = new HashSet<>();
  /** Names (lower case) that some mention uses as a place: "the massacre at Sandy Cove". */
  private final Set<String> places = new HashSet<>();

  private NameUses(Document document) {
    List<CoreSentence> sentences = document.core().sentences();
    // The names by their first word, to find each written anywhere, whatever the tagger made of
    // it there ("the Medishield law" may be tagged a law's name once and a person's elsewhere).
    Map<String, Set<List<String>>> names = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> tokens = sentences.get(i).tokens();
      for (CoreEntityMention m : sentences.get(i).entityMentions()) {
        if ("PERSON".equals(m.entityType())) {
          int begin = m.tokens().get(0).index() - 1;
          if (asSomeone(i, tokens, begin, begin + m.tokens().size())) {
            personal.add(Surnames.of(m.text()));
          }
          List<String> words = m.tokens().stream().map(CoreLabel::word).toList();
          names.computeIfAbsent(words.get(0), k -> new HashSet<>()).add(words);
        }
      }
    }
    for (CoreSentence sentence : sentences) {
      List<CoreLabel> tokens = sentence.tokens();
      for (int k = 0; k < tokens.size(); k++) {
        for (List<String> name : names.getOrDefault(tokens.get(k).word(), Set.of())) {
          int end = k + name.size();
          if (end > tokens.size() || !tokens.subList(k, end).stream().map(CoreLabel::word).toList().equals(name)) {
            continue;
          }
          if (qualifiesANoun(tokens, end)) {
            modifying.add(key(String.join(" ", name)));
          }
          if (placed(tokens, k, end)) {
            places.add(key(String.join(" ", name)));
          }
        }
      }
    }
  }

  /** The uses of the names in {@code document}. */
  static NameUses of(Document document) {
    return new NameUses(document);
  }

  /**
   * True when the article uses {@code name} to qualify a common noun and never, under that
   * surname, as someone's name.
   */
  boolean onlyQualifies(String name) {
    return modifying.contains(key(name)) && !personal.contains(Surnames.of(name));
  }

  /**
   * True when the article uses {@code name} as a place and never, under that surname, as someone's
   * name: a name with a first name ("Sandy Cove") is no person only on this evidence, since "its
   * Jane Doe cover" qualifies a noun with a person's name.
   */
  boolean onlyPlaced(String name) {
    return places.contains(key(name)) && !personal.contains(Surnames.of(name));
  }

  /**
   * "in Carver", "in nearby Carver", "near Sandy Cove", "the massacre at Sandy Cove": a
   * preposition of place right before the name ("at" after a noun, not "looked at", "angry at"), and no possessive after it
   * ("in Reed's view").
   */
  private static boolean placed(List<CoreLabel> tokens, int begin, int end) {
    if (begin == 0 || end < tokens.size() && "POS".equals(tokens.get(end).tag())) {
      return false;
    }
    String before = tokens.get(begin - 1).word().toLowerCase(Locale.ROOT);
    if (PLACE_PREPOSITIONS.contains(before)) {
      return true;
    }
    // "in nearby Carver", "in neighbouring Carver"
    if (NEARBY.contains(before) && begin > 1
        && PLACE_PREPOSITIONS.contains(tokens.get(begin - 2).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return before.equals("at") && begin > 1 && tokens.get(begin - 2).tag() != null
        && tokens.get(begin - 2).tag().startsWith("NN");
  }

  private static boolean asSomeone(int sentence, List<CoreLabel> tokens, int begin, int end) {
    if (begin > 0 && NewsTokens.honorific(tokens.get(begin - 1))
        || Roles.of(sentence, tokens, begin, end).isPresent()) {
      return true;
    }
    // "Reed said", not "officials in Carver said"; "…," said Reed.", not "he said Medishield was".
    boolean saysAfter = end < tokens.size() && NewsTokens.speechVerb(tokens, end)
        && !(begin > 0 && NewsTokens.preposition(tokens.get(begin - 1)));
    boolean saidBefore = begin > 0 && NewsTokens.speechVerb(tokens, begin - 1)
        && (end == tokens.size() || NewsTokens.punctuation(tokens.get(end)));
    boolean accordingTo = begin > 1 && NewsTokens.speechVerb(tokens, begin - 2)
        && tokens.get(begin - 1).word().equalsIgnoreCase("to");
    return saysAfter || saidBefore || accordingTo;
  }

  /** "the Medishield law", "Fox host": a common noun right after the name, which it qualifies. */
  private static boolean qualifiesANoun(List<CoreLabel> tokens, int end) {
    if (end >= tokens.size()) {
      return false;
    }
    CoreLabel next = tokens.get(end);
    String word = next.word().toLowerCase(Locale.ROOT);
    // "the Sandy Cove shooting": the tagger may take the noun for a gerund.
    boolean commonNoun = ("NN".equals(next.tag()) || "NNS".equals(next.tag()) || "VBG".equals(next.tag()))
        && Character.isLowerCase(next.word().charAt(0));
    return commonNoun && !PERSONAL_NOUNS.contains(word)
        && (!NewsTokens.roleNoun(next) || MEDIA_ROLES.contains(word));
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
