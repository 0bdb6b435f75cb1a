package briefing.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.ingest.Unit;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.text.Datelines;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules the cleaner is made of, each on the lines it must and must not take. */
class CleanerRulesTest {
  @Test
  void newsDatesFindDayFirstMonthFirstAndIsoWithTimes() {
    NewsDate stamp = NewsDates.find("10 Jan, 2022 | 4:06 pm").get(0);
    assertEquals(MonthDay.of(1, 10), stamp.day());
    assertEquals(2022, stamp.year().getAsInt());
    assertEquals(LocalTime.of(16, 6), stamp.time());
    NewsDate weekday = NewsDates.find("Tuesday, March 18, 2025").get(0);
    assertEquals(MonthDay.of(3, 18), weekday.day());
    assertEquals(2025, weekday.year().getAsInt());
    assertTrue(NewsDates.find("Jan. 10 (UPI)").get(0).year().isEmpty());
    assertEquals(LocalTime.of(16, 6), NewsDates.find("2022-01-10T16:06:00Z").get(0).time());
    assertTrue(NewsDates.find("Feb. 30, 2022").isEmpty());
  }

  @Test
  void aYearlessDateTakesTheYearNearestTheArticlesFullDates() {
    assertEquals(LocalDate.of(2022, 1, 10),
        Years.complete(MonthDay.of(1, 10), List.of(LocalDate.of(2021, 12, 18))).orElseThrow());
    assertEquals(LocalDate.of(2021, 12, 28),
        Years.complete(MonthDay.of(12, 28), List.of(LocalDate.of(2022, 1, 10))).orElseThrow());
    assertTrue(Years.complete(MonthDay.of(1, 10), List.of()).isEmpty());
  }

  @Test
  void dateLinesAreOnlyADate() {
    assertTrue(DateStamps.parse("10 Jan, 2022 | 4:06 pm").isPresent());
    assertTrue(DateStamps.parse("Published: January 10, 2022 at 4:06 PM EST").isPresent());
    assertTrue(DateStamps.parse("The talks open on Jan. 10 in Geneva").isEmpty());
    assertTrue(DateStamps.parse("KETTLEWELL, Norland | Tue Jun 30, 2009 9:33 am EDT KETTLEWELL, Norland (Reuters Life!)")
        .isPresent(), "a wire page's header: dateline, stamp, dateline");
    assertTrue(DateStamps.parse("Ferries Resume In Kettlewell | Tue Jun 30, 2009 after the storm").isEmpty());
  }

  @Test
  void bylinesNamePeopleOrAnOutlet() {
    assertEquals(List.of("Trevor Hunnicutt", "Andrew Osborn"),
        Bylines.parse("By Trevor Hunnicutt and Andrew Osborn").orElseThrow().authors());
    assertEquals(List.of("Maggie Fox"),
        Bylines.parse("By Maggie Fox, Health and Science Editor").orElseThrow().authors());
    assertEquals("Reuters", Bylines.parse("By Reuters").orElseThrow().outlet());
    assertEquals(List.of("Asma Hussain"), Bylines.parse("Written by Asma Hussain").orElseThrow().authors());
    assertTrue(Bylines.parse("By the end of the week the talks had failed").isEmpty());
  }

  @Test
  void aPhotoCreditRunIntoTheParagraphAfterItIsACreditAndAnEscapedSlashASlash() { // issue 13
    Cleaned cleaned = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "Ferries Halted In Kettlewell", 1),
        new Unit(BlockKind.PARAGRAPH, "Photograph: Ann Cole\\/Reuters A storm that closed the port"
            + " has passed, officials said.", 2),
        new Unit(BlockKind.PARAGRAPH, "The ferries will sail on Monday, and/or Tuesday.", 3)),
        "Ferries Halted In Kettlewell", false);
    assertEquals(List.of("A storm that closed the port has passed, officials said.",
        "The ferries will sail on Monday, and/or Tuesday."),
        cleaned.blocks().stream().map(Block::text).toList());
    assertEquals("Ann Cole", cleaned.credits().get(0).name());
    assertEquals("Reuters", cleaned.credits().get(0).agency());
    assertEquals("Tom Lund", Captions.leadingCredit(
        "Photograph: Tom Lund/AFP/Getty Images Health officials met.").orElseThrow().credit().name());
    assertTrue(Captions.leadingCredit("Photograph: the harbour at dusk. Ferries wait.").isEmpty());
    Captions.Caption associated = Captions.leadingCredit(
        "Photograph: Ann Cole/Associated Press Officials said the port was shut.").orElseThrow();
    assertEquals("Associated Press", associated.credit().agency());
    assertEquals("Officials said the port was shut.", associated.text());
    assertTrue(Captions.leadingCredit("Photograph: Ann Cole/The Guardian The storm passed.").isEmpty(),
        "where the agency's name ends is not known");
    assertTrue(Captions.leadingCredit("Photographs of the storm show the harbour.").isEmpty());
  }

  @Test
  void aWireReportBeginsAtItsDateline() { // issue 13
    Cleaned cleaned = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "Crane collapses on Kent tower, two hurt.", 1),
        new Unit(BlockKind.PARAGRAPH, "Full Article Ferries halted as storm nears Kettlewell"
            + " KETTLEWELL | Tue May 19, 2009 10:10 am BST KETTLEWELL (Reuters) - The port closed"
            + " on Tuesday as a storm neared.", 2),
        new Unit(BlockKind.PARAGRAPH, "The ferries will sail on Monday.", 3)), null, true);
    assertEquals(List.of("KETTLEWELL (Reuters) - The port closed on Tuesday as a storm neared.",
        "The ferries will sail on Monday."), cleaned.blocks().stream().map(Block::text).toList());
    assertEquals("Ferries halted as storm nears Kettlewell", cleaned.detected().title().value());
    assertTrue(cleaned.noise().stream().anyMatch(n -> n.text().startsWith("Crane collapses")),
        "another story's teaser above the dateline");

    // a byline run into the lead is the byline; a photo caption above it is noise
    Cleaned bylined = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "A harbour worker ties up a ferry in Kettlewell May 19, 2009.", 1),
        new Unit(BlockKind.PARAGRAPH, "By Ann Cole and Tom Lund KETTLEWELL (Reuters) - The port"
            + " closed on Tuesday.", 2)), null, true);
    assertEquals(List.of("KETTLEWELL (Reuters) - The port closed on Tuesday."),
        bylined.blocks().stream().map(Block::text).toList());
    assertEquals(List.of("Ann Cole", "Tom Lund"), bylined.detected().authors().value());

    // a stamp opening the lead paragraph, under a photo caption, goes too
    Cleaned stamped = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "A harbour worker ties up a ferry in Kettlewell May 19, 2009.", 1),
        new Unit(BlockKind.PARAGRAPH, "KETTLEWELL | Tue May 19, 2009 7:50 pm EDT KETTLEWELL (Reuters) - The"
            + " port closed on Tuesday.", 2)), null, true);
    assertEquals(List.of("KETTLEWELL (Reuters) - The port closed on Tuesday."),
        stamped.blocks().stream().map(Block::text).toList());

    // a report with its headline above the dateline keeps it; one with no dateline is as it was
    Cleaned headed = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "Ferries Halted In Kettlewell", 1),
        new Unit(BlockKind.PARAGRAPH, "KETTLEWELL (Reuters) - The port closed on Tuesday.", 2)),
        null, true);
    assertEquals("Ferries Halted In Kettlewell", headed.detected().title().value());
    Cleaned plain = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "The harbour froze over.", 1),
        new Unit(BlockKind.PARAGRAPH, "The port closed on Tuesday, the harbour master said.", 2)),
        "Ferries Halted", false);
    assertEquals(2, plain.blocks().size());
  }

  @Test
  void aPageStampRunIntoTheOpeningParagraphSplitsItsHeadlineFromTheReport() {
    // headline, stamp and report in one scraped line: the headline is the title, the stamp the date
    Cleaned headed = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "Ferries halted as storm nears Kettlewell Tuesday 28 April 2009"
            + " 17.37 BST The port closed on Tuesday as a storm neared.", 1),
        new Unit(BlockKind.PARAGRAPH, "The ferries will sail on Monday.", 2)), null, true);
    assertEquals("Ferries halted as storm nears Kettlewell", headed.detected().title().value());
    assertEquals(List.of("The port closed on Tuesday as a storm neared.", "The ferries will sail on Monday."),
        headed.blocks().stream().map(Block::text).toList());
    assertEquals(LocalDate.of(2009, 4, 28), headed.detected().published().value().date());

    // a headline with a standfirst too long for a title stays text, apart from the report
    String standfirst = "Harbour chiefs say plans to keep the island supplied with food, fuel and"
        + " medicine are needed now, as the storm reaches the coast and the ferries stay in port";
    Cleaned long_ = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "Ferries halted " + standfirst + " Tuesday 28 April 2009 4:05 pm"
            + " “We are ready,” the harbour master said.", 1)), null, true);
    assertEquals(List.of("Ferries halted " + standfirst, "“We are ready,” the harbour master said."),
        long_.blocks().stream().map(Block::text).toList());

    // a stamp opening the paragraph goes; the report stays whole
    Cleaned opening = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "Saturday 25 April 2009 23.24 BST Storms are common in spring.", 1)),
        null, true);
    assertEquals(List.of("Storms are common in spring."), opening.blocks().stream().map(Block::text).toList());

    // the place and bar or the label a page sets before its stamp are the stamp's; a line that is
    // only a stamp and a dateline is read as it was
    Cleaned placed = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "KENT | Thu May 21, 2009 5:44 am EDT KENT May 21 (Harbour Weekly) -"
            + " Ferries sailed.", 1)), null, true);
    assertEquals(List.of("KENT May 21 (Harbour Weekly) - Ferries sailed."),
        placed.blocks().stream().map(Block::text).toList());
    Cleaned labelled = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "Last updated: 1 may, 2009 - 17:54 GMT Ferries sail again.", 1)),
        null, true);
    assertEquals(List.of("Ferries sail again."), labelled.blocks().stream().map(Block::text).toList());
    Cleaned header = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "KENT, England | Mon May 18, 2009 11:51 am EDT KENT, England (Harbour Weekly)", 1),
        new Unit(BlockKind.PARAGRAPH, "- Ferries sailed.", 2)), null, true);
    assertEquals(List.of("- Ferries sailed."), header.blocks().stream().map(Block::text).toList());

    // a blog page's writer, a bar and a stamp with its time first: the writer is the byline
    Cleaned blog = Cleaner.clean(List.of(new Unit(BlockKind.PARAGRAPH, "Ann Cole | 18:00 UK time,"
        + " Saturday, 25 April 2009 Harbour pilots are worried about the storm.", 1),
        new Unit(BlockKind.PARAGRAPH, "The ferries are staying in port.", 2)), null, true);
    assertEquals(List.of("Harbour pilots are worried about the storm.", "The ferries are staying in port."),
        blog.blocks().stream().map(Block::text).toList());
    assertEquals(List.of("Ann Cole"), blog.detected().authors().value());
    assertEquals(LocalDate.of(2009, 4, 25), blog.detected().published().value().date());
    Cleaned morning = Cleaner.clean(List.of(new Unit(BlockKind.PARAGRAPH, "Tom Lund | 09:53 AM, Thursday,"
        + " 21 May 2009 I have been reporting on ports since 1984.", 1)), null, true);
    assertEquals(List.of("I have been reporting on ports since 1984."),
        morning.blocks().stream().map(Block::text).toList());
    String list = "All posts on ports by Tom Lund More on ferries - 16:10 UK time, Wednesday, 8 July 2009"
        + " Storm season - 08:55 UK time, Thursday, 2 July 2009";
    Cleaned listed = Cleaner.clean(List.of(new Unit(BlockKind.PARAGRAPH, list, 1),
        new Unit(BlockKind.PARAGRAPH, "This is my blog about ports.", 2)), null, true);
    assertEquals(list, listed.detected().title().value(), "a list of entries is not split at an entry's stamp");

    // a date with a time inside a sentence is the sentence's
    for (String sentence : List.of(
        "The port closed on Tuesday 28 April 2009 17.37 BST after the storm warning.",
        "The port closed at Tuesday 28 April 2009 17.37 BST When the storm came, it reopened.",
        "Ferries halted Tuesday 28 April 2009 17.37 and the port closed.",
        "Ferries halted Tuesday 28 April 17.37 BST The port closed.")) {
      Cleaned kept = Cleaner.clean(List.of(new Unit(BlockKind.PARAGRAPH, sentence, 1)), "Ferries", true);
      assertEquals(List.of(sentence), kept.blocks().stream().map(Block::text).toList(), sentence);
    }
    // prose with a date and a time, under no known headline: "at" before the time, a sentence's
    // start too short for a headline, a verb where a label would stand
    for (String sentence : List.of(
        "The crash happened Tuesday, April 28, 2009 at 5:37 p.m. Police said two people were hurt.",
        "Voting ends Tuesday, November 3, 2020 at 8:00 p.m.",
        "Doors open Friday 1 May 2009 7:30 pm Tickets cost five pounds from the box office.",
        "The report was published Tuesday 28 April 2009 17.37 BST Officials welcomed it at once.")) {
      Cleaned kept = Cleaner.clean(List.of(new Unit(BlockKind.PARAGRAPH, sentence, 1),
          new Unit(BlockKind.PARAGRAPH, "Crews were out all night.", 2)), null, true);
      assertEquals(List.of(sentence, "Crews were out all night."),
          kept.blocks().stream().map(Block::text).toList(), sentence);
    }
    // where the headline is known, or running text stands above, only a byline, a label or the
    // headline itself stands before a stamp
    String kickOff = "Kick-off Saturday 2 May 2009 3:00 pm BST Kettlewell need a win to stay up.";
    assertEquals(List.of(kickOff), Cleaner.clean(List.of(new Unit(BlockKind.PARAGRAPH, kickOff, 1)),
        "Kettlewell face Rovers", true).blocks().stream().map(Block::text).toList());
    String below = "Ferries halted as storm nears the port Tuesday 28 April 2009 17.37 BST The port closed.";
    assertEquals(List.of("The storm hit at dawn and the harbour closed.", below), Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "The storm hit at dawn and the harbour closed.", 1),
        new Unit(BlockKind.PARAGRAPH, below, 2)), null, true).blocks().stream().map(Block::text).toList());
    Cleaned titled = Cleaner.clean(List.of(new Unit(BlockKind.PARAGRAPH, "Ferries halted First published on"
        + " Tuesday 28 April 2009 17.37 BST Last modified Tuesday 28 April 2009 18.02 BST The port closed.", 1)),
        "Ferries halted", true);
    assertEquals(List.of("The port closed."), titled.blocks().stream().map(Block::text).toList());
  }

  @Test
  void captionsSplitFromTheirPhotoCredit() {
    Captions.Caption caption = Captions.parse(
        "Ukrainian troops are seen near Kiev. Photo by Sergey Dolzhenko/EPA-EFE").orElseThrow();
    assertEquals("Ukrainian troops are seen near Kiev.", caption.text());
    assertEquals("Sergey Dolzhenko", caption.credit().name());
    assertEquals("EPA-EFE", caption.credit().agency());
    assertEquals("Jane Roe", Captions.parse("Protesters march. (AP Photo/Jane Roe)").orElseThrow().credit().name());
    assertTrue(Captions.parse("He said the photo by the river was taken in the evening").isEmpty());
  }

  @Test
  void datelinesGiveThePlaceTheDateAndTheAgency() {
    Datelines.Dateline upi = Datelines.parse("Jan. 10 (UPI) — The United States began").orElseThrow();
    assertEquals("UPI", upi.agency());
    assertEquals("Jan. 10", upi.date());
    Datelines.Dateline reuters = Datelines.parse("WASHINGTON (Reuters) - The U.S. said").orElseThrow();
    assertEquals("WASHINGTON", reuters.place());
    assertEquals("Reuters", reuters.agency());
    assertEquals("WASHINGTON/MOSCOW", Datelines.parse("WASHINGTON/MOSCOW -U.S. and Russian officials").orElseThrow().place());
    assertTrue(Datelines.parse("U.S. officials said on Monday").isEmpty());
  }

  @Test
  void titlesLoseATrailingSiteName() {
    Titles.Split shouted = Titles.split("Tension in Ukraine – US and Russia hold talks – NEWS WORLD UPDATE");
    assertEquals("Tension in Ukraine – US and Russia hold talks", shouted.headline());
    assertEquals("News World Update", shouted.site());
    assertEquals("The Daily Planet", Titles.split("Storm hits city | The Daily Planet").site());
    assertEquals(null, Titles.split("US-Russia talks begin in Geneva amid Ukraine tensions").site());
  }

  @Test
  void boilerplateIsRecognisedOnlyAsAWholeShortLine() {
    assertTrue(Boilerplate.reason("LEAVE A REPLY").isPresent());
    assertTrue(Boilerplate.endsArticle("Related news"));
    assertTrue(Boilerplate.reason("Read more: Why the talks failed").isPresent());
    assertTrue(Boilerplate.reason("Share this article").isPresent());
    assertTrue(Boilerplate.reason("Readers were asked to share this article with friends, and many did so.").isEmpty());
  }

  @Test
  void aPrintEditionNoteIsPageNoiseHoweverLong() {
    assertEquals("print-edition note", Boilerplate.reason("A version of this article appears in print on "
        + "October 12, 2012, on page A16 of the New York edition with the headline: Harbour Reopens After "
        + "the Storm, and Ferries Sail Again.").orElseThrow());
    assertTrue(Boilerplate.reason("This article appeared in the print edition of The Harbour Times on "
        + "Tuesday, 3 May 2023, with the headline Ferries sail again.").isPresent());
    assertTrue(Boilerplate.reason("The mayor said a version of this article appears in print on the "
        + "council's notice board, which few residents ever read.").isEmpty());
  }

  @Test
  void readersCommentsGoFromTheirFirstHeaderToTheEndHoweverLong() {
    List<Unit> page = new java.util.ArrayList<>(List.of(
        new Unit(BlockKind.PARAGRAPH, "Ferries Return To Kettlewell", 1),
        new Unit(BlockKind.PARAGRAPH, "The ferries sailed again on Monday after a week in port.", 2),
        new Unit(BlockKind.PARAGRAPH, "In a letter to the council, the former harbour master wrote: \u201cThe quay"
            + " must be mended before winter.\u201d", 3),
        new Unit(BlockKind.PARAGRAPH, "At 10:21 30th Apr 2011, kettlefan wrote: About time too, the crossing"
            + " has been shut for far too long this spring.", 4)));
    for (int i = 0; i < 6; i++) {
      page.add(new Unit(BlockKind.PARAGRAPH, "I take the early boat every day and I have missed it badly, as"
          + " have my neighbours on the island.", 5 + i));
    }
    page.add(new Unit(BlockKind.PARAGRAPH, "Please get involved and leave a comment.", 11));
    Cleaned cleaned = Cleaner.clean(page, "Ferries Return To Kettlewell", false);
    assertEquals(List.of("The ferries sailed again on Monday after a week in port.",
        "In a letter to the council, the former harbour master wrote: \u201cThe quay must be mended before winter.\u201d"),
        cleaned.blocks().stream().map(Block::text).toList());
    assertEquals("readers' comments", cleaned.noise().get(0).reason());

    // a header run into the paragraph above it splits the paragraph
    Cleaned runOn = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "The ferries sailed again on Monday after a week in port.", 1),
        new Unit(BlockKind.PARAGRAPH, "The quay is to be mended in May. At 9:24 pm on 05 May 2011, ann_c wrote:"
            + " Good news for the island.", 2)), null, false);
    assertEquals(List.of("The ferries sailed again on Monday after a week in port.",
        "The quay is to be mended in May."), runOn.blocks().stream().map(Block::text).toList());

    assertTrue(CommentHeaders.find("On 5 May 2011 at 10:21, Tom_L wrote: Not before time.").isPresent());
    assertTrue(CommentHeaders.find("At 10:21 on 5 May 2011, the captain wrote: \u201cEngine failed.\u201d").isEmpty(),
        "a writer who is somebody in the story, not a user name");
    assertTrue(CommentHeaders.find("On 5 May 2011, Ann Cole wrote: the quay must be mended.").isEmpty(),
        "a date without a clock time is a report's");
  }

  @Test
  void aPageTalkingToItsReadersAboutItsFormFeedsAndTopicsIsNoise() {
    Cleaned cleaned = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "Ferries Return To Kettlewell", 1),
        new Unit(BlockKind.PARAGRAPH, "The ferries sailed again on Monday after a week in port.", 2),
        new Unit(BlockKind.PARAGRAPH, "Are you on the island?", 3),
        new Unit(BlockKind.PARAGRAPH, "Send us your comments and experiences using the form below: A selection"
            + " of your comments may be published, displaying your name and location unless you state"
            + " otherwise in the box below.", 4),
        new Unit(BlockKind.PARAGRAPH, "The Gazette may edit your comments and not all emails will be published.", 5),
        new Unit(BlockKind.PARAGRAPH, "For the latest updates across our blogs, You can stay up to date with"
            + " Harbour Notes via these feeds.", 6),
        new Unit(BlockKind.PARAGRAPH, "These are some of the popular topics this blog covers.", 7)),
        "Ferries Return To Kettlewell", false);
    assertEquals(List.of("The ferries sailed again on Monday after a week in port."),
        cleaned.blocks().stream().map(Block::text).toList());
    assertEquals(List.of("comment form", "comment form", "comment form", "links to the blog's feeds",
        "the blog's list of topics"), cleaned.noise().stream().map(n -> n.reason()).toList());

    assertTrue(CommentForms.reason("Here are tips on taking part, but to join in, all you need do is add a"
        + " comment.").isPresent());
    assertTrue(CommentForms.reason("Views expressed in the comments do not represent those of the Gazette.")
        .isPresent());
    assertTrue(CommentForms.reason("Readers were asked to share their memories of the old ferry.").isEmpty());
    assertTrue(CommentForms.reason("He said the form below the line was wrong and would be redrawn.").isEmpty());
    assertTrue(CommentForms.reason("The ferries sailed on Monday. Tell us your experiences by filling in the"
        + " form below.").isEmpty(), "a line with news in it stays");
    assertTrue(CommentForms.reason("\u201cPlease leave a comment,\u201d the sign on the quay said.").isEmpty());
  }

  @Test
  void aWireReportEndsAtItsClosingCredit() {
    Cleaned cleaned = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "Ferries Return To Kettlewell", 1),
        new Unit(BlockKind.PARAGRAPH, "KETTLEWELL (Reuters) - The ferries sailed again on Monday.", 2),
        new Unit(BlockKind.PARAGRAPH, "The quay is to be mended in May, the harbour master said.", 3),
        new Unit(BlockKind.PARAGRAPH, "(For a map of the crossings, go to: here) (Reporting by Ann Cole;"
            + " Editing by Tom Lund) (For more coverage, please click here: here) A faster way to book"
            + " your crossing A connected approach to tide tables Our next generation harbour app", 4),
        new Unit(BlockKind.PARAGRAPH, "Ferry timetables", 5)),
        "Ferries Return To Kettlewell", false);
    assertEquals(List.of("KETTLEWELL (Reuters) - The ferries sailed again on Monday.",
        "The quay is to be mended in May, the harbour master said.",
        "(For a map of the crossings, go to: here) (Reporting by Ann Cole; Editing by Tom Lund)"),
        cleaned.blocks().stream().map(Block::text).toList());
    assertEquals("(For more coverage, please click here: here) A faster way to book your crossing A"
        + " connected approach to tide tables Our next generation harbour app", cleaned.noise().get(0).text());
    assertEquals("after the report's closing credit", cleaned.noise().get(0).reason());

    // a credit with more of the report after it stays where it is, and so does what follows
    Cleaned twoParts = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "KETTLEWELL (Reuters) - The ferries sailed again on Monday.", 1),
        new Unit(BlockKind.PARAGRAPH, "(Additional reporting by Tom Lund in Dunmore) Ferries in Dunmore"
            + " stayed in port.", 2),
        new Unit(BlockKind.PARAGRAPH, "DUNMORE (Reuters) - Ferries in Dunmore stayed in port on Monday, the"
            + " harbour master there said.", 3)), null, false);
    assertEquals(3, twoParts.blocks().size());
  }

  @Test
  void advertisingTaglinesEndingThePageGo() {
    Cleaned cleaned = Cleaner.clean(List.of(
        new Unit(BlockKind.PARAGRAPH, "The ferries sailed again on Monday after a week in port.", 1),
        new Unit(BlockKind.PARAGRAPH, "The quay is to be mended in May.", 2),
        new Unit(BlockKind.PARAGRAPH, "A faster way to book your crossing A connected approach to tide tables"
            + " Our next generation harbour app", 3)), null, false);
    assertEquals(2, cleaned.blocks().size());
    assertEquals("advertising", cleaned.noise().get(0).reason());
    String runOn = "The tool can be found here online An easy way to book A connected approach to tide"
        + " tables Our harbour app";
    assertEquals(runOn.indexOf("An easy"), Taglines.start(runOn).getAsInt());
    assertTrue(Taglines.start("Cases of type A flu and hepatitis A rose in the town and the region").isEmpty());
    assertTrue(Taglines.start("A faster way. A connected approach to tide tables Our harbour app").isEmpty());
  }

  @Test
  void pointersToMoreCoverageAreNoiseHoweverMany() {
    assertEquals("links to other stories", Boilerplate.reason("(For a map of the crossings, go to: here)"
        + " (For more coverage of the ferries, please click here: here) (For the timetable, go to:").orElseThrow());
    assertTrue(Boilerplate.reason("(For the first time in years, the ferries sailed on time.)").isEmpty());
  }
}
