package briefing.render;

import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.QuoteComparison;
import briefing.text.Surnames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where the sources of an agreed claim part ways: the figures, dates and credits that
 * cross-referencing found disputed, read from the very sentences that state the claim. A reader
 * sees the agreement and its limits side by side ("they agree Ruritania massed troops; they give
 * hundreds, tens of thousands and 100,000").
 */
public final class ClaimDifferences {
  /**
   * One thing the sources of a claim give differently.
   *
   * @param verdict "conflict" or "differ", as the comparisons page marks it
   * @param label what differs ("Figures conflict", "Dated differently", "Credited differently")
   * @param what what it is about: the figure's topic, the event, the quotation
   * @param readings each source's version
   */
  public record Difference(String verdict, String label, String what, List<Reading> readings) {
    public Difference {
      readings = List.copyOf(readings);
    }
  }

  /** One source's version of what differs, as written, and where. */
  public record Reading(String text, Citation citation) {}

  private final Briefing briefing;

  ClaimDifferences(Briefing briefing) {
    this.briefing = briefing;
  }

  /**
   * The disputed figures, dates and credits read from {@code claim}'s sentences, in that order:
   * only where two of its own sentences give them differently, and only those sentences' readings.
   * A dispute with a sentence that states something else (another figure of the same unit,
   * another report's date) is no limit of this agreement; the comparisons page lists it.
   */
  List<Difference> of(Claim claim) {
    Set<Citation> cited = new HashSet<>(claim.versions().stream().map(Claim.Version::citation).toList());
    List<Difference> differences = new ArrayList<>();
    for (FigureComparison f : briefing.figures()) {
      List<FigureComparison.Reading> own = f.readings().stream()
          .filter(r -> cited.contains(r.citation())).toList();
      FigureComparison.Verdict verdict = FigureComparison.Verdict.of(own);
      if (f.verdict() != FigureComparison.Verdict.AGREE && own.size() >= 2
          && verdict != FigureComparison.Verdict.AGREE) {
        boolean conflict = verdict == FigureComparison.Verdict.CONFLICT;
        differences.add(new Difference(conflict ? "conflict" : "differ",
            conflict ? "Figures conflict" : "Figures differ", f.topic(),
            own.stream().map(r -> new Reading(r.text(), r.citation())).toList()));
      }
    }
    for (Event e : briefing.events()) {
      // the dates themselves, not only the event, read from the claim's sentences: a long
      // event's dispute is no difference of each claim it cites
      List<DateReading> own = e.statedDates().stream().filter(d -> cited.contains(d.citation())).toList();
      if (e.datedDifferently() && Event.differ(own)) {
        differences.add(new Difference("differ", "Dated differently", e.summary(), own.stream()
            .map(d -> new Reading(BriefingView.readable(d.value()), d.citation())).toList()));
      }
    }
    for (QuoteComparison q : briefing.quotes()) {
      List<QuoteComparison.Version> own = q.versions().stream()
          .filter(v -> cited.contains(v.quote().citation())).toList();
      if (q.creditsDiffer() && creditedTwice(own)) {
        differences.add(new Difference("differ", "Credited differently",
            "“" + own.get(0).quote().text() + "”", own.stream()
                .map(v -> new Reading(v.quote().speaker() == null ? "unattributed" : v.quote().speaker(),
                    v.quote().citation())).toList()));
      }
    }
    return differences;
  }

  /** Whether {@code versions} credit two speakers, told apart by surname ("Ryan", "Paul Ryan" one). */
  private static boolean creditedTwice(List<QuoteComparison.Version> versions) {
    return versions.stream().map(v -> v.quote().speaker()).filter(Objects::nonNull)
        .map(Surnames::of).distinct().count() > 1;
  }
}
