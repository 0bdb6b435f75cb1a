package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.analyze.nlp.Document;
import briefing.analyze.time.Times;
import briefing.model.Article;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Sourced;
import briefing.model.analysis.TimeMention.Kind;
import briefing.model.analysis.TimeMention.Precision;
import briefing.model.analysis.TimeMention;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time expressions in small made-up texts, published on Wednesday 12 January 2022. */
class TimesTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 12);

  @Test
  void weekdayInPastTenseResolvesToTheDayBefore() {
    TimeMention monday = only(times(WEDNESDAY, null, "The talks ended on Monday."), "Monday");
    assertEquals("2022-01-10", monday.value());
    assertEquals(Precision.DAY, monday.precision());
    assertEquals("'Monday' in a past-tense sentence: the Monday before publication, Monday 10 January 2022",
        monday.derivation());
  }

  @Test
  void aWeekendInAPastTenseSentenceIsTheOneJustGone() {
    LocalDate monday = LocalDate.of(2022, 1, 17);
    TimeMention weekend = only(times(monday, null,
        "The councillor grabbed a student's camera this weekend."), "this weekend");
    assertEquals("2022-W02-WE", weekend.value(), weekend.derivation());
    TimeMention over = only(times(monday, null,
        "She apologised for her behaviour over the weekend."), "the weekend");
    assertEquals("2022-W02-WE", over.value(), over.derivation());
  }

  @Test
  void aWeekendInAFutureTenseSentenceIsTheNextOne() {
    TimeMention weekend = only(times(WEDNESDAY, null, "The ministers will meet this weekend."),
        "this weekend");
    assertEquals("2022-W02-WE", weekend.value(), weekend.derivation());
    TimeMention friday = only(times(LocalDate.of(2022, 1, 21), null,
        "The ministers met last weekend."), "last weekend");
    assertEquals("2022-W02-WE", friday.value(), friday.derivation());
    TimeMention present = only(times(LocalDate.of(2022, 1, 11), null,
        "The ministers meet this weekend in Riga."), "this weekend");
    assertEquals("2022-W02-WE", present.value(), "a plan told in the present: " + present.derivation());
  }

  @Test
  void lastWeekendInTheYearBeforeIsRead() {
    // SUTime gives it no value where it lies in the ISO year before publication's
    TimeMention weekend = only(times(LocalDate.of(2022, 1, 3), null,
        "The ministers met last weekend."), "last weekend");
    assertEquals("2021-W52-WE", weekend.value(), weekend.derivation());
    assertEquals("'last weekend' 'last': the weekend before publication, the weekend of Saturday 1 "
        + "January 2022", weekend.derivation());
  }

  @Test
  void weekdayInFutureTenseResolvesToTheNextOne() {
    TimeMention monday = only(times(WEDNESDAY, null, "The ministers will meet again on Monday."), "Monday");
    assertEquals("2022-01-17", monday.value());
  }

  @Test
  void weekdayAfterAVerbOfPlanningIsTheNextOne() {
    TimeMention saturday = only(times(WEDNESDAY, null,
        "Protesters plan a large march on Saturday."), "Saturday");
    assertEquals("2022-01-15", saturday.value());
  }

  @Test
  void aDayThatIsExpectedOrDueIsAhead() {
    assertEquals("2022-01-17", only(times(WEDNESDAY, null,
        "Officials said the talks, expected on Monday, would be difficult."), "Monday").value());
    assertEquals("2022-01-17", only(times(WEDNESDAY, null,
        "A decision on the harbour is expected on Monday."), "Monday").value());
    assertEquals("2022-01-17", only(times(WEDNESDAY, null,
        "The inspectors said their report, due on Monday, would name the owners."), "Monday").value());
    assertEquals("2022-01-10", only(times(WEDNESDAY, null,
        "A decision was expected on Monday but never came."), "Monday").value(),
        "what was expected may have come and gone");
  }

  @Test
  void aParticipleQualifyingANounDoesNotDateTheDay() {
    assertEquals("2022-01-14", only(times(WEDNESDAY, null,
        "Ann Brand plans to invoke her right to silence during her expected testimony before the "
            + "committee on Friday, the Gazette reports."),
        "Friday").value());
    assertEquals("2022-01-10", only(times(WEDNESDAY, null,
        "Crews cleared the damaged quay on Monday."), "Monday").value());
  }

  @Test
  void aDaySetForAMeetingIsTheNextOneWhateverTheSentencesTense() {
    TimeMention jan13 = only(times(LocalDate.of(2021, 12, 28), null,
        "The spokesperson said on Monday that talks would start on Jan. 10, with a broader meeting set for Jan. 13."),
        "Jan. 13");
    assertEquals("2022-01-13", jan13.value());
  }

  @Test
  void monthDayWithoutYearAfterSinceIsThePastOne() {
    TimeMention oct23 = only(times(LocalDate.of(1999, 5, 6), null,
        "Investigators have been searching for him since the Oct. 23 shooting."), "Oct. 23");
    assertEquals("1998-10-23", oct23.value());
  }

  @Test
  void monthDayWithoutYearInFutureTenseIsTheNextOne() {
    TimeMention jan10 = only(times(WEDNESDAY, null, "Russia will hold talks on Jan. 10."), "Jan. 10");
    assertEquals("2023-01-10", jan10.value());
    assertTrue(jan10.derivation().startsWith("'Jan. 10', no year, in a future-tense sentence: the next"),
        jan10.derivation());
    TimeMention past = only(times(WEDNESDAY, null, "Russia held talks on Jan. 10."), "Jan. 10");
    assertEquals("2022-01-10", past.value());
  }

  @Test
  void weekdayWithADayNumberInParenthesesIsThatDay() {
    TimeMention sunday = only(times(WEDNESDAY, null, "The vote was held on Sunday (2)."), "Sunday");
    assertEquals("2022-01-02", sunday.value());
    assertTrue(sunday.derivation().contains("falls on the 2nd"), sunday.derivation());
  }

  @Test
  void yearsAfterInAPresentTenseSentenceCountBackFromPublication() {
    TimeMention after = only(times(WEDNESDAY, null,
        "The invasion comes eight years after Russia annexed Crimea."), "eight years after");
    assertEquals(Kind.DATE, after.kind());
    assertEquals("2014", after.value());
    assertEquals(Precision.YEAR, after.precision());
    assertEquals("eight years after", after.text());
  }

  @Test
  void yearsAgoIsAYearNotADay() {
    TimeMention ago = only(times(WEDNESDAY, null, "He left the party four years ago."), "four years ago");
    assertEquals("2018", ago.value());
  }

  @Test
  void headlineDateIsTheDayTheTextMeans() {
    List<TimeMention> all = times(WEDNESDAY, "Talks on Jan. 10",
        "Diplomats said the two sides will hold talks on Jan. 10 in Geneva.");
    List<TimeMention> jan10 = all.stream().filter(t -> t.text().equals("Jan. 10")).toList();
    assertEquals(2, jan10.size(), all.toString());
    assertEquals("2023-01-10", jan10.get(1).value());
    assertEquals(jan10.get(1).value(), jan10.get(0).value());
    assertTrue(jan10.get(0).derivation().contains("in the headline"), jan10.get(0).derivation());
  }

  @Test
  void durationsAndSetsStayApartFromDates() {
    List<TimeMention> all = times(WEDNESDAY, null,
        "The siege lasted three weeks. Inspectors visit every week.");
    TimeMention weeks = only(all, "three weeks");
    assertEquals(Kind.DURATION, weeks.kind());
    assertEquals("P3W", weeks.value());
    assertEquals(Precision.NONE, weeks.precision());
    TimeMention every = all.stream().filter(t -> t.kind() == Kind.SET).findFirst().orElseThrow();
    assertEquals("P1W", every.value());
    assertTrue(all.stream().noneMatch(TimeMention::isPointInTime), all.toString());
  }

  @Test
  void writtenYearIsTakenAsWritten() {
    TimeMention year = only(times(WEDNESDAY, null, "Russia annexed Crimea in 2014."), "2014");
    assertEquals("'2014' as written", year.derivation());
  }

  @Test
  void withoutAPublicationDayRelativeDatesAreUnresolved() {
    List<TimeMention> all = times(null, null, "The talks ended on Monday. They began in 2014.");
    TimeMention monday = only(all, "Monday");
    assertNull(monday.value());
    assertEquals(Precision.NONE, monday.precision());
    assertTrue(monday.derivation().contains("not known"), monday.derivation());
    assertEquals("2014", only(all, "2014").value());
  }

  @Test
  void agesAndNamesThatStartWithAMonthAreNotTimes() {
    List<TimeMention> all = times(WEDNESDAY, null, "A 6-year-old girl met April Ryan.");
    assertTrue(all.isEmpty(), all.toString());
  }

  @Test
  void aPartOfANamedDayIsDatedByTheDay() {
    TimeMention night = only(times(WEDNESDAY, null, "Riots broke out on Monday night."), "Monday night");
    assertEquals(Kind.DATE, night.kind());
    assertEquals("2022-01-10", night.value());
    assertTrue(night.derivation().endsWith("the night of that day, dated by the day as TimeML does, 2022-01-10"),
        night.derivation());
  }

  @Test
  void aMovingHolidayInAnotherYearKeepsItsPlaceInTheMonth() {
    TimeMention thanksgiving = only(times(LocalDate.of(2000, 1, 7), null,
        "The boy was rescued at sea on Thanksgiving."), "Thanksgiving");
    assertEquals("1999-11-25", thanksgiving.value());
  }

  @Test
  void theDayOfANamedDayAndAnOpeningNowAreNotTimes() {
    List<TimeMention> all = times(WEDNESDAY, null, "Now the campaign turns to Labour Day rallies.");
    assertTrue(all.stream().noneMatch(t -> t.text().equals("Now") || t.text().equals("Day")), all.toString());
  }

  @Test
  void timeWordsInNamesAndIdiomsAreNotTimes() {
    List<TimeMention> all = times(WEDNESDAY, null,
        "She told ``60 Minutes'' that the March for Life felt like High Noon, and they will march on.");
    assertTrue(all.isEmpty(), all.toString());
  }

  @Test
  void aStretchReachingToPublicationIsADuration() {
    TimeMention decade = only(times(WEDNESDAY, null, "Prices have doubled over the past decade."),
        "the past decade");
    assertEquals(Kind.DURATION, decade.kind());
    assertEquals("P10Y", decade.value());
    assertEquals("'the past decade': a stretch of time reaching to publication, P10Y", decade.derivation());
  }

  @Test
  void aWeekdaySutimeLeavesWithoutAValueIsStillResolved() {
    TimeMention thursday = only(times(WEDNESDAY, null,
        "The fire started in the early hours of Thursday morning."), "the early hours of Thursday morning");
    assertEquals("2022-01-06", thursday.value());
  }

  @Test
  void aDayThatNamesAnEventIsTheNearestOneWhateverTheVerb() {
    TimeMention deadline = only(times(LocalDate.of(2000, 1, 5), null,
        "She gave no reason for the Jan. 14 deadline."), "Jan. 14");
    assertEquals("2000-01-14", deadline.value());
  }

  @Test
  void sinceAFewWordsBeforeADayMakesItPast() {
    TimeMention oct23 = only(times(LocalDate.of(1999, 5, 6), null,
        "Police will keep searching since shortly after the Oct. 23 shooting."), "Oct. 23");
    assertEquals("1998-10-23", oct23.value());
  }

  @Test
  void aMonthWithThisYearIsInTheYearOfPublication() {
    TimeMention february = only(times(LocalDate.of(1998, 12, 3), null,
        "The process began in February this year."), "February this year");
    assertEquals("1998-02", february.value());
    assertTrue(february.derivation().contains("the year named with it"), february.derivation());
  }

  @Test
  void whatWasPlannedForAMonthIsAhead() {
    TimeMention march = only(times(LocalDate.of(1999, 2, 10), null,
        "The official said the accession was planned for early March."), "early March");
    assertEquals("1999-03", march.value());
  }

  @Test
  void aUnitOfTimeWithNeitherACountNorADayIsNotATime() {
    List<TimeMention> all = times(WEDNESDAY, null,
        "It was a great day for the town. The blasts came minutes apart.");
    assertTrue(all.isEmpty(), all.toString());
  }

  @Test
  void fourFiguresOnAClockOrInACodeAreNoYear() { // issue 13
    List<TimeMention> all = times(WEDNESDAY, null,
        "Shares in Kettle Ferries (0293.KT) rose 3 percent by 1801 GMT.",
        "The alarm was raised at 0930 local time and again at 2145 BST.");
    assertTrue(all.isEmpty(), all.toString());
    // a year in figures is still a year
    assertEquals("1801", only(times(WEDNESDAY, null, "The quay was built in 1801."), "1801").value());
  }

  @Test
  void aShareATelephoneNumberACodeCutByTheSplitterOrANightsHourIsNoYear() {
    List<TimeMention> all = times(WEDNESDAY, null,
        "Demand for life jackets is up 1000%, the chandlers said, and for flares up 1500 percent.",
        "Islanders seeking advice should call a helpline on 01534 445566.",
        "In Kettleby, Harbour Lines (2610.KT) and Quay Air (2618.KT) fell.",
        "The quay stays shut until Friday night at 2330.");
    assertTrue(all.stream().noneMatch(t -> t.value() != null && t.value().matches("\\d{4}")),
        all.toString());
    // a year in brackets, or at the close of a day's count, is still a year
    assertEquals("1918", only(times(WEDNESDAY, null, "The last great flood (1918) took the quay."),
        "1918").value());
    assertEquals("2030", only(times(WEDNESDAY, null, "The harbour will be rebuilt by 2030."),
        "2030").value());
  }

  @Test
  void aDayCountedOnFromYesterdayTodayOrTomorrow() { // issue 13
    assertEquals("2022-01-20", only(times(WEDNESDAY, null, "Talks resume a week from tomorrow."),
        "a week from tomorrow").value());
    assertEquals("2022-01-11", only(times(WEDNESDAY, null,
        "The quay was closed for a week from yesterday."), "a week from yesterday").value(),
        "a stretch that began yesterday is dated by its start");
  }

  @Test
  void thisWeekInASundaysReportLookingAheadIsTheWeekAhead() { // issue 13
    LocalDate sunday = LocalDate.of(2022, 1, 16);
    assertEquals("2022-W03", only(times(sunday, null,
        "The quay will stay closed this week, the harbour master said."), "this week").value());
    assertEquals("2022-W03", only(times(sunday, null, "Ministers meet later this week."),
        "later this week").value());
    assertEquals("2022-W02", only(times(sunday, null, "The council met this week."), "this week")
        .value(), "in the past, the week ending that Sunday");
    assertEquals("2022-W02", only(times(WEDNESDAY, null, "The quay will stay closed this week."),
        "this week").value(), "on a weekday, the week holding it");
  }

  @Test
  void aDayBeforeAPastGroupThatLooksAheadIsPast() {
    TimeMention tuesday = only(times(WEDNESDAY, null,
        "On Tuesday as the council was preparing to vote on the budget, the mayor was back on the quay."),
        "Tuesday");
    assertEquals("2022-01-11", tuesday.value());
    TimeMention friday = only(times(WEDNESDAY, null, "The council is preparing to vote on Friday."), "Friday");
    assertEquals("2022-01-14", friday.value(), "a present group that looks ahead still does");
  }

  @Test
  void aPartOfADayWithNoDayToItIsNotATime() {
    List<TimeMention> all = times(WEDNESDAY, null,
        "The mayor brought a fierce intensity to the night. In the morning, crews cleared the quay.");
    assertTrue(all.isEmpty(), all.toString());
    // a part of a named or counted day still dates it
    assertEquals(List.of("last night", "Tuesday night"), times(WEDNESDAY, null,
        "The quay flooded last night. The mayor spoke Tuesday night.").stream()
        .map(TimeMention::text).toList());
  }

  @Test
  void aWeekdaySutimeDoesNotReportIsFoundAndResolved() {
    TimeMention sunday = only(times(LocalDate.of(2000, 4, 17), null,
        "Juan Miguel Gonzalez lashed out at his Miami relatives Sunday night."), "Sunday night");
    assertEquals("2000-04-16", sunday.value());
  }

  @Test
  void aDateEndingARangeFromNowStaysOneDate() {
    List<TimeMention> all = times(WEDNESDAY, null, "The ministers will meet between now and Jan. 30.");
    assertEquals("2022-01-30", only(all, "Jan. 30").value());
    assertTrue(all.stream().noneMatch(t -> t.text().equals("30") || t.text().equals("Jan.")), all.toString());
    List<TimeMention> british = times(WEDNESDAY, null, "The ministers will meet between now and 30 January.");
    assertTrue(british.stream().noneMatch(t -> t.text().equals("30")), british.toString());
    assertTrue(british.stream().anyMatch(t -> "2022-01-30".equals(t.value())), british.toString());
  }

  @Test
  void hyphenatedTimesAreFound() {
    List<TimeMention> all = times(LocalDate.of(2000, 1, 28), null,
        "Castro recalled the late-November trip, a day-long meeting and post-1959 politics.");
    assertEquals("1999-11", only(all, "late-November").value());
    assertEquals("P1D", only(all, "day-long").value());
    assertEquals("1959", only(all, "post-1959").value());
  }

  @Test
  void todayAsNowadaysIsNotADay() {
    List<TimeMention> all = times(WEDNESDAY, null, "The case is for today's youth a lesson.");
    assertTrue(all.isEmpty(), all.toString());
  }

  @Test
  void theWeekOfADayIsTheWeekThatHoldsIt() {
    TimeMention week = only(times(LocalDate.of(2000, 2, 24), null,
        "The hearing is set for the week of March 6."), "the week of March 6");
    assertEquals("2000-W10", week.value());
    assertTrue(week.derivation().endsWith("the week that holds it, 2000-W10"), week.derivation());
  }

  @Test
  void aCountSutimeLeavesOffALengthOfTimeIsKept() {
    List<TimeMention> all = times(WEDNESDAY, null,
        "She spent about 5 1/2 hours in Nairobi. The boy will stay two more weeks.");
    assertEquals("PT5H30M", only(all, "5 1/2 hours").value());
    assertEquals("P2W", only(all, "two more weeks").value());
  }

  @Test
  void aRuleThatFailsOnOneExpressionCostsOnlyThatExpression() {
    List<TimeMention> all = times(WEDNESDAY, null,
        "The galaxy forms 8 billion years after the Big Bang. The talks ended on Monday.");
    TimeMention billions = only(all, "8 billion years");
    assertNull(billions.value());
    assertTrue(billions.derivation().contains("no value could be worked out"), billions.derivation());
    assertEquals("2022-01-10", only(all, "Monday").value());
  }

  @Test
  void aCenturyIsWrittenByItsFirstTwoDigits() {
    TimeMention century = only(times(WEDNESDAY, null, "The 20th Century was an age of wars."),
        "The 20th Century");
    assertEquals("19", century.value());
    assertEquals(Precision.CENTURY, century.precision());
  }

  @Test
  void aLengthCountedFromAnEventOfTheStoryIsALengthNotADate() {
    List<TimeMention> all = times(WEDNESDAY, null,
        "The company was sold in 1998. About a month earlier, its founder had died. "
            + "Two days later the shares fell. He left the party four years ago.");
    TimeMention month = only(all, "About a month");
    assertEquals(Kind.DURATION, month.kind());
    assertEquals("P1M", month.value());
    assertEquals("P2D", only(all, "Two days").value());
    assertEquals("2018", only(all, "four years ago").value());
  }

  @Test
  void aWeekdayInASentenceWithoutTenseFollowsAStoryToldInThePast() {
    List<TimeMention> all = times(LocalDate.of(2022, 1, 14), null,
        "Government forces shelled the city for hours and rebels fled. "
            + "Rebels fleeing the city Sunday night, in a column of trucks.");
    assertEquals("2022-01-09", only(all, "Sunday night").value());
  }

  @Test
  void aMonthInASentenceWithoutTenseFollowsAStoryToldInThePast() {
    List<TimeMention> all = times(LocalDate.of(2022, 5, 10), null,
        "Voters rejected the plan and the government fell. Thousands marching in October, weeks before the vote.");
    assertEquals("2021-10", only(all, "October").value());
  }

  @Test
  void yearsWrittenAsASpanAreAYearNotALength() {
    TimeMention span = only(times(WEDNESDAY, null, "The 1990-1991 war was short."), "1990-1991");
    assertEquals(Kind.DATE, span.kind());
    assertEquals("1990", span.value());
    assertEquals(Precision.YEAR, span.precision());
  }

  @Test
  void aDayNamedByItsPlaceInTheStoryIsCountedFromTheLastDateBeforeIt() { // issue 12
    List<TimeMention> all = times(WEDNESDAY, null,
        "On March 3 the council met. The day before, protesters gathered outside the hall. "
            + "The next morning the mayor resigned. That day, police arrested ten people.");
    assertEquals("2021-03-02", only(all, "The day before").value());
    assertTrue(only(all, "The day before").derivation().contains("the day before 'March 3'"),
        only(all, "The day before").derivation());
    assertEquals("2021-03-03", only(all, "The next morning").value());
    assertEquals("2021-03-03", only(all, "That day").value());
  }

  @Test
  void aDayCountedFromAMonthKeepsItsDayUnknown() {
    List<TimeMention> all = times(WEDNESDAY, null,
        "The strike began last October. Earlier that day, the owners had closed the gates.");
    assertEquals("2021-10-XX", only(all, "Earlier that day").value());
    assertEquals(Precision.NONE, only(all, "Earlier that day").precision());
  }

  @Test
  void aDayCountedFromAnEventOrFromNothingIsNotGuessed() {
    assertNull(only(times(WEDNESDAY, null, "The council met the day before the vote."), "the day before").value());
    assertNull(only(times(WEDNESDAY, null, "That day changed the town."), "That day").value());
    // With no date before it, only the tense ties it to publication.
    assertEquals("2022-01-11", only(times(WEDNESDAY, null,
        "The day before, protesters gathered outside the hall."), "The day before").value());
    assertEquals("2022-01-13", only(times(WEDNESDAY, null,
        "The minister will fly home the next day."), "the next day").value());
  }

  @Test
  void aDayCountedFromADateWrittenAfterItIsCountedFromThatDate() { // issue 12
    TimeMention monday = only(times(LocalDate.of(2000, 2, 24), null,
        "The day before last Tuesday's hearing, the father visited the house."), "The day before last Tuesday");
    assertEquals("2000-02-21", monday.value());
    assertEquals("2022-01-04", only(times(WEDNESDAY, null,
        "The day before the Jan. 5 vote, protesters gathered."), "The day before").value());
    // A date with no day of its own gives the day before it none either.
    assertNull(only(times(WEDNESDAY, null, "The night before Christmas, the rebels attacked."),
        "The night before Christmas").value());
  }

  @Test
  void aDayNamingAHappeningInAPastTenseSentenceIsPast() { // issue 12
    // Published on a Thursday: the Sunday after is nearer than the Sunday before.
    TimeMention sunday = only(times(LocalDate.of(2022, 1, 13), null,
        "Police arrested three men after the Sunday night attack."), "Sunday night");
    assertEquals("2022-01-09", sunday.value());
    TimeMention speech = only(times(LocalDate.of(2022, 1, 14), null,
        "The president vowed in a Saturday evening speech to fight on."), "Saturday evening");
    assertEquals("2022-01-08", speech.value());
    // A time limit may lie ahead whatever the verb.
    assertEquals("2022-01-16", only(times(LocalDate.of(2022, 1, 13), null,
        "The rebels rejected the Sunday deadline."), "Sunday").value());
  }

  @Test
  void aDayNamingTheSubjectOfTheNextVerbTakesThatVerbsTense() {
    // "said" before it belongs to another clause: "would include" is the talks' own verb.
    TimeMention jan20 = only(times(LocalDate.of(2022, 1, 5), null,
        "The meeting would be held in the capital, the minister said, while the Jan. 20 talks would include ten nations."),
        "Jan. 20");
    assertEquals("2022-01-20", jan20.value());
  }

  @Test
  void nextWeekdayOnThatSameWeekdayIsAWeekLater() { // issue 12
    LocalDate monday = LocalDate.of(2022, 1, 10);
    assertEquals("2022-01-17", only(times(monday, null, "The ministers will meet again next Monday."),
        "next Monday").value());
    assertEquals("2022-01-17", only(times(monday, null, "Talks resume next Monday."), "next Monday").value());
    assertEquals("2022-01-10", only(times(monday, null, "The ministers will meet again on Monday."),
        "Monday").value());
  }

  @Test
  void nowIsThePresentWithOrWithoutAPublicationDay() { // issue 12
    for (LocalDate published : Arrays.asList(WEDNESDAY, null)) {
      List<TimeMention> all = times(published, null,
          "The rebels now control the town. For now, the talks are over; right now nobody knows.");
      assertEquals(3, all.size(), all.toString());
      assertTrue(all.stream().allMatch(t -> "PRESENT_REF".equals(t.value())), all.toString());
    }
  }

  @Test
  void valuesDependOnlyOnThePublicationDayNeverOnTheMachinesClock() { // issue 12
    String text = "The talks ended yesterday and resume next Monday. Today the ministers rest. "
        + "Last year they met twice. Talks could resume two weeks from now, or in March, at 10 a.m.";
    // Without a publication day nothing relative gets a value: none comes from the clock.
    assertTrue(times(null, null, text).stream().allMatch(t -> t.value() == null), times(null, null, text).toString());
    List<TimeMention> dated = times(LocalDate.of(2003, 6, 4), null, text);
    assertEquals("2003-06-03", only(dated, "yesterday").value());
    assertEquals("2003-06-09", only(dated, "next Monday").value());
    assertEquals("2002", only(dated, "Last year").value());
    assertEquals("2003-06-18", only(dated, "two weeks from now").value());
  }

  private static TimeMention only(List<TimeMention> all, String text) {
    List<TimeMention> matching = all.stream().filter(t -> t.text().equals(text)).toList();
    assertEquals(1, matching.size(), "one '" + text + "' in " + all);
    return matching.get(0);
  }

  private static List<TimeMention> times(LocalDate published, String headline, String... paragraphs) {
    List<Block> blocks = Arrays.stream(paragraphs).map(p -> new Block(BlockKind.PARAGRAPH, p, 0)).toList();
    Metadata metadata = headline == null ? Metadata.EMPTY : Metadata.EMPTY.withTitle(
        Sourced.of(headline, Origin.FRONT_MATTER, "test"));
    Article article = new Article("test", "test.txt", "text", metadata, blocks, List.of(), List.of(), "0");
    return Times.find(Document.annotate(article, published));
  }
}
