package briefing.correct;

import briefing.crossref.Coverage;
import briefing.model.Citation;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.MentionLink;
import briefing.model.briefing.Naming;
import briefing.model.briefing.Organisation;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteComparison;
import briefing.model.briefing.QuoteRef;
import briefing.model.briefing.SourceSummary;
import java.util.List;

/**
 * A made-up harbour story told by two sources, "gazette" and "radio", built record by record:
 * the mayor twice (once as "E. Harcourt", kept apart), a harbour master, a council vote both
 * report, two June events one source each, a conflicting repair cost, one shared quote.
 */
final class TinyStory {
  private TinyStory() {}

  static Citation c(String article, int sentence) {
    return new Citation(article, "s" + sentence);
  }

  static Briefing briefing() {
    Person mayor = new Person("ellen-harcourt", "Ellen Harcourt",
        List.of(new Attested("Mayor", List.of(c("gazette", 2), c("radio", 3)))), "Alder Bay",
        List.of(new Attested("Ellen Harcourt", List.of(c("gazette", 2), c("radio", 3)))),
        List.of(c("gazette", 2), c("radio", 3)),
        List.of(new QuoteRef("We will not let it fall", "Ellen Harcourt", false, c("gazette", 3), "quote-then-speaker")));
    Person initials = new Person("e-harcourt", "E. Harcourt", List.of(), null,
        List.of(new Attested("E. Harcourt", List.of(c("radio", 5)))), List.of(c("radio", 5)), List.of());
    Person master = new Person("tom-lee", "Tom Lee",
        List.of(new Attested("harbour master", List.of(c("gazette", 4))),
            new Attested("fisherman", List.of(c("radio", 4)))), null,
        List.of(new Attested("Tom Lee", List.of(c("gazette", 4))), new Attested("T. Lee", List.of(c("radio", 4)))),
        List.of(c("gazette", 4), c("radio", 4)), List.of());
    Event vote = new Event("2023-03-14-council-vote", EventDate.parse("2023-03-14").orElseThrow(),
        Event.Kind.STORY, "The council voted to repair the wall.", c("gazette", 2),
        List.of(c("gazette", 2), c("radio", 2)),
        List.of(new Event.Excerpt(c("radio", 2), "… the council voted on Tuesday to repair the wall.")),
        List.of(new DateReading("2023-03-14", "on Tuesday", "Tuesday before publication", c("gazette", 2)),
            new DateReading("2023-03-14", "on Tuesday", "Tuesday before publication", c("radio", 2))),
        List.of("ellen-harcourt"), null, 4.0);
    Event work = new Event("2023-06-work-starts", EventDate.parse("2023-06").orElseThrow(),
        Event.Kind.ANNOUNCED, "Work is due to start in June.", c("gazette", 5), List.of(c("gazette", 5)), List.of(),
        List.of(new DateReading("2023-06", "in June", "month ahead", c("gazette", 5))), List.of(), null, 1.0);
    Event repairs = new Event("2023-06-repairs-begin", EventDate.parse("2023-06").orElseThrow(),
        Event.Kind.ANNOUNCED, "Repairs are expected to begin in June.", c("radio", 6), List.of(c("radio", 6)),
        List.of(new Event.Excerpt(c("radio", 6), "Repairs are expected to begin in June …")),
        List.of(new DateReading("2023-06", "in June", "month ahead", c("radio", 6))), List.of(), null, 1.0);
    FigureComparison cost = new FigureComparison("USD (repair)", "USD", List.of(
        new FigureComparison.Reading("$4.2 million", 4.2e6, 4.2e6, false, c("gazette", 2)),
        new FigureComparison.Reading("$4.8 million", 4.8e6, 4.8e6, false, c("radio", 2))),
        FigureComparison.Verdict.CONFLICT);
    QuoteComparison quote = new QuoteComparison("ellen-harcourt", List.of(
        new QuoteComparison.Version(new QuoteRef("We will not let it fall", "Ellen Harcourt", false, c("gazette", 3), "quote-then-speaker"),
            List.of()),
        new QuoteComparison.Version(new QuoteRef("we will not let it fall", "Ellen Harcourt", false, c("radio", 3), "quote-then-speaker"),
            List.of())), false);
    Organisation council = new Organisation("town-council", "Town Council", null,
        List.of(new Attested("Town Council", List.of(c("gazette", 2))), new Attested("town council", List.of(c("radio", 2))),
            new Attested("Council", List.of(c("radio", 2)))),
        List.of(c("gazette", 2), c("radio", 2)));
    List<Person> people = List.of(mayor, master, initials);
    List<Event> events = List.of(vote, work, repairs);
    List<CoverageRow> figureRows = List.of(new CoverageRow("figure", "USD (repair)",
        "USD (repair): $4.2 million / $4.8 million", List.of("gazette", "radio")));
    List<CoverageRow> coverage = Coverage.of(events, people, figureRows);
    List<SourceSummary> sources = Coverage.recounted(List.of(
        new SourceSummary("gazette", "Alder Bay Gazette", "Council approves repairs", "2023-03-15", List.of(), 6, 0, 0),
        new SourceSummary("radio", "Coast Radio News", "Harbour wall plan passes", "2023-03-15", List.of(), 6, 0, 0)),
        coverage);
    List<MentionLink> links = List.of(
        new MentionLink(c("gazette", 2), 10, 24, MentionLink.Kind.PERSON, "ellen-harcourt"),
        new MentionLink(c("radio", 3), 6, 20, MentionLink.Kind.PERSON, "ellen-harcourt"),
        new MentionLink(c("radio", 5), 0, 11, MentionLink.Kind.PERSON, "e-harcourt"),
        new MentionLink(c("gazette", 4), 0, 7, MentionLink.Kind.PERSON, "tom-lee"),
        new MentionLink(c("radio", 4), 0, 6, MentionLink.Kind.PERSON, "tom-lee"),
        new MentionLink(c("gazette", 2), 30, 40, MentionLink.Kind.EVENT, "2023-03-14-council-vote"),
        new MentionLink(c("radio", 2), 30, 40, MentionLink.Kind.EVENT, "2023-03-14-council-vote"),
        new MentionLink(c("gazette", 5), 20, 27, MentionLink.Kind.EVENT, "2023-06-work-starts"),
        new MentionLink(c("radio", 6), 30, 37, MentionLink.Kind.EVENT, "2023-06-repairs-begin"));
    List<Naming> namings = List.of(
        new Naming("person", "tom-lee", "Tom Lee", master.spellings()),
        new Naming("organisation", "town-council", "Town Council", council.spellings()));
    return new Briefing("Harbour wall", sources, people, List.of(council), List.of(), events, List.of(),
        List.of(cost), List.of(quote), List.of(), namings, coverage, links);
  }
}
