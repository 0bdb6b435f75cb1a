package briefing.correct.events;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import java.util.List;
import java.util.Optional;

/**
 * {@code events: - key-dates: [ID, ID, …]}: the home page's key dates are these events, in this
 * order, instead of the best ranked. An id that matches no event is left out with a warning.
 */
public record KeyDates(int line, List<String> ids) implements BriefingCorrection {
  public static KeyDates read(Entry entry) {
    return new KeyDates(entry.line(), entry.texts("key-dates", 1));
  }

  @Override
  public Optional<String> apply(Edit edit) {
    List<String> missing = ids.stream().filter(id -> edit.event(id).isEmpty()).toList();
    List<String> known = ids.stream().filter(id -> edit.event(id).isPresent()).toList();
    if (!known.isEmpty()) {
      edit.keyDates.clear();
      edit.keyDates.addAll(known);
    }
    // Part of the list still applies; the warning names what does not.
    return missing.isEmpty() ? Optional.empty()
        : Optional.of((missing.size() == 1 ? "no event has the id '" : "no events have the ids '")
            + String.join("', '", missing) + "'" + (known.isEmpty() ? "" : "; the others are the key dates"));
  }
}
