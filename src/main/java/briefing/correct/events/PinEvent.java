package briefing.correct.events;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import java.util.Optional;

/**
 * {@code events: - pin: ID}: the event is always in the home page's story in brief, even where
 * only one source reports it.
 */
public record PinEvent(int line, String id) implements BriefingCorrection {
  public static PinEvent read(Entry entry) {
    return new PinEvent(entry.line(), entry.subject());
  }

  @Override
  public Optional<String> apply(Edit edit) {
    if (edit.event(id).isEmpty()) {
      return Optional.of(Events.noSuch(id));
    }
    edit.pinned.add(id);
    return Optional.empty();
  }
}
