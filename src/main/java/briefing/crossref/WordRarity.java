package briefing.crossref;

import briefing.model.Source;
import briefing.model.analysis.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How telling a word is in this briefing: a word most sentences use ("Norland" in a story about
 * Norland) says little about which figure is meant; a rare one ("conflict") says much.
 */
public final class WordRarity {
  private final Map<String, Integer> sentencesWith;
  private final int sentences;

  private WordRarity(Map<String, Integer> sentencesWith, int sentences) {
    this.sentencesWith = sentencesWith;
    this.sentences = sentences;
  }

  /** Counts, for each content word, the sentences of all {@code sources} that use it. */
  public static WordRarity of(List<Source> sources) {
    // looked up only, never listed: no order to keep
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    for (Source source : sources) {
      for (Sentence sentence : source.analysis().sentences()) {
        total++;
        Set<String> seen = new HashSet<>(ComparisonWords.content(sentence.text()));
        seen.forEach(w -> counts.merge(w, 1, Integer::sum));
      }
    }
    return new WordRarity(counts, total);
  }

  /**
   * The inverse sentence frequency of {@code word} scaled to 0..1, {@code ln((n + 1) / (k + 1)) /
   * ln(n + 1)} for a word in {@code k} of {@code n} sentences: 0 for a word in every sentence, 1
   * for an unseen one, about 0.45 for a word in one sentence in ten of 150, whatever the
   * briefing's size.
   */
  public double weight(String word) {
    int k = sentencesWith.getOrDefault(word, 0);
    return sentences == 0 ? 1 : Math.log((sentences + 1.0) / (k + 1.0)) / Math.log(sentences + 1.0);
  }
}
