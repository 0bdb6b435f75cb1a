package briefing.correct.events;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.model.briefing.Event;
import java.util.Optional;

/** {@code events: - hide: ID}: an event that is none (a misread date); its dates link nowhere. */
public record HideEvent(int line, String id) implements BriefingCorrection {
  public static HideEvent read(Entry entry) {
    return new HideEvent(entry.line(), entry.subject());
  }

  @Override
  public Optional<String> apply(Edit edit) {
    Optional<Event> e = edit.event(id);
    if (e.isEmpty()) {
      return Optional.of(Events.noSuch(id));
    }
    edit.events.remove(e.get());
    edit.moveEvent(id, null);
    edit.note("event", id, "Hidden by the editor: " + e.get().summary());
    return Optional.empty();
  }
}
