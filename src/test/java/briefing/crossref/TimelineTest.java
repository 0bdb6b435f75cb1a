package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.analyze.Analyses;
import briefing.analyze.cache.AnalysisCache;
import briefing.crossref.timeline.Timeline;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Citation;
import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Published;
import briefing.model.Source;
import briefing.model.Sourced;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.Span;
import briefing.model.analysis.TimeMention.Precision;
import briefing.model.analysis.TimeMention;
import briefing.model.briefing.Event;
import briefing.model.briefing.Person;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineTest {
  private static final CastOfPeople NOBODY = new CastOfPeople(List.of(), Map.of());

  @Test
  void twoSourcesReportingTheSameTalksOnTheSameDayMakeOneEventCitingBoth() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Diplomats from both countries held security talks in Geneva on Monday about the border.",
            "on Monday", "2022-01-10", "'Monday' in a past-tense sentence: the day of publication")
        .source();
    Source b = new Story("b", "2022-01-11", "Wire Two")
        .says("Security talks between the two countries were held in Geneva on Monday, diplomats said.",
            "on Monday", "2022-01-10", "'Monday' in a past-tense sentence: the Monday before publication")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), NOBODY);

    assertEquals(1, events.size(), events.toString());
    Event talks = events.get(0);
    assertEquals("2022-01-10", talks.date().value());
    assertEquals(Precision.DAY, talks.precision());
    assertEquals(Event.Kind.STORY, talks.kind());
    assertEquals(List.of("a", "b"), talks.sources());
    assertEquals(2, talks.dates().size());
    assertTrue(talks.id().startsWith("2022-01-10-"), talks.id());
  }

  @Test
  void aReportGoesOnAboutTheHappeningOfASentencesMainClauseNotOfAPartOfIt() { // issue 13
    Source a = new Story("a", "2022-01-11", "Wire One")
        .says("Tom Hale went on offense Tuesday over the toll plan, using an interview to defend it.",
            "Tuesday", "2022-01-11", "as written")
        .says("Hale, in his first interview since being named Saturday as Ann Cole's running mate, "
            + "told reporters on Tuesday the plan would stay.", "Saturday", "2022-01-08", "as written")
        .also("Tuesday", "2022-01-11")
        .plain("Hale said the toll would pay for the new bridge over the river within ten years.")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Citation after = new Citation("a", "s3");
    assertEquals(List.of("2022-01-11"), events.stream().filter(e -> e.citations().contains(after))
        .map(e -> e.date().value()).toList(), events.toString());
  }

  @Test
  void differentHappeningsOnTheSameDayStayApart() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Diplomats held security talks in Geneva on Monday about the border.",
            "on Monday", "2022-01-10", "as written")
        .says("A storm closed schools and airports across the northern coast on Monday.",
            "on Monday", "2022-01-10", "as written")
        .source();

    assertEquals(2, Timeline.build(List.of(a), NOBODY).size());
  }

  @Test
  void aReportsSentencesOfOneDayAboutTheSamePeopleAreOneHappeningThatOtherSourcesJoin() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .plain("Questions about the agency's audits are mounting in the capital.")
        .says("The tax official who refused to testify at a Senate hearing on Tuesday now faces an inquiry.",
            "on Tuesday", "2022-03-08", "as written")
        .says("After she refused on Tuesday to say anything more, the chairman tried to dismiss her lawyer.",
            "on Tuesday", "2022-03-08", "as written")
        .source();
    Source b = new Story("b", "2022-03-10", "Wire Two")
        .plain("Lawmakers remain split over how far the audits inquiry should reach.")
        .says("The chairman tried to dismiss the witness and her lawyer on Tuesday, but other senators objected.",
            "on Tuesday", "2022-03-08", "as written")
        .source();

    List<Event> tuesday = Timeline.build(List.of(a, b), NOBODY).stream()
        .filter(e -> e.date().value().equals("2022-03-08")).toList();

    assertEquals(1, tuesday.size(), tuesday.toString());
    assertEquals(List.of("a s2", "a s3", "b s2"), tuesday.get(0).citations().stream()
        .map(c -> c.article() + " " + c.sentence()).toList());
  }

  @Test
  void aReportsHappeningsOfOneDayThatShareOnlyANameStayApart() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .plain("Trade and defence dominated the week in the region.")
        .says("Officials of Norland announced new tariffs on imported steel on Tuesday.",
            "on Tuesday", "2022-03-08", "as written")
        .says("The Norland navy began exercises off the northern coast on Tuesday.",
            "on Tuesday", "2022-03-08", "as written")
        .source();

    assertEquals(2, Timeline.build(List.of(a), NOBODY).stream()
        .filter(e -> e.date().value().equals("2022-03-08")).count());
  }

  @Test
  void aHappeningOfOneDayTheReportSetsApartStaysApart() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .says("The chairman questioned the tax official at length on Tuesday.",
            "on Tuesday", "2022-03-08", "as written")
        .says("The official, meanwhile, hired a new lawyer on Tuesday.",
            "on Tuesday", "2022-03-08", "as written")
        .source();

    assertEquals(2, Timeline.build(List.of(a), NOBODY).stream()
        .filter(e -> e.date().value().equals("2022-03-08")).count(),
        "'meanwhile' tells another happening of the day, though both tell of the official");
  }

  @Test
  void aDateInAGerundsClauseAfterAfterDatesOnlyThatClause() {
    Source a = new Story("a", "2022-03-11", "Wire One")
        .says("The mayor opened the debate in Clayburn on Thursday with a promise of a new bridge.",
            "on Thursday", "2022-03-10", "as written")
        .says("She granted a string of interviews after clashing with reporters late Tuesday.",
            "late Tuesday", "2022-03-08", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("… after clashing with reporters late Tuesday."), events.stream()
        .filter(e -> e.date().value().equals("2022-03-08")).map(TimelineTest::datedPart).toList(),
        "as \"after she clashed with reporters late Tuesday\" does");
  }

  @Test
  void anAdjectiveInEdAfterAfterMakesNoClauseOfItsOwn() {
    Source a = new Story("a", "2022-03-11", "Wire One")
        .says("The harbour master resigned after the delayed vote on Thursday.", "on Thursday",
            "2022-03-10", "as written")
        .source();

    assertEquals(List.of("The harbour master resigned after the delayed vote on Thursday."),
        Timeline.build(List.of(a), NOBODY).stream()
            .filter(e -> e.date().value().equals("2022-03-10")).map(Event::summary).toList(),
        "as \"after the vote on Thursday\" does: 'delayed' is no verb");
  }

  @Test
  void aDayAfterAnAsideInTheSubjectIsTheSubjectsAct() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("Councillor Brand, who took office in 2019, resigned on Tuesday.", "in 2019", "2019",
            "as written")
        .also("on Tuesday", "2022-06-07")
        .person("Brand")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR_AND_BRAND);

    assertTrue(events.stream().anyMatch(e -> e.date().value().equals("2022-06-07")
        && e.citations().contains(new Citation("a", "s2")) && e.people().contains("ann-brand")),
        "Brand resigned on Tuesday: " + events);
    assertEquals(List.of("… Councillor Brand, who took office in 2019 …"), events.stream()
        .filter(e -> e.date().value().equals("2019")).map(Event::summary).toList());
  }

  @Test
  void aDayNamedAheadOfOrFollowingAnotherHappeningDatesNoneOfTheSentencesOwn() {
    Source a = bridgeOpenedOnTuesday()
        .says("Ferry owners lobbied wavering councillors ahead of Thursday's vote on the harbour.",
            "Thursday", "2022-06-09", "as written")
        .says("Councillors demanded a recount following Monday's vote on the pier.", "Monday",
            "2022-06-06", "as written")
        .source();

    assertEquals(List.of("2022-06-07"), Timeline.build(List.of(a), NOBODY).stream()
        .map(e -> e.date().value()).toList(),
        "as \"before Thursday's vote\" and \"after Monday's vote\" date nothing");
  }

  @Test
  void aNounInIngAfterForIsNoActTheMainVerbIsAbout() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .plain("The harbour is growing faster than its piers.")
        .says("The harbour board applied to the council for funding for a new pier on Monday.",
            "on Monday", "2022-06-06", "as written")
        .source();

    assertEquals(List.of("The harbour board applied to the council for funding for a new pier on"
        + " Monday."), Timeline.build(List.of(a), NOBODY).stream()
            .filter(e -> e.date().value().equals("2022-06-06")).map(Event::summary).toList(),
        "'funding' is a noun: Monday dates the application");
  }

  @Test
  void aClauseWithItsOwnVerbAfterAsHadIsNoComparison() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("A gunman opened fire on diners as they had lunch at the harbour cafe on Saturday.",
            "on Saturday", "2022-06-04", "as written")
        .source();

    assertEquals(List.of("2022-06-04"), Timeline.build(List.of(a), NOBODY).stream()
        .map(e -> e.date().value()).toList(), "'as they had lunch' is no 'as they did'");
  }

  @Test
  void aYearAfterInIsWhenNotAName() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .plain("The harbour is growing faster than its piers.")
        .says("The party won control of the council in 2018 partly by promising a new bridge.",
            "2018", "2018", "as written")
        .source();

    assertTrue(Timeline.build(List.of(a), NOBODY).stream()
        .anyMatch(e -> e.date().value().equals("2018")), "'in 2018 partly' dates the win");
  }

  @Test
  void aYearCountedFromPublicationAfterANameIsWhenNotPartOfTheName() { // issue 13
    Source a = new Story("a", "2022-06-08", "Wire One")
        .plain("The harbour is growing faster than its piers.")
        .says("In a speech in Kent last year, Mayor Hallor promised the town a new bridge.",
            "last year", "2021", "as written")
        .source();

    assertTrue(Timeline.build(List.of(a), NOBODY).stream()
        .anyMatch(e -> e.date().value().equals("2021")), "'in Kent last year' dates the speech");

    Source b = new Story("b", "2022-06-08", "Wire One")
        .plain("The harbour is growing faster than its piers.")
        .says("Mayor Hallor warned of a toll if Wessex closes Kent two years after its annexation of"
            + " the quay.", "two years after", "2020", "what it follows was two years before publication")
        .source();

    assertTrue(Timeline.build(List.of(b), NOBODY).stream()
        .noneMatch(e -> e.date().value().equals("2020")), "the annexation is named in passing");
  }

  @Test
  void aDateCountedBackRightAfterAHappeningsNounDatesThatHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("After she cut the ribbon, asked about the flood in Clayburn a month ago, Hallor said"
            + " the town had rebuilt its quay.", "a month ago", "2022-05", "as written")
        .person("Hallor")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR);

    assertEquals(List.of("s1", "s2"), citedOn(events, "2022-06-07"), "what the mayor said at the"
        + " opening is the opening's");
    assertEquals(List.of("… flood in Clayburn a month ago, Hallor said the town had rebuilt its"
        + " quay."), events.stream().filter(e -> e.date().value().equals("2022-05"))
            .map(Event::summary).toList(), "a month ago dates the flood");
  }

  @Test
  void whatAPollFoundIsThePollsNotTheHappeningTheReportIsOn() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("In a poll by the Harbour Gazette, 60 percent of residents backed the new bridge.")
        .plain("Hallor thanked the builders by name.")
        .person("Hallor")
        .source();
    Source b = new Story("b", "2022-06-08", "Wire Two")
        .says("The Harbour Gazette released a poll of residents on Tuesday.", "on Tuesday",
            "2022-06-07", "as written")
        .plain("Most of those asked backed the new bridge, the poll found.")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR);

    assertEquals(List.of("s1", "s3"), citedOn(events, "2022-06-07"), "the poll is no part of"
        + " the opening");
    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(b), NOBODY), "2022-06-07"),
        "what the poll found is the poll's news");
  }

  @Test
  void aShortReportOfSomeonePostingIsNoPageStamp() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("The Harbour Gazette published a poll of residents on Tuesday.", "on Tuesday",
            "2022-06-07", "as written")
        .says("Updated on Tuesday at 12:30.", "on Tuesday", "2022-06-07", "as written")
        .source();

    assertEquals(List.of("s1"), citedOn(Timeline.build(List.of(a), NOBODY), "2022-06-07"),
        "the newspaper's poll is news; the page's update stamp is not");
  }

  @Test
  void anEarlierHappeningToldWithoutItsDayIsALookBack() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Earlier, the council had rejected a plan for a second ferry across the river.")
        .plain("Hallor thanked the builders by name.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s3"), citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"),
        "what came earlier is no part of the opening; the mayor brings the report back");
  }

  @Test
  void anAnnexationYearsBeforeTheStoryIsBackground() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("The country annexed the peninsula in 2014 after a disputed referendum.",
            "in 2014", "2014", "'2014' as written")
        .source();

    Event annexation = Timeline.build(List.of(a), NOBODY).get(0);

    assertEquals(Event.Kind.BACKGROUND, annexation.kind());
    assertEquals(Precision.YEAR, annexation.precision());
  }

  @Test
  void talksAfterPublicationAreAnnouncedByWhoeverTheSentenceSaysAnnouncedThem() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Talks with the alliance will be held in Vienna on Thursday, Ryabkov said.",
            "on Thursday", "2022-01-13", "'Thursday' in a future-tense sentence")
        .person("Ryabkov")
        .source();
    CastOfPeople cast = new CastOfPeople(List.of(), Map.of("a", Map.of("Ryabkov", "sergei-ryabkov")));

    Event vienna = Timeline.build(List.of(a), cast).get(0);

    assertEquals(Event.Kind.ANNOUNCED, vienna.kind());
    assertEquals("sergei-ryabkov", vienna.announcedBy());
    assertEquals(List.of("sergei-ryabkov"), vienna.people());
  }

  @Test
  void anAnnouncementWithNoSpeakerIsCreditedToTheOutlet() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Talks with the alliance are due in Vienna on Thursday.",
            "on Thursday", "2022-01-13", "'Thursday' in a future-tense sentence")
        .source();

    assertEquals("Wire One", Timeline.build(List.of(a), NOBODY).get(0).announcedBy());
  }

  @Test
  void sourcesThatDateTheSameHappeningDifferentlyKeepBothReadingsInOneEvent() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Negotiators signed the grain export agreement in Istanbul on Sunday evening.",
            "on Sunday", "2022-01-09", "'Sunday' in a past-tense sentence")
        .source();
    Source b = new Story("b", "2022-01-10", "Wire Two")
        .says("The grain export agreement was signed by negotiators in Istanbul on Saturday.",
            "on Saturday", "2022-01-08", "'Saturday' in a past-tense sentence")
        .source();
    Source c = new Story("c", "2022-01-11", "Wire Three")
        .says("Negotiators in Istanbul signed the grain export agreement on Jan. 9.",
            "on Jan. 9", "2022-01-09", "'Jan. 9' in a past-tense sentence")
        .source();

    List<Event> events = Timeline.build(List.of(a, b, c), NOBODY);

    assertEquals(1, events.size(), events.toString());
    Event signing = events.get(0);
    assertEquals("2022-01-09", signing.date().value(), "the date most sources give leads");
    assertEquals(List.of("2022-01-08", "2022-01-09", "2022-01-09"),
        signing.dates().stream().map(d -> d.value()).toList());
    assertEquals(List.of("a", "b", "c"), signing.sources());
  }

  @Test
  void aReportsOpeningSumsUpTheHappeningBeforeALaterSentenceRepeatingItsWords() {
    Source a = new Story("a", "2022-03-09", "Wire One")
        .says("Mayor Hallor opened the new harbour bridge on Tuesday before a cheering crowd of "
            + "workers.",
            "on Tuesday", "2022-03-08", "as written")
        .source();
    Source b = new Story("b", "2022-03-09", "Wire Two")
        .says("Mayor Hallor opened the harbour bridge on Tuesday, ending ten years of delays and "
            + "rising costs.", "on Tuesday", "2022-03-08", "as written")
        .source();
    Source c = new Story("c", "2022-03-09", "Wire Three")
        .says("Councillors met on Wednesday to discuss the budget for schools.", "on Wednesday",
            "2022-03-09", "as written")
        .plain("The schools budget rises by a tenth.")
        .plain("Teachers welcomed the rise in a statement.")
        .plain("Parents were less sure of it.")
        .says("The new harbour bridge that Mayor Hallor opened on Tuesday before a cheering crowd "
            + "of workers ended ten years of delays and rising costs.", "on Tuesday", "2022-03-08", "as written")
        .source();

    Event opening = Timeline.build(List.of(a, b, c), NOBODY).stream()
        .filter(e -> e.date().value().equals("2022-03-08")).findFirst().orElseThrow();

    assertNotEquals("c", opening.summaryFrom().article(),
        "a report's opening, not the later sentence holding the words of both: " + opening.summary());
  }

  @Test
  void aQuestionOrASentenceLeaningOnTheOneBeforeItSumsNoHappeningUp() { // issue 13
    for (String leaning : List.of("And it ended ten years of delays when Mayor Hallor opened the harbour"
        + " bridge on Tuesday.", "This came after Mayor Hallor opened the harbour bridge to traffic"
        + " on Tuesday.", "So how did Mayor Hallor open the harbour bridge on Tuesday after ten years?")) {
      Source a = new Story("a", "2022-03-09", "Wire One")
          .plain("Crowds lined the quay.")
          .says(leaning, "on Tuesday", "2022-03-08", "as written")
          .source();
      Source b = new Story("b", "2022-03-09", "Wire Two")
          .plain("Crowds lined the quay.")
          .says("Mayor Hallor opened the harbour bridge to traffic on Tuesday after ten years of delays.",
              "on Tuesday", "2022-03-08", "as written")
          .source();

      Event opening = Timeline.build(List.of(a, b), NOBODY).stream()
          .filter(e -> e.date().value().equals("2022-03-08")).findFirst().orElseThrow();

      assertEquals("b", opening.summaryFrom().article(), leaning);
    }
    // a time or a cleft is no pronoun for someone
    for (String standing : List.of("This morning, Mayor Hallor opened the harbour bridge in Kent after"
        + " ten years of delays.", "It was on Tuesday that Mayor Hallor opened the harbour bridge in"
        + " Kent after ten years of delays.")) {
      Source a = new Story("a", "2022-03-09", "Wire One")
          .says(standing, standing.startsWith("This") ? "This morning" : "on Tuesday", "2022-03-08",
              "as written")
          .source();
      Source b = new Story("b", "2022-03-09", "Wire Two")
          .plain("Crowds lined the quay.")
          .says("The bridge opened on Tuesday, the mayor said.", "on Tuesday", "2022-03-08", "as written")
          .source();

      Event opening = Timeline.build(List.of(a, b), NOBODY).stream()
          .filter(e -> e.date().value().equals("2022-03-08")).findFirst().orElseThrow();

      assertEquals("a", opening.summaryFrom().article(), standing);
    }
  }

  @Test
  void aHeadlineRepeatingTheLedeSupportsItsEventButIsNotTheSummary() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .headline("Security talks in Geneva on Monday", "on Monday", "2022-01-10")
        .says("Diplomats from both countries held security talks in Geneva on Monday about the border.",
            "on Monday", "2022-01-10", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(1, events.size(), events.toString());
    assertEquals("s2", events.get(0).summaryFrom().sentence());
    assertEquals(2, events.get(0).citations().size());
  }

  @Test
  void aRelativeDateShowsTheDayOfTheReportItWasCountedFrom() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("The minister met his counterpart in Geneva on Sunday to prepare the talks.",
            "on Sunday", "2022-01-09",
            "'Sunday' in a past-tense sentence: the Sunday before publication, Sunday 9 January 2022")
        .source();

    assertEquals("'Sunday' in a past-tense sentence: the Sunday before publication, Sunday 9 January"
            + " 2022, in a report by Wire One published Monday 10 January 2022",
        Timeline.build(List.of(a), NOBODY).get(0).dates().get(0).derivation());
  }

  @Test
  void aShowTitledLikeARelativeDateIsNoDate() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Ministers met in Geneva on Monday to discuss the border.", "on Monday", "2022-01-10",
            "as written")
        .says("The minister told the network's \u201cThis Week\u201d show that diplomacy comes first.",
            "This Week", "2022-W02", "relative to publication")
        .source();

    assertEquals(List.of("2022-01-10"),
        Timeline.build(List.of(a), NOBODY).stream().map(e -> e.date().value()).toList());
  }

  @Test
  void aWireDatelinesDayIsNotTheEventsDateAndIsLeftOutOfTheSummary() {
    Source a = new Story("a", "2022-01-11", "Wire One")
        .says("Jan. 11 (Wire One) — Diplomats held security talks in Geneva on Monday about the border.",
            "on Monday", "2022-01-10", "as written")
        .also("Jan. 11", "2022-01-11")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(1, events.size(), events.toString());
    assertEquals("2022-01-10", events.get(0).date().value());
    assertEquals("Diplomats held security talks in Geneva on Monday about the border.",
        events.get(0).summary());
  }

  @Test
  void aPlaceWithItsStateOrAPlainHyphenIsADatelineTooAndAnUpdatesLabelIsNoPartOfTheSummary() { // issue 13
    for (String dateline : List.of("HARTFORD, Conn. — ", "DANVILLE, Ky. –- ", "WASHINGTON - ",
        "UPDATE: ", "Updated: ", "UPDATE 2:52 p.m. -- ")) {
      Source a = new Story("a", "2022-01-11", "Wire One")
          .says(dateline + "Diplomats held security talks in the city on Monday about the border.",
              "on Monday", "2022-01-10", "as written")
          .source();

      assertEquals("Diplomats held security talks in the city on Monday about the border.",
          Timeline.build(List.of(a), NOBODY).get(0).summary(), dateline);
    }
  }

  @Test
  void aWordJoinedByAHyphenToACapitalisedNameIsNoDateline() { // issue 13
    for (String sentence : List.of("NATO-led forces entered the town of Kent on Monday.",
        "AFL-CIO President Ann Cole spoke in the town of Kent on Monday.",
        "NATO - the alliance of thirty countries - met in the town of Kent on Monday.")) {
      Source a = new Story("a", "2022-01-11", "Wire One")
          .says(sentence, "on Monday", "2022-01-10", "as written")
          .source();

      assertEquals(sentence, Timeline.build(List.of(a), NOBODY).get(0).summary());
    }
  }

  @Test
  void aPlaceInCapitalsAndADashIsADatelineToo() {
    Source a = new Story("a", "2022-01-11", "Wire One")
        .says("GENEVA — Diplomats held security talks in the city on Monday about the border.",
            "on Monday", "2022-01-10", "as written")
        .source();

    assertEquals("Diplomats held security talks in the city on Monday about the border.",
        Timeline.build(List.of(a), NOBODY).get(0).summary());
  }

  @Test
  void aPhotoCaptionDoesNotReachTheTimeline() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .caption("Soldiers are seen during a military exercise near the capital on December 18, 2021.",
            "on December 18, 2021", "2021-12-18")
        .source();

    assertTrue(Timeline.build(List.of(a), NOBODY).isEmpty());
  }

  @Test
  void theSeedStorysGenevaTalksOnJanuaryTenthAreOneEventFromTheFourArticlesReportingThem() {
    Ingest.Result read = Ingest.standard().read(Path.of("content"), "content");
    List<AnalyzedArticle> analyses = new Analyses(new AnalysisCache(Path.of(".briefing/analysis")), 2)
        .analyze(read.articles()).analyses();
    List<Source> sources = new ArrayList<>();
    for (Article article : read.articles()) {
      analyses.stream().filter(x -> x.article().equals(article.id())).findFirst()
          .ifPresent(x -> sources.add(new Source(article, x)));
    }

    List<Event> events = Timeline.build(sources, NOBODY);

    List<Event> geneva = events.stream()
        .filter(e -> e.date().value().equals("2022-01-10") && e.sources().size() == 4).toList();
    assertEquals(1, geneva.size(), events.toString());
    assertEquals(Event.Kind.STORY, geneva.get(0).kind());
    assertFalse(geneva.get(0).sources().stream().anyMatch(s -> s.startsWith("003")),
        "the article about later talks does not report these");
    assertTrue(events.stream().noneMatch(e -> e.date().value().equals("2021-12-18")), "a photo caption");
    assertTrue(events.stream().noneMatch(e -> e.summary().contains("concert hall")), "a teaser");
    assertTrue(events.stream().noneMatch(e -> e.date().value().startsWith("2025")), "a page's own date");
    assertNull(geneva.get(0).announcedBy());
  }

  /** A made-up analysed article, one sentence per paragraph, built without CoreNLP. */
  @Test
  void aDateAfterAfterOrSinceBoundsAStretchOfTimeAndDatesNothing() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Ministers met in Geneva on Monday to discuss the border.", "on Monday", "2022-01-10",
            "as written")
        .says("Moscow wants the alliance to withdraw from countries that joined after 1997.", "1997",
            "1997", "as written")
        .says("The harbour has stayed closed to ships since 2019, officials said.", "2019", "2019",
            "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("2022-01-10"), events.stream().map(e -> e.date().value()).toList());
  }

  @Test
  void aDateInARelativeClauseClosingTheSentenceDatesOnlyThatClause() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .says("Ministers met in Geneva on Monday to discuss the harbour.", "on Monday", "2022-03-07",
            "as written")
        .says("The minister's first stop was a school in Clayburn, where parents told him of losses, "
            + "some of which they said came in the flood that closed the harbour on March 2.",
            "on March 2", "2022-03-02", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event flood = events.stream().filter(e -> e.date().value().equals("2022-03-02")).findFirst()
        .orElseThrow();
    assertEquals("… Clayburn, where parents told him of losses, some of which they said came in the"
        + " flood that closed the harbour on March 2.",
        flood.summary(), "the minister's stop was not on the day of the flood; the clause is shown"
        + " with what it tells of");
  }

  @Test
  void aDateInAPastParticiplesClauseAfterAVerbDatesOnlyThatClause() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .says("Mayor Hallor testified at a council hearing on Tuesday.", "on Tuesday", "2022-03-08",
            "as written")
        .says("Speaking at the hearing, Hallor cited the safety review, distributed to councillors "
            + "last month.", "last month", "2022-02", "as written")
        .says("Councillor Brand, a critic of the bridge, issued a statement on Tuesday.",
            "on Tuesday", "2022-03-08", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("… distributed to councillors last month."), events.stream()
        .filter(e -> e.date().value().equals("2022-02")).map(TimelineTest::datedPart).toList(),
        "the review was distributed last month, not the hearing");
    assertTrue(events.stream().filter(e -> e.date().value().equals("2022-03-08"))
        .anyMatch(e -> e.citations().contains(new Citation("a", "s3"))),
        "the hearing goes on in the sentence citing the review");
    assertTrue(events.stream().noneMatch(e -> e.summary().startsWith("… issued")),
        "a verb after its subject's apposition is the sentence's own");

    Source b = new Story("b", "2022-03-10", "Wire Two")
        .says("The mayor left Clayburn, accompanied by her deputy, on Tuesday.", "on Tuesday",
            "2022-03-08", "as written")
        .source();
    assertEquals(List.of("The mayor left Clayburn, accompanied by her deputy, on Tuesday."),
        Timeline.build(List.of(b), NOBODY).stream().map(Event::summary).toList(),
        "a participle's clause closed before the date does not hold it");
  }

  @Test
  void aSentenceTellingAHappeningAndInPassingAnEarlierOneGoesOnAboutTheHappening() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .says("Mayor Hallor on Wednesday defended her handling of last September's flood at the "
            + "harbour before the council.", "on Wednesday", "2022-03-09", "as written")
        .also("last September", "2021-09")
        .plain("She told councillors the warning system had since been replaced.")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event wednesday = events.stream().filter(e -> e.date().value().equals("2022-03-09"))
        .findFirst().orElseThrow();
    assertTrue(wednesday.citations().contains(new Citation("a", "s2")),
        "what she told councillors is part of Wednesday's defence");
  }

  @Test
  void aDateOfWhoSaidTheSentenceAfterARelativeClauseIsTheSentences() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .says("A new fever has closed the harbour, and spread to Clayburn, where eight were taken "
            + "ill, health officials said on Tuesday.", "on Tuesday", "2022-03-08", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("A new fever has closed the harbour, and spread to Clayburn, where eight "
        + "were taken ill, health officials said on Tuesday."),
        events.stream().map(Event::summary).toList());
  }

  @Test
  void aRelativeClauseTheMainClauseGoesOnAfterEndsWhereItGoesOn() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .says("Ministers met in Geneva on Monday to discuss the harbour.", "on Monday", "2022-03-07",
            "as written")
        .says("The build-up has raised fears that Norland, which seized the Clayburn islands in 2014, "
            + "may be poised for a new attack.", "2014", "2014", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("… Norland, which seized the Clayburn islands in 2014 …"), events.stream()
        .filter(e -> e.date().value().equals("2014")).map(Event::summary).toList());
  }

  @Test
  void aLeadWhoseOnlyDateLiesInAnAsideIsTheNewsOfItsReportsDay() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .says("The build-up has raised fears that Norland, which seized the Clayburn islands in 2014, "
            + "may be poised for a new attack.", "2014", "2014", "as written")
        .plain("Troops were seen near the border crossing at Clayburn and along the coast.")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("2022-03-10 [s1, s2]"), events.stream()
        .map(e -> e.date().value() + " " + e.citations().stream().map(Citation::sentence).toList())
        .toList(), "a lead is its main clause's news, and its report goes on about it");
  }

  @Test
  void aDateInAClauseOfWhatCameBeforeDatesOnlyThatClause() {
    Source a = new Story("a", "2022-03-11", "Wire One")
        .says("The mayor opened the debate in Clayburn on Thursday with a promise of a new bridge.",
            "on Thursday", "2022-03-10", "as written")
        .says("She set the tone, striving to reset her race after her deputy was panned for his "
            + "performance at last week's hearing.", "last week", "2022-W09", "as written")
        .plain("She then attacked her rival over the closed harbour and the ferry fares.")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event lastWeek = events.stream().filter(e -> e.date().value().equals("2022-W09")).findFirst()
        .orElseThrow();
    assertEquals("… after her deputy was panned for his performance at last week's hearing.",
        lastWeek.summary());
    assertEquals(List.of("s1", "s2", "s3"), citedOn(events, "2022-03-10"),
        "the report goes on about the debate, the main clause of the look back included");
  }

  @Test
  void aDateAfterAfterInAPhraseDatesTheSentence() {
    Source a = new Story("a", "2022-03-11", "Wire One")
        .says("The council met in Clayburn after the vote on Thursday to close the harbour.",
            "on Thursday", "2022-03-10", "as written")
        .source();

    assertEquals(List.of("The council met in Clayburn after the vote on Thursday to close the "
        + "harbour."), Timeline.build(List.of(a), NOBODY).stream().map(Event::summary).toList());
  }

  @Test
  void aDateInAnAsideWithinTheSubjectDatesOnlyTheAside() {
    Source a = new Story("a", "2022-03-11", "Wire One")
        .says("The mayor opened the debate in Clayburn on Thursday with a promise of a new bridge.",
            "on Thursday", "2022-03-10", "as written")
        .says("With the moderator opening on the harbour, which flooded a month ago, her rival "
            + "attacked her over the ferry fares.", "a month ago", "2022-02", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("… the harbour, which flooded a month ago …"), events.stream()
        .filter(e -> e.date().value().equals("2022-02")).map(Event::summary).toList());
    assertEquals(List.of("s1", "s2"), citedOn(events, "2022-03-10"));
  }

  @Test
  void aDateInAnAsideBetweenDashesDatesOnlyTheAside() {
    Source a = new Story("a", "2022-03-11", "Wire One")
        .says("The mayor opened the debate in Clayburn on Thursday with a promise of a new bridge.",
            "on Thursday", "2022-03-10", "as written")
        .says("Her rival – who lost the harbour vote in January – attacked her over the ferry "
            + "fares.", "in January", "2022-01", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("… Her rival – who lost the harbour vote in January …"), events.stream()
        .filter(e -> e.date().value().equals("2022-01")).map(Event::summary).toList());
    assertEquals(List.of("s1", "s2"), citedOn(events, "2022-03-10"));
  }

  @Test
  void aDateInTheMainClauseAfterAnAsideIsTheSentences() {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .says("The chairman of the harbour board, who took office last year, said on Tuesday that "
            + "the port would reopen.", "on Tuesday", "2022-03-08", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("The chairman of the harbour board, who took office last year, said on "
        + "Tuesday that the port would reopen."), events.stream().map(Event::summary).toList());
  }

  /**
   * A time the analysis resolved that names no day anything happened: a year counted from another
   * the sentence gives, an ordinal day of a stretch it names, a horizon years ahead.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Funding for the harbour slipped from $11 million in 2019 to $10 million the following "
          + "year.|the following year|2023",
      "On the second day of the new council, members read the harbour charter aloud."
          + "|the second day|2022-03-11",
      "The plan changes the harbour pensions of those retiring a decade from now."
          + "|a decade from now|2032-03-10"})
  void aTimeThatNamesNoDayOfAHappeningDatesNothing(String sentence, String written, String value) {
    Source a = new Story("a", "2022-03-10", "Wire One")
        .says("Ministers met in Geneva on Monday to discuss the border.", "on Monday", "2022-03-07",
            "as written")
        .says(sentence, written, value, "counted from the report's publication")
        .source();

    assertEquals(List.of("2022-03-07"),
        Timeline.build(List.of(a), NOBODY).stream().map(e -> e.date().value()).toList());
  }

  @Test
  void aDateInWhatSomeoneIsThankedOrBlamedForDatesThatActNotTheSentence() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("She thanked the county council for approving the last loan for the bridge on Monday.",
            "on Monday", "2022-06-06", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR_AND_BRAND);

    assertEquals(List.of("s1", "s2"), citedOn(events, "2022-06-07"), "she thanked them at the opening");
    assertEquals(List.of("s2"), citedOn(events, "2022-06-06"), "the council's approval was Monday's");
  }

  @Test
  void aDateInWhatTheSentenceLikensItsActToDatesNothing() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("She singled out the builders for praise, just as she did in March when the first "
            + "span was lifted.", "in March", "2022-03", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR_AND_BRAND);

    assertEquals(List.of("2022-06-07"), events.stream().map(e -> e.date().value()).toList());
    assertEquals(List.of("s1", "s2"), citedOn(events, "2022-06-07"));
  }

  @Test
  void aDateAfterAnElidedVerbDatesTheOtherAct() {
    // "… her rival did not [do] last week": the week is the rival's, not the sentence's
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("Hallor did everything her rival did not last week, and she answered every question.",
            "last week", "2022-W22", "as written")
        .person("Hallor")
        .says("She stayed to take questions where her rival did not last week and thanked the crowd.",
            "last week", "2022-W22", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR_AND_BRAND);

    assertEquals(List.of("2022-06-07"), events.stream().map(e -> e.date().value()).toList());
    assertEquals(List.of("s1", "s2", "s3"), citedOn(events, "2022-06-07"));
  }

  @Test
  void oneSentenceWithTwoDatesGivesEachHappeningItsOwnClause() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Ministers met in Geneva on Monday to discuss the border.", "on Monday", "2022-01-10",
            "as written")
        .says("Talks with the alliance are due in Brussels on Wednesday and at the security body in "
            + "Vienna on Thursday.", "on Wednesday", "2022-01-12", "as written")
        .also("on Thursday", "2022-01-13")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event wednesday = events.stream().filter(e -> e.date().value().equals("2022-01-12")).findFirst()
        .orElseThrow();
    Event thursday = events.stream().filter(e -> e.date().value().equals("2022-01-13")).findFirst()
        .orElseThrow();
    assertEquals("Talks with the alliance are due in Brussels on Wednesday …", wednesday.summary());
    assertEquals("… at the security body in Vienna on Thursday.", thursday.summary());
  }

  @Test
  void aDateInAnOpeningAdverbialDatesTheClauseItOpens() {
    Source a = new Story("a", "2022-06-11", "Wire One")
        .says("Earlier on Friday, Mayor Hallor unveiled her plan for a second harbour bridge, a "
            + "project she has kept quiet about since taking office in 2019.", "on Friday",
            "2022-06-10", "as written")
        .also("in 2019", "2019")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event friday = events.stream().filter(e -> e.date().value().equals("2022-06-10")).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("Earlier on Friday, Mayor Hallor unveiled her plan for a second harbour bridge …",
        friday.summary());
  }

  @Test
  void eachSourceOfASentenceWithTwoDatesIsCitedByTheWordsThatReportEachHappening() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Talks with the alliance are due in Brussels on Wednesday and at the security body in "
            + "Vienna on Thursday.", "on Wednesday", "2022-01-12", "as written")
        .also("on Thursday", "2022-01-13")
        .source();
    Source b = new Story("b", "2022-01-10", "Wire Two")
        .says("The alliance will meet the envoys in Brussels on Wednesday, while the security body "
            + "gathers its members in Vienna on Thursday.", "on Wednesday", "2022-01-12", "as written")
        .also("on Thursday", "2022-01-13")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), NOBODY);

    Event wednesday = events.stream().filter(e -> e.date().value().equals("2022-01-12")).findFirst()
        .orElseThrow();
    Event thursday = events.stream().filter(e -> e.date().value().equals("2022-01-13")).findFirst()
        .orElseThrow();
    Citation inA = new Citation("a", "s1");
    Citation inB = new Citation("b", "s1");
    assertEquals(List.of(inA, inB), wednesday.citations());
    assertEquals(List.of(inA, inB), thursday.citations());
    assertEquals(Optional.of("The alliance will meet the envoys in Brussels on Wednesday …"),
        wednesday.excerpt(inB));
    assertEquals(Optional.of("… the security body gathers its members in Vienna on Thursday."),
        thursday.excerpt(inB));
    assertEquals(Optional.of("… at the security body in Vienna on Thursday."), thursday.excerpt(inA));
  }

  @Test
  void aSentenceThatReportsOneHappeningWholeHasNoExcerpt() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Ministers met in Geneva on Monday to discuss the border.", "on Monday", "2022-01-10",
            "as written")
        .source();

    Event monday = Timeline.build(List.of(a), NOBODY).get(0);

    assertEquals(List.of(), monday.excerpts());
  }

  @Test
  void aNameThatOnlyQualifiesAnotherWordTakesNoPartInTheHappening() {
    Person ada = new Person("ada-lindqvist", "Ada Lindqvist", List.of(), null, List.of(), List.of(),
        List.of());
    CastOfPeople cast = new CastOfPeople(List.of(ada), Map.of("a", Map.of("Lindqvist", "ada-lindqvist"),
        "b", Map.of("Lindqvist", "ada-lindqvist")));
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("A spokesperson for the Lindqvist administration announced the harbour vote on Monday.",
            "on Monday", "2022-01-10", "as written")
        .person("Lindqvist")
        .source();
    Source b = new Story("b", "2022-01-10", "Wire Two")
        .says("Lindqvist opened the new harbour bridge to traffic on Sunday.", "on Sunday",
            "2022-01-09", "as written")
        .person("Lindqvist")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), cast);

    assertEquals(List.of(List.of("ada-lindqvist"), List.of()),
        events.stream().map(Event::people).toList());
  }

  @Test
  void aLeadThatStatesNoDateIsTheNewsOfItsPublicationDay() {
    Source a = new Story("a", "2022-01-21", "Wire One")
        .plain("The two foreign ministers both described their harbour talks as frank.")
        .says("Earlier, on Monday, the navy announced new exercises in the bay.", "on Monday",
            "2022-01-17", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event lead = events.stream().filter(e -> e.date().value().equals("2022-01-21")).findFirst()
        .orElseThrow();
    assertEquals("The two foreign ministers both described their harbour talks as frank.", lead.summary());
    assertTrue(lead.dates().get(0).derivation().contains("lead"), lead.dates().toString());
  }

  @Test
  void aReportOpeningWithAHookIsNewsOfTheSentenceAfterIt() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .headline("Mayor Hallor appears in ferry union's new advert")
        .plain("Mayor Hallor stars in a new advert by the ferry union that airs across the harbour towns.")
        .source();
    Source b = new Story("b", "2022-06-08", "Wire Two")
        .headline("Mayor Hallor appears in ferry union advert")
        .plain("Harbour politics have a way of turning bitter in an election summer.")
        .plain("And a new advert by the ferry union shows Mayor Hallor warning of the cost of the bridge.")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), NOBODY);

    Event advert = events.stream().filter(e -> e.citations().contains(new Citation("a", "s2")))
        .findFirst().orElseThrow();
    assertTrue(advert.citations().contains(new Citation("b", "s3")), events.toString());
    assertFalse(advert.citations().contains(new Citation("b", "s2")), events.toString());
  }

  @Test
  void aDayOnlyUndatedLeadsPointAtRanksBelowADayTheSourcesName() {
    // Every report has a lead; a day the sources name points back at a happening. Two leads
    // counted as much as two sentences naming the day, so a day of routine reports outranked it.
    Source a = new Story("a", "2022-03-08", "Wire One")
        .plain("Ferry crews in the northern ports stayed at work as talks on pay resumed.")
        .says("The harbour board voted on Friday to close the old pier for good.", "on Friday",
            "2022-03-04", "as written")
        .source();
    Source b = new Story("b", "2022-03-08", "Wire Two")
        .plain("Ferry crews across the northern ports kept working while the pay talks went on.")
        .says("The harbour board's Friday vote closed the old pier to ships.", "Friday",
            "2022-03-04", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), NOBODY);

    double vote = events.stream().filter(e -> e.date().value().equals("2022-03-04"))
        .mapToDouble(Event::rank).max().orElseThrow();
    double leads = events.stream().filter(e -> e.date().value().equals("2022-03-08"))
        .mapToDouble(Event::rank).max().orElseThrow();
    assertTrue(vote > leads, "the named day " + vote + ", the leads' day " + leads);
  }

  @Test
  void aDescribedSpeakerTakesPartAsThePersonCrossReferencingFoundThemToBe() {
    // Cross-referencing decided who "the harbour board's spokesperson" is (a described person, or
    // the named person the description is); the event's participants are that person, by id.
    Source a = new Story("a", "2022-03-08", "Wire One")
        .says("A harbour board spokesperson said the pier closed for good on Friday.", "on Friday",
            "2022-03-04", "as written")
        .described("harbour board spokesperson")
        .source();
    Person nora = new Person("nora-quist", "Nora Quist", List.of(), null, List.of(), List.of(),
        List.of());
    CastOfPeople cast = new CastOfPeople(List.of(nora),
        Map.of("a", Map.of("harbour board spokesperson", "nora-quist")));

    Event closing = Timeline.build(List.of(a), cast).get(0);

    assertEquals(List.of("nora-quist"), closing.people());
  }

  @Test
  void aHappeningCountedFromAnotherIsDatedByCounting() {
    Source a = new Story("a", "2022-01-21", "Wire One")
        .plain("The two foreign ministers both described their harbour talks as frank.")
        .plain("The talks came just a day after the navy unveiled plans for exercises with forty ships.")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event exercises = events.stream().filter(e -> e.date().value().equals("2022-01-20")).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("… the navy unveiled plans for exercises with forty ships.", exercises.summary());
  }

  @Test
  void aCountFromAHappeningToldBeforeDatesNothingFromThePublicationDay() {
    Source a = new Story("a", "2022-01-21", "Wire One")
        .plain("The harbour master's deputy pleaded guilty in August to a customs charge.")
        .plain("Three days after that guilty plea, the port police filed a sealed complaint against"
            + " a shipping agent from Kilbride.")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertTrue(events.stream().noneMatch(e -> e.date().value().equals("2022-01-18")),
        "the plea was in August, not three days before the report: " + events);
  }

  @Test
  void aCountThatOpensTheSentenceNamesTheHappeningOnlyToTheEndOfItsClause() {
    Source a = new Story("a", "2022-01-21", "Wire One")
        .plain("A day after telling reporters he was \"not going to talk about the harbour\", the mayor "
            + "spoke at length about the harbour closure.")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event telling = events.stream().filter(e -> e.date().value().equals("2022-01-20")).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("… telling reporters he was \"not going to talk about the harbour\" …",
        telling.summary());
  }

  /** The words of its summary's sentence that report the event, or the summary where all do. */
  private static String datedPart(Event e) {
    return e.excerpt(e.summaryFrom()).orElse(e.summary());
  }

  @Test
  void aDatedPartThatDoesNotSayWhoDidWhatIsShownInItsWholeSentence() { // issue 13
    Source a = new Story("a", "2022-01-21", "Wire One")
        .plain("Questions about the harbour review are mounting in Clayburn.")
        .says("The councillor granted a series of interviews after clashing with reporters late Tuesday.",
            "late Tuesday", "2022-01-18", "as written")
        .says("Reed cited the harbour review, distributed to the council last month.",
            "last month", "2021-12", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("Reed cited the harbour review, distributed to the council last month.",
        "The councillor granted a series of interviews after clashing with reporters late Tuesday."),
        events.stream().filter(e -> !e.summaryFrom().sentence().equals("s1"))
            .map(Event::summary).toList());
    assertTrue(events.stream().filter(e -> !e.summaryFrom().sentence().equals("s1"))
            .allMatch(e -> datedPart(e).startsWith("… ")),
        "the dated part is each sentence's excerpt: " + events);
  }

  @Test
  void aClauseThatOpensWithTheVerbReportingItIsShownWithItsSpeaker() {
    Source a = new Story("a", "2021-12-28", "Wire One")
        .says("A spokesperson for the port announced the date late on Monday, and said the board and "
            + "the council were also likely to meet on Jan. 12, with a broader meeting set for Jan. 13.",
            "late on Monday", "2021-12-27", "as written")
        .also("Jan. 12", "2022-01-12")
        .also("Jan. 13", "2022-01-13")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event wednesday = events.stream().filter(e -> e.date().value().equals("2022-01-12")).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("A spokesperson for the port announced the date late on Monday, and said the board and "
        + "the council were also likely to meet on Jan. 12 …", wednesday.summary());
  }

  @Test
  void aDateInAComparisonDatesWhatTheSentenceIsComparedWith() {
    Source a = bridgeOpenedOnTuesday()
        .says("But unlike her rival a week ago, Hallor let few questions go unanswered at the bridge.",
            "a week ago", "2022-05-31", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertTrue(events.stream().noneMatch(e -> e.date().value().equals("2022-05-31")), events.toString());
  }

  @Test
  void aCountThatOpensTheSentenceKeepsANamesListInItsHappening() {
    Source a = new Story("a", "2022-01-21", "Wire One")
        .plain("\u201CA day after Norland, Ruritania and Freedonia met in the harbour town, the board "
            + "voted to close the quay.\u201D")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event met = events.stream().filter(e -> e.date().value().equals("2022-01-20")).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("… Norland, Ruritania and Freedonia met in the harbour town …", met.summary());
  }

  @Test
  void sentencesThatDateNothingSupportTheHappeningTheirReportToldOfLast() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Ministers met in Geneva on Monday to discuss the border.", "on Monday", "2022-01-10",
            "as written")
        .plain("The talks lasted seven hours and ended without any agreement on troops.")
        .says("The harbour was first fortified in 1854 by the navy.", "1854", "1854", "as written")
        .plain("Both delegations promised further rounds of talks about the border.")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    Event talks = events.stream().filter(e -> e.date().value().equals("2022-01-10")).findFirst()
        .orElseThrow();
    assertEquals(List.of("s1", "s2", "s4"), talks.citations().stream().map(c -> c.sentence()).toList(),
        "a look back is a digression: the report returns to its story after it");
  }

  @Test
  void aDateInsideAQuotationOrAYearInsideANameDatesNothing() {
    Source a = new Story("a", "2022-01-10", "Wire One")
        .says("Ministers met in Geneva on Monday to discuss the border.", "on Monday", "2022-01-10",
            "as written")
        .says("\u201cIt is shaping up to be a long day for everyone,\u201d the minister told reporters.",
            "day", "2022-01-10", "as written")
        .says("Several hopefuls for the 2024 presidential nomination spoke at Harbour Forum 2022 too.",
            "2024", "2024", "as written")
        .also("2022", "2022")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("2022-01-10"), events.stream().map(e -> e.date().value()).toList());
  }

  @Test
  void aHeadlineNoHappeningOfItsDayTookSupportsItsReportsFirstHappening() {
    // The headline is the news of its publication day; the report dates its happening a day
    // earlier, so no happening of the headline's day was there for it to join.
    Source a = new Story("a", "2022-03-09", "Wire One")
        .headline("Harbour Chief Stays Silent Before Council")
        .says("The harbour chief refused to answer questions at a council hearing on Tuesday.",
            "on Tuesday", "2022-03-08", "as written")
        .source();

    Event hearing = Timeline.build(List.of(a), NOBODY).get(0);

    assertEquals(List.of("s1", "s2"), hearing.citations().stream().map(c -> c.sentence()).toList());
  }

  @Test
  void aHeadlineSupportsTheHappeningItsReportTellsInTheHeadlinesWords() {
    Source a = new Story("a", "2022-06-09", "Wire One")
        .headline("Harbour Council Votes To Close Ferry Pier")
        .says("The mayor opened the new bridge over the river on Tuesday.", "on Tuesday",
            "2022-06-07", "as written")
        .says("The council voted on Wednesday to close the old ferry pier by the harbour.",
            "on Wednesday", "2022-06-08", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), NOBODY);

    assertEquals(List.of("s1", "s3"), citedOn(events, "2022-06-08"));
    assertEquals(List.of("s2"), citedOn(events, "2022-06-07"));
  }

  @Test
  void aHeadlineSupportsItsReportsStoryNotTheLookBackTheReportOpensWith() {
    Source a = new Story("a", "2022-03-09", "Wire One")
        .headline("Harbour Chief Stays Silent Before Council")
        .says("The harbour wall was first built in 1854 by the navy.", "in 1854", "1854", "as written")
        .says("The harbour chief refused to answer questions at a council hearing on Tuesday.",
            "on Tuesday", "2022-03-08", "as written")
        .source();

    assertEquals(List.of("s1", "s3"), citedOn(Timeline.build(List.of(a), NOBODY), "2022-03-08"));
  }

  @Test
  void theShortPiecesOfAStatementSupportTheHappeningItWasMadeAt() {
    // The sentence splitter cuts a quotation at its question marks; a short "he said." tells
    // nothing on its own, but is part of what was said there.
    Source a = new Story("a", "2022-03-09", "Wire One")
        .says("The mayor opened the new bridge over the river on Tuesday.", "on Tuesday",
            "2022-03-08", "as written")
        .plain("\u201cWhat took so long?")
        .plain("Ten years?\u201d")
        .quote("What took so long? Ten years?", "s2", "s3")
        .plain("he asked.")
        .plain("\u201cNot one day more.\u201d")
        .source();

    Event opening = Timeline.build(List.of(a), NOBODY).get(0);

    assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), opening.citations().stream()
        .map(c -> c.sentence()).toList());
  }

  @Test
  void aSpeakerOfAnEarlierHappeningBringsTheReportBackToItAfterAnAside() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor said on Tuesday that the new bridge would open to traffic at once.",
            "on Tuesday", "2022-06-07", "as written")
        .person("Hallor")
        .says("A rival councillor had criticised its cost at a budget meeting on Monday.",
            "on Monday", "2022-06-06", "as written")
        .plain("Hallor said the bridge would pay for itself within a decade.")
        .person("Hallor")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR);

    assertEquals(List.of("s1", "s3"), citedOn(events, "2022-06-07"));
    assertEquals(List.of("s2"), citedOn(events, "2022-06-06"));
  }

  @Test
  void whatASpeakerIsReportedSayingOfAnotherDayWasSaidAtTheHappeningTheySpokeAt() {
    // "Hallor said he had been warned … on Friday": Friday dates the warning, a happening of its
    // own; the sentence reports what Hallor said on Tuesday, and the report goes on about that.
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor said on Tuesday that the new bridge would open to traffic at once.",
            "on Tuesday", "2022-06-07", "as written")
        .person("Hallor")
        .says("Hallor said he had been warned about its cost at a council meeting on Friday.",
            "on Friday", "2022-06-03", "as written")
        .person("Hallor")
        .plain("The bridge cost forty million crowns to build over four years.")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR);

    assertEquals(List.of("s1", "s2", "s3"), citedOn(events, "2022-06-07"));
    assertEquals(List.of("s2"), citedOn(events, "2022-06-03"));
  }

  @Test
  void aDayOneReportStatesLeadsOverThePublicationDayOfAnotherThatStatesNone() {
    Source a = new Story("a", "2022-03-09", "Wire One")
        .says("Mayor Hallor opened the new harbour bridge on Tuesday, ending years of delay.",
            "on Tuesday", "2022-03-08", "as written")
        .source();
    Source b = new Story("b", "2022-03-10", "Wire Two")
        .plain("Mayor Hallor has opened the new harbour bridge after years of delay and dispute.")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), NOBODY);

    assertEquals(List.of("2022-03-08 [a, b]"),
        events.stream().map(e -> e.date().value() + " " + e.sources()).toList(),
        "b's lead is dated only by b's publication day, a guess");
  }

  @Test
  void aDayAndTheWeekHoldingItToldInTheSameWordsByTwoSourcesAreOneHappening() {
    Source a = new Story("a", "2022-01-14", "Wire One")
        .says("Diplomats held security talks in Geneva this week about the border.", "this week",
            "2022-W02", "as written")
        .source();
    Source b = new Story("b", "2022-01-13", "Wire Two")
        .says("Security talks about the border were held in Geneva on Wednesday, diplomats said.",
            "on Wednesday", "2022-01-12", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), NOBODY);

    assertEquals(1, events.size(), events.toString());
    assertEquals(List.of("a", "b"), events.get(0).sources());
  }

  @Test
  void aPastDayAfterAPresentPerfectDatesWhatTheVerbIsAboutNotTheAct() {
    Source a = new Story("a", "2022-06-14", "Wire One")
        .says("Mayor Hallor opened the harbour bridge on Monday.", "on Monday", "2022-06-13",
            "in a past-tense sentence")
        .says("Councillor Brand has apologised for her outburst over the weekend in a statement.",
            "over the weekend", "2022-W23-WE", "in a past-tense sentence")
        .says("Harbour fees have risen this week, the port said.", "this week", "2022-W24",
            "as written")
        .source();

    assertEquals(List.of("2022-06-13", "2022-W24"), Timeline.build(List.of(a), NOBODY).stream()
        .map(e -> e.date().value()).sorted().toList(),
        "the outburst's weekend dates no act; this week's rise is dated");
  }

  @Test
  void theYearsThatBoundAStretchDateNothing() {
    Source a = bridgeOpenedOnTuesday()
        .says("He obtained five deferments from 1965 to 1970 and never served overseas.", "1965",
            "1965", "as written")
        .also("1970", "1970")
        .source();

    assertEquals(List.of("2022-06-07"), Timeline.build(List.of(a), NOBODY).stream()
        .map(e -> e.date().value()).toList());
  }

  @Test
  void aPronounOpeningASentenceAfterAnOpeningPhraseGoesOnAboutWhomTheReportToldOf() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor on Tuesday unveiled a report on harbour safety paid for by the pilots.",
            "on Tuesday", "2022-06-07", "as written")
        .says("At Tuesday's press conference, she stated that its findings were independent of the "
            + "gun lobby.", "Tuesday", "2022-06-07", "as written")
        .source();

    assertEquals(1, Timeline.build(List.of(a), NOBODY).size());
  }

  @Test
  void aLeadTellingWhatSomethingHasBecomeIsNoNewsOfItsDay() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .plain("Since the bridge opened, the politics of the harbour have become as tangled as its "
            + "tides.")
        .source();
    Source b = new Story("b", "2022-06-08", "Wire Two")
        .plain("The harbour board raised the ferry fares for the summer, angering the islanders.")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), NOBODY);

    assertEquals(List.of("b"), events.stream().flatMap(e -> e.sources().stream()).distinct().toList(),
        "Wire Two's undated lead is its day's news; Wire One's tells how things stand");
  }

  @Test
  void aPronounInsideAnotherSentenceTiesNoHappeningsOfTheDay() {
    // "she" far into the dockers' sentence is someone it names itself, not the report going on
    // about the mayor: two happenings of one day that share nothing else stay apart
    Source a = bridgeOpenedOnTuesday()
        .says("Striking dockers blocked the northern port on Tuesday, saying the owner had ignored"
            + " their wages since she bought it.", "on Tuesday", "2022-06-07", "as written")
        .source();

    assertEquals(2, Timeline.build(List.of(a), NOBODY).size());
  }

  @Test
  void aStatementBySomeoneWhoTookNoPartIsNotTheHappeningsOwn() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The bridge took four years to build.")
        .plain("\u201cIt is a waste of money,\u201d Councillor Brand said in a statement.")
        .person("Brand")
        .plain("\u201cNobody asked the ratepayers.\u201d")
        .plain("Hallor said the bridge would pay for itself within a decade.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s2", "s5"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "the report goes on with Brand's statement until Hallor speaks again");
  }

  @Test
  void someoneOfTheHappeningSpeakingLaterElsewhereMakesAStatementApart() { // issue 13
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The bridge took four years to build.")
        .plain("He said later on Harbour Radio that he would run for governor.")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "the mayor spoke again, on the radio: not at the opening");
    Source there = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The bridge took four years to build.")
        .plain("He said he would run for governor.")
        .source();
    assertEquals(List.of("s1", "s2", "s3"), citedOn(Timeline.build(List.of(there), HALLOR_AND_BRAND),
        "2022-06-07"), "said at the opening");
  }

  @Test
  void someoneWhoTookNoPartSpeakingOfAHappeningWhereFewSpeakIsAnsweringIt() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The bridge took four years to build.")
        .plain("Councillor Brand said the bridge was a waste of money.")
        .person("Brand")
        .plain("\u201cNobody asked the ratepayers,\u201d she said.")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "Brand took no part in the opening: her words answer it");
  }

  @Test
  void someoneWhoTookNoPartSpeakingOfAnInterviewIsAnsweringIt() {
    // an interview is its host's questions and its guest's answers: the councillor was not there
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor defended the new bridge in an interview with Harbour Radio on Tuesday.",
            "on Tuesday", "2022-06-07", "as written")
        .person("Hallor")
        .plain("Councillor Brand said the bridge was a waste of money.")
        .person("Brand")
        .plain("\u201cNobody asked the ratepayers,\u201d she said.")
        .source();

    assertEquals(List.of("s1"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "Brand's words answer the mayor's interview");
  }

  @Test
  void aWritersProjectionWithNoPastActIsNoPartOfTheHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The crossing would halve the drive to the airport.")
        .plain("Tolls could rise once the ferry stops running.")
        .plain("\u201cIt will pay for itself,\u201d Hallor said.")
        .person("Hallor")
        .plain("Hallor thanked the builders by name.")
        .person("Hallor")
        .plain("The ferry, which the council sold, would need a new hull.")
        .plain("Ferry fares won't fall before the winter.")
        .plain("Hallor tore up the old timetable, a move that could cost her the harbour vote.")
        .person("Hallor")
        .plain("The old ferry would have needed a new engine.")
        .source();

    assertEquals(List.of("s1", "s4", "s5", "s6", "s8"), citedOn(Timeline.build(List.of(a),
        HALLOR_AND_BRAND), "2022-06-07"), "what the bridge would do is the writer's projection,"
            + " and so is what would have been; the mayor's words and acts stay, and so does a"
            + " sentence telling a past act, in '-ed' or not");
  }

  @Test
  void aProjectionIsToldByItsVerbNotByAnAdjectiveInEd() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The toll would end the council's open-ended payments to the ferry company.")
        .plain("The council would pay a fixed amount to the uninsured boat owners.")
        .source();

    assertEquals(List.of("s1"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "'open-ended', 'fixed' and 'uninsured' tell no past act");
  }

  @Test
  void aWritersSentenceTellingWhatIsInThePresentIsNoPartOfTheHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Hallor, 46, is married to a ferry captain.")
        .person("Hallor")
        .plain("Many towns on the coast charge tolls on their bridges.")
        .plain("The dispute mirrors a wider quarrel over the harbour.")
        .plain("Hallor didn't mention the ferry in her speech.")
        .person("Hallor")
        .plain("Hallor is also facing questions about the cost of the bridge.")
        .person("Hallor")
        .plain("The plan, drawn up last year, puts the toll at two crowns.")
        .plain("Hallor thanked the builders by name.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s5", "s6", "s7", "s8"), citedOn(Timeline.build(List.of(a),
        HALLOR_AND_BRAND), "2022-06-07"), "what is so, in the present tense, is the writer's"
            + " background; a past act stays, negated or not, and so does what is going on as"
            + " the report is written and what the plan the happening put out says");
  }

  @Test
  void aPostHeldWhenSomeoneDidWhatIsToldIsTheirCareerNotTheHappening() { // issue 13
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("As harbour commissioner, Hallor had the ferry pier rebuilt.")
        .person("Hallor")
        .plain("As the county's first mayor, she closed the old toll booths.")
        .plain("As the ribbon fell, the crowd cheered.")
        .plain("\u201cAs mayor, I thank the builders,\u201d Hallor said.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s4", "s5"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "the posts she held tell who she is; a clause opening with 'as' and her"
            + " words stay");
  }

  @Test
  void aPastVerbAfterThisOrMoreIsStillAPastAct() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Hundreds more watched from boats on the river below the bridge.")
        .plain("This angered the ferry crews waiting at the harbour.")
        .plain("Most stayed on the bridge until the fireworks ended.")
        .source();

    assertEquals(List.of("s1", "s2", "s3", "s4"), citedOn(Timeline.build(List.of(a),
        HALLOR_AND_BRAND), "2022-06-07"), "'more watched', 'This angered', 'Most stayed' are"
            + " past acts, not adjectives");
  }

  @Test
  void aHyphenatedPastVerbIsAPastAct() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Hallor also re-opened the old ferry quay beside the bridge.")
        .person("Hallor")
        .plain("The council fast-tracked the last loan for the crossing.")
        .plain("Hallor also re-opened the old ferry quay, which will stay open all summer.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s2", "s3", "s4"), citedOn(Timeline.build(List.of(a),
        HALLOR_AND_BRAND), "2022-06-07"), "'re-opened' and 'fast-tracked' are past acts, and a"
            + " sentence telling one is no projection");
  }

  @Test
  void aPastTheListOfIrregularVerbsLacksIsAPastAct() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The crowd spread across the bridge to see the fireworks.")
        .plain("Hallor's own crew beat the ferry across the river by a minute.")
        .person("Hallor")
        .plain("Hallor learnt of the delay from the builders that morning.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s2", "s3", "s4"), citedOn(Timeline.build(List.of(a),
        HALLOR_AND_BRAND), "2022-06-07"), "'spread', 'beat' and 'learnt' are past acts");
  }

  @Test
  void someonesWordsInThePresentAreNoWritersState() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Hallor insists the toll of two crowns is fair to drivers.")
        .person("Hallor")
        .plain("The bridge is a gift to the next generation, Hallor argues.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s2", "s3"), citedOn(Timeline.build(List.of(a),
        HALLOR_AND_BRAND), "2022-06-07"), "what the mayor insists and argues are her words");
  }

  @Test
  void whatIsGoingOnADayAfterTheHappeningIsHowThingsAre() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Ferry crews are facing the loss of their jobs.")
        .source();
    Source live = new Story("b", "2022-06-07", "Wire Two")
        .says("Mayor Hallor opened the new bridge over the river on Tuesday.", "on Tuesday",
            "2022-06-07", "as written")
        .person("Hallor")
        .plain("Hallor is leading the crowd across the bridge.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1"), citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"),
        "a day after the opening, what the crews are facing is how things are");
    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(live), HALLOR),
        "2022-06-07"), "a report of the day tells its happening as it goes on");
  }

  @Test
  void aRecordingToldInThePresentIsTheRecordedHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("In the video, Hallor is seen cutting the ribbon.")
        .person("Hallor")
        .plain("She then hands the scissors to a boy.")
        .plain("\u201cThank you all for coming,\u201d she says.")
        .plain("She then walks across the bridge with the boy.")
        .plain("Hallor, 46, is married to a ferry captain.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6"), citedOn(Timeline.build(List.of(a),
        HALLOR_AND_BRAND), "2022-06-07"), "the present tense goes on telling what the video"
            + " shows, her words in it too");
  }

  @Test
  void aReportOfAHappeningAheadTellsItInThePresent() {
    Source a = new Story("a", "2022-06-06", "Wire One")
        .says("Mayor Hallor opens the new bridge over the river on Tuesday.", "on Tuesday",
            "2022-06-07", "as written")
        .person("Hallor")
        .plain("Brass bands from three towns play at the opening.")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "a preview tells its happening in the present tense");
  }

  @Test
  void theReportGoesBackToItsHappeningAtItsName() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("\u201cIt is a waste of money,\u201d Councillor Brand said in a statement.")
        .person("Brand")
        .plain("At the opening, a brass band played and hundreds of residents crossed on foot.")
        .plain("Speaking at the opening, Councillor Brand said the county had paid half of the cost.")
        .person("Brand")
        .source();

    assertEquals(List.of("s1", "s3", "s4"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "'At the opening' ends the statement made apart; what Brand said there"
            + " was said at the opening");
  }

  @Test
  void aPasserByWhoSawAHappeningNoOneIsToldDoingTellsIt() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("The harbour road flooded on Tuesday after a water main burst.", "on Tuesday",
            "2022-06-07", "as written")
        .plain("\u201cThe water rose to our knees in minutes,\u201d said Eva Lund, 34, who runs the"
            + " bakery on the corner.")
        .person("Eva Lund")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a),
        HALLOR_BRAND_AND_LUND_BY_SURNAME), "2022-06-07"), "a flood is told by those who saw it");
  }

  @Test
  void aNameInsideAQuotationDoesNotBringTheReportBack() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Councillor Brand said in a statement that the bridge was a waste of money.")
        .person("Brand")
        .plain("\u201cHallor has never once asked the ratepayers,\u201d she said.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "Brand's words name the mayor; they are still Brand's statement");
  }

  @Test
  void aCourtsRulingToldInThePresentIsTheRulingsContent() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Judge Hallor struck down the county's bridge tolls on Tuesday.", "on Tuesday",
            "2022-06-07", "as written")
        .person("Hallor")
        .plain("The ruling bars the county from charging drivers until the spring.")
        .plain("Her 40-page opinion orders the county to repay every driver.")
        .source();

    assertEquals(List.of("s1", "s2", "s3"), citedOn(Timeline.build(List.of(a), HALLOR),
        "2022-06-07"), "what the ruling says is the ruling's");
  }

  @Test
  void someoneWhoTookNoPartMayHaveSpokenAtAHappeningWhereManySpeak() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor defended the new bridge at a council hearing on Tuesday.",
            "on Tuesday", "2022-06-07", "as written")
        .person("Hallor")
        .plain("Councillor Brand said the bridge was a waste of money.")
        .person("Brand")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "at a hearing the councillor may have spoken there");
  }

  @Test
  void aHappeningTheReportGoesOnToCallAHearingIsOneWhereManySpeak() { // issue 13
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor defended the new bridge before the council on Tuesday.",
            "on Tuesday", "2022-06-07", "as written")
        .person("Hallor")
        .plain("Questions about the cost of the bridge pervaded the hearing.")
        .plain("Councillor Brand said the bridge was a waste of money.")
        .person("Brand")
        .source();

    assertEquals(List.of("s1", "s2", "s3"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "at the hearing the report names the councillor may have spoken there");

    // a rally in the shares, a conference room, a meeting the happening followed: no sitting
    for (String middle : List.of("Crowds lined the quay.",
        "The rally in the shares lifted the price by ten percent.",
        "Aides waited in the conference room.", "The sale came a week after the council meeting.")) {
      Source b = new Story("a", "2022-06-08", "Wire One")
          .says("Mayor Hallor sold the city's stake in Kettle Ferries on Tuesday.",
              "on Tuesday", "2022-06-07", "as written")
          .person("Hallor")
          .plain(middle)
          .plain("Councillor Brand said the sale was a mistake.")
          .person("Brand")
          .source();

      assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(b), HALLOR_AND_BRAND),
          "2022-06-07"), middle);
    }
  }

  @Test
  void aSentenceDatingTheHappeningAsAHearingMakesItOneWhereManySpeak() { // issue 13
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor defended the cost of the new bridge before the council on Tuesday.",
            "on Tuesday", "2022-06-07", "as written")
        .person("Hallor")
        .says("Questions about the cost pervaded Tuesday's hearing.", "Tuesday's",
            "2022-06-07", "as written")
        .plain("Councillor Brand said the bridge was a waste of money.")
        .person("Brand")
        .source();

    assertEquals(List.of("s1", "s2", "s3"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "the report dates the hearing by name: the councillor may have spoken there");

    // a meeting the happening followed, dated, is no sitting of its own
    Source b = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor sold the city's stake in Kettle Ferries on Tuesday.",
            "on Tuesday", "2022-06-07", "as written")
        .person("Hallor")
        .says("The sale came a day after Monday's council meeting.", "Monday's",
            "2022-06-06", "as written")
        .plain("Councillor Brand said the sale was a mistake.")
        .person("Brand")
        .source();
    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(b), HALLOR_AND_BRAND),
        "2022-06-07"), "Brand answers the sale, apart from it");
  }

  @Test
  void someoneTheSourcesGiveNoRoleMayHaveWitnessedTheAct() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Eva Lund said she had waited an hour in the crowd to cross it first.")
        .person("Eva Lund")
        .source();
    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a),
        HALLOR_BRAND_AND_LUND_BY_SURNAME), "2022-06-07"));
  }

  @Test
  void whatSomeoneTakingPartSaysOfAnotherDayWasSaidThere() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("Hallor said the second bridge would open in June.", "in June", "2022-06",
            "as written")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "the mayor said so at the opening");
  }

  @Test
  void whatSomeoneHasSaidAllAlongTellsHowThingsStandNotTheHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Hallor has also said the tolls on the old ferry should end within a year.")
        .person("Hallor")
        .plain("\u201cThe tolls have been a burden,\u201d Hallor has said.")
        .person("Hallor")
        .plain("The bridge replaces a ferry crossing, which has claimed two boats in storms.")
        .source();

    assertEquals(List.of("s1", "s3", "s4"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "her own words stay, they may have been said at the opening; and a "
            + "relative clause's perfect is no one's saying");
  }

  @Test
  void whoSpeaksInARecordingSpokeAtTheHappeningItRecorded() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("In the video, Councillor Brand is seen shouting that the bridge was a waste of money.")
        .person("Brand")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "the video shows the opening, where Brand shouted");
  }

  @Test
  void someoneWhoSawAHappeningNoOneIsToldDoingTellsIt() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("The harbour road flooded on Tuesday after a water main burst.", "on Tuesday",
            "2022-06-07", "as written")
        .plain("Brand, who runs the bakery on the corner, said the water rose in minutes.")
        .person("Brand")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "no one is told causing the flood: a witness tells it");
  }

  @Test
  void aStatementMadeApartIsAHappeningOfItsOwnThatEveryReportOfItCites() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Councillor Brand said the bridge was a waste of money.")
        .person("Brand")
        .plain("The bridge took four years to build.")
        .source();
    Source b = new Story("b", "2022-06-08", "Wire Two")
        .says("Mayor Hallor opened a bridge over the river on Tuesday.", "on Tuesday",
            "2022-06-07", "as written")
        .person("Hallor")
        .plain("Councillor Brand said nobody had asked the ratepayers.")
        .person("Brand")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), HALLOR_AND_BRAND_IN_TWO);

    assertEquals(List.of("s1", "s1"), citedOn(events, "2022-06-07"));
    Event statement = events.stream().filter(Event::statement).findFirst().orElseThrow();
    assertEquals("2022-06-08", statement.date().value(), "the news of the reports' day");
    assertEquals(List.of(new Citation("a", "s2"), new Citation("b", "s2")), statement.citations(),
        "both reports' words for Brand's statement, not the writer's sentence after it");
    assertEquals(List.of("ann-brand"), statement.people());
  }

  @Test
  void theStoryInBriefTellsHappeningsNotTheVoicesAnsweringThem() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Councillor Brand said the bridge was a waste of money.")
        .person("Brand")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR_AND_BRAND);

    assertEquals(2, events.size());
    assertEquals(List.of(events.get(0).id()), StoryBrief.choose(events, 3),
        "Brand's answer, the latest day's, does not close the brief as the story's latest state");
  }

  @Test
  void readersCommentsReportNothing() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("At 4:26 pm on 8 Jun 2022, harbourfan wrote: the new bridge over the river is far too "
            + "narrow for lorries.", "on 8 Jun 2022", "2022-06-08", "as written")
        .plain("I crossed the bridge over the river twice on the day it opened to lorries.")
        .plain("Councillor Brand said the bridge was a waste of money.")
        .person("Brand")
        .says("The old ferry over the river sank in a storm on Monday, as I remember.", "on Monday",
            "2022-06-06", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR_AND_BRAND);

    assertEquals(List.of("s1"), citedOn(events, "2022-06-07"));
    assertEquals(1, events.size(), "nothing below a reader's comment is a statement or an event");
  }

  @Test
  void readersAndWhomTheyWriteOfAreNoNewsmakers() { // issue 13: H1N1's who's who had "RoastDuck"
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("At 4:26 pm on 8 Jun 2022, RoastDuck wrote: Councillor Brand was right about the "
            + "bridge.", "on 8 Jun 2022", "2022-06-08", "as written")
        .person("RoastDuck").person("Brand").described("Councillor")
        .source();

    List<String> cast = briefing.crossref.people.PeopleMerger.merge(List.of(a)).people().stream()
        .map(briefing.model.briefing.Person::name).toList();

    assertEquals(List.of("Hallor"), cast);
    // a stamp whose writer the article named is one of its people's words, no reader's comment
    Source email = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("At 9:14 am on 7 Jun 2022, Hallor wrote: delete the files about the bridge.",
            "on 7 Jun 2022", "2022-06-07", "as written")
        .person("Hallor")
        .plain("Councillor Brand said the email showed the mayor knew.")
        .person("Brand")
        .source();
    assertEquals(List.of("Brand", "Hallor"), briefing.crossref.people.PeopleMerger.merge(List.of(email))
        .people().stream().map(briefing.model.briefing.Person::name).sorted().toList());
  }

  @Test
  void aWritersAccountOfWhatSomeoneWroteIsNoReadersComment() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("On Tuesday, Brand wrote: the bridge over the river is far too narrow for lorries.",
            "On Tuesday", "2022-06-07", "as written")
        .person("Brand")
        .says("The old ferry over the river sank in a storm on Monday.", "on Monday", "2022-06-06",
            "as written")
        .source();

    assertEquals(List.of("2022-06-06", "2022-06-07"), Timeline.build(List.of(a), HALLOR_AND_BRAND)
        .stream().map(e -> e.date().value()).distinct().toList());
  }

  @Test
  void oneSpeakersStatementsToldAWeekApartAreTwoHappenings() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Councillor Brand said the bridge was a waste of money.")
        .person("Brand")
        .source();
    Source b = new Story("b", "2022-06-15", "Wire Two")
        .says("Mayor Hallor opened a bridge over the river on June 7.", "on June 7",
            "2022-06-07", "as written")
        .person("Hallor")
        .plain("Councillor Brand said the tolls were too high.")
        .person("Brand")
        .source();

    List<Event> statements = Timeline.build(List.of(a, b), HALLOR_AND_BRAND_IN_TWO).stream()
        .filter(Event::statement).toList();

    assertEquals(List.of("2022-06-08", "2022-06-15"),
        statements.stream().map(e -> e.date().value()).toList());
  }

  @Test
  void whatSomeoneHasSaidAllAlongIsNoStatementOfADay() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Councillor Brand has long said the bridge is a waste of money.")
        .person("Brand")
        .source();

    assertTrue(Timeline.build(List.of(a), HALLOR_AND_BRAND).stream()
        .noneMatch(Event::statement));
  }

  @Test
  void aStatementMadeOnAirWithADateInAnAsideIsNotTheHappeningsOwn() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .says("But speaking on Harbour Radio, Councillor Brand, who will not stand in 2024, said the "
            + "bridge was a waste of money.", "in 2024", "2024", "as written")
        .person("Brand")
        .plain("“Nobody asked the ratepayers,” Brand said.")
        .person("Brand")
        .source();

    assertEquals(List.of("s1"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "Brand took no part in the opening and spoke on the radio");
  }

  @Test
  void someoneOfTheHappeningDoingSomethingAgainBringsTheReportBackFromAStatement() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("\u201cIt is a waste of money,\u201d Councillor Brand told Harbour Radio.")
        .person("Brand")
        .plain("Hallor then thanked the builders and the river pilots.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s3"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"));
  }

  @Test
  void thePeopleASentenceMakesActorsOfTheHappeningTakePartInIt() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Delegates of the two ports began talks on fishing rights in Lund on Tuesday.",
            "on Tuesday", "2022-06-07", "as written")
        .plain("Harbour Master Tom Hallor is leading the talks for the city, while Councillor "
            + "Ann Brand and Deputy Mayor Eva Lund are attending for the county.")
        .person("Tom Hallor").person("Ann Brand").person("Eva Lund")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR_BRAND_AND_LUND);

    assertEquals(List.of("ann-brand", "eva-lund", "tom-hallor"), events.get(0).people());
  }

  @Test
  void theAgentsOfATalkLedByThemTakePartButANameNearbyDoesNot() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Delegates of the two ports began talks on fishing rights in Lund on Tuesday.",
            "on Tuesday", "2022-06-07", "as written")
        .plain("The talks, led by Harbour Master Tom Hallor, went on for six hours.")
        .person("Tom Hallor")
        .plain("Ann Brand, the county's lawyer, called the round a waste of time on local radio.")
        .person("Ann Brand")
        .plain("Eva Lund's office had warned of a long night for everyone.")
        .person("Eva Lund")
        .plain("The Eva Lund campaign is not taking part in the talks.")
        .person("Eva Lund")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR_BRAND_AND_LUND);

    assertEquals(List.of("tom-hallor"), events.get(0).people());
  }

  @Test
  void aSentenceRecallingAnEarlierYearDoesNotGoOnAboutTheHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Hallor cut the ribbon with the two builders and thanked the river pilots.")
        .person("Hallor")
        .plain("The old ferry had sunk in the great storm of 1998, drowning nine passengers.")
        .also("1998", "1998")
        .plain("\u201cWe waited since 1998 for this,\u201d Hallor said of the crossing.")
        .person("Hallor")
        .also("1998", "1998")
        .plain("Hallor said he had wanted a bridge there since 2015.")
        .person("Hallor")
        .also("2015", "2015")
        .plain("Ferries had carried the traffic from 1999 to 2021.")
        .also("1999", "1999")
        .source();

    assertEquals(List.of("s1", "s2", "s4", "s5"),
        citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"));
  }

  @Test
  void theSentencesAfterARecallOfAnEarlierYearGoOnAboutThatTimeUntilSomeoneOfTheHappeningIsBack() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("In the 1990s, the harbour board also sued the ferry company over its fares.")
        .also("1990", "1990")
        .plain("The company won the case, but its chairman was questioned for a whole week.")
        .plain("\u201cIt was a witch hunt,\u201d its lawyer Eva Lund said of the inquiry.")
        .person("Eva Lund")
        .plain("Hallor then thanked the builders and the river pilots.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s5"), citedOn(Timeline.build(List.of(a), HALLOR_BRAND_AND_LUND_BY_SURNAME),
        "2022-06-07"), "the report tells of the case of the 1990s until Hallor is back");
  }

  @Test
  void whomASpeakerTellsOfIsNotTheSpeaker() {
    // "Brand, the county's lawyer, said" names its speaker past an apposition, before the name
    // of whom she tells ("Hallor told …"); "said Hallor" names the speaker only where it closes
    // the clause, not where it opens what was said ("said Hallor had misled …")
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Brand, the county's lawyer, said in a statement that Hallor told the council nothing.")
        .person("Brand").person("Hallor")
        .plain("\u201cThe river pilots were never asked,\u201d she added.")
        .plain("In a letter to the council, Deputy Mayor Eva Lund said Hallor had misled them.")
        .person("Eva Lund").person("Hallor")
        .plain("\u201cWe built it for them,\u201d said Hallor.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s5"), citedOn(Timeline.build(List.of(a), HALLOR_BRAND_AND_LUND_BY_SURNAME),
        "2022-06-07"), "Brand's and Lund's statements are theirs, not Hallor's, until Hallor speaks");
  }

  @Test
  void aStatementPlacedApartInItsSecondSentenceIsApartFromItsFirst() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The bridge cost twice the first estimate.")
        .plain("Brand said the bridge was far too expensive for the county.")
        .person("Brand")
        .plain("\u201cNobody asked the ratepayers,\u201d Brand said in a statement.")
        .person("Brand")
        .plain("Hallor then thanked the builders and the river pilots.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s2", "s5"), citedOn(Timeline.build(List.of(a), HALLOR_AND_BRAND),
        "2022-06-07"), "both sentences of Brand's statement are said in it");
  }

  @Test
  void aSentenceTellingHowThingsStandInThePresentPerfectIsNoPartOfTheHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Farmers on the northern bank have long opposed the crossing.")
        .plain("\u201cIt has been a long wait,\u201d Hallor said.")
        .person("Hallor")
        .plain("The county, which has paid half of the cost, sent its deputy mayor.")
        .plain("Hallor then thanked the builders and the river pilots.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s3", "s4", "s5"), citedOn(Timeline.build(List.of(a), HALLOR),
        "2022-06-07"), "the farmers' long opposition is how things stand, not Tuesday's opening");
  }

  @Test
  void aPresentPerfectInARelativeClauseWithASubjectOfItsOwnStillTellsTheHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The ceremony featured a new toll scheme, which the farmers have used to attack her.")
        .plain("Farmers on the northern bank have long opposed the crossing.")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"),
        "the toll scheme the ceremony featured is Tuesday's opening; the farmers' opposition is not");
  }

  @Test
  void whatSomeoneOfAHappeningAheadSaysInALetterWasNotSaidThere() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor will answer questions at the council's bridge hearing on Friday.",
            "on Friday", "2022-06-10", "as written")
        .person("Hallor")
        .plain("Hallor set out her plans for the bridge in a letter to the council.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1"), citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-10"),
        "her letter was written before the hearing, not said at it");
  }

  @Test
  void theStampOfAReadersCommentDatesNoHappening() {
    Source a = bridgeOpenedOnTuesday()
        .says("At 18:20 8th Jun 2022, riverfan wrote: The new bridge over the river is a waste.",
            "18:20 8th Jun 2022", "2022-06-08", "as written")
        .source();

    assertEquals(List.of("2022-06-07"), Timeline.build(List.of(a), NOBODY).stream()
        .map(e -> e.date().value()).toList());
  }

  @Test
  void leadsOfOneDaySharingOnlyTheStorysWordsStayApart() {
    // every report of the outbreak says "swine flu": two such words tie no leads together
    Source a = new Story("a", "2009-04-30", "Wire One")
        .says("Health officials confirmed the first swine flu death in Texas on Wednesday.",
            "on Wednesday", "2009-04-29", "as written")
        .source();
    Source b = new Story("b", "2009-04-30", "Wire Two")
        .says("A toddler died of swine flu in Texas on Wednesday, health officials confirmed.",
            "on Wednesday", "2009-04-29", "as written")
        .source();
    Source c = new Story("c", "2009-04-30", "Wire Three")
        .says("Egypt began slaughtering its pigs over swine flu fears on Wednesday.",
            "on Wednesday", "2009-04-29", "as written")
        .source();

    assertEquals(List.of(List.of("a", "b"), List.of("c")), Timeline.build(List.of(a, b, c), NOBODY)
        .stream().map(Event::sources).toList());
  }

  @Test
  void aSentenceCloseToOneReportOfAHappeningToldByTwoDoesNotChainAnotherToIt() {
    // a sentence sharing two words with one report of the Texas death and none with the other
    // tells of another happening: close pairs join on the whole, not through one report
    Source a = new Story("a", "2009-04-30", "Wire One")
        .says("Health officials confirmed the first swine flu death in Texas on Wednesday.",
            "on Wednesday", "2009-04-29", "as written")
        .source();
    Source b = new Story("b", "2009-04-30", "Wire Two")
        .says("A toddler died of swine flu in Texas on Wednesday, health officials confirmed.",
            "on Wednesday", "2009-04-29", "as written")
        .source();
    Source c = new Story("c", "2009-04-30", "Wire Three")
        .plain("Playgrounds across the city are being checked by inspectors.")
        .says("A toddler died after a fall at a Houston playground on Wednesday.",
            "on Wednesday", "2009-04-29", "as written")
        .source();

    List<Event> events = Timeline.build(List.of(a, b, c), NOBODY);

    assertTrue(events.stream().noneMatch(e -> e.sources().containsAll(List.of("a", "c"))),
        events.toString());
  }

  @Test
  void aTermInQuotationMarksOrAnIrregularParticipleStillTellsHowThingsStand() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Ferry owners, called \u201cboatmen\u201d in the town, have demanded compensation.")
        .plain("Tolls on the old road have risen every year.")
        .plain("Hallor then thanked the builders and the river pilots.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s4"), citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"));
  }

  @Test
  void anAnswerToTheHappeningIsAHappeningOfItsOwn() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("In response to the opening, ferry owners blocked the harbour with their boats.")
        .plain("Their boats stayed moored across the harbour mouth all day.")
        .plain("In response, Hallor thanked the builders and the river pilots.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s4"), citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"));
  }

  @Test
  void whatTheHappeningCameAfterIsAnotherHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The opening came after the county council said it would pay half of the cost.")
        .plain("The council's vote had been close, with two members away.")
        .plain("Hallor then thanked the builders and the river pilots.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s4"), citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"));
  }

  @Test
  void aSpeakerNamedBeforeALongAppositionIsStillTheSpeaker() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor said on Tuesday that the new bridge over the river was open.",
            "on Tuesday", "2022-06-07", "as written")
        .person("Hallor")
        .says("A survey of shopkeepers published on Monday found most of them backed the bridge.",
            "on Monday", "2022-06-06", "as written")
        .plain("Asked on the radio about the tolls on the crossing, Hallor, who has run the town for"
            + " eleven years and will stand again at the next election in the spring, said the"
            + " crossing would stay free.")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s3"), citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"));
  }

  @Test
  void aReportGoesOnAboutItsOpeningsOwnHappeningNotTheOneItCountsFrom() {
    // "A day after X, Y on Wednesday": the report goes on about Y, its news
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("A day after refusing to answer questions about the tolls, Mayor Hallor opened the"
            + " new bridge over the river on Wednesday.", "on Wednesday", "2022-06-08", "as written")
        .person("Hallor")
        .plain("Hallor cut the ribbon in front of a crowd of several hundred residents.")
        .person("Hallor")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR);

    assertEquals(List.of("s1", "s2"), citedOn(events, "2022-06-08"), events.toString());
    assertEquals(List.of("s1"), citedOn(events, "2022-06-07"), events.toString());
  }

  @Test
  void twoReportsQuotingTheSameWordsOfOneDayTellOneHappening() {
    // each dates the interview in words of its own; the quotation is what ties them
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Hallor also appeared on a morning radio show on Sunday, pressing the county for"
            + " money.", "on Sunday", "2022-06-05", "as written")
        .plain("\u201cThe county has promised to pay for the bridge, and it has to keep that promise"
            + " before the winter floods,\u201d he said on the show.")
        .quote("The county has promised to pay for the bridge, and it has to keep that promise"
            + " before the winter floods,", "s2")
        .source();
    Source b = new Story("b", "2022-06-08", "Wire Two")
        .says("But Hallor pushed back against the critics in two interviews on Sunday.",
            "on Sunday", "2022-06-05", "as written")
        .plain("\u201cThe county promised to pay for this bridge and must keep its promise before"
            + " the floods,\u201d Hallor said.")
        .quote("The county promised to pay for this bridge and must keep its promise before the"
            + " floods,", "s2")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), NOBODY);

    assertEquals(List.of(List.of("a", "b")), events.stream().map(Event::sources).toList(),
        events.toString());
  }

  @Test
  void reportsQuotingTheSameWordsOnDaysALittleApartTellOneHappening() {
    // two reports date the debate Thursday, one misreads it as Tuesday: the quotation ties them,
    // and the event keeps the day more of them give
    Source a = quotingPromise("a", "2022-06-10", "Wire One",
        "Hallor and Brand clashed over the bridge at a debate on Thursday.",
        "on Thursday", "2022-06-09", "Hallor said.");
    Source b = quotingPromise("b", "2022-06-10", "Wire Two",
        "The mayoral debate on Tuesday was supposed to settle the bridge quarrel.",
        "on Tuesday", "2022-06-07", "the mayor told the hall.");
    Source c = new Story("c", "2022-06-10", "Wire Three")
        .says("Brand accused the mayor of hiding the cost of the crossing on Thursday night.",
            "on Thursday", "2022-06-09", "as written")
        .plain("Hallor answered: \u201c" + PROMISE + "\u201d")
        .quote(PROMISE, "s2")
        .source();

    List<Event> events = Timeline.build(List.of(a, b, c), NOBODY);

    assertEquals(List.of(List.of("a", "b", "c")), events.stream().map(Event::sources).toList(),
        events.toString());
    assertEquals("2022-06-09", events.get(0).date().value());
  }

  @Test
  void aStatementQuotedAsAReportDatesItKeepsTheDayTheReportStates() {
    // two reports carry the councillor's statement apart from the opening, undated; a third
    // dates her words Monday: the joined event is Monday's, not the day the statement was reported
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Councillor Brand spoke to the harbour board on Monday.", "on Monday", "2022-06-06",
            "as written")
        .person("Brand")
        .plain("\u201c" + PROMISE + "\u201d Brand said.")
        .person("Brand")
        .quoteBy(PROMISE, "Brand", "s2")
        .source();
    List<Source> reports = new ArrayList<>(List.of(a));
    for (String id : List.of("b", "c")) {
      reports.add(new Story(id, "2022-06-08", "Wire " + id)
          .says("Mayor Hallor opened the new bridge over the river on Tuesday.", "on Tuesday",
              "2022-06-07", "as written")
          .person("Hallor")
          .plain("\u201c" + PROMISE + "\u201d Councillor Brand said in a statement.")
          .person("Brand")
          .quoteBy(PROMISE, "Brand", "s2")
          .source());
    }

    Map<String, String> names = Map.of("Hallor", "tom-hallor", "Brand", "ann-brand");
    CastOfPeople cast = new CastOfPeople(HALLOR_AND_BRAND.people(),
        Map.of("a", names, "b", names, "c", names));

    List<Event> events = Timeline.build(reports, cast);

    Event said = events.stream().filter(e -> e.citations().contains(new Citation("b", "s2")))
        .findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(List.of("a", "b", "c"), said.sources(), events.toString());
    assertEquals("2022-06-06", said.date().value(), events.toString());
  }

  @Test
  void oneLineInCommonBetweenTwoDaysBusyReportsJoinsNothing() {
    // each day's report quotes the mayor at length; one PROMISE retold the next day is not the
    // same happening
    Source a = openingQuotedAtLength("a", "2022-06-09", "Wire One").source();
    Source b = boardMeeting("b", "2022-06-10", "Wire Two").source();

    assertEquals(2, Timeline.build(List.of(a, b), NOBODY).size());
  }

  @Test
  void aLineTwoReportsQuoteCountsOnceForAThird() {
    // a radio interview and the opening quote one PROMISE; the board meeting quotes it among three
    // others: one PROMISE in four is no happening told twice, however many reports carried it
    Source b = quotingPromise("b", "2022-06-06", "Wire Two",
        "Hallor defended the crossing in a radio interview on Sunday.",
        "on Sunday", "2022-06-05", "she said.");
    Source a = openingQuotedAtLength("a", "2022-06-09", "Wire One").source();
    Source c = boardMeeting("c", "2022-06-10", "Wire Three")
        .quoting("No pilot will lose a pension while the tolls are being collected,", "she said.")
        .source();

    List<Event> events = Timeline.build(List.of(a, b, c), NOBODY);

    assertEquals(List.of(List.of("a", "b"), List.of("c")),
        events.stream().map(Event::sources).toList(), events.toString());
  }

  @Test
  void aDayJoinedToTheMonthHoldingItDatesTheEvent() {
    // two reports say the contract was signed in June, a third gives the day: June holds the
    // day, so all three give it
    List<Source> reports = new ArrayList<>();
    for (String id : List.of("a", "b")) {
      reports.add(new Story(id, "2022-06-30", "Wire " + id)
          .says("Hallor signed the bridge contract with the county in June.", "in June", "2022-06",
              "as written")
          .quoting(PROMISE, "she said.")
          .source());
    }
    reports.add(quotingPromise("c", "2022-06-30", "Wire c",
        "The mayor put her name to the paperwork for the crossing on Tuesday.",
        "on Tuesday", "2022-06-07", "Hallor said."));

    List<Event> events = Timeline.build(reports, NOBODY);

    assertEquals(1, events.size(), events.toString());
    assertEquals("2022-06-07", events.get(0).date().value());
  }

  @Test
  void anEventJoinedByAQuotationTakesItsPlaceInTheTimeline() {
    // the opening, told by one wire, joins a second's report of it by its quotation: with two
    // sources and four sentences it comes before the day's strike, which two wires report in one
    // sentence each
    Source a = quotingPromise("a", "2022-06-08", "Wire One",
        "Hallor opened the new bridge over the river on Tuesday.",
        "on Tuesday", "2022-06-07", "she said.");
    Source b = quotingPromise("b", "2022-06-08", "Wire Two",
        "Crowds cheered as the mayor cut a ribbon at the crossing on Tuesday.",
        "on Tuesday", "2022-06-07", "Hallor told them.");
    List<Source> reports = new ArrayList<>(List.of(a, b));
    for (String id : List.of("c", "d")) {
      reports.add(new Story(id, "2022-06-08", "Wire " + id)
          .says("Ferry pilots went on strike over their lost trade on Tuesday.", "on Tuesday",
              "2022-06-07", "as written")
          .source());
    }

    List<Event> events = Timeline.build(reports, NOBODY);

    assertEquals(List.of(List.of("a", "b"), List.of("c", "d")),
        events.stream().map(Event::sources).toList(), events.toString());
  }

  @Test
  void aDateBetweenNotAndItsVerbIsTheSentences() {
    Source a = new Story("a", "2022-06-09", "Wire One")
        .says("The council could not last night agree on the bridge tolls.", "last night",
            "2022-06-08", "as written")
        .source();

    assertEquals(List.of("2022-06-08"), Timeline.build(List.of(a), NOBODY).stream()
        .map(e -> e.date().value()).toList());
  }

  @Test
  void theSameWordsQuotedAWeekApartAreSaidAgain() {
    // a speaker's stock line at two rallies a week apart: two happenings
    Source a = quotingPromise("a", "2022-06-03", "Wire One",
        "Hallor held a rally in the harbour on Thursday.",
        "on Thursday", "2022-06-02", "Hallor said.");
    Source b = quotingPromise("b", "2022-06-10", "Wire Two",
        "Hallor rallied supporters at the town hall on Thursday.",
        "on Thursday", "2022-06-09", "she said.");

    assertEquals(2, Timeline.build(List.of(a, b), NOBODY).size());
  }

  @Test
  void aLineRetoldDayAfterDayDoesNotChainTheDaysIntoOneHappening() {
    // a story of weeks retells its lines: each report, two days after the last, quotes the same
    // words about a happening of its own day; reports a day or two apart may date one happening
    // differently, but no event spans more than a few days
    Source a = quotingPromise("a", "2022-06-02", "Wire One",
        "Hallor opened the new bridge over the river on Wednesday.",
        "on Wednesday", "2022-06-01", "she said.");
    Source b = quotingPromise("b", "2022-06-04", "Wire Two",
        "The county paid the first bill for the crossing on Friday.",
        "on Friday", "2022-06-03", "Hallor said again.");
    Source c = quotingPromise("c", "2022-06-06", "Wire Three",
        "Ferry pilots marched on the town hall on Sunday.",
        "on Sunday", "2022-06-05", "the mayor had said.");
    Source d = quotingPromise("d", "2022-06-08", "Wire Four",
        "The harbour board voted to close the ferry on Tuesday.",
        "on Tuesday", "2022-06-07", "Hallor once said.");

    List<Event> events = Timeline.build(List.of(a, b, c, d), NOBODY);

    assertTrue(events.stream().noneMatch(e -> e.sources().containsAll(List.of("a", "d"))),
        events.toString());
    for (Event e : events) {
      List<LocalDate> days = e.dates().stream().map(r -> LocalDate.parse(r.value())).sorted().toList();
      assertTrue(ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1)) <= 3, e.toString());
    }
  }

  @Test
  void aPieceQuotedAtLengthHoldsNoLineOfAnotherReport() {
    // quotation marks paired across a reader's long post hold the words of any line: the post
    // and the opening quoted by another report that day are not one happening
    StringBuilder post = new StringBuilder(PROMISE);
    for (String w : ("ferries pilots tolls harbour pensions quay crossing river winter storms council "
        + "budget schools teachers grandson farewell accounts spring board mayor county roads trains "
        + "buses market fishermen nets boats engines diesel prices wages unions strikes marches "
        + "banners posters leaflets meetings halls votes ballots elections candidates promises "
        + "speeches crowds bands flags ribbons scissors cameras reporters editors printers papers "
        + "radios televisions phones letters stamps parcels").split(" ")) {
      post.append(" and ").append(w);
    }
    Source a = quotingPromise("a", "2022-06-08", "Wire One",
        "Hallor opened the new bridge over the river on Tuesday.",
        "on Tuesday", "2022-06-07", "she said.");
    Source b = new Story("b", "2022-06-08", "Wire Two")
        .says("Ferry pilots went on strike over their lost trade on Tuesday.", "on Tuesday",
            "2022-06-07", "as written")
        .quoting(post.toString(), "a reader wrote.")
        .source();

    List<Event> events = Timeline.build(List.of(a, b), NOBODY);

    assertEquals(List.of(List.of("a"), List.of("b")), events.stream().map(Event::sources).toList(),
        events.toString());
  }

  @Test
  void aStockPhraseQuotedByTwoReportsOfOneDayJoinsNothing() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .says("Hallor opened the new bridge over the river on Sunday with a brass band.",
            "on Sunday", "2022-06-05", "as written")
        .quoting("Thank you all,", "he said.")
        .source();
    Source b = new Story("b", "2022-06-08", "Wire Two")
        .says("Ferry pilots went on strike over their lost trade on Sunday.",
            "on Sunday", "2022-06-05", "as written")
        .quoting("Thank you all,", "their leader said.")
        .source();

    assertEquals(2, Timeline.build(List.of(a, b), NOBODY).size());
  }

  @Test
  void aWrittenPieceQuotedAtLengthIsItsWritersNotTheHappenings() {
    // the post is its writer's statement; a name in the possessive inside it is no speaker
    // bringing the report back to the opening
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Hallor cut the ribbon in front of a crowd of several hundred residents.")
        .person("Hallor")
        .plain("Over at the Harbour Herald, a post about the opening provides the following"
            + " commentary:")
        .plain("\u201cThe town will pay for this folly over decades of tolls and repairs.")
        .plain("Hallor\u2019s crossing is a monument to vanity and to nothing else.\u201d")
        .person("Hallor")
        .source();

    assertEquals(List.of("s1", "s2"), citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"));
  }

  @Test
  void aPasserByTheReporterAskedSaysNothingOfTheHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("Hallor thanked the builders and the river pilots.")
        .person("Hallor")
        .plain("\u201cIt is the best day the town has had in years,\u201d said Eva Lund, 34, a teacher"
            + " who came with her class.")
        .person("Eva Lund")
        .source();

    assertEquals(List.of("s1", "s2"),
        citedOn(Timeline.build(List.of(a), HALLOR_BRAND_AND_LUND_BY_SURNAME), "2022-06-07"));
  }

  @Test
  void anUndatedLeadToldAgainWithItsDayInTheNextSentenceIsThatDaysAct() {
    Source a = new Story("a", "2022-06-11", "Wire One")
        .plain("Brand sharply criticised her sister's stand on the new bridge tolls.")
        .person("Brand")
        .says("Posting on her blog on Friday evening, Brand wrote that the tolls were unfair to"
            + " ferry workers.", "on Friday", "2022-06-10", "as written")
        .person("Brand")
        .source();

    List<Event> events = Timeline.build(List.of(a), HALLOR_BRAND_AND_LUND_BY_SURNAME);

    assertEquals(List.of("2022-06-10"), events.stream().map(e -> e.date().value()).toList(),
        events.toString());
    assertEquals(List.of("s1", "s2"), citedOn(events, "2022-06-10"));
  }

  @Test
  void aWritersSentenceTellingWhatSomeoneOrSomethingIsDescribesNoHappening() {
    Source a = bridgeOpenedOnTuesday()
        .person("Hallor")
        .plain("The builder of the bridge, Harbour Works, is run by two brothers from the coast.")
        .plain("The county is considered a safe seat for the mayor's party.")
        .plain("Hallor thanked the builders and the river pilots.")
        .person("Hallor")
        .plain("Hallor is seen in a video cutting the ribbon with a pair of garden shears.")
        .person("Hallor")
        .plain("At the top of the list, however, is the toll, which Hallor promised to scrap.")
        .source();

    assertEquals(List.of("s1", "s4", "s5", "s6"),
        citedOn(Timeline.build(List.of(a), HALLOR), "2022-06-07"));
  }

  @Test
  void twoPeopleAnnouncingOneHappeningAheadAreNotItsActors() {
    Source a = new Story("a", "2022-06-08", "Wire One")
        .plain("Traffic on the river road has doubled since the spring.")
        .says("Hallor said the new bridge over the river would open to traffic on Friday.",
            "on Friday", "2022-06-10", "as written")
        .person("Hallor")
        .source();
    Source b = new Story("b", "2022-06-08", "Wire Two")
        .plain("Ferry owners fear for their trade.")
        .says("The new bridge over the river would open to traffic on Friday, Brand said.",
            "on Friday", "2022-06-10", "as written")
        .person("Brand")
        .source();
    CastOfPeople cast = new CastOfPeople(
        List.of(new Person("tom-hallor", "Tom Hallor", List.of(), null, List.of(), List.of(), List.of()),
            new Person("ann-brand", "Ann Brand", List.of(), null, List.of(), List.of(), List.of())),
        Map.of("a", Map.of("Hallor", "tom-hallor"), "b", Map.of("Brand", "ann-brand")));

    List<Event> events = Timeline.build(List.of(a, b), cast);

    assertEquals(List.of(List.of("a", "b")), events.stream()
        .filter(e -> e.date().value().equals("2022-06-10")).map(Event::sources).toList(),
        events.toString());
  }

  @Test
  void anotherPersonsActOfTheSameDayIsAHappeningOfItsOwn() {
    // Brand's post answers Lund's statement of the same day: two reports, two acts, two people
    Source a = new Story("a", "2022-06-11", "Wire One")
        .plain("The quarrel over the river crossing has reached the town's oldest family.")
        .says("Ann Brand, the sister of Eva Lund, criticised the new bridge tolls in a post on"
            + " Friday.", "on Friday", "2022-06-10", "as written")
        .person("Ann Brand").person("Eva Lund")
        .source();
    Source b = new Story("b", "2022-06-11", "Wire Two")
        .plain("Shopkeepers on both banks of the river are counting the cost of the crossing.")
        .says("On Friday, Eva Lund defended the new bridge tolls in a statement.", "On Friday",
            "2022-06-10", "as written")
        .person("Eva Lund")
        .source();
    CastOfPeople cast = new CastOfPeople(
        List.of(new Person("ann-brand", "Ann Brand", List.of(), null, List.of(), List.of(), List.of()),
            new Person("eva-lund", "Eva Lund", List.of(), null, List.of(), List.of(), List.of())),
        Map.of("a", Map.of("Ann Brand", "ann-brand", "Eva Lund", "eva-lund"),
            "b", Map.of("Eva Lund", "eva-lund")));

    List<Event> events = Timeline.build(List.of(a, b), cast);

    assertEquals(List.of(List.of("a"), List.of("b")), events.stream()
        .filter(e -> e.date().value().equals("2022-06-10")).map(Event::sources).toList(),
        events.toString());
  }

  @Test
  void twoReportsOpeningWithDifferentPeoplesActsOfOneDayTellTwoHappenings() {
    // their openings share many words, as answers to one another do: the actors tell them apart
    Source a = new Story("a", "2022-06-11", "Wire One")
        .says("Ann Brand criticised the harbour bridge plan on Friday, calling the new tolls a "
            + "burden on the town's shopkeepers.", "on Friday", "2022-06-10", "as written")
        .person("Ann Brand")
        .source();
    Source b = new Story("b", "2022-06-11", "Wire Two")
        .says("Eva Lund defended the harbour bridge plan on Friday, calling the new tolls fair to "
            + "the town's shopkeepers.", "on Friday", "2022-06-10", "as written")
        .person("Eva Lund")
        .source();
    CastOfPeople cast = new CastOfPeople(
        List.of(new Person("ann-brand", "Ann Brand", List.of(), null, List.of(), List.of(), List.of()),
            new Person("eva-lund", "Eva Lund", List.of(), null, List.of(), List.of(), List.of())),
        Map.of("a", Map.of("Ann Brand", "ann-brand"), "b", Map.of("Eva Lund", "eva-lund")));

    List<Event> events = Timeline.build(List.of(a, b), cast);

    assertEquals(List.of(List.of("a"), List.of("b")), events.stream().map(Event::sources).toList(),
        events.toString());
  }

  private static final CastOfPeople HALLOR_BRAND_AND_LUND = new CastOfPeople(
      List.of(new Person("tom-hallor", "Tom Hallor", List.of(), null, List.of(), List.of(), List.of()),
          new Person("ann-brand", "Ann Brand", List.of(), null, List.of(), List.of(), List.of()),
          new Person("eva-lund", "Eva Lund", List.of(), null, List.of(), List.of(), List.of())),
      Map.of("a", Map.of("Tom Hallor", "tom-hallor", "Ann Brand", "ann-brand", "Eva Lund", "eva-lund")));

  private static final CastOfPeople HALLOR_BRAND_AND_LUND_BY_SURNAME = new CastOfPeople(
      List.of(new Person("tom-hallor", "Tom Hallor", List.of(), null, List.of(), List.of(), List.of()),
          new Person("ann-brand", "Ann Brand", List.of(), null, List.of(), List.of(), List.of()),
          new Person("eva-lund", "Eva Lund", List.of(), null, List.of(), List.of(), List.of())),
      Map.of("a", Map.of("Hallor", "tom-hallor", "Brand", "ann-brand", "Eva Lund", "eva-lund")));

  private static final CastOfPeople HALLOR_AND_BRAND_IN_TWO = new CastOfPeople(
      List.of(new Person("tom-hallor", "Tom Hallor", List.of(), null, List.of(), List.of(), List.of()),
          new Person("ann-brand", "Ann Brand", List.of(), "Lund County Council", List.of(), List.of(),
              List.of())),
      Map.of("a", Map.of("Hallor", "tom-hallor", "Brand", "ann-brand"),
          "b", Map.of("Hallor", "tom-hallor", "Brand", "ann-brand")));
  /** A line the made-up mayor says, and the reports quote. */
  private static final String PROMISE = "The county has promised to pay for the bridge, and it has"
      + " to keep that promise before the winter floods,";

  /** A report dating its happening as written and quoting {@link #PROMISE}. */
  private static Source quotingPromise(String id, String published, String outlet, String says,
      String when, String value, String attribution) {
    return new Story(id, published, outlet).says(says, when, value, "as written")
        .quoting(PROMISE, attribution).source();
  }

  /** The mayor opening the bridge on Wednesday and quoted at length, {@link #PROMISE} first. */
  private static Story openingQuotedAtLength(String id, String published, String outlet) {
    return new Story(id, published, outlet)
        .says("Hallor opened the new bridge over the river on Wednesday.", "on Wednesday",
            "2022-06-08", "as written")
        .quoting(PROMISE, "Hallor said.")
        .quoting("The ferry pilots deserve a pension and a decent farewell from this town,",
            "she added.")
        .quoting("My grandson will cross it to school before his teachers do,", "she joked.");
  }

  /** The mayor at the harbour board on Thursday, repeating {@link #PROMISE} among other lines. */
  private static Story boardMeeting(String id, String published, String outlet) {
    return new Story(id, published, outlet)
        .says("Hallor met the harbour board to discuss the tolls on Thursday.", "on Thursday",
            "2022-06-09", "as written")
        .quoting(PROMISE, "the mayor repeated.")
        .quoting("Tolls will fall once the county pays its share of the bridge,", "she said.")
        .quoting("The board will publish the accounts of the crossing every spring,", "she said.");
  }

  private static final CastOfPeople HALLOR_AND_BRAND = new CastOfPeople(
      List.of(new Person("tom-hallor", "Tom Hallor", List.of(), null, List.of(), List.of(), List.of()),
          new Person("ann-brand", "Ann Brand", List.of(), "Lund County Council", List.of(), List.of(),
              List.of())),
      Map.of("a", Map.of("Hallor", "tom-hallor", "Brand", "ann-brand")));

  private static final CastOfPeople HALLOR = new CastOfPeople(
      List.of(new Person("tom-hallor", "Tom Hallor", List.of(), null, List.of(), List.of(), List.of())),
      Map.of("a", Map.of("Hallor", "tom-hallor")));

  private static List<String> citedOn(List<Event> events, String date) {
    return events.stream().filter(e -> e.date().value().equals(date)).findFirst()
        .orElseThrow(() -> new AssertionError(date + " in " + events)).citations().stream()
        .map(c -> c.sentence()).toList();
  }

  /** Wire One's report of Wednesday 8 June 2022, opening with Mayor Hallor's bridge of Tuesday. */
  private static Story bridgeOpenedOnTuesday() {
    return new Story("a", "2022-06-08", "Wire One")
        .says("Mayor Hallor opened the new bridge over the river on Tuesday.", "on Tuesday",
            "2022-06-07", "as written");
  }

  private static final class Story {
    private final String id;
    private final String published;
    private final String outlet;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private final List<PersonMention> people = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    Story(String id, String published, String outlet) {
      this.id = id;
      this.published = published;
      this.outlet = outlet;
    }

    Story headline(String text, String when, String value) {
      String sid = "s" + (sentences.size() + 1);
      sentences.add(new Sentence(sid, Sentence.HEADLINE, 0, text.length(), text));
      time(sid, text, when, value, "in the headline");
      return this;
    }

    /** A headline that states no date. */
    Story headline(String text) {
      sentences.add(new Sentence("s" + (sentences.size() + 1), Sentence.HEADLINE, 0, text.length(), text));
      return this;
    }

    /** A quotation running through sentences {@code sids}, its speaker not known. */
    Story quote(String text, String... sids) {
      quotes.add(new Quote(text, false, null, "unattributed", List.of(sids), new Span(sids[0], 1, 2)));
      return this;
    }

    /**
     * A sentence quoting {@code words} and going on with {@code attribution} ("she said."), the
     * quotation found in it.
     */
    Story quoting(String words, String attribution) {
      plain("\u201c" + words + "\u201d " + attribution);
      return quote(words, "s" + sentences.size());
    }

    /** A quotation the analysis credits to {@code speaker}, as written. */
    Story quoteBy(String text, String speaker, String... sids) {
      quotes.add(new Quote(text, false, speaker, "'…,' X said", List.of(sids),
          new Span(sids[0], 1, 2)));
      return this;
    }

    Story says(String text, String when, String value, String derivation) {
      return block(BlockKind.PARAGRAPH, text, when, value, derivation);
    }

    /** A sentence that states no date. */
    Story plain(String text) {
      blocks.add(new Block(BlockKind.PARAGRAPH, text, blocks.size() + 1));
      sentences.add(new Sentence("s" + (sentences.size() + 1), blocks.size() - 1, 0, text.length(), text));
      return this;
    }

    Story caption(String text, String when, String value) {
      return block(BlockKind.CAPTION, text, when, value, "as written");
    }

    /** Another date expression in the last sentence. */
    Story also(String when, String value) {
      Sentence last = sentences.get(sentences.size() - 1);
      time(last.id(), last.text(), when, value, "as written");
      return this;
    }

    /** Names {@code name}, as written in the last sentence. */
    Story person(String name) {
      Sentence last = sentences.get(sentences.size() - 1);
      int at = last.text().indexOf(name);
      people.add(new PersonMention(name, null, null, new Span(last.id(), at, at + name.length())));
      return this;
    }

    /** Describes someone as {@code description}, as written in the last sentence. */
    Story described(String description) {
      Sentence last = sentences.get(sentences.size() - 1);
      int at = last.text().indexOf(description);
      people.add(new PersonMention(null, description, null,
          new Span(last.id(), at, at + description.length())));
      return this;
    }

    private Story block(BlockKind kind, String text, String when, String value, String derivation) {
      blocks.add(new Block(kind, text, blocks.size() + 1));
      String sid = "s" + (sentences.size() + 1);
      sentences.add(new Sentence(sid, blocks.size() - 1, 0, text.length(), text));
      time(sid, text, when, value, derivation);
      return this;
    }

    private void time(String sid, String text, String when, String value, String derivation) {
      int at = text.indexOf(when);
      Precision precision = value.length() == 4 ? Precision.YEAR
          : value.contains("W") ? Precision.WEEK : Precision.DAY;
      times.add(new TimeMention(when, TimeMention.Kind.DATE, value, precision, derivation,
          new Span(sid, at, at + when.length())));
    }

    Source source() {
      Metadata metadata = Metadata.EMPTY
          .withOutlet(Sourced.of(outlet, Origin.FRONT_MATTER, "outlet: " + outlet))
          .withPublished(Sourced.of(Published.on(LocalDate.parse(published)), Origin.FRONT_MATTER,
              "published: " + published));
      Article article = new Article(id, id + ".txt", "text", metadata, blocks, List.of(), List.of(),
          "hash-" + id);
      AnalyzedArticle analysis = new AnalyzedArticle(id, "hash-" + id, "test", published,
          sentences, people, List.of(), List.of(), times, quotes, List.of());
      return new Source(article, analysis);
    }
  }
}
