package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.crossref.figures.FigureAlignment;
import briefing.crossref.figures.FigureGroup;
import briefing.crossref.quotes.QuoteAlignment;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.model.briefing.FigureComparison.Verdict;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteComparison;
import briefing.model.briefing.SourceSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures, quotes and coverage compared across small made-up sources. */
class ComparisonsTest {
  private static final CastOfPeople NOBODY = new CastOfPeople(List.of(), Map.of());

  @Test
  void hundredsOfTroopsAgainstOneHundredThousandIsAConflict() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("Russia has massed hundreds of troops along the border.")
            .figure("hundreds of troops", 200, 999, "troops", null, "along the border").build(),
        Fixtures.source("b", "B").sentence("Russia has massed 100,000 troops along the border.")
            .figure("100,000 troops", 100_000, 100_000, "troops", null, "along the border").build()));
    assertEquals(1, figures.size());
    FigureComparison troops = figures.get(0);
    assertEquals(Verdict.CONFLICT, troops.verdict());
    assertEquals("troops along the border", troops.topic());
    assertEquals(List.of("hundreds of troops", "100,000 troops"),
        troops.readings().stream().map(FigureComparison.Reading::text).toList());
    assertEquals(new Citation("b", "s2"), troops.readings().get(1).citation());
  }

  @Test
  void deathTollsOf14000And15000MerelyDiffer() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("The conflict in the east has claimed the lives of 14,000 people.")
            .figure("14,000 people", 14_000, 14_000, "people", null, null).build(),
        Fixtures.source("b", "B").sentence("Kyiv says the conflict killed 15,000 people.")
            .figure("15,000 people", 15_000, 15_000, "people", null, null).build()));
    assertEquals(1, figures.size());
    assertEquals(Verdict.DIFFER, figures.get(0).verdict());
    assertEquals("deaths", figures.get(0).topic(), "people counted where they died are a death toll");
  }

  @Test
  void aboutOneHundredThousandAgreesWithOneHundredThousand() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("About 100,000 soldiers are deployed near the frontier.")
            .figure("About 100,000 soldiers", 90_000, 110_000, "soldiers", null, null).build(),
        Fixtures.source("b", "B").sentence("Some 100,000 troops are deployed near the frontier.")
            .figure("100,000 troops", 100_000, 100_000, "troops", null, null).build()));
    assertEquals(1, figures.size(), "soldiers and troops count the same things");
    assertEquals(Verdict.AGREE, figures.get(0).verdict());
  }

  @Test
  void peopleKilledAreNotAlignedWithPeopleWhoAttended() {
    Source background = Fixtures.source("c", "C").sentence("Kyiv prepared for talks.")
        .sentence("Officials in Kyiv spoke.").sentence("Kyiv waited.").sentence("Streets in Kyiv were calm.")
        .build();
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("The war near Kyiv has killed 15,000 people.")
            .figure("15,000 people", 15_000, 15_000, "people", null, null).build(),
        Fixtures.source("b", "B").sentence("In Kyiv, 15,000 people attended a rally for peace.")
            .figure("15,000 people", 15_000, 15_000, "people", null, null).build(),
        background));
    assertEquals(List.of(), figures, "a word every source uses does not make two figures one");
  }

  @Test
  void moneyFiguresAFactorOfTenApartAreDifferentAmountsNotAConflict() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("The law's savings came to $700 billion over a decade.")
            .figure("$700 billion", 7e11, 7e11, "USD", null, null).build(),
        Fixtures.source("b", "B").sentence("The savings gave each senior $600 a year.")
            .figure("$600", 600, 600, "USD", null, null).build()));
    assertEquals(List.of(), figures);
  }

  @Test
  void eachFigureOfAListKeepsItsOwnWords() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("Receipts show $4,300 for a cruise and $950 for a sofa.")
            .figure("$4,300", 4300, 4300, "USD", null, null).figure("$950", 950, 950, "USD", null, null).build(),
        Fixtures.source("b", "B").sentence("He paid $12,000 for a sofa.")
            .figure("$12,000", 12_000, 12_000, "USD", null, null).build(),
        Fixtures.source("c", "C").sentence("The trial opened.").sentence("The judge spoke.")
            .sentence("Lawyers argued.").sentence("The jury listened.").sentence("Reporters waited.")
            .sentence("The court rose.").build()));
    assertEquals(List.of(), figures, "the sofa is the second figure's, not the cruise's");
  }

  @Test
  void figuresOfAnotherYearOrOfEveryYearAreNotThisOutbreaks() {
    Source now = Fixtures.source("a", "A").published(LocalDate.of(2009, 4, 28))
        .sentence("The fever has killed 30,000 people in Norland.").place("Norland")
        .figure("30,000 people", 30_000, 30_000, "people", null, "in Norland").build();
    Source then = Fixtures.source("b", "B").published(LocalDate.of(2009, 4, 28))
        .sentence("In 1968 the fever killed 30,000 people in Norland.").place("Norland").date("1968", "1968")
        .figure("30,000 people", 30_000, 30_000, "people", null, "in Norland").build();
    Source yearly = Fixtures.source("c", "C").published(LocalDate.of(2009, 4, 28))
        .sentence("The fever kills 40,000 people in Norland every year.").place("Norland")
        .figure("40,000 people", 40_000, 40_000, "people", null, "in Norland").build();
    assertEquals(List.of(), FigureAlignment.align(List.of(now, then, yearly)));

    // a year far off in the sentence dates another of its clauses, not the figure
    Source far = Fixtures.source("d", "D").published(LocalDate.of(2009, 4, 28))
        .sentence("Norland annexed the isle in 2014 and backed an uprising in the east of the country that"
            + " led to a long war in which the fever it says killed 30,000 people in Norland.").place("Norland")
        .date("2014", "2014").figure("30,000 people", 30_000, 30_000, "people", null, "in Norland").build();
    assertEquals(1, FigureAlignment.align(List.of(now, far)).size());
  }

  @Test
  void peopleKilledAreDeathsAndPeopleInfectedAreCasesNeverEachOther() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("The fever has killed 149 people in Norland.")
            .figure("149 people", 149, 149, "people", null, "in Norland").build(),
        Fixtures.source("b", "B").sentence("The fever has caused about 150 deaths in Norland.")
            .figure("about 150 deaths", 140, 160, "deaths", null, "in Norland").build(),
        Fixtures.source("c", "C").sentence("The fever has infected 150 people in Norland.")
            .figure("150 people", 150, 150, "people", null, "in Norland").build()));
    assertEquals(1, figures.size());
    assertEquals(List.of("a", "b"), figures.get(0).readings().stream().map(r -> r.citation().article()).toList());
  }

  @Test
  void confirmedAndSuspectedCountsNewAndTotalCountsAndOtherPlacesStayApart() {
    LocalDate monday = LocalDate.of(2009, 5, 25);
    List<FigureComparison> status = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("Officials have confirmed 20 deaths from the fever.")
            .figure("20 deaths", 20, 20, "deaths", null, null).build(),
        Fixtures.source("b", "B").sentence("The fever is suspected of causing 28 deaths.")
            .figure("28 deaths", 28, 28, "deaths", null, null).build()));
    assertEquals(List.of(), status);
    List<FigureComparison> fresh = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").published(monday).sentence("Officials reported a further 17 cases of the fever.")
            .figure("17 cases", 17, 17, "cases", null, null).build(),
        Fixtures.source("b", "B").published(monday.plusDays(1)).sentence("Officials reported 12 new cases of the fever.")
            .figure("12 new cases", 12, 12, "cases", null, null).build(),
        Fixtures.source("c", "C").published(monday).sentence("Officials reported 19 cases of the fever in all.")
            .figure("19 cases", 19, 19, "cases", null, null).build()));
    assertEquals(List.of(), fresh, "two days' new cases, and a day's new cases against a total");
    List<FigureComparison> places = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("The fever has caused 150 deaths in Norland.").place("Norland")
            .figure("150 deaths", 150, 150, "deaths", null, "in Norland").build(),
        Fixtures.source("b", "B").sentence("The fever has caused 22 deaths in Ruritania.").place("Ruritania")
            .figure("22 deaths", 22, 22, "deaths", null, "in Ruritania").build()));
    assertEquals(List.of(), places);
  }

  @Test
  void aTollThatRoseFromDayToDayIsComparedDayByDay() {
    LocalDate friday = LocalDate.of(2031, 4, 24);
    List<Source> sources = List.of(
        Fixtures.source("a", "A").published(friday).sentence("The fever has killed 16 people in Norland.")
            .figure("16 people", 16, 16, "people", null, "in Norland").build(),
        Fixtures.source("b", "B").published(friday.plusDays(3)).sentence("The fever has killed 60 people in Norland.")
            .figure("60 people", 60, 60, "people", null, "in Norland").build(),
        Fixtures.source("c", "C").published(friday.plusDays(3)).sentence("The fever has killed 68 people in Norland.")
            .figure("68 people", 68, 68, "people", null, "in Norland").build(),
        Fixtures.source("d", "D").published(friday.plusDays(7)).sentence("The fever has killed 149 people in Norland.")
            .figure("149 people", 149, 149, "people", null, "in Norland").build());
    List<FigureComparison> figures = FigureAlignment.align(sources);
    assertEquals(1, figures.size(), "only the two reports of one day are side by side: " + figures);
    assertEquals(List.of("b", "c"), figures.get(0).readings().stream().map(r -> r.citation().article()).toList());
    // a count a later report gives lower is a dispute, whatever the days
    List<FigureComparison> disputed = FigureAlignment.align(List.of(sources.get(3),
        Fixtures.source("e", "E").published(friday.plusDays(9)).sentence("The fever has killed 90 people in Norland.")
            .figure("90 people", 90, 90, "people", null, "in Norland").build()));
    assertEquals(1, disputed.size());
    assertEquals(Verdict.CONFLICT, disputed.get(0).verdict());
  }

  @Test
  void exactFiguresFarApartCountDifferentThingsButAScaleWordMayBeFarOff() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("A study of 43 cases of the fever found it mild.")
            .figure("43 cases", 43, 43, "cases", null, null).build(),
        Fixtures.source("b", "B").sentence("Nearly 10,250 cases of the fever have been found.")
            .figure("Nearly 10,250 cases", 9_000, 10_250, "cases", null, null).build()));
    assertEquals(List.of(), figures);
  }

  @Test
  void wordsOfAnotherClauseSetNothingApart() {
    LocalDate day = LocalDate.of(2031, 3, 2);
    Source base = Fixtures.source("z", "Z").published(day).sentence("The floods in Kaldor have killed 80 people.")
        .figure("80 people", 80, 80, "people", null, null).build();
    List<Source> others = List.of(
        // a year in another clause
        Fixtures.source("a", "A").published(day).sentence("The floods, the worst since 1998, have killed 82 people.")
            .date("1998", "1998").figure("82 people", 82, 82, "people", null, null).build(),
        // "a day after" is no rate
        Fixtures.source("b", "B").published(day).sentence("A day after the floods, officials said 82 people had died.")
            .figure("82 people", 82, 82, "people", null, null).build(),
        // the place a minister spoke in is not the toll's
        Fixtures.source("c", "C").published(day).sentence("Speaking in Orrin, the minister said the floods had killed 82 people.")
            .place("Orrin").figure("82 people", 82, 82, "people", null, null).build(),
        // the fate is read in the figure's own clause: "infected and" is another's
        Fixtures.source("d", "D").published(day).sentence("In Kaldor, 1,000 people have been infected and 82 people have died in the floods.")
            .figure("1,000 people", 1000, 1000, "people", null, null).figure("82 people", 82, 82, "people", null, null).build(),
        // "believed" after the figure, of a report, is no status
        Fixtures.source("e", "E").published(day).sentence("Officials confirmed the floods killed 82 people, the mayor believed.")
            .figure("82 people", 82, 82, "people", null, null).build());
    for (Source other : others) {
      List<FigureComparison> figures = FigureAlignment.align(List.of(base, other));
      assertEquals(1, figures.size(), other.id() + ": " + figures);
      assertEquals(Verdict.DIFFER, figures.get(0).verdict(), other.id());
    }
  }

  @Test
  void aListsHeadAndTailAreEveryFiguresAndAPlaceInsideAnotherIsOne() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("Forty people, including 12 children, were killed in the quake in Port Hallam.")
            .figure("Forty people", 40, 40, "people", null, null).figure("12 children", 12, 12, "children", null, "in the quake")
            .build(),
        Fixtures.source("b", "B").sentence("The quake killed 40 people in Hallam.")
            .figure("40 people", 40, 40, "people", null, "in Hallam").build()));
    assertEquals(1, figures.size());
    assertEquals(List.of("Forty people", "40 people"), figures.get(0).readings().stream()
        .map(FigureComparison.Reading::text).toList(), "the list's dead, in a place inside the other's name");
  }

  @Test
  void newCountsOfOneDayReportedOnTwoDaysAreOne() {
    LocalDate monday = LocalDate.of(2031, 3, 3);
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").published(monday).sentence("The ministry reported 48 new cases of the fever on Monday.")
            .date("on Monday", "2031-03-03").figure("48 new cases", 48, 48, "cases", null, null).build(),
        Fixtures.source("b", "B").published(monday.plusDays(1)).sentence("On Monday the ministry reported 48 more cases of the fever.")
            .date("On Monday", "2031-03-03").figure("48 more cases", 48, 48, "cases", null, null).build()));
    assertEquals(1, figures.size());
  }

  @Test
  void oneCountNamedTwoWaysMeetsWhereTheAmountIsTheSame() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("All 42 members of the caucus signed the letter to the speaker.")
            .figure("42 members", 42, 42, "members", null, null).build(),
        Fixtures.source("b", "B").sentence("The speaker received a letter signed by all 42 Senate Republicans.")
            .figure("42 Senate Republicans", 42, 42, "Republicans", "Senate", null).build(),
        Fixtures.source("c", "C").sentence("The speaker said 42 bills were waiting.")
            .figure("42 bills", 42, 42, "bills", null, null).build(),
        Fixtures.source("d", "D").sentence("The fund paid $42 for each letter.")
            .figure("$42", 42, 42, "USD", null, null).build()));
    assertEquals(1, figures.size());
    assertEquals(List.of("a", "b"), figures.get(0).readings().stream().map(r -> r.citation().article()).toList(),
        "the letter's signers, not bills the speaker named nor money");
  }

  @Test
  void twoCandidatesSharesAreNotOneFigure() {
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("In the poll, Tom Rudd garnered 11 percent, while Ann Cole earned 10 percent.")
            .person("Tom Rudd").figure("11 percent", 11, 11, "%", null, null)
            .person("Ann Cole").figure("10 percent", 10, 10, "%", null, null).build(),
        Fixtures.source("b", "B").sentence("In the poll, Cole took 12 percent and Rudd 9 percent.")
            .person("Cole").figure("12 percent", 12, 12, "%", null, null)
            .person("Rudd").figure("9 percent", 9, 9, "%", null, null).build(),
        Fixtures.source("c", "C").sentence("The race went on.").sentence("Voters waited.")
            .sentence("The campaign spent heavily.").sentence("Debates were held.").sentence("Crowds came.")
            .sentence("The count began.").build()));
    assertEquals(List.of("11 percent 9 percent", "10 percent 12 percent"), figures.stream()
        .map(f -> f.readings().get(0).text() + " " + f.readings().get(1).text()).toList());
  }

  @Test
  void aComparisonHoldsOnlyFiguresThatAreAllTheSameThing() {
    // a and b share "harbour", b and c share "ferries", a and c share nothing
    List<FigureComparison> figures = FigureAlignment.align(List.of(
        Fixtures.source("a", "A").sentence("The harbour storm sank 40 boats.")
            .figure("40 boats", 40, 40, "boats", null, null).build(),
        Fixtures.source("b", "B").sentence("Ferries in the harbour saw 45 boats sink.")
            .figure("45 boats", 45, 45, "boats", null, null).build(),
        Fixtures.source("c", "C").sentence("The ferries lost 60 boats.")
            .figure("60 boats", 60, 60, "boats", null, null).build()));
    assertEquals(1, figures.size());
    assertEquals(2, figures.get(0).readings().size(), "no chain of near figures makes one comparison");
  }

  @Test
  void verdictsFollowOverlapAndTheFactorOfOneAndAHalf() {
    assertEquals(Verdict.AGREE, Verdict.of(List.of(reading(20_000, 99_999), reading(90_000, 110_000))));
    assertEquals(Verdict.DIFFER, Verdict.of(List.of(reading(20_000, 99_999), reading(100_000, 100_000))));
    assertEquals(Verdict.DIFFER, Verdict.of(List.of(reading(100, 100), reading(150, 150))));
    assertEquals(Verdict.CONFLICT, Verdict.of(List.of(reading(100, 100), reading(151, 151))));
  }

  @Test
  void theSameQuoteInTwoSourcesIsShownWithEveryWordShared() {
    List<QuoteComparison> quotes = QuoteAlignment.align(List.of(
        Fixtures.source("a", "A").quote("We will not make any concessions under pressure", false, "Sergei Ryabkov").build(),
        Fixtures.source("b", "B").quote("We will not make any concessions under pressure", false, "Ryabkov").build()),
        NOBODY);
    assertEquals(1, quotes.size());
    QuoteComparison q = quotes.get(0);
    assertFalse(q.creditsDiffer(), "Sergei Ryabkov and Ryabkov are one credit");
    assertNull(q.speaker(), "no person id until the cast knows him");
    assertTrue(q.versions().stream().flatMap(v -> v.words().stream()).allMatch(QuoteComparison.Word::shared));
  }

  @Test
  void eachVersionOfAQuoteCarriesTheRuleThatCreditedItsSpeaker() {
    List<QuoteComparison> quotes = QuoteAlignment.align(List.of(
        Fixtures.source("a", "A").quote("We will not make any concessions under pressure", false, "Ryabkov").build(),
        Fixtures.source("b", "B").quote("We will not make any concessions under pressure", false, null).build()),
        NOBODY);
    assertEquals(List.of("'…,' X said", "unattributed"),
        quotes.get(0).versions().stream().map(v -> v.quote().rule()).toList());
  }

  @Test
  void aParaphraseIsAlignedWithTheChangedWordsMarked() {
    List<QuoteComparison> quotes = QuoteAlignment.align(List.of(
        Fixtures.source("a", "A").quote("We will not make any concessions under pressure", false, "Ryabkov").build(),
        Fixtures.source("b", "B").quote("We will make no concessions under any pressure", false, "Ryabkov").build()),
        NOBODY);
    assertEquals(1, quotes.size());
    assertEquals("We will [not] make [any] concessions under pressure", marked(quotes.get(0).versions().get(0)));
    assertEquals("We will make [no] concessions under [any] pressure", marked(quotes.get(0).versions().get(1)));
  }

  @Test
  void aFragmentIsFoundInsideTheFullQuote() {
    List<QuoteComparison> quotes = QuoteAlignment.align(List.of(
        Fixtures.source("a", "A").quote("a massive strategic mistake", true, "Truss").build(),
        Fixtures.source("b", "B").quote("He is about to make a massive strategic mistake", false, "Truss").build(),
        Fixtures.source("c", "C").quote("a mistake", true, "Truss").build()),
        NOBODY);
    assertEquals(1, quotes.size(), "a two-word fragment is too common to match");
    assertEquals(List.of("a", "b"), quotes.get(0).versions().stream().map(v -> v.quote().citation().article()).toList());
    assertEquals("[He] [is] [about] [to] [make] a massive strategic mistake", marked(quotes.get(0).versions().get(1)));
  }

  @Test
  void aQuoteCreditedToDifferentSpeakersIsFlagged() {
    CastOfPeople cast = new CastOfPeople(List.of(person("antony-blinken", "a", "b"), person("wendy-sherman", "c")),
        Map.of("a", Map.of("Blinken", "antony-blinken"), "b", Map.of("Antony Blinken", "antony-blinken"),
            "c", Map.of("Sherman", "wendy-sherman")));
    List<Source> sources = List.of(
        Fixtures.source("a", "A").quote("Our strong preference is a diplomatic solution", false, "Blinken").build(),
        Fixtures.source("b", "B").quote("Our strong preference is a diplomatic solution", false, "Antony Blinken").build());
    QuoteComparison same = QuoteAlignment.align(sources, cast).get(0);
    assertFalse(same.creditsDiffer());
    assertEquals("antony-blinken", same.speaker());

    QuoteComparison differ = QuoteAlignment.align(List.of(sources.get(0), sources.get(1),
        Fixtures.source("c", "C").quote("Our strong preference is a diplomatic solution", false, "Sherman").build()),
        cast).get(0);
    assertTrue(differ.creditsDiffer());
    assertNull(differ.speaker());
  }

  @Test
  void coverageShowsWhatOnlyOneSourceReports() {
    List<Source> sources = List.of(
        Fixtures.source("a", "A").sentence("Russia has massed 100,000 troops along the border.")
            .figure("100,000 troops", 100_000, 100_000, "troops", null, "along the border")
            .sentence("Its navy sent more than 140 warships to sea.")
            .figure("more than 140 warships", 140, 280, "warships", null, null).build(),
        Fixtures.source("b", "B").sentence("Russia has massed tens of thousands of troops along the border.")
            .figure("tens of thousands of troops", 20_000, 99_999, "troops", null, "along the border").build());
    CastOfPeople cast = new CastOfPeople(List.of(person("vladimir-putin", "a", "b"), person("liz-truss", "b")), Map.of());
    Event talks = new Event("2022-01-10-talks", EventDate.parse("2022-01-10").orElseThrow(), Event.Kind.STORY,
        "Talks began in Geneva.", new Citation("a", "s2"), List.of(new Citation("a", "s2")), List.of(), List.of(),
        List.of(), null, 1);
    List<CoverageRow> rows = Coverage.of(cast, List.of(talks), FigureAlignment.groups(sources), List.of());

    assertEquals(List.of(
            "event 2022-01-10-talks [a]",
            "person vladimir-putin [a, b]",
            "person liz-truss [b]",
            "figure troops along the border [a, b]",
            "figure warships [a]"),
        rows.stream().map(r -> r.kind() + " " + r.id() + " " + r.sources()).toList());
    assertEquals("more than 140 warships to sea", rows.get(4).label(),
        "a figure only one source gives is labelled by its own words");

    List<SourceSummary> summaries = Coverage.summaries(sources, rows);
    assertEquals(List.of("a A 4 2", "b B 3 1"), summaries.stream()
        .map(s -> s.article() + " " + s.outlet() + " " + s.facts() + " " + s.exclusive()).toList());
    assertEquals("Title of a", summaries.get(0).title());
  }

  @Test
  void aFigureOnlyOneSourceGivesIsNamedByTheWordsThatSayWhatItCounts() {
    List<Source> sources = List.of(
        Fixtures.source("a", "A")
            .sentence("The council will provide $300 million for a fund supporting the harbour's "
                + "fishermen, and more for roads.")
            .figure("$300 million", 3e8, 3e8, "USD", null, null)
            .sentence("The storm has driven at least 2,000 people to leave their homes, officials said.")
            .figure("at least 2,000 people", 2_000, 2_000, "people", null, null)
            .sentence("The board set aside $5 million in U.S. aid and more from the city.")
            .figure("$5 million", 5e6, 5e6, "USD", null, null)
            .sentence("The port gave $7 million to help 2,500 families by 10 a.m. Monday.")
            .figure("$7 million", 7e6, 7e6, "USD", null, null)
            .sentence("It cost $9 million, the largest sum yet.")
            .figure("$9 million", 9e6, 9e6, "USD", null, null)
            .sentence("He said 60% of voters back the plan of the EU.")
            .figure("60% of voters", 60, 60, "%", null, null).build(),
        Fixtures.source("b", "B").sentence("The harbour stayed shut.").build());
    CastOfPeople cast = new CastOfPeople(List.of(), Map.of());

    List<CoverageRow> rows = Coverage.of(cast, List.of(), FigureAlignment.groups(sources), List.of());

    assertEquals(List.of("$300 million for a fund supporting the harbour's fishermen",
            "at least 2,000 people to leave their homes",
            "$5 million in U.S. aid",
            "$7 million to help 2,500 families by 10 a.m",
            "USD: $9 million",
            "60% of voters back the plan of the EU"),
        rows.stream().filter(r -> r.kind().equals("figure")).map(CoverageRow::label).toList());
  }

  @Test
  void theSameSourcesInAnyOrderGiveTheSameComparisons() {
    List<Source> sources = List.of(
        Fixtures.source("a", "A").sentence("Russia has massed hundreds of troops along the border.")
            .figure("hundreds of troops", 200, 999, "troops", null, null)
            .quote("We will not make any concessions under pressure", false, "Ryabkov").build(),
        Fixtures.source("b", "B").sentence("Russia has massed 100,000 troops along the border.")
            .figure("100,000 troops", 100_000, 100_000, "troops", null, null)
            .quote("We will make no concessions under pressure", false, "Ryabkov").build());
    List<Source> reversed = List.of(sources.get(1), sources.get(0));
    assertEquals(FigureAlignment.align(sources), FigureAlignment.align(reversed));
    assertEquals(QuoteAlignment.align(sources, NOBODY), QuoteAlignment.align(reversed, NOBODY));
  }

  private static FigureComparison.Reading reading(double low, double high) {
    return new FigureComparison.Reading("x", low, high, low != high, new Citation("a", "s1"));
  }

  private static Person person(String id, String... articles) {
    List<Citation> mentions = java.util.Arrays.stream(articles).map(a -> new Citation(a, "s2")).toList();
    return new Person(id, id.replace('-', ' '), List.of(), null, List.of(), mentions, List.of());
  }

  /** The version's words, those the other versions lack in brackets. */
  private static String marked(QuoteComparison.Version version) {
    return String.join(" ", version.words().stream()
        .map(w -> w.shared() ? w.text() : "[" + w.text() + "]").toList());
  }
}
