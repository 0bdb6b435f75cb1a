package briefing.model.briefing;

import briefing.model.Citation;
import briefing.model.analysis.TimeMention;
import java.util.List;
import java.util.Objects;

/**
 * One happening on the timeline, merged across the sources that report it.
 *
 * @param id a stable id for URLs ("2023-02-07-harbour-vote")
 * @param date when it happened, at the precision known ("2022-01-10", "2022-01", "2014")
 * @param kind the story's own sequence, background long before it, or announced for later
 * @param summary one clear sentence chosen from the sources
 * @param summaryFrom where the summary sentence was read
 * @param citations every source's sentence that reports it
 * @param dates how each source's date was read, for display ("'Monday' in a report published
 *     Monday 10 January 2022"); where sources disagree on the date, each reading is here
 * @param people ids of the people taking part
 * @param announcedBy for an announced event, who announced it (a person id or a description),
 *     else null
 * @param rank how many sources and mentions point at this date, for leading with key dates
 */
public record Event(String id, EventDate date, Kind kind,
    String summary, Citation summaryFrom, List<Citation> citations, List<DateReading> dates,
    List<String> people, String announcedBy, double rank) {
  /** Where the event stands in the story. */
  public enum Kind { STORY, BACKGROUND, ANNOUNCED }

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(summaryFrom, "summaryFrom");
    citations = List.copyOf(citations);
    dates = List.copyOf(dates);
    people = List.copyOf(people);
  }

  /** How fine its date is. */
  public TimeMention.Precision precision() {
    return date.precision();
  }

  /** The distinct articles that report it. */
  public List<String> sources() {
    return citations.stream().map(Citation::article).distinct().sorted().toList();
  }
}
