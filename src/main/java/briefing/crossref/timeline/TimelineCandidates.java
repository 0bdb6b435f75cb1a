package briefing.crossref.timeline;

import briefing.crossref.CastOfPeople;
import briefing.model.Article;
import briefing.model.Citation;
import briefing.model.Published;
import briefing.model.Source;
import briefing.model.Sourced;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.TimeMention;
import briefing.model.briefing.EventDate;
import briefing.text.CalendarWords;
import briefing.text.Datelines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences of one source that anchor a happening to a resolved date: the timeline's
 * candidates. Captions, datelines and "updated" stamps are left out, and so are sentences too
 * short to tell of anything; a sentence opening with a wire dateline is read without it.
 */
final class TimelineCandidates {
  /** Fewer content words than this, besides the date, and the sentence is a stamp or a label. */
  static final int MIN_WORDS = 3;
  /** How far into a sentence its subject may start ("A spokesperson …"), in chars. */
  private static final int SUBJECT = 4;
  /** A preposition (and a title) right before a name: the name is no actor of the clause. */
  private static final Pattern OBJECT = Pattern.compile("\\b(?:of|to|with|by|for|against"
      + "|about|from|at|on|toward|towards|over|like)\\s+(?:(?:the\\s+)?\\p{Lu}[\\p{L}.]*\\s+){0,3}$");
  /**
   * A page's stamp: a line opening with when it was published or updated ("Updated 12:30 GMT",
   * "This article was first published on …"), or a copyright line; not a short report of
   * someone posting or publishing something ("The Gazette published a poll on Tuesday").
   */
  private static final Pattern STAMP = Pattern.compile("(?i)^\\W*(?:(?:this\\s+(?:article|story"
      + "|page)\\s+(?:was|is)\\s+)?(?:last\\s+|first\\s+)?(?:updated|published|posted|modified)\\b)"
      + "|\\b(?:copyright|©)");
  /** A relative date in title case mid-sentence is a name: ABC's "This Week", NBC's "Today". */
  private static final Pattern TITLE = Pattern.compile(
      "(This|Today|Tonight|Tomorrow|Yesterday|Next|Last)\\b.*");
  /** How far before the publication day the next sentence may date the lead's act, in days. */
  private static final int RETOLD_DAYS = 7;
  /** How a lead dated by its next sentence is told, before that sentence's id. */
  private static final String RETOLD = "the report's lead, dated by its next sentence, ";
  /** How a lead with no date of its own is dated. */
  private static final String LEAD =
      "the report's lead, which states no date: the news of its publication day";
  /**
   * A verb of saying right after a name, or after its apposition ("Hallor, the county's lawyer,
   * said"): the name is the speaker's, and a name further in is whom they tell of ("… said
   * Brand told them").
   */
  private static final Pattern SAID_AFTER = Pattern.compile(
      "^(?:\\s*,\\s*\\p{Ll}[^,;:\"“”]{0,120}?,)?[\\s,]*"
          + "(said|says|told|announced|confirmed|stated|added|warned|declared|insisted)\\b");
  private static final Pattern SAID_BEFORE = Pattern.compile(
      "\\b(said|says|announced|according to)[\\s,]*$");
  /**
   * Where a name after "said" closes the clause ("…,” said Hallor."): it names the speaker; a name
   * going on ("said Hallor had misled them") is whom the speaker tells of, and one after "told"
   * is who was told.
   */
  private static final Pattern CLAUSE_END = Pattern.compile("^\\s*(?:$|[,.;:!?)\"”—–]|--)");

  /** How a happening dated by counting from another is told, after the words that count. */
  private static final String COUNTED = "another happening, counted from ";

  /**
   * What something has been or become ("the politics of the harbour have become as tangled as its
   * tides"), not in a relative clause: how things stand, not what happened.
   */
  private static final Pattern BECOME = Pattern.compile("(?i)(?<!\\b(?:which|that|who) )\\b"
      + "(?:has|have)\\s+(?:(?:now|long|also|already|only)\\s+)?(?:been|become|grown|remained)\\b");

  private TimelineCandidates() {}

  /**
   * Every candidate of {@code source}, in sentence order, one per sentence and date: a sentence
   * that dates two happenings ("talks with the alliance on Wednesday and at the security body on Thursday") gives
   * each its own clause; a lead that states no date is dated by its report's publication day, or
   * by its next sentence where that tells the lead's act again with its day ({@link #retold}); so
   * is a lead whose only date lies in an aside ("The whip – whose party lost in 2012 – said …").
   * A lead telling what something has become tells how things stand: no happening of its day.
   */
  static List<TimelineMention> of(Source source, CastOfPeople cast) {
    Article article = source.article();
    AnalyzedArticle analysis = source.analysis();
    Map<String, List<TimeMention>> bySentence = new LinkedHashMap<>();
    for (TimeMention t : analysis.times()) {
      if (t.isPointInTime() && !(t.span().start() > 0 && TITLE.matcher(t.text()).matches())) {
        bySentence.computeIfAbsent(t.span().sentence(), k -> new ArrayList<>()).add(t);
      }
    }
    String firstBody = leadOf(analysis.sentences());
    List<TimelineMention> found = new ArrayList<>();
    // past a reader's comment the page holds its readers' words, which report nothing
    for (Sentence s : analysis.sentences().subList(0, ReadersComments.from(analysis))) {
      if (article.caption(s.block()) || isStamp(s)) {
        continue;
      }
      int opening = Datelines.end(s.text());
      List<TimeMention> times = new ArrayList<>(bySentence.getOrDefault(s.id(), List.of()));
      // the dateline's day is not the event's, nor a reader's comment's; a bound ("after 1997")
      // dates no happening
      times.removeIf(t -> t.span().end() <= opening || DatesInPassing.isBound(s.text(), t.span().start())
          || DatesInPassing.isCompared(s.text(), t.span().start(), t.span().end())
          || DatesInPassing.isCommentStamp(s.text(), t.span().end())
          || Sayings.isQuoted(s.text(), t.span().start())
          || DatesInPassing.isPerfectsTopic(s.text(), t.span().start(), before(t, published(article)))
          || DatesInPassing.isNarrativeStep(t.text())
          || t.precision().compareTo(TimeMention.Precision.MONTH) <= 0
              && DatesInPassing.isStretchEnd(s.text(), t.span().start())
          || t.precision() == TimeMention.Precision.YEAR
              && DatesInPassing.isYearInName(s.text(), t.span().start(), t.span().end()));
      Citation at = new Citation(article.id(), s.id());
      String speaker = speaker(analysis, s, cast);
      boolean quoted = analysis.quotes().stream()
          .anyMatch(q -> !q.partial() && q.sentences().contains(s.id()));
      Map<EventDate, TimeMention> dates = dates(times);
      List<Clauses.Clause> clauses = Clauses.split(s.text(), opening,
          dates.values().stream().map(t -> t.span().start()).toList());
      int i = 0;
      // whether a date dates the sentence's main clause, not only an aside or a closing clause
      boolean mainDated = false;
      for (Map.Entry<EventDate, TimeMention> e : dates.entrySet()) {
        // what is shown and who took part are the date's own clause's; the words that join it to
        // other reports are the whole clause's, which tells the same things around it
        Clauses.Clause whole = clauses.get(i++);
        Clauses.Clause clause = Clauses.ofDate(s.text(), whole, e.getValue().span().start(), opening);
        Set<String> words = TimelineWords.of(whole.text());
        if (words.size() < MIN_WORDS) {
          continue;
        }
        mainDated |= clause == whole;
        if (clause != whole && isLead(s, firstBody)) {
          // a lead is its main clause's news: an aside in it is no happening of the timeline's
          continue;
        }
        found.add(new TimelineMention(at, clause.shown(), s.isHeadline(), isLead(s, firstBody),
            e.getValue().text(),
            e.getValue().derivation(), e.getKey(), words, participants(analysis, s, clause, cast,
            speaker), speaker, actor(analysis, s, clause, cast, speaker), quoted,
            Sayings.isTold(s.text(), e.getValue().span().start()),
            value(article.metadata().outlet()), published(article)));
      }
      counted(article, s, dates.keySet(), cast, analysis, speaker).ifPresent(found::add);
      if (!mainDated && isLead(s, firstBody) && published(article) != null) {
        String text = s.text().substring(opening);
        Set<String> words = TimelineWords.of(text);
        // a lead telling what something has become tells how things stand, no news of its day
        if (words.size() >= MIN_WORDS && !quoted && !BECOME.matcher(text).find()) {
          Clauses.Clause whole = new Clauses.Clause(opening, s.text().length(), text, text);
          found.add(new TimelineMention(at, text, s.isHeadline(), true, "", LEAD,
              EventDate.parse(published(article).toString()).orElseThrow(), words,
              participants(analysis, s, whole, cast, speaker), speaker,
              actor(analysis, s, whole, cast, speaker), false, false,
              value(article.metadata().outlet()), published(article)));
        }
      }
    }
    return retold(found, analysis.sentences(), firstBody);
  }

  /**
   * The candidates with an undated lead dated by its next sentence where that sentence tells the
   * same person's act on a day of the week before ("Brand criticised her sister's stance. Posting
   * on Friday, Brand wrote …"): the lead is that act, told first without its day, not one of the
   * publication day.
   */
  private static List<TimelineMention> retold(List<TimelineMention> found, List<Sentence> sentences,
      String firstBody) {
    String next = null;
    for (int i = 0; i + 1 < sentences.size(); i++) {
      if (sentences.get(i).id().equals(firstBody)) {
        next = sentences.get(i + 1).id();
      }
    }
    if (next == null) {
      return found;
    }
    String following = next;
    List<TimelineMention> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      TimelineMention lead = out.get(i);
      if (lead.headline() || !lead.derivation().equals(LEAD) || lead.actor() == null
          || !lead.citation().sentence().equals(firstBody)) {
        continue;
      }
      TimelineMention day = out.stream().filter(m -> m.citation().sentence().equals(following)
              && lead.actor().equals(m.actor()) && !m.told() && !isCounted(m)
              && m.when().day().isPresent() && m.when().first().isBefore(lead.when().first())
              && !m.when().first().isBefore(lead.when().first().minusDays(RETOLD_DAYS)))
          .findFirst().orElse(null);
      if (day != null) {
        out.set(i, new TimelineMention(lead.citation(), lead.text(), false, true, "",
            RETOLD + day.citation().sentence(), day.when(), lead.words(), lead.people(),
            lead.speaker(), lead.actor(), false, false, lead.outlet(), lead.published()));
      }
    }
    return out;
  }

  /**
   * The happening a sentence dates by counting from another ("The talks came a day after the navy
   * unveiled plans …"): counted from the sentence's own day, or else from the report's
   * publication day, which a sentence with no date of its own reports on.
   */
  private static Optional<TimelineMention> counted(Article article, Sentence s,
      Set<EventDate> dates, CastOfPeople cast, AnalyzedArticle analysis, String speaker) {
    Optional<Clauses.Counted> counted = Clauses.counted(s.text());
    if (counted.isEmpty() || s.isHeadline()) {
      return Optional.empty();
    }
    Optional<LocalDate> own = dates.stream().flatMap(d -> d.day().stream()).findFirst();
    LocalDate anchor = own.orElse(published(article));
    if (anchor == null || !dates.isEmpty() && own.isEmpty()) {
      return Optional.empty();
    }
    Clauses.Counted c = counted.get();
    // a clause's closing comma is no part of its words, inside a quotation mark or not
    String text = s.text().substring(c.from(), c.to()).strip()
        .replaceAll(",([\"\u201D\u2019']?)$", "$1");
    Set<String> words = TimelineWords.of(text);
    if (words.size() < MIN_WORDS) {
      return Optional.empty();
    }
    LocalDate day = anchor.plusDays(c.days());
    String derivation = "'" + c.written() + "' " + COUNTED + (own.isPresent()
        ? "the sentence's own day, " + CalendarWords.longDate(anchor) : "the report's publication day");
    Clauses.Clause clause = new Clauses.Clause(c.from(), c.to(), text,
        "… " + text + (c.to() < s.text().length() ? " …" : ""));
    return Optional.of(new TimelineMention(new Citation(article.id(), s.id()), clause.shown(),
        false, false, c.written(), derivation, EventDate.parse(day.toString()).orElseThrow(), words,
        participants(analysis, s, clause, cast, null), null, actor(analysis, s, clause, cast, null),
        false, false,
        value(article.metadata().outlet()), published(article)));
  }

  /**
   * The sentence (its id) that dated the lead {@code m} by telling its act again with its day, or
   * null ({@link #retold}).
   */
  static String retoldIn(TimelineMention m) {
    return m.derivation().startsWith(RETOLD) ? m.derivation().substring(RETOLD.length()) : null;
  }

  /** True for a lead that states no date, dated by its report's publication day. */
  static boolean isGuessed(TimelineMention m) {
    return m.derivation().equals(LEAD);
  }

  /** True for a happening dated by counting from another ("a day after the navy unveiled plans"). */
  static boolean isCounted(TimelineMention m) {
    return isCounted(m.derivation());
  }

  /** True for a date reading derived by counting from another happening. */
  static boolean isCounted(String derivation) {
    return derivation.contains(COUNTED);
  }

  /**
   * The id of the report's lead: its first body sentence, or the second where the first shares
   * no word with the headline and the second does, a hook the writer opens with ("Foreign policy
   * has a way of surfacing in campaigns.") before the news; null where the body is empty.
   */
  private static String leadOf(List<Sentence> sentences) {
    Set<String> headline = sentences.stream().filter(Sentence::isHeadline).findFirst()
        .map(h -> TimelineWords.of(h.text())).orElse(Set.of());
    List<Sentence> body = sentences.stream().filter(x -> !x.isHeadline()).limit(2).toList();
    if (body.isEmpty()) {
      return null;
    }
    if (body.size() == 2 && !headline.isEmpty() && !shares(body.get(0), headline)
        && shares(body.get(1), headline)) {
      return body.get(1).id();
    }
    return body.get(0).id();
  }

  private static boolean shares(Sentence s, Set<String> words) {
    return TimelineWords.of(s.text()).stream().anyMatch(words::contains);
  }

  /** The headline and the report's lead: what the report is news of. */
  private static boolean isLead(Sentence s, String firstBodySentence) {
    return s.isHeadline() || s.id().equals(firstBodySentence);
  }

  /**
   * The distinct dates of one sentence, each with the first expression that gives it; a coarse
   * date holding a finer one of the same sentence ("this week" beside "Monday") adds nothing.
   */
  private static Map<EventDate, TimeMention> dates(List<TimeMention> times) {
    Map<EventDate, TimeMention> all = new LinkedHashMap<>();
    for (TimeMention t : times.stream().sorted(Comparator.comparingInt(t -> t.span().start())).toList()) {
      EventDate.parse(t.value()).ifPresent(d -> all.putIfAbsent(d, t));
    }
    all.keySet().removeIf(d -> all.keySet().stream().anyMatch(finer -> finer.within(d)));
    return all;
  }

  /** True where the time ends before {@code published}, the day the report was written. */
  private static boolean before(TimeMention t, LocalDate published) {
    return published != null && EventDate.parse(t.value())
        .map(d -> d.last().isBefore(published)).orElse(false);
  }

  private static boolean isStamp(Sentence s) {
    // the word count first: most sentences are too long to be a stamp, and need no pattern
    return fewerWords(s.text(), 12) && STAMP.matcher(s.text()).find();
  }

  /** True where {@code text} has fewer than {@code most} words, counted up to there. */
  private static boolean fewerWords(String text, int most) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && words < most; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words < most;
  }

  /**
   * The people taking part in what the clause tells: its speaker and the people it names, but not
   * a name that only qualifies something else ("the Hallor administration", "Hallor spokesman").
   */
  private static List<String> participants(AnalyzedArticle analysis, Sentence s,
      Clauses.Clause clause, CastOfPeople cast, String speaker) {
    List<String> ids = new ArrayList<>();
    if (speaker != null && cast.people().stream().anyMatch(p -> p.id().equals(speaker))) {
      ids.add(speaker);
    }
    analysis.people().stream()
        .filter(p -> p.span().sentence().equals(s.id()) && p.named())
        .filter(p -> clause.holds(p.span().start()) && !Clauses.qualifies(s.text(), p.span().end()))
        .map(p -> cast.idOf(analysis.article(), p.name()))
        .flatMap(Optional::stream).forEach(ids::add);
    return ids.stream().distinct().sorted().toList();
  }

  /**
   * The person whose act or words the clause tells: its speaker where the cast knows them, else
   * the first person of the cast it names who is not the object of a preposition or a possessor
   * ("the sister of Eva Lund", "to Lund", "Lund's bridge").
   */
  private static String actor(AnalyzedArticle analysis, Sentence s, Clauses.Clause clause,
      CastOfPeople cast, String speaker) {
    if (speaker != null && cast.people().stream().anyMatch(p -> p.id().equals(speaker))) {
      return speaker;
    }
    return analysis.people().stream()
        .filter(p -> p.span().sentence().equals(s.id()) && p.named()
            && p.span().end() <= s.text().length() && clause.holds(p.span().start()))
        .sorted(Comparator.comparingInt(p -> p.span().start()))
        .filter(p -> !Clauses.qualifies(s.text(), p.span().end())
            && !OBJECT.matcher(s.text().substring(0, p.span().start())).find()
            && !Clauses.possessive(s.text(), p.span().end()))
        .findFirst().flatMap(p -> cast.idOf(analysis.article(), p.name())).orElse(null);
  }

  /**
   * Who the sentence reports as speaking: the speaker of a quotation in it, else a person named
   * right before "said" (or right after "said", closing the clause), else a described speaker
   * opening the sentence; a person id where the cast knows them.
   */
  static String speaker(AnalyzedArticle analysis, Sentence s, CastOfPeople cast) {
    for (Quote q : analysis.quotes()) {
      if (q.attributed() && q.sentences().contains(s.id())) {
        return cast.idOf(analysis.article(), q.speaker()).orElse(q.speaker());
      }
    }
    for (PersonMention p : analysis.people()) {
      if (!p.span().sentence().equals(s.id()) || p.span().end() > s.text().length()) {
        continue;
      }
      String after = s.text().substring(p.span().end());
      String before = s.text().substring(0, p.span().start());
      if (p.named() && (SAID_AFTER.matcher(after).find()
          || SAID_BEFORE.matcher(before).find() && CLAUSE_END.matcher(after).find())) {
        return cast.idOf(analysis.article(), p.name()).orElse(p.name());
      }
      // an unnamed speaker only as the sentence's subject ("A spokesperson … announced"): a role
      // further in is too often a phrase the name model took for one ("president in 2012, said")
      if (!p.named() && p.span().start() <= SUBJECT && SAID_AFTER.matcher(after).find()) {
        // the person cross-referencing found the description to be: a described person, or the
        // named person it describes ("the top diplomat" joined to the foreign minister)
        return cast.idOf(analysis.article(), p.role()).orElse(p.role());
      }
    }
    return null;
  }

  /** The article's publication day, or null. */
  static LocalDate published(Article article) {
    Sourced<Published> p = article.metadata().published();
    return p == null || p.value() == null ? null : p.value().date();
  }

  /** What {@code s} holds, or null. */
  static String value(Sourced<String> s) {
    return s == null ? null : s.value();
  }
}
