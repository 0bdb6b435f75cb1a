package briefing.crossref.entities;

import briefing.crossref.Attestations;
import briefing.crossref.DisjointSets;
import briefing.crossref.Spelling;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Attested;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The organisations or the places of every source, grouped by key: names that differ only in
 * case, punctuation or British and American spelling share a key; an acronym joins its
 * expansion; a place written inside an organisation's name is left out. Organisations and places
 * add their own rules through {@link #union}.
 */
final class EntityGroups {
  /**
   * One mention.
   *
   * @param citation the sentence
   * @param name the name the analysis gives (an acronym's expansion where the article gives one)
   * @param written the words as the sentence writes them
   * @param acronym the acronym the article ties to it, or null
   * @param type the finer type
   */
  record Seen(Citation citation, String name, String written, String acronym, String type) {}

  private final List<Seen> seen = new ArrayList<>();
  private final DisjointSets<String> keys = new DisjointSets<>();

  /** The mentions of {@code kind} in {@code sources}, grouped by key, acronym and initials. */
  EntityGroups(List<Source> sources, EntityMention.Kind kind) {
    // A place written inside an organisation's name is no mention of the place ("Air Norway").
    OrganisationNames organisations = new OrganisationNames(sources);
    for (Source s : sources) {
      Map<String, Sentence> sentences = s.analysis().sentences().stream()
          .collect(Collectors.toMap(Sentence::id, x -> x, (a, b) -> a, TreeMap::new));
      for (EntityMention e : s.analysis().entities()) {
        if (e.kind() == kind && !Spelling.key(e.name()).isEmpty()
            && !(kind == EntityMention.Kind.PLACE && organisations.around(sentences.get(e.span().sentence()), e))) {
          seen.add(new Seen(new Citation(s.id(), e.span().sentence()), e.name(),
              written(sentences.get(e.span().sentence()), e), e.acronym(), e.type()));
        }
      }
    }
    for (Seen s : seen) {
      union(Spelling.key(s.name()), Spelling.key(s.written()));
      if (s.acronym() != null) {
        union(Spelling.key(s.name()), Spelling.key(s.acronym()));
      }
    }
    joinInitials();
  }

  /** Every form (analysis name, written form, acronym) of every mention. */
  Set<String> forms() {
    Set<String> forms = new TreeSet<>();
    for (Seen s : seen) {
      forms.add(s.name());
      forms.add(s.written());
      if (s.acronym() != null) {
        forms.add(s.acronym());
      }
    }
    return forms;
  }

  /** Puts the names with keys {@code a} and {@code b} in one group. */
  void union(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return; // a form with no letters says nothing about which name it is
    }
    keys.join(a, b);
  }

  /** The group of the key {@code key}: the least key of its group. */
  String find(String key) {
    return keys.find(key);
  }

  /** The mentions of each group, groups in the order of their least key. */
  List<List<Seen>> groups() {
    TreeMap<String, List<Seen>> byRoot = new TreeMap<>();
    seen.forEach(s -> byRoot.computeIfAbsent(find(Spelling.key(s.name())), r -> new ArrayList<>()).add(s));
    return List.copyOf(byRoot.values());
  }

  /** Each written form of a group with the sentences that write it, most cited first. */
  static List<Attested> spellings(List<Seen> group) {
    Attestations forms = new Attestations();
    group.forEach(s -> forms.add(s.written(), s.citation()));
    return forms.ranked();
  }

  /** The distinct sentences of a group, in order. */
  static List<Citation> mentions(List<Seen> group) {
    return List.copyOf(new TreeSet<>(group.stream().map(Seen::citation).toList()));
  }

  /**
   * The form most sources give among those {@code fits} accepts, forms that differ only in case
   * and punctuation counted as one; capitals first on a tie; null where none fits.
   */
  static String mostGiven(List<Seen> group, java.util.function.Predicate<String> fits, boolean written) {
    Attestations forms = new Attestations(Spelling::key);
    group.forEach(s -> forms.add(written ? s.written() : s.name(), s.citation()));
    return forms.ranked().stream().filter(a -> fits.test(a.value()))
        .sorted(Comparator.comparingInt((Attested a) -> -a.sources().size())
            .thenComparingLong(a -> -a.value().chars().filter(Character::isUpperCase).count())
            .thenComparing(Attestations.MOST_CITED))
        .map(Attested::value).findFirst().orElse(null);
  }

  /** Acronyms join the one name of several words whose initials they spell ("OPEC", "Opec"). */
  private void joinInitials() {
    Set<String> forms = forms();
    // each name under the acronyms it may be written as, so an acronym meets only its expansions
    Map<String, List<String>> spelledBy = new TreeMap<>();
    for (String name : forms) {
      Spelling.initials(name).forEach(i -> spelledBy.computeIfAbsent(i, k -> new ArrayList<>()).add(name));
    }
    for (String acronym : forms) {
      if (!Spelling.maybeAcronym(acronym)) {
        continue;
      }
      Set<String> expansions = new TreeSet<>();
      for (String name : spelledBy.getOrDefault(Spelling.letters(acronym), List.of())) {
        expansions.add(find(Spelling.key(name)));
      }
      if (expansions.size() == 1) {
        union(Spelling.key(acronym), expansions.iterator().next());
      }
    }
  }

  private static String written(Sentence sentence, EntityMention e) {
    if (sentence != null && e.span().end() <= sentence.text().length()) {
      String text = sentence.text().substring(e.span().start(), e.span().end()).strip();
      if (!text.isEmpty()) {
        return text;
      }
    }
    return e.name();
  }
}
