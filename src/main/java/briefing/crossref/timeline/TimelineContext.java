package briefing.crossref.timeline;

import briefing.crossref.CastOfPeople;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.TimeMention;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sentences that tell a happening without dating it. A report dates a happening once and
 * goes on about it: what was said there, who did what, what followed, until it turns to another
 * dated happening. So a body sentence with no date of its own belongs to the happening its
 * report told of last (a look back or ahead aside: a report returns to its story after it, and
 * so it does where someone speaks again who spoke at a happening it told of before, or who
 * takes part in the one it is on, whatever day their words tell of); it supports that event (as
 * a citation), never dates or sums it up.
 *
 * <p>Some sentences support no happening the report dates:
 * <ul>
 *   <li>a statement made apart from it ({@link Statements}): by someone who took no part in it,
 *       speaking somewhere of their own (a statement, an interview, words to reporters); by
 *       someone the sources give a role or a side, answering an act where few speak (an
 *       endorsement, a filing, a post); by anyone speaking somewhere of their own before a
 *       happening still ahead of the report ("in a letter" before the hearing). Each is a
 *       happening of its own ({@link TimelineStatements}), and the report goes on with it until a
 *       date or someone of its happenings brings it back, or it names the happening again ("At
 *       the opening, …"); what someone said there ("Speaking at the opening, …") is no statement
 *       apart;</li>
 *   <li>an answer to the happening by someone else ("In response to …"), a written piece brought
 *       in to be quoted ("a post … provides the following commentary:"), a passer-by the
 *       reporter asked ("said Ann Brand, 22, a student");</li>
 *   <li>a look back the writer starts without a date of its own (an earlier year written out,
 *       what the happening "came after", "Earlier, …");</li>
 *   <li>a writer's sentence in the present perfect, or telling what someone has said all along,
 *       which tells how things stand; one telling what someone or something is ("The group is
 *       run by two strategists"); one telling, with no past act, what would or could be ("The
 *       plan would give seniors payments"), a projection; one telling, in the present tense
 *       and with no past act, what is so ("Hallor, 46, is married to …"), unless the happening
 *       is still ahead of the report or the report tells what a recording shows
 *       ({@link WritersStates}); what a poll found, unless the happening is the poll;</li>
 *   <li>anything below a reader's comment: the page's readers' words report nothing.</li>
 * </ul>
 *
 * <p>A headline is what its report is news of: where no happening of its day took it, it supports
 * the happening its report tells in most of the headline's words, else the report's first
 * happening of its story (not a look back it opens with).
 */
final class TimelineContext {

  /**
   * A happening where many speak: a hearing, a court's argument or ruling (judges, lawyers,
   * parties), a debate, a meeting or talks, a convention, a rally. Someone who took no part in
   * any other happening may still have spoken there. Not an interview: its host asks and its
   * guest answers, and a newsmaker who speaks of it elsewhere is answering it.
   */
  private static final Pattern MANY_SPEAK = Pattern.compile("(?i)\\b(?:hearings?|arguments?"
      + "|debates?|conventions?|conferences?|meetings?|summits?|sessions?|rally|rallies|forums?"
      + "|trials?|court|talks|ceremony|town hall|panel)\\b");

  /**
   * A sitting where many speak, as a report names the happening it is on: "the hearing",
   * "Wednesday's hearings", "the council meeting". Not one it follows ("after the council
   * meeting", "followed Monday's meeting"), a room or a call ("the conference room"), nor "the
   * debate over …", "talks", "the lame-duck session", "the rally" or "the summit": words as often
   * about an argument, a stretch of time, a market or a mountain as a sitting.
   */
  private static final Pattern SITTING = Pattern.compile("(?i)(?<!\\b(?:after|before|since|followed"
      + "|following|until) )\\b(?:the|this|\\p{L}+day['’]s)\\s+(?:\\p{L}+\\s+)?(?:hearings?|trial|meetings?"
      + "|conference|convention|forum|ceremony)\\b(?!\\s+(?:rooms?|halls?|cent(?:er|re)s?|calls?|in\\s+\\p{Lu}"
      + "|last|earlier|before)\\b)");

  /** A happening a report names to place what it tells there: "the hearing", "the opening". */
  private static final String OCCASION = "(?:hearing|opening|ceremony|event|rally|meeting|session"
      + "|debate|trial|launch|funeral|vigil|protest|march|conference|summit|talks)";
  /** "At the hearing, …", "Back at the opening, …": the report back at the happening it is on. */
  private static final Pattern BACK_AT = Pattern.compile(
      "^(?:Back )?(?:[Aa]t|During) the (?:\\w+ )?" + OCCASION + "\\b");
  /** "Speaking at the opening, …", "… said at the hearing": words said there. */
  private static final Pattern SAID_THERE = Pattern.compile("(?i)\\b(?:speaking|spoke|said"
      + "|told \\w+) (?:at|during) the (?:\\w+ )?" + OCCASION + "\\b");

  /** A poll or survey: what it found is its own news. */
  private static final Pattern POLL = Pattern.compile("(?i)\\b(?:poll|polls|survey|surveys)\\b");

  /** What opens a sentence telling a happening before the one the report is on. */
  private static final Pattern EARLIER = Pattern.compile(
      "(?i)(?:earlier|previously|before that|prior to that)\\b");

  /** A year written in figures. */
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}\\b");

  /** "He said later on Wessex News": someone of the happening, speaking again elsewhere. */
  private static final Pattern LATER = Pattern.compile("\\b(?:later|afterwards|afterward)\\b");

  private TimelineContext() {}

  /**
   * {@code events} with each source's undated sentences cited by the event they go on about, and
   * so its asides ({@link TimelineMention#told()}) where the speaker spoke at one of its
   * happenings; and the statements the reports make apart from them, each report's sentences of
   * each speaker's, for {@link TimelineStatements}.
   */
  static Attached attach(List<Event> events, List<Source> sources, Set<Citation> asides,
      CastOfPeople cast) {
    // a sentence telling its own happening and one it counts from ("A day after telling
    // reporters …, he broke his silence Wednesday") goes on about its own: the report does; and
    // one telling a happening of the story and, in passing, an earlier one ("defended on
    // Wednesday her handling of last September's attack") goes on about the story's
    // one telling two happenings of the story, one in its main clause and one in a part of it
    // ("Hale, in his first interview since being named Saturday, told reporters on Tuesday …"),
    // goes on about the main clause's
    Map<Citation, Integer> citedBy = new HashMap<>();
    for (boolean counted : List.of(false, true)) {
      for (boolean story : List.of(true, false)) {
        for (boolean whole : List.of(true, false)) {
          for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (story != (e.kind() == Event.Kind.STORY)) {
              continue;
            }
            Set<Citation> countedHere = countedIn(e);
            Set<Citation> inPart = e.excerpts().stream().map(Event.Excerpt::citation)
                .collect(Collectors.toSet());
            for (Citation c : e.citations()) {
              if ((counted || !countedHere.contains(c)) && whole != inPart.contains(c)) {
                citedBy.putIfAbsent(c, i);
              }
            }
          }
        }
      }
    }
    Set<Citation> tailsOnly = tailsOnly(events);
    // worked out once an event is needed, not at every sentence of every report it is told in
    Map<Integer, Boolean> anyoneMaySpeak = new HashMap<>();
    Set<String> people = cast.people().stream().map(Person::id).collect(Collectors.toSet());
    // the people the sources give a role or a side: newsmakers, who answer what others do; one
    // given neither may be a witness of it ("said Ann Brand, who was eating her breakfast there")
    Set<String> placed = cast.people().stream()
        .filter(p -> !p.roles().isEmpty() || p.affiliation() != null)
        .map(Person::id).collect(Collectors.toSet());
    List<TreeSet<Citation>> added = new ArrayList<>();
    events.forEach(e -> added.add(new TreeSet<>()));
    // the people the added sentences make actors of their happening ("Brand is attending")
    List<TreeSet<String>> actors = new ArrayList<>();
    events.forEach(e -> actors.add(new TreeSet<>()));
    List<TimelineStatements.Apart> statementsApart = new ArrayList<>();
    for (Source source : sources) {
      Map<String, List<PersonMention>> named = source.analysis().people().stream()
          .filter(PersonMention::named)
          .collect(Collectors.groupingBy(p -> p.span().sentence()));
      Map<String, List<TimeMention>> times = source.analysis().times().stream()
          .collect(Collectors.groupingBy(t -> t.span().sentence()));
      Statements statements = Statements.of(source, cast, people, named, sid -> {
        Citation c = new Citation(source.id(), sid);
        return citedBy.containsKey(c) && !tailsOnly.contains(c);
      });
      Set<String> quoted = statements.quotationPieces();
      // who spoke in each happening this report told of, in the order it told of them
      Map<Integer, Set<String>> spoke = new LinkedHashMap<>();
      Integer current = null;
      Integer first = null;
      Citation headline = null;
      Set<String> headlineWords = Set.of();
      // the report's own words for each of its happenings it dates
      Map<Integer, Set<String>> toldIn = new HashMap<>();
      // on a statement someone who took no part in the current happening made apart from it
      boolean aside = false;
      // who makes that statement, where the report tells it as someone's, and its sentences
      String apartSayer = null;
      Map<String, List<Citation>> apart = new LinkedHashMap<>();
      Map<String, String> apartOpening = new HashMap<>();
      // past a reader's comment the page holds its readers' words, which report nothing
      List<Sentence> reported = source.analysis().sentences()
          .subList(0, ReadersComments.from(source.analysis()));
      // on what a recording shows, told in the present tense ("In the video, he is seen … He
      // then grabs the camera"): the recorded happening, not how things are
      boolean narrating = false;
      // the happenings this report calls one where many speak ("… pervaded the hearing")
      Set<Integer> manySpeak = new HashSet<>();
      for (Sentence s : reported) {
        Citation here = new Citation(source.id(), s.id());
        boolean narrates = WritersStates.showsRecording(s.text())
            || narrating && (WritersStates.tellsWhatIs(s, quoted, () -> false)
                || quoted.contains(s.id())
                || Statements.isSpeech(s.text()));
        // a sentence whose date lies only in a clause closing it goes on, in its main clause,
        // about the happening the report is on
        Integer event = tailsOnly.contains(here) ? null : citedBy.get(here);
        String speaker = statements.speaker(s.id());
        if (s.isHeadline()) {
          headline = event == null ? here : null;
          headlineWords = TimelineWords.of(s.text());
          continue;
        }
        if (event != null && events.get(event).kind() != Event.Kind.BACKGROUND) {
          toldIn.computeIfAbsent(event, k -> new HashSet<>()).addAll(TimelineWords.of(s.text()));
          // a sentence dating its happening by what it was ("pervaded Wednesday's hearings")
          if (SITTING.matcher(s.text()).find()) {
            manySpeak.add(event);
          }
        }
        // what someone who spoke at a happening of the report, or takes part in the one it is
        // on, is reported saying of another day was said there: the report goes on about it
        boolean goesOn = event == null || asides.contains(here) && speaker != null
            && (spoke.values().stream().anyMatch(v -> v.contains(speaker))
                || current != null && events.get(current).people().contains(speaker));
        if (event != null && (current == null
            || !goesOn && events.get(event).kind() == Event.Kind.STORY)) {
          // a look back or ahead is a digression: the report goes back to its story after it
          current = event;
        }
        if (event != null) {
          aside = false;
          apartSayer = null;
        } else if (current != null) {
          String sayer = statements.sayer(s.id());
          // "At the opening, …": the report goes back to its happening after an aside
          if (BACK_AT.matcher(s.text()).find()) {
            aside = false;
            apartSayer = null;
          }
          // someone's answer to the happening is a happening of its own
          boolean answer = Sayings.isReaction(s.text()) || Sayings.isCommentary(s.text().strip());
          if (sayer != null) {
            Event on = events.get(current);
            // a report telling what a recording shows tells the happening recorded: who speaks
            // in it spoke there
            aside = !WritersStates.showsRecording(s.text())
                && !SAID_THERE.matcher(s.text()).find()
                && (!tookPart(on, spoke, sayer) || ahead(on, source)
                    || LATER.matcher(s.text()).find() && statements.saidElsewhere(s.id()))
                // a passer-by's words answer an act, but tell a happening no one is told doing
                // (a flood), which those who saw it tell
                && (aside || answer || statements.saidElsewhere(s.id())
                    || Sayings.isPasserBy(s.text()) && !on.people().isEmpty()
                    || placed.contains(sayer) && !manySpeak.contains(current)
                        && !anyoneMaySpeak.computeIfAbsent(current, i -> anyoneMaySpeak(on)));
            // a statement: someone the sentence reports speaking, not only its subject, and on
            // a day, not what they have said all along
            apartSayer = aside && people.contains(sayer) && (sayer.equals(apartSayer)
                || (sayer.equals(speaker) || Statements.isSpeech(s.text()))
                    && !WritersStates.saidAllAlong(s.text())) ? sayer : null;
          } else if (answer || apartSayer != null && !apartSayer.equals(statements.runOf(s.id()))) {
            // an answer to the happening, or the writer's own sentence, ends the statement
            aside |= answer;
            apartSayer = null;
          }
          if (aside && apartSayer != null && tellsSomething(s, quoted)) {
            apart.computeIfAbsent(apartSayer, k -> new ArrayList<>()).add(here);
            apartOpening.putIfAbsent(apartSayer, s.text());
          }
        }
        if (current != null && goesOn && !aside) {
          String subject = speaker != null ? speaker
              : Statements.named(source, s, named.getOrDefault(s.id(), List.of()), cast,
                  Statements.SUBJECT);
          current = spokeBefore(spoke, current, subject);
          // someone of the happening speaking of an earlier year still speaks there ("Hallor
          // said he had wanted the bridge since 2015"); background about them does not
          boolean recalls = (speaker == null || !tookPart(events.get(current), spoke, speaker))
              && ofAnotherYear(s, times.getOrDefault(s.id(), List.of()), events.get(current))
              // "The surge came after Cathy said …": the writer tells of what it followed
              || event == null && !quoted.contains(s.id()) && isCause(s.text())
              // "Earlier, she had toured the terminal": an earlier happening, told without its day
              || event == null && EARLIER.matcher(s.text()).lookingAt();
          // and the report goes on about that time ("The company won the case, but …") until
          // a date or someone of the happening brings it back, as after a statement made apart
          aside = recalls;
          Event on = events.get(current);
          if (event != null || !source.article().caption(s.block())
              && tellsSomething(s, quoted) && !WritersStates.tellsHowThingsStand(s, quoted)
              && !WritersStates.describes(s, quoted) && !WritersStates.foresees(s, quoted)
              && !WritersStates.tellsACareer(s, quoted)
              && !recalls && !(WritersStates.tellsWhatIs(s, quoted,
                      () -> over(on, source, TimelineWords.of(s.text())))
                  && !narrating
                  // a report of a happening still ahead tells it in the present tense
                  && !ahead(on, source))
              && !tellsAPoll(s, on)) {
            added.get(current).add(here);
            if (SITTING.matcher(s.text()).find()) {
              manySpeak.add(current);
            }
            if (event == null) {
              actors.get(current).addAll(actors(source, s, named.getOrDefault(s.id(), List.of()), cast));
            }
          }
        }
        narrating = narrates;
        // the report's first happening of its own story, not a look back it opens with
        if (current != null && (first == null || events.get(first).kind() != Event.Kind.STORY
            && events.get(current).kind() == Event.Kind.STORY)) {
          first = current;
        }
        // a statement made apart is not the happening's: its speaker did not speak there
        Integer toldOf = goesOn ? (aside ? null : current) : event;
        if (toldOf != null
            && (toldOf.equals(current) || events.get(toldOf).kind() == Event.Kind.STORY)) {
          Set<String> speakers = spoke.computeIfAbsent(toldOf, k -> new HashSet<>());
          if (speaker != null) {
            speakers.add(speaker);
          }
        }
      }
      if (headline != null && first != null) {
        added.get(newsOf(headlineWords, toldIn, first)).add(headline);
      }
      LocalDate day = TimelineCandidates.published(source.article());
      if (day != null) {
        String outlet = TimelineCandidates.value(source.article().metadata().outlet());
        apart.forEach((sayer, cited) -> statementsApart.add(new TimelineStatements.Apart(sayer,
            day, outlet, cited, apartOpening.get(sayer))));
      }
    }
    List<Event> attached = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (added.get(i).isEmpty()) {
        attached.add(e);
        continue;
      }
      TreeSet<Citation> citations = new TreeSet<>(e.citations());
      citations.addAll(added.get(i));
      TreeSet<String> taking = new TreeSet<>(e.people());
      taking.addAll(actors.get(i));
      attached.add(new Event(e.id(), e.date(), e.kind(), e.summary(), e.summaryFrom(),
          List.copyOf(citations), e.excerpts(), e.dates(), List.copyOf(taking), e.announcedBy(),
          e.rank(), e.statement()));
    }
    return new Attached(attached, statementsApart);
  }

  /**
   * The events with the sentences that go on about them, and the statements the reports make
   * apart from them ({@link TimelineStatements}).
   */
  record Attached(List<Event> events, List<TimelineStatements.Apart> statements) {}

  /**
   * The sentences every event cites only by a part that does not open them, a closing clause or
   * an aside ("… where parents talk of the flood that closed the harbour on March 2"): their main
   * clauses state no date.
   */
  private static Set<Citation> tailsOnly(List<Event> events) {
    Set<Citation> tails = new HashSet<>();
    Set<Citation> whole = new HashSet<>();
    for (Event e : events) {
      Set<Citation> tailsHere = e.excerpts().stream().filter(x -> Clauses.opensLater(x.text()))
          .map(Event.Excerpt::citation).collect(Collectors.toSet());
      for (Citation c : e.citations()) {
        (tailsHere.contains(c) ? tails : whole).add(c);
      }
    }
    tails.removeAll(whole);
    return tails;
  }

  /**
   * True where {@code event} begins after {@code source} was published: what someone of it says
   * somewhere of their own ("in a letter", "in a statement") was said before it, not there.
   */
  private static boolean ahead(Event event, Source source) {
    LocalDate published = TimelineCandidates.published(source.article());
    return published != null && event.date().first().isAfter(published);
  }

  /**
   * True where {@code event} ended before the day {@code source} was published and a sentence of
   * these {@code words} does not name what it was ("the talks"): what is going on as the report
   * is written ("Lerner is facing a maelstrom of controversy") is then how things are, not the
   * happening ("Hallor is leading the talks" the day after they began).
   */
  private static boolean over(Event event, Source source, Set<String> words) {
    LocalDate published = TimelineCandidates.published(source.article());
    return published != null && event.date().last().isBefore(published)
        && TimelineWords.of(event.summary()).stream().noneMatch(words::contains);
  }

  /** The sentences that date {@code event} only by counting from another happening. */
  private static Set<Citation> countedIn(Event event) {
    Set<Citation> own = event.dates().stream()
        .filter(d -> !TimelineCandidates.isCounted(d.derivation()))
        .map(DateReading::citation).collect(Collectors.toSet());
    return event.dates().stream().filter(d -> TimelineCandidates.isCounted(d.derivation()))
        .map(DateReading::citation).filter(c -> !own.contains(c)).collect(Collectors.toSet());
  }

  /**
   * True where the sentence writes out, outside a quotation, a year before its happening's ("lost
   * in the 1994 elections", "has run the agency since 2009"): a year that dates nothing of its own
   * still tells of another time, which the sentence recalls rather than goes on about. Only a
   * year written in figures: "eight years after the annexation" may be what was said there.
   */
  private static boolean ofAnotherYear(Sentence s, List<TimeMention> times, Event event) {
    int year = event.date().first().getYear();
    return times.stream().filter(t -> WRITTEN_YEAR.matcher(t.text()).find()
            && !Sayings.isQuoted(s.text(), t.span().start()))
        .anyMatch(t -> t.value() != null && t.value().matches("\\d{4}(?:\\D.*)?") && Integer.parseInt(t.value().substring(0, 4)) < year);
  }

  /** The ids of the people of the cast that sentence {@code s} makes actors of a happening. */
  private static List<String> actors(Source source, Sentence s, List<PersonMention> named,
      CastOfPeople cast) {
    List<Actors.Name> names = named.stream()
        .map(p -> new Actors.Name(p.span().start(), p.span().end())).toList();
    List<Actors.Name> acting = Actors.of(s.text(), names);
    return named.stream().filter(p -> acting.contains(new Actors.Name(p.span().start(), p.span().end())))
        .map(p -> cast.idOf(source.id(), p.name())).flatMap(Optional::stream).toList();
  }

  /**
   * The happening a headline tells: of those its report dates, the one told in most of the
   * headline's words (two at least), else the report's first happening of its story.
   */
  private static int newsOf(Set<String> headline, Map<Integer, Set<String>> toldIn, int first) {
    int best = first;
    long most = toldIn.getOrDefault(first, Set.of()).stream().filter(headline::contains).count();
    for (Map.Entry<Integer, Set<String>> e : toldIn.entrySet()) {
      long shared = e.getValue().stream().filter(headline::contains).count();
      if (shared > most && shared >= 2) {
        best = e.getKey();
        most = shared;
      }
    }
    return best;
  }

  /**
   * True where anyone may have spoken at the event's happening: one no one is told doing (a
   * flood, a crash), which those who saw it tell, or one where many speak, as its summary or the
   * words of a sentence it cites in part say ({@link #MANY_SPEAK}). Elsewhere, someone who took no part in it and
   * speaks of it is answering it ("The sheriff endorsed the governor on Tuesday. … The
   * endorsement means nothing, said Ann Brand, a county commissioner"): a statement of their own.
   */
  private static boolean anyoneMaySpeak(Event event) {
    return event.people().isEmpty() || MANY_SPEAK.matcher(event.summary()).find()
        || event.excerpts().stream().anyMatch(x -> MANY_SPEAK.matcher(x.text()).find());
  }

  /**
   * True where {@code speaker} took part in the happening the report is on ({@code event}), or
   * spoke at one of the report's happenings. Someone else, speaking somewhere of their own ("said
   * in a statement", "was quoted as saying"), makes a statement of their own, a happening apart:
   * the report goes on with it, citing nothing for the happening, until a date or someone of its
   * happenings brings it back. Without such words they may have spoken there, where many speak
   * ("the mayor said at the hearing", {@link #anyoneMaySpeak}, or a happening the report's own
   * sentences of it call a hearing or the like), or as a witness where the
   * sources give them no role or side, and the report goes on; otherwise they are answering it,
   * a statement of their own too.
   */
  private static boolean tookPart(Event event, Map<Integer, Set<String>> spoke, String speaker) {
    return event.people().contains(speaker)
        || spoke.values().stream().anyMatch(v -> v.contains(speaker));
  }

  /**
   * The happening a sentence by {@code speaker} goes on about: the current one, unless the speaker
   * did not speak there but did at a happening the report told of before ("Back at the hearing,
   * Hallor said …" after an aside about someone else), which the report returns to.
   */
  private static int spokeBefore(Map<Integer, Set<String>> spoke, int current, String speaker) {
    if (speaker == null || spoke.getOrDefault(current, Set.of()).contains(speaker)) {
      return current;
    }
    Integer found = null;
    for (Map.Entry<Integer, Set<String>> e : spoke.entrySet()) {
      if (e.getValue().contains(speaker)) {
        found = e.getKey();
      }
    }
    return found == null ? current : found;
  }

  /**
   * True for a sentence that tells something: enough content words, or a piece of someone's
   * statement however short (a quotation the sentence splitter cut, "he declared.", a quoted
   * question).
   */
  private static boolean tellsSomething(Sentence s, Set<String> quotationPieces) {
    return TimelineWords.of(s.text()).size() >= TimelineCandidates.MIN_WORDS
        || quotationPieces.contains(s.id()) || Statements.isSpeech(s.text());
  }

  /**
   * True where the sentence tells a poll ("In the poll, Brand leads with 21 percent", "Polls show
   * most voters back the toll"): what a poll found is a happening of its own, its release, unless
   * the happening the report is on is that poll.
   */
  private static boolean tellsAPoll(Sentence s, Event on) {
    return POLL.matcher(s.text()).find() && !POLL.matcher(on.summary()).find();
  }

  /** True where the writer ties the happening to another before it ({@link Clauses#causeAt}). */
  private static boolean isCause(String text) {
    int at = Clauses.causeAt(text);
    return at >= 0 && !Statements.isSpeech(text.substring(0, at));
  }
}
