package briefing.analyze.nlp;

import briefing.model.analysis.PersonMention;
import briefing.text.Ranks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The roles an article gives unnamed people, by word, so a bare "the spokesperson" finds the
 * latest fuller description ("a State Department spokesperson") without reading every earlier
 * person again: that made an article of many unnamed speakers cost the square of their number
 * (issue 11).
 */
public final class Descriptions {
  /** A role of more than one word, and where it stands in reading order. */
  private record Described(int order, String role) {}

  private final Map<String, List<Described>> byWord = new HashMap<>();

  /**
   * Adds {@code person}, who stands at {@code order} in reading order; call in reading order.
   * Only an unnamed person described in more than one word can complete a one-word role.
   */
  public void add(PersonMention person, int order) {
    if (person.named() || person.role() == null) {
      return;
    }
    String[] words = person.role().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length < 2) {
      return;
    }
    for (String word : new LinkedHashSet<>(List.of(words))) {
      byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(new Described(order, person.role()));
    }
  }

  /**
   * The latest role added before {@code order} that is longer than {@code head} and holds it as
   * a word: "the spokesperson" after "a State Department spokesperson", "the student" after "a
   * former student at the school"; not "the president" after "the vice president".
   */
  public Optional<String> fuller(String head, int order) {
    List<Described> roles = byWord.getOrDefault(head.toLowerCase(Locale.ROOT), List.of());
    int lo = 0;
    int hi = roles.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (roles.get(mid).order() < order) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0; i--) {
      if (roles.get(i).role().length() > head.length() && !ranked(roles.get(i).role(), head)) {
        return Optional.of(roles.get(i).role());
      }
    }
    return Optional.empty();
  }

  /**
   * True where {@code role} holds {@code head} only after a word that makes it another person's
   * office: "vice president" is no fuller "president" ({@link Ranks#otherOffice}).
   */
  private static boolean ranked(String role, String head) {
    String[] words = role.split("\\s+");
    boolean ranked = false;
    for (int i = 0; i < words.length; i++) {
      if (words[i].equalsIgnoreCase(head)) {
        if (i == 0 || !Ranks.otherOffice(words[i - 1])) {
          return false;
        }
        ranked = true;
      }
    }
    return ranked;
  }
}
