package briefing.render;

import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.Event;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.QuoteComparison;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  /** The disputed figures, dates and credits read from {@code claim}'s sentences, in that order. */
  List<Difference> of(Claim claim) {
    Set<Citation> cited = new HashSet<>(claim.versions().stream().map(Claim.Version::citation).toList());
    List<Difference> differences = new ArrayList<>();
    for (FigureComparison f : briefing.figures()) {
      if (f.verdict() != FigureComparison.Verdict.AGREE
          && f.readings().stream().anyMatch(r -> cited.contains(r.citation()))) {
        boolean conflict = f.verdict() == FigureComparison.Verdict.CONFLICT;
        differences.add(new Difference(conflict ? "conflict" : "differ",
            conflict ? "Figures conflict" : "Figures differ", f.topic(),
            f.readings().stream().map(r -> new Reading(r.text(), r.citation())).toList()));
      }
    }
    for (Event e : briefing.events()) {
      // the dates themselves, not only the event, read from the claim's sentences: a long
      // event's dispute is no difference of each claim it cites
      if (e.datedDifferently() && e.statedDates().stream().anyMatch(d -> cited.contains(d.citation()))) {
        differences.add(new Difference("differ", "Dated differently", e.summary(), e.statedDates().stream()
            .map(d -> new Reading(BriefingView.readable(d.value()), d.citation())).toList()));
      }
    }
    for (QuoteComparison q : briefing.quotes()) {
      if (q.creditsDiffer() && q.versions().stream().anyMatch(v -> cited.contains(v.quote().citation()))) {
        differences.add(new Difference("differ", "Credited differently",
            "“" + q.versions().get(0).quote().text() + "”", q.versions().stream()
                .map(v -> new Reading(v.quote().speaker() == null ? "unattributed" : v.quote().speaker(),
                    v.quote().citation())).toList()));
      }
    }
    return differences;
  }
}
