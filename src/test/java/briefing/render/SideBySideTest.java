package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key events source by source: each source's own words for the happening. */
class SideBySideTest {
  @Test
  void aSentenceThatReportsTwoHappeningsShowsUnderEachOnlyTheWordsThatReportIt() {
    Citation a = new Citation("a", "s3");
    Citation b = new Citation("b", "s5");
    Event wednesday = event("2022-01-12-alliance", "2022-01-12", a, b, List.of(
        new Event.Excerpt(a, "Talks with the alliance are due in Brussels on Wednesday …"),
        new Event.Excerpt(b, "The alliance meets in Brussels on Wednesday …")));
    Event thursday = event("2022-01-13-security-body", "2022-01-13", a, b, List.of(
        new Event.Excerpt(a, "… at the security body in Vienna on Thursday."),
        new Event.Excerpt(b, "… the security body gathers in Vienna on Thursday.")));
    Briefing briefing = new Briefing("Talks", List.of(), List.of(), List.of(), List.of(),
        List.of(wednesday, thursday), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());

    List<BriefingView.Compared> compared = new BriefingView(briefing).sideBySide(5, 4);

    assertEquals(List.of(
            List.of("Talks with the alliance are due in Brussels on Wednesday …",
                "The alliance meets in Brussels on Wednesday …"),
            List.of("… at the security body in Vienna on Thursday.",
                "… the security body gathers in Vienna on Thursday.")),
        compared.stream().map(c -> c.versions().stream().map(BriefingView.Version::text).toList())
            .toList());
  }

  private static Event event(String id, String date, Citation a, Citation b,
      List<Event.Excerpt> excerpts) {
    return new Event(id, EventDate.parse(date).orElseThrow(), Event.Kind.ANNOUNCED, "Talks.", a,
        List.of(a, b), excerpts, List.of(), List.of(), null, 1.0);
  }
}
