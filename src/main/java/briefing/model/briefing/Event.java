package briefing.model.briefing;

import briefing.model.Citation;
import briefing.model.analysis.TimeMention;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One happening on the timeline, merged across the sources that report it.
 *
 * @param id a stable id for URLs ("2023-02-07-harbour-vote")
 * @param date when it happened, at the precision known ("2022-01-10", "2022-01", "2014")
 * @param kind the story's own sequence, background long before it, or announced for later
 * @param summary one clear sentence chosen from the sources
 * @param summaryFrom where the summary sentence was read
 * @param citations every source's sentence that reports it
 * @param excerpts where a cited sentence reports more than this happening ("talks with the
 *     alliance at the port on Wednesday and at the security body in the capital on Thursday"), the
 *     words of it that report this one, "…" marking where the sentence goes on; a citation not
 *     listed reports it in the whole sentence
 * @param dates how each source's date was read, for display ("'Monday' in a report published
 *     Monday 10 January 2022"); where sources disagree on the date, each reading is here
 * @param people ids of the people taking part
 * @param announcedBy for an announced event, who announced it (a person id or a description),
 *     else null
 * @param rank how many sources and mentions point at this date, for leading with key dates
 * @param statement true for a statement its reports make apart from the happenings they date
 *     (someone answering one, or speaking in a statement, an interview, to reporters), which no
 *     report dates: its date is its reports' publication day; a voice in the story more than a
 *     happening of it
 */
public record Event(String id, EventDate date, Kind kind,
    String summary, Citation summaryFrom, List<Citation> citations, List<Excerpt> excerpts,
    List<DateReading> dates, List<String> people, String announcedBy, double rank,
    boolean statement) {
  /** Where the event stands in the story. */
  public enum Kind { STORY, BACKGROUND, ANNOUNCED }

  /**
   * The words of one cited sentence that report the event, where the sentence reports more.
   *
   * @param citation the sentence
   * @param text its words that report the event ("Talks with the alliance are due on Wednesday …")
   */
  public record Excerpt(Citation citation, String text) {
    public Excerpt {
      Objects.requireNonNull(citation, "citation");
      Objects.requireNonNull(text, "text");
    }
  }

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(summaryFrom, "summaryFrom");
    citations = List.copyOf(citations);
    excerpts = List.copyOf(excerpts);
    dates = List.copyOf(dates);
    people = List.copyOf(people);
  }

  /** A happening that is no statement made apart. */
  public Event(String id, EventDate date, Kind kind, String summary, Citation summaryFrom,
      List<Citation> citations, List<Excerpt> excerpts, List<DateReading> dates,
      List<String> people, String announcedBy, double rank) {
    this(id, date, kind, summary, summaryFrom, citations, excerpts, dates, people, announcedBy,
        rank, false);
  }

  /** How fine its date is. */
  public TimeMention.Precision precision() {
    return date.precision();
  }

  /** The words of {@code citation} that report it, where the sentence reports more than it. */
  public Optional<String> excerpt(Citation citation) {
    return excerpts.stream().filter(x -> x.citation().equals(citation)).map(Excerpt::text)
        .findFirst();
  }

  /** The same event under another id. */
  public Event withId(String newId) {
    return new Event(newId, date, kind, summary, summaryFrom, citations, excerpts, dates, people,
        announcedBy, rank, statement);
  }

  /** The same event on another date. */
  public Event withDate(EventDate newDate) {
    return new Event(id, newDate, kind, summary, summaryFrom, citations, excerpts, dates, people,
        announcedBy, rank, statement);
  }

  /** The same event summed up in other words. */
  public Event withSummary(String newSummary) {
    return new Event(id, date, kind, newSummary, summaryFrom, citations, excerpts, dates, people,
        announcedBy, rank, statement);
  }

  /** The same event with other people taking part, announced by {@code by}. */
  public Event withPeople(List<String> taking, String by) {
    return new Event(id, date, kind, summary, summaryFrom, citations, excerpts, dates, taking, by,
        rank, statement);
  }

  /** The dates the sources write for this happening ({@link DateReading#stated}). */
  public List<DateReading> statedDates() {
    return dates.stream().filter(DateReading::stated).toList();
  }

  /**
   * True where the sources date this happening differently: two dates they write ({@link
   * DateReading#stated}), neither holding the other ("on Tuesday" and "on Thursday"; not "on
   * Tuesday" and "last week", which tell the same day more or less finely, nor a report's
   * publication day standing for a date it does not give).
   */
  public boolean datedDifferently() {
    return differ(statedDates());
  }

  /** True where two of {@code dates} name different times, neither holding the other. */
  public static boolean differ(List<DateReading> dates) {
    List<EventDate> stated = dates.stream().map(d -> EventDate.parse(d.value()))
        .flatMap(Optional::stream).distinct().toList();
    for (int i = 0; i < stated.size(); i++) {
      for (int j = i + 1; j < stated.size(); j++) {
        EventDate a = stated.get(i);
        EventDate b = stated.get(j);
        if (!a.within(b) && !b.within(a)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The distinct articles that report it. */
  public List<String> sources() {
    return citations.stream().map(Citation::article).distinct().sorted().toList();
  }
}
