package briefing.correct;

import briefing.correct.events.CorrectEvent;
import briefing.correct.events.HideEvent;
import briefing.correct.events.KeyDates;
import briefing.correct.events.MergeEvents;
import briefing.correct.events.PinEvent;
import briefing.correct.events.SplitEvent;
import briefing.correct.people.HidePerson;
import briefing.correct.people.MergePeople;
import briefing.correct.people.RenamePerson;
import briefing.correct.people.SetPerson;
import briefing.correct.people.SplitPerson;
import briefing.correct.sources.SourceByFile;
import briefing.correct.sources.SourceByOutlet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every kind of correction: the section it is written under, the key that names it, the other
 * keys it takes, and how it is read. A new kind is one class and one line here.
 */
final class Kinds {
  /**
   * One kind of correction.
   *
   * @param section the top-level key it is listed under ("people")
   * @param key the key that starts its entry and names it ("merge")
   * @param others the other keys it takes
   * @param read makes the correction from its entry (a {@link BriefingCorrection}, a
   *     {@link SourceCorrection} or both), or null where the entry has an error
   */
  record Kind(String section, String key, Set<String> others, Function<Entry, Object> read) {}

  static final List<Kind> ALL = List.of(
      new Kind("people", "merge", Set.of(), MergePeople::read),
      new Kind("people", "split", Set.of("article", "spelling", "name"), SplitPerson::read),
      new Kind("people", "rename", Set.of("to"), RenamePerson::read),
      new Kind("people", "person", Set.of("role", "affiliation"), SetPerson::read),
      new Kind("people", "hide", Set.of(), HidePerson::read),
      new Kind("organisations", "hide", Set.of(), HideOrganisation::read),
      new Kind("events", "event", Set.of("date", "summary"), CorrectEvent::read),
      new Kind("events", "merge", Set.of(), MergeEvents::read),
      new Kind("events", "split", Set.of("article", "date", "summary"), SplitEvent::read),
      new Kind("events", "hide", Set.of(), HideEvent::read),
      new Kind("events", "pin", Set.of(), PinEvent::read),
      new Kind("events", "key-dates", Set.of(), KeyDates::read),
      new Kind("figures", "hide", Set.of(), HideFigure::read),
      new Kind("figures", "explain", Set.of("note"), ExplainFigure::read),
      new Kind("quotes", "hide", Set.of(), HideQuote::read),
      new Kind("sources", "file", Set.of("published", "outlet"), SourceByFile::read),
      new Kind("sources", "outlet", Set.of("name", "note"), SourceByOutlet::read));

  private Kinds() {}

  /** The sections, in the order the README gives them. */
  static List<String> sections() {
    return ALL.stream().map(Kind::section).distinct().toList();
  }

  /** The keys that start an entry of {@code section}. */
  static List<String> keys(String section) {
    return ALL.stream().filter(k -> k.section().equals(section)).map(Kind::key).toList();
  }

  static Optional<Kind> of(String section, String key) {
    return ALL.stream().filter(k -> k.section().equals(section) && k.key().equals(key)).findFirst();
  }
}
