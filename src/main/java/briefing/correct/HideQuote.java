package briefing.correct;

import briefing.model.briefing.QuoteComparison;
import java.util.List;
import java.util.Optional;

/**
 * {@code quotes: - hide: WORDS}: quotes side by side that are not one statement. The words are
 * any part of one version's text; every comparison holding them is hidden.
 */
public record HideQuote(int line, String words) implements BriefingCorrection {
  public static HideQuote read(Entry entry) {
    return new HideQuote(entry.line(), entry.subject());
  }

  @Override
  public Optional<String> apply(Edit edit) {
    String key = Edit.plain(words);
    List<QuoteComparison> found = edit.quotes.stream()
        .filter(q -> q.versions().stream().anyMatch(v -> Edit.plain(v.quote().text()).contains(key)))
        .toList();
    if (found.isEmpty()) {
      return Optional.of("no quotes compared hold the words '" + words + "'");
    }
    for (QuoteComparison q : found) {
      edit.quotes.remove(q);
      edit.note("quote", q.versions().get(0).quote().text(), "Hidden by the editor: the quotes are not one statement.");
    }
    return Optional.empty();
  }
}
