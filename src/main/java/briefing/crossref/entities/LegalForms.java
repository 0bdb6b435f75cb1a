package briefing.crossref.entities;

import briefing.crossref.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A company under its legal forms: "Tarrant Motor Company", "Tarrant Motor Co.", "Tarrant Inc."
 * and "Tarrant" are one. Names that differ only in a legal suffix join; a name with a suffix
 * joins the shorter name left without the word before the suffix too ("Motor Company"), when it
 * is the only organisation that leads there (issue 12,
 * {@code OrganisationsTest.legalSuffixesAndATradeWordBeforeThemJoinTheShorterName}).
 */
final class LegalForms {
  /** Legal suffixes, by {@link Spelling#key}: "Inc.", "Co.", "plc", "Group", "Corporation". */
  private static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "co", "company", "corp",
      "corporation", "ltd", "limited", "llc", "plc", "group");
  /** Words a stem left without its last word must not end on ("Bank of America Corp."). */
  private static final Set<String> MINOR = Set.of("of", "for", "and", "the", "in", "on", "to", "&");

  private LegalForms() {}

  /** Joins the legal forms of each company among the organisations of {@code groups}. */
  static void join(EntityGroups groups) {
    Set<String> keys = new TreeSet<>();
    groups.forms().forEach(f -> keys.add(Spelling.key(f)));
    TreeMap<String, List<String>> byStem = new TreeMap<>();
    for (String key : keys) {
      byStem.computeIfAbsent(stem(key), s -> new ArrayList<>()).add(key);
    }
    // A name's stem is its own key where the name has no suffix, so "tarrant" joins "tarrant inc".
    byStem.values().forEach(names -> names.forEach(name -> groups.union(names.get(0), name)));
    // "tarrant motor company" → "tarrant": the organisations whose stem less a word is a name.
    TreeMap<String, Set<String>> leadingTo = new TreeMap<>();
    TreeMap<String, List<String>> fromKeys = new TreeMap<>();
    for (String key : keys) {
      String stem = stem(key);
      String[] words = stem.split(" ");
      if (stem.equals(key) || words.length < 2 || MINOR.contains(words[words.length - 2])) {
        continue;
      }
      String shorter = String.join(" ", List.of(words).subList(0, words.length - 1));
      if (keys.contains(shorter)) {
        leadingTo.computeIfAbsent(shorter, s -> new TreeSet<>()).add(groups.find(key));
        fromKeys.computeIfAbsent(shorter, s -> new ArrayList<>()).add(key);
      }
    }
    leadingTo.forEach((shorter, organisations) -> {
      if (organisations.size() == 1) {
        fromKeys.get(shorter).forEach(key -> groups.union(shorter, key));
      }
    });
  }

  /** The key without its legal suffixes: "tarrant motor co" → "tarrant motor". */
  static String stem(String key) {
    String stem = key;
    int space;
    while ((space = stem.lastIndexOf(' ')) > 0 && SUFFIXES.contains(stem.substring(space + 1))) {
      stem = stem.substring(0, space);
    }
    return stem;
  }
}
