package briefing.crossref.people;

import briefing.crossref.Spelling;
import briefing.crossref.people.LocalPeople.Mention;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words each article quotes each name, as written, as saying: two articles quoting one
 * surname and a full name as saying the same long sentence quote one person (a wire report and
 * its update), however little the story names them.
 */
final class Quotations {
  /** The fewest words a quotation must have to tell its speaker. */
  private static final int WORDS = 8;

  /** The quotations, as plain words, by article and plain name of the speaker as written. */
  private final Map<String, Set<String>> byArticleAndName = new HashMap<>();

  private Quotations() {}

  /** What {@code sources} quote whom as saying. */
  static Quotations of(List<Source> sources) {
    Quotations found = new Quotations();
    for (Source s : sources) {
      for (Quote q : s.analysis().quotes()) {
        String words = Spelling.plain(q.text());
        if (q.speaker() != null && !q.partial() && words.split(" ").length >= WORDS) {
          found.byArticleAndName.computeIfAbsent(key(s.id(), q.speaker()), k -> new HashSet<>())
              .add(words);
        }
      }
    }
    return found;
  }

  /** Whether mentions {@code a} and {@code b} are quoted as saying the same words. */
  boolean shared(Collection<Mention> a, Collection<Mention> b) {
    Set<String> ofA = of(a);
    return !ofA.isEmpty() && of(b).stream().anyMatch(ofA::contains);
  }

  private Set<String> of(Collection<Mention> mentions) {
    Set<String> words = new HashSet<>();
    for (Mention m : mentions) {
      words.addAll(byArticleAndName.getOrDefault(key(m.article(), m.mention().name()), Set.of()));
    }
    return words;
  }

  private static String key(String article, String name) {
    return article + "\t" + Spelling.plain(name);
  }
}
