package briefing.crossref.people;

import briefing.crossref.Attestations;
import briefing.crossref.Spelling;
import briefing.crossref.people.LocalPeople.Mention;
import briefing.model.Citation;
import briefing.model.analysis.PersonMention;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One person of the story before ids are given: every sentence that names or describes them.
 *
 * @param named false for a person the sources describe by role alone ("a State Department
 *     spokesperson")
 * @param mentions every mention, in article and reading order
 */
record Newsmaker(boolean named, List<Cited> mentions) {
  /**
   * {@code people} named first, then most sources, most sentences, then by name. Each person's
   * counts and name are worked out once, not in every comparison: a name is chosen from all of
   * their mentions (H1N1, some 1,400 people: sorting them was a sixth of merging the people).
   */
  static List<Newsmaker> mostCitedFirst(List<Newsmaker> people) {
    record Ranked(Newsmaker person, boolean described, int sources, int citations, String name) {}
    return people.stream()
        .map(n -> new Ranked(n, !n.named(), n.sources().size(), n.citations().size(), n.name()))
        .sorted(Comparator.comparing(Ranked::described)
            .thenComparingInt(r -> -r.sources())
            .thenComparingInt(r -> -r.citations())
            .thenComparing(Ranked::name))
        .map(Ranked::person)
        .toList();
  }

  /**
   * One mention.
   *
   * @param citation the sentence
   * @param written the name (or description) as the article writes it
   * @param form the name without honorific or possessive, or null for a description
   * @param role the role the sentence gives, or null
   * @param affiliation the country or organisation the sentence ties them to, or null
   */
  record Cited(Citation citation, String written, String form, String role, String affiliation) {}

  Newsmaker {
    mentions = List.copyOf(mentions);
  }

  /** A named person from their mentions in every article. */
  static Newsmaker named(List<Mention> mentions) {
    List<Cited> cited = new ArrayList<>();
    for (Mention m : mentions) {
      PersonMention p = m.mention();
      cited.add(new Cited(new Citation(m.article(), p.span().sentence()), p.name(), m.name().form(),
          p.role(), p.affiliation()));
    }
    return new Newsmaker(true, cited);
  }

  /** A person described by role alone, from every mention that describes them so. */
  static Newsmaker described(List<Cited> mentions) {
    return new Newsmaker(false, mentions);
  }

  /** The distinct articles that mention them. */
  Set<String> sources() {
    Set<String> sources = new TreeSet<>();
    mentions.forEach(m -> sources.add(m.citation().article()));
    return sources;
  }

  /** Every sentence that mentions them, in order. */
  List<Citation> citations() {
    return List.copyOf(new TreeSet<>(mentions.stream().map(Cited::citation).toList()));
  }

  /**
   * The name to show: the fullest form most sources use (a full name before a bare surname); for
   * a described person, the description most sources use.
   */
  String name() {
    if (!named) {
      return mostUsed(mentions.stream().map(Cited::role).toList());
    }
    List<Attested> spellings = spellings();
    int most = spellings.stream().mapToInt(s -> words(s.value()) > 1 ? 1 : 0).max().orElse(0);
    return spellings.stream().filter(s -> most == 0 || words(s.value()) > 1)
        .sorted(Comparator.comparingInt((Attested s) -> -s.sources().size())
            .thenComparingInt(s -> -words(s.value()))
            .thenComparing(Attestations.MOST_CITED))
        .findFirst().orElseThrow().value();
  }

  /** Each form of the name with the sentences that write it; none for a described person. */
  List<Attested> spellings() {
    Attestations forms = new Attestations();
    mentions.forEach(m -> forms.add(m.form(), m.citation()));
    return forms.ranked();
  }

  /** This person as the briefing shows them. */
  Person person(String id, List<QuoteRef> quotes) {
    Attestations roles = new Attestations(RoleRanking::key);
    Attestations affiliations = new Attestations(Spelling::plain);
    for (Cited m : mentions) {
      roles.add(m.role(), m.citation());
      affiliations.add(m.affiliation(), m.citation());
    }
    List<QuoteRef> sorted = quotes.stream()
        .sorted(Comparator.comparing(QuoteRef::citation).thenComparing(QuoteRef::text)).toList();
    // A named person's relational role ("his counterpart") says who they face, not what they
    // are: never shown as their role (a counterpart's post is read by Counterparts); kin ("her
    // sister") says who they are, after every post
    List<Attested> ranked = RoleRanking.rank(roles.ranked()).stream()
        .filter(r -> !named || !RoleRanking.relational(r.value()) || RoleRanking.kin(r.value()))
        .toList();
    return new Person(id, name(), ranked, affiliations.first(),
        spellings(), citations(), sorted);
  }

  /** The description most mentions use, without a leading article. */
  private static String mostUsed(List<String> descriptions) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    descriptions.forEach(d -> counts.merge(Descriptions.withoutArticle(d), 1, Integer::sum));
    return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static int words(String name) {
    return name.split("\\s+").length;
  }
}
