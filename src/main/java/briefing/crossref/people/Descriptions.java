package briefing.crossref.people;

import briefing.crossref.Spelling;
import briefing.crossref.people.Newsmaker.Cited;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.PersonMention;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * People the sources describe by role alone ("a spokesperson for the National Security
 * Council"): one person per description, the same description in several sources being one.
 */
final class Descriptions {
  private Descriptions() {}

  /** Every described person of {@code sources}, in the order of their keys. */
  static List<Newsmaker> of(List<Source> sources) {
    TreeMap<String, List<Cited>> byKey = new TreeMap<>();
    for (Source s : sources) {
      for (PersonMention p : s.analysis().people()) {
        if (!p.named()) {
          byKey.computeIfAbsent(key(p.role()), k -> new ArrayList<>()).add(new Cited(
              new Citation(s.id(), p.span().sentence()), p.role(), null, p.role(), p.affiliation()));
        }
      }
    }
    return byKey.values().stream().map(Newsmaker::described).toList();
  }

  /**
   * {@code people} with each described person whose description is the role of one named person
   * ("the former vice president") folded into that person.
   */
  static List<Newsmaker> foldIntoNamed(List<Newsmaker> people) {
    List<Newsmaker> result = new ArrayList<>(people);
    for (Newsmaker described : people) {
      if (described.named()) {
        continue;
      }
      String key = key(described.mentions().get(0).written());
      List<Newsmaker> holders = result.stream().filter(n -> n.named() && n.mentions().stream()
          .anyMatch(m -> m.role() != null && key(m.role()).equals(key))).toList();
      if (holders.size() == 1) {
        Newsmaker holder = holders.get(0);
        List<Cited> mentions = new ArrayList<>(holder.mentions());
        mentions.addAll(described.mentions());
        result.set(result.indexOf(holder), new Newsmaker(true, mentions));
        result.remove(described);
      }
    }
    return result;
  }

  /** The key descriptions share when they differ only in case, punctuation and a leading article. */
  static String key(String description) {
    return Spelling.plain(withoutArticle(description));
  }

  /** {@code description} without a leading "a", "an" or "the". */
  static String withoutArticle(String description) {
    return description.strip().replaceFirst("(?i)^(a|an|the)\\s+", "");
  }
}
