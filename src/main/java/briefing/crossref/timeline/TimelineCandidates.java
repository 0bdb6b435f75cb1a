package briefing.crossref.timeline;

import briefing.crossref.CastOfPeople;
import briefing.model.Article;
import briefing.model.BlockKind;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of one source that anchor a happening to a resolved date: the timeline's
 * candidates. Captions, datelines and "updated" stamps are left out, and so are sentences too
 * short to tell of anything; a sentence opening with a wire dateline is read without it.
 */
final class TimelineCandidates {
  /** Fewer content words than this, besides the date, and the sentence is a stamp or a label. */
  private static final int MIN_WORDS = 3;
  /** How far into a sentence its subject may start ("A spokesperson …"), in chars. */
  private static final int SUBJECT = 4;
  private static final Pattern STAMP = Pattern.compile(
      "(?i)\\b(updated|published|posted|last modified|first published|copyright|©)\\b");
  /** A relative date in title case mid-sentence is a name: ABC's "This Week", NBC's "Today". */
  private static final Pattern TITLE = Pattern.compile(
      "(This|Today|Tonight|Tomorrow|Yesterday|Next|Last)\\b.*");
  /**
   * A wire dateline opening a sentence: "WASHINGTON (Reuters) -", "Jan. 10 (UPI) —", with the
   * place, the day and the time before it ("LONDON | Wed Apr 29, 2009 12:20 am BST LONDON"), or
   * a place in capitals and a dash ("HOUSTON —").
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^.{0,120}?\\((?:\\p{Lu}[\\p{L}.&' ]{1,30})\\)\\s*[-–—:]+\\s*"
          + "|^\\p{Lu}[\\p{Lu} .,/'-]{2,40}\\s(?:--|—|–)\\s*");
  private static final Pattern SAID_AFTER = Pattern.compile(
      "^[\\s,]*(said|says|told|announced|confirmed|stated|added|warned|declared|insisted)\\b");
  private static final Pattern SAID_BEFORE = Pattern.compile(
      "\\b(said|says|told|announced|according to)[\\s,]*$");

  private TimelineCandidates() {}

  /** Every candidate of {@code source}, in sentence order, one per sentence and date. */
  static List<TimelineMention> of(Source source, CastOfPeople cast) {
    Article article = source.article();
    AnalyzedArticle analysis = source.analysis();
    Map<String, List<TimeMention>> bySentence = new LinkedHashMap<>();
    for (TimeMention t : analysis.times()) {
      if (t.isPointInTime() && !(t.span().start() > 0 && TITLE.matcher(t.text()).matches())) {
        bySentence.computeIfAbsent(t.span().sentence(), k -> new ArrayList<>()).add(t);
      }
    }
    List<TimelineMention> found = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      List<TimeMention> times = bySentence.get(s.id());
      if (times == null || isCaption(article, s) || isStamp(s)) {
        continue;
      }
      int opening = datelineEnd(s.text());
      String text = s.text().substring(opening);
      times.removeIf(t -> t.span().end() <= opening); // the dateline's day is not the event's
      Set<String> words = TimelineWords.of(text);
      if (times.isEmpty() || words.size() < MIN_WORDS) {
        continue;
      }
      Citation at = new Citation(article.id(), s.id());
      List<String> people = people(analysis, s, cast);
      String speaker = speaker(analysis, s, cast);
      boolean quoted = analysis.quotes().stream()
          .anyMatch(q -> !q.partial() && q.sentences().contains(s.id()));
      for (Map.Entry<EventDate, TimeMention> e : dates(times).entrySet()) {
        found.add(new TimelineMention(at, text, s.isHeadline(), e.getValue(), e.getKey(), words,
            people, speaker, quoted, value(article.metadata().outlet()), published(article)));
      }
    }
    return found;
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

  /** Where the sentence's text begins after a wire dateline, or 0 where it has none. */
  static int datelineEnd(String sentence) {
    Matcher m = DATELINE.matcher(sentence);
    return m.find() ? m.end() : 0;
  }

  private static boolean isCaption(Article article, Sentence s) {
    return !s.isHeadline() && s.block() < article.blocks().size()
        && article.blocks().get(s.block()).kind() == BlockKind.CAPTION;
  }

  private static boolean isStamp(Sentence s) {
    return STAMP.matcher(s.text()).find() && s.text().split("\\s+").length < 12;
  }

  private static List<String> people(AnalyzedArticle analysis, Sentence s, CastOfPeople cast) {
    return analysis.people().stream()
        .filter(p -> p.span().sentence().equals(s.id()) && p.named())
        .map(p -> cast.idOf(analysis.article(), p.name()))
        .flatMap(Optional::stream).distinct().sorted().toList();
  }

  /**
   * Who the sentence reports as speaking: the speaker of a quotation in it, else a person named
   * right before "said" (or right after "said"), else a described speaker opening the sentence;
   * a person id where the cast knows them.
   */
  private static String speaker(AnalyzedArticle analysis, Sentence s, CastOfPeople cast) {
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
      if (p.named() && (SAID_AFTER.matcher(after).find() || SAID_BEFORE.matcher(before).find())) {
        return cast.idOf(analysis.article(), p.name()).orElse(p.name());
      }
      // an unnamed speaker only as the sentence's subject ("A spokesperson … announced"): a role
      // further in is too often a phrase the name model took for one ("president in 2012, said")
      if (!p.named() && p.span().start() <= SUBJECT && SAID_AFTER.matcher(after).find()) {
        return p.role();
      }
    }
    return null;
  }

  private static LocalDate published(Article article) {
    Sourced<Published> p = article.metadata().published();
    return p == null || p.value() == null ? null : p.value().date();
  }

  private static String value(Sourced<String> s) {
    return s == null ? null : s.value();
  }
}
