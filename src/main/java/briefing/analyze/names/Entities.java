package briefing.analyze.names;

import briefing.analyze.nlp.Document;
import briefing.model.analysis.EntityMention.Kind;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Span;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Organisations and places, with each acronym tied to its expansion where the text gives both. */
public final class Entities {
  private static final Set<String> PLACES =
      Set.of("LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY");
  /** "European Organization for Nuclear Research (CERN)": an expansion, then its acronym. */
  private static final Pattern PARENTHESISED = Pattern.compile("\\(([A-Z][A-Za-z&.]{1,11})\\)");
  private static final Set<String> MINOR = Set.of("of", "for", "and", "the", "in", "on", "to", "&");

  private Entities() {}

  /**
   * The organisations and places of {@code document}, leaving out a word {@code people} found to
   * be a person (a lone surname the tagger took for an organisation, issue 12).
   */
  public static List<EntityMention> find(Document document, List<PersonMention> people) {
    Set<Span> personal = new HashSet<>();
    people.forEach(p -> personal.add(p.span()));
    List<CoreEntityMention> mentions = new ArrayList<>();
    List<Integer> sentenceOf = new ArrayList<>();
    List<CoreSentence> sentences = document.core().sentences();
    for (int i = 0; i < sentences.size(); i++) {
      for (CoreEntityMention m : sentences.get(i).entityMentions()) {
        List<CoreLabel> words = m.tokens();
        if (personal.contains(document.span(i, words.get(0), words.get(words.size() - 1)))) {
          continue;
        }
        if ("ORGANIZATION".equals(m.entityType()) || PLACES.contains(m.entityType())) {
          mentions.add(m);
          sentenceOf.add(i);
        }
      }
    }
    List<int[]> expansions = new ArrayList<>();
    Map<String, String> acronyms = acronyms(document, mentions, expansions);
    List<EntityMention> found = new ArrayList<>();
    Map<String, String[]> names = new HashMap<>();
    for (int k = 0; k < mentions.size(); k++) {
      CoreEntityMention m = mentions.get(k);
      int i = sentenceOf.get(k);
      Kind kind = "ORGANIZATION".equals(m.entityType()) ? Kind.ORGANIZATION : Kind.PLACE;
      if (kind == Kind.PLACE && inside(m, expansions)) {
        continue; // "Europe" in "European Organization for Nuclear Research (CERN)"
      }
      // Once per name written: each of a long article's mentions would read all its acronyms.
      String[] named = names.computeIfAbsent(m.text(), written -> named(written, acronyms));
      found.add(new EntityMention(named[0], kind, m.entityType(), named[1],
          document.span(i, m.tokens().get(0), m.tokens().get(m.tokens().size() - 1))));
    }
    return found;
  }

  /** The name and acronym (or null) a mention written {@code written} goes by. */
  private static String[] named(String written, Map<String, String> acronyms) {
    String name = written;
    String acronym = acronyms.get(name);
    if (acronym == null) {
      for (Map.Entry<String, String> e : acronyms.entrySet()) {
        if (e.getKey().contains(name) && name.contains(" ")) {
          // A name the tagger cut short ("Organization for Security"): the whole expansion.
          name = e.getKey();
          acronym = e.getValue();
          break;
        }
      }
    }
    if (acronym == null && acronyms.containsValue(name)) {
      // The acronym itself: name it by its expansion, keep the acronym.
      acronym = name;
      name = expansionOf(acronyms, name);
    }
    return new String[] {name, acronym};
  }

  /**
   * Expansion → acronym, from "Expansion (ACR)" in the text, or from an acronym whose letters are
   * the initials of a name the same article spells out.
   */
  private static Map<String, String> acronyms(Document document, List<CoreEntityMention> mentions,
      List<int[]> expansions) {
    String text = document.core().text();
    Map<String, String> found = new LinkedHashMap<>();
    Matcher m = PARENTHESISED.matcher(text);
    while (m.find()) {
      String expansion = expansionBefore(text, m.start(), m.group(1));
      if (expansion != null) {
        found.putIfAbsent(expansion, m.group(1));
        expansions.add(new int[] {text.lastIndexOf(expansion, m.start()), m.start()});
      }
    }
    // Each name's initials once, the first name to have them kept: asking every name again for
    // each acronym made an article of many acronyms cost their number squared (issue 11).
    Map<String, String> byInitials = new HashMap<>();
    for (CoreEntityMention long_ : mentions) {
      if (long_.text().contains(" ")) {
        for (String initials : initials(long_.text())) {
          byInitials.putIfAbsent(initials, long_.text());
        }
      }
    }
    Set<String> taken = new HashSet<>(found.values());
    for (CoreEntityMention short_ : mentions) {
      String acronym = short_.text();
      if (!acronym.matches("[A-Z][A-Z&.]{1,9}") || taken.contains(acronym)) {
        continue;
      }
      String expansion = byInitials.get(letters(acronym));
      if (expansion != null && found.putIfAbsent(expansion, acronym) == null) {
        taken.add(acronym);
      }
    }
    return found;
  }

  /**
   * The words right before {@code at} whose initials spell {@code acronym}, starting with a
   * capital ("Organization for Security and Co-operation in Europe"), or null.
   */
  static String expansionBefore(String text, int at, String acronym) {
    String before = text.substring(Math.max(0, at - 200), at).stripTrailing();
    String[] words = before.split("\\s+");
    int letters = acronym.replaceAll("[^A-Za-z]", "").length();
    for (int n = letters; n <= Math.min(words.length, letters * 2 + 2); n++) {
      String first = words[words.length - n];
      if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) {
        continue;
      }
      String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length))
          .replaceAll("^[\"“'‘(]+|[,;:\"”'’]+$", "");
      if (initialsMatch(candidate, acronym)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean inside(CoreEntityMention m, List<int[]> ranges) {
    for (int[] r : ranges) {
      if (m.charOffsets().first >= r[0] && m.charOffsets().second <= r[1]) {
        return true;
      }
    }
    return false;
  }

  private static String expansionOf(Map<String, String> acronyms, String acronym) {
    for (Map.Entry<String, String> e : acronyms.entrySet()) {
      if (e.getValue().equals(acronym)) {
        return e.getKey();
      }
    }
    return acronym;
  }

  /** "Organization of the Petroleum Exporting Countries" / "OPEC"; minor words may or may not count. */
  static boolean initialsMatch(String name, String acronym) {
    return initials(name).contains(letters(acronym));
  }

  /** An acronym's letters in capitals ("O.P.E.C." is "OPEC"), or "" for fewer than two. */
  private static String letters(String acronym) {
    String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase();
    return letters.length() < 2 ? "" : letters;
  }

  /**
   * The acronyms {@code name} may have: the initials of all its words or of all but the minor
   * ones, with a hyphenated word one word or two ("Co-operation").
   */
  private static Set<String> initials(String name) {
    Set<String> initials = new HashSet<>();
    for (String split : List.of("\\s+", "[\\s-]+")) {
      StringBuilder all = new StringBuilder();
      StringBuilder major = new StringBuilder();
      for (String word : name.split(split)) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
          continue;
        }
        char initial = Character.toUpperCase(word.charAt(0));
        all.append(initial);
        if (!MINOR.contains(word.toLowerCase())) {
          major.append(initial);
        }
      }
      initials.add(all.toString());
      initials.add(major.toString());
    }
    initials.remove("");
    return initials;
  }
}
